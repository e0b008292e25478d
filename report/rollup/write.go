package rollup

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
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

// CheckOut applies the output guard of `rapor build` to the roll-up's
// output folder: once symbolic links are resolved it must not be the root
// of a file system, must not be or hold the roll-up folder or an account
// folder (their inputs would sit among the outputs), and for every account
// whose rapor.yaml can be read, project.CheckOut must accept it (no folder
// holding its inputs, no folder its source or narrative patterns reach).
func (p *Plan) CheckOut(out string) error {
	realOut := project.RealPath(out)
	if filepath.Dir(realOut) == realOut {
		return &project.OutputError{Key: "build.out_root", Args: []any{out}}
	}
	dirs := []string{p.Dir}
	if p.Config != nil {
		dirs = append(dirs, p.Config.Dir)
	}
	for _, a := range p.Accounts {
		dirs = append(dirs, a.Dir)
	}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		real := project.RealPath(d)
		if real == realOut || strings.HasPrefix(real, realOut+string(filepath.Separator)) {
			return &project.OutputError{Key: "build.out_holds_inputs", Args: []any{out, d}}
		}
	}
	names := OutputNames()
	for _, a := range p.Accounts {
		cfg, _ := config.Load(a.Dir, config.Options{Now: p.opt.Now})
		if cfg == nil {
			continue // the account fails on its own when built
		}
		if err := project.CheckOut(out, cfg, names); err != nil {
			return err
		}
	}
	return nil
}

// OutputNames returns the names a roll-up writes into its output folder:
// its renderers' files and the accounts/ folder.
func OutputNames(extra ...Renderer) []string {
	var names []string
	for _, r := range Renderers(extra...) {
		names = append(names, r.Name)
	}
	return append(names, AccountsFolder)
}

// Write renders the roll-up's outputs into the staging folder of set (where
// Build put accounts/) and then replaces the roll-up's whole set of outputs
// in the output folder at once (project.Write): after any failure, or a
// signal (set.Abort), the folder holds the complete earlier set; after
// success the complete new one. It returns the files written (not the
// accounts/ folder).
func Write(ctx context.Context, set *project.Set, ru *report.Rollup, opt WriteOptions) ([]project.Output, error) {
	var parts []project.Part
	for _, r := range Renderers(opt.Extra...) {
		parts = append(parts, project.Part{Name: r.Name, Write: func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return nil, writeFile(path, func(w io.Writer) error { return r.Render(w, ru, opt.Lang) })
		}})
	}
	parts = append(parts, project.Part{Name: AccountsFolder, Write: func(_ context.Context, path string, _ func(string) string) ([]string, error) {
		return nil, os.MkdirAll(path, 0o755) // built there by Build; empty when every account failed
	}})
	outs, _, err := project.Write(ctx, set, parts)
	if err != nil {
		return nil, err
	}
	return outs[:len(outs)-1], nil
}

// writeFile renders into memory first (a render error leaves no file), then
// creates path and flushes it to disk.
func writeFile(path string, render func(io.Writer) error) error {
	var b bytes.Buffer
	if err := render(&b); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(b.Bytes())
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
