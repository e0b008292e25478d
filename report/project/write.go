package project

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/jsonout"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/present"
	"github.com/rapor-id/rapor/report/xlsx"
)

// Output is one written file.
type Output struct {
	Path string
	Size int64
}

// WriteOptions choose what Write produces.
type WriteOptions struct {
	Lang    string
	Catalog *msg.Catalog // the build's message catalogue (nil: loaded for Lang)
	PDF     bool
	Browser string // browser for --pdf (FindBrowser), required when PDF
}

// CheckOut refuses an output folder that equals or contains a folder
// holding an input file.
func CheckOut(out string, cfg *report.Config, data *report.Dataset) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	var inputs []string
	for _, s := range cfg.Sources {
		inputs = append(inputs, s.Files...)
	}
	inputs = append(inputs, "rapor.yaml")
	for _, rel := range inputs {
		abs, err := filepath.Abs(filepath.Join(cfg.Dir, filepath.FromSlash(rel)))
		if err != nil {
			continue
		}
		d := filepath.Dir(abs)
		if d == absOut || strings.HasPrefix(d, absOut+string(filepath.Separator)) {
			return &OutputError{Key: "build.out_holds_inputs", Args: []any{out, rel}}
		}
	}
	return nil
}

// Write renders every output into temporary files in out and renames them
// only after all succeeded; a failed build leaves earlier outputs as they
// were. It returns the outputs written and warnings (e.g. no ECharts).
func Write(out string, r *report.Report, opt WriteOptions) ([]Output, []string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, nil, &OutputError{Key: "build.out_mkdir", Args: []any{out, err.Error()}}
	}
	var warnings []string
	type part struct {
		name string
		data []byte
	}
	var parts []part
	cat := opt.Catalog
	if cat == nil {
		var err error
		if cat, err = msg.Load(opt.Lang); err != nil {
			return nil, nil, err
		}
	}
	// The document is decided once; every writer renders it.
	d, err := present.Document(r, cat)
	if err != nil {
		return nil, nil, err
	}
	var hb bytes.Buffer
	ws, err := html.Render(&hb, d, html.Options{})
	if err != nil {
		return nil, nil, fmt.Errorf("report.html: %w", err)
	}
	warnings = append(warnings, ws...)
	parts = append(parts, part{"report.html", hb.Bytes()})
	var xb bytes.Buffer
	if err := xlsx.Write(&xb, r, xlsx.Options{Lang: opt.Lang, Catalog: cat, Document: d}); err != nil {
		return nil, nil, fmt.Errorf("report.xlsx: %w", err)
	}
	parts = append(parts, part{"report.xlsx", xb.Bytes()})
	var jb bytes.Buffer
	if err := jsonout.Write(&jb, r); err != nil {
		return nil, nil, fmt.Errorf("indicators.json: %w", err)
	}
	parts = append(parts, part{"indicators.json", jb.Bytes()})

	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, p := range parts {
		// the temporary name keeps the extension: the browser that prints
		// the PDF reads the temporary report.html by its extension
		f, err := os.CreateTemp(out, ".tmp-*-"+p.name)
		if err != nil {
			cleanup()
			return nil, nil, &OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
		}
		temps = append(temps, f.Name())
		_, werr := f.Write(p.data)
		if werr == nil {
			werr = f.Chmod(0o644) // an output, not a private temporary file
		}
		cerr := f.Close()
		if werr != nil || cerr != nil {
			cleanup()
			return nil, nil, &OutputError{Key: "build.out_write", Args: []any{out, fmt.Sprint(werr, cerr)}}
		}
	}
	var pdfTemp string
	if opt.PDF {
		pdfTemp = filepath.Join(out, ".tmp-report.pdf")
		ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
		err := html.PrintPDF(ctx, temps[0], pdfTemp, opt.Browser)
		cancel()
		if err != nil {
			cleanup()
			os.Remove(pdfTemp)
			return nil, nil, &OutputError{Key: "build.pdf_failed", Args: []any{err.Error()}}
		}
	}
	var outs []Output
	for i, p := range parts {
		dst := filepath.Join(out, p.name)
		if err := os.Rename(temps[i], dst); err != nil {
			cleanup()
			return nil, nil, &OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
		}
		outs = append(outs, Output{Path: dst, Size: int64(len(p.data))})
	}
	if opt.PDF {
		dst := filepath.Join(out, "report.pdf")
		if err := os.Rename(pdfTemp, dst); err != nil {
			return nil, nil, &OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
		}
		st, _ := os.Stat(dst)
		if st != nil {
			outs = append(outs, Output{Path: dst, Size: st.Size()})
		}
	}
	return outs, warnings, nil
}
