package project

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/browser"
	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/docx"
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
	// Outputs lists what to write (html, xlsx, json, docx, pdf; see
	// Outputs); nil writes the default four.
	Outputs []string
	PDF     bool   // also print report.pdf (the same as listing pdf)
	Browser string // browser for the PDF (browser.Find), required with pdf
	Letter  bool   // Word files on US Letter paper instead of A4
}

// Outputs returns what a build writes: `outputs:` of rapor.yaml (else the
// default html, xlsx, json, docx), plus pdf with --pdf, minus docx with
// --no-docx.
func Outputs(cfg *report.Config, pdf, noDocx bool) []string {
	base := cfg.Outputs
	if base == nil {
		base = config.DefaultOutputs
	}
	var out []string
	for _, o := range config.Outputs { // canonical order
		on := slices.Contains(base, o) || o == "pdf" && pdf
		if on && !(o == "docx" && noDocx) {
			out = append(out, o)
		}
	}
	return out
}

// Part is one output file of a build. Write writes it to path (a file in
// the staging folder); staged returns the staging path of a part written
// before it (the PDF is printed from the staged report.html). Warnings are
// returned for the terminal. A new output (e.g. a Word report) is one more
// Part in Parts: staging and replacement are the same for every part.
type Part struct {
	Name  string
	Write func(ctx context.Context, path string, staged func(name string) string) (warnings []string, err error)
}

// Parts returns the outputs of r in writing order (OutputNames): of
// report.html, report.xlsx, indicators.json, report.docx, brief.docx and
// report.pdf those that opt asks for. The document every writer renders is
// decided here, once (report/present).
func Parts(r *report.Report, opt WriteOptions) ([]Part, error) {
	cat := opt.Catalog
	if cat == nil {
		var err error
		if cat, err = msg.Load(opt.Lang); err != nil {
			return nil, err
		}
	}
	d, err := present.Document(r, cat)
	if err != nil {
		return nil, err
	}
	writers := map[string]func(ctx context.Context, path string, staged func(string) string) ([]string, error){
		"report.html": func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return writeBuffered(path, func(w io.Writer) ([]string, error) {
				return html.Render(w, d, html.Options{})
			})
		},
		"report.xlsx": func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return writeBuffered(path, func(w io.Writer) ([]string, error) {
				return nil, xlsx.Write(w, xlsx.Options{Lang: opt.Lang, Catalog: cat, Document: d})
			})
		},
		"indicators.json": func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return writeBuffered(path, func(w io.Writer) ([]string, error) {
				return nil, jsonout.Write(w, r)
			})
		},
		"report.docx": func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return writeBuffered(path, func(w io.Writer) ([]string, error) {
				return nil, docx.WriteReport(w, d, docx.Options{Letter: opt.Letter, Catalog: cat})
			})
		},
		"brief.docx": func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return writeBuffered(path, func(w io.Writer) ([]string, error) {
				return nil, docx.WriteBrief(w, d, docx.BriefFrom(r, cat), docx.Options{Letter: opt.Letter, Catalog: cat})
			})
		},
		"report.pdf": func(ctx context.Context, path string, staged func(string) string) ([]string, error) {
			ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
			defer cancel()
			if err := browser.PrintPDF(ctx, opt.Browser, staged("report.html"), path); err != nil {
				return nil, &OutputError{Key: "build.pdf_failed", Args: []any{err.Error()}}
			}
			return nil, nil
		},
	}
	var parts []Part
	for _, name := range OutputNames(opt) {
		parts = append(parts, Part{Name: name, Write: writers[name]})
	}
	return parts, nil
}

// Names returns the file names of parts.
func Names(parts []Part) []string {
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.Name
	}
	return names
}

// writeBuffered renders into memory first, so that a render error leaves
// no file, then writes path and flushes it to disk.
func writeBuffered(path string, render func(io.Writer) ([]string, error)) ([]string, error) {
	var b bytes.Buffer
	warns, err := render(&b)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	_, err = f.Write(b.Bytes())
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return warns, err
}

// Write writes every part into the staging folder of set, then replaces the
// set of outputs in the output folder (Set.Commit): after any failure the
// folder holds the complete earlier set, after success the complete new one.
// A cancelled ctx stops before the replacement and removes the staging
// folder.
func Write(ctx context.Context, set *Set, parts []Part) ([]Output, []string, error) {
	var warnings []string
	for _, p := range parts {
		if err := ctx.Err(); err != nil {
			set.Abort()
			return nil, nil, err
		}
		path, err := set.path(p.Name)
		if err != nil {
			return nil, nil, err
		}
		ws, err := p.Write(ctx, path, func(name string) string { return filepath.Join(set.dir, name) })
		if err != nil {
			set.Abort()
			var pe *fs.PathError
			switch {
			case ctx.Err() != nil:
				return nil, nil, ctx.Err()
			case errors.As(err, new(*OutputError)):
				return nil, nil, err
			case errors.As(err, &pe):
				return nil, nil, &OutputError{Key: "build.out_write", Args: []any{set.out, pe.Error()}}
			}
			return nil, nil, fmt.Errorf("%s: %w", p.Name, err)
		}
		warnings = append(warnings, ws...)
	}
	if err := ctx.Err(); err != nil {
		set.Abort()
		return nil, nil, err
	}
	outs, err := set.Commit(Names(parts))
	if err != nil {
		return nil, nil, err
	}
	return outs, warnings, nil
}
