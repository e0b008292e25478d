package rollup

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/docx"
	"github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/project"
	"github.com/rapor-id/rapor/report/xlsx"
)

// Renderer writes one roll-up output file.
type Renderer struct {
	Name   string // file name in OUT, e.g. "report.docx"
	Render func(w io.Writer, ru *report.Rollup, lang string) error
}

// WriteOptions choose what Write produces.
type WriteOptions struct {
	Lang string
	// Extra renderers run after indicators.json, report.html,
	// report.xlsx and report.docx.
	Extra []Renderer
}

// Renderers returns the roll-up's outputs: indicators.json, report.html,
// report.xlsx, report.docx (the same document model as the HTML), then
// extra.
func Renderers(extra ...Renderer) []Renderer {
	base := []Renderer{
		{"indicators.json", func(w io.Writer, ru *report.Rollup, _ string) error { return WriteJSON(w, ru) }},
		{"report.html", func(w io.Writer, ru *report.Rollup, lang string) error {
			_, err := html.Render(w, Document(ru, lang), html.Options{})
			return err
		}},
		{"report.xlsx", func(w io.Writer, ru *report.Rollup, lang string) error {
			return xlsx.WriteRollup(w, Document(ru, lang), xlsx.Options{Lang: lang})
		}},
		{"report.docx", func(w io.Writer, ru *report.Rollup, lang string) error {
			return docx.WriteReport(w, Document(ru, lang), docx.Options{})
		}},
	}
	return append(base, extra...)
}

// CheckOut refuses an output folder that equals or contains the roll-up
// folder or an account folder (their inputs would sit among the outputs).
func (p *Plan) CheckOut(out string) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	dirs := []string{p.Config.Dir}
	for _, a := range p.Accounts {
		dirs = append(dirs, a.Dir)
	}
	for _, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			continue
		}
		if abs == absOut || strings.HasPrefix(abs, absOut+string(filepath.Separator)) {
			return &project.OutputError{Key: "build.out_holds_inputs", Args: []any{out, d}}
		}
	}
	return nil
}

// Write renders the roll-up's outputs into temporary files in out and
// renames them only after all succeeded.
func Write(out string, ru *report.Rollup, opt WriteOptions) ([]project.Output, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, &project.OutputError{Key: "build.out_mkdir", Args: []any{out, err.Error()}}
	}
	type part struct {
		name string
		data []byte
	}
	var parts []part
	for _, r := range Renderers(opt.Extra...) {
		var b bytes.Buffer
		if err := r.Render(&b, ru, opt.Lang); err != nil {
			return nil, fmt.Errorf("%s: %w", r.Name, err)
		}
		parts = append(parts, part{r.Name, b.Bytes()})
	}
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, p := range parts {
		f, err := os.CreateTemp(out, ".tmp-*-"+p.name)
		if err != nil {
			cleanup()
			return nil, &project.OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
		}
		temps = append(temps, f.Name())
		_, werr := f.Write(p.data)
		if werr == nil {
			werr = f.Chmod(0o644)
		}
		if cerr := f.Close(); werr != nil || cerr != nil {
			cleanup()
			return nil, &project.OutputError{Key: "build.out_write", Args: []any{out, fmt.Sprint(werr, cerr)}}
		}
	}
	var outs []project.Output
	for i, p := range parts {
		dst := filepath.Join(out, p.name)
		if err := os.Rename(temps[i], dst); err != nil {
			cleanup()
			return nil, &project.OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
		}
		outs = append(outs, project.Output{Path: dst, Size: int64(len(p.data))})
	}
	return outs, nil
}
