package project

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/rapor-id/rapor/report"
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
//
// Write runs the parts at the same time, one per processor, the heaviest
// first (Weight), so that on two cores the longest one is not left for
// last; a part with After starts only once the part of that name is staged
// (the PDF is printed from the staged report.html).
type Part struct {
	Name   string
	After  string // the part that must be written first ("": none)
	Weight int    // rough relative CPU cost of writing the part
	Write  func(ctx context.Context, path string, staged func(name string) string) (warnings []string, err error)
}

// Parts returns the outputs of r in writing order (OutputNames): of
// report.html, report.xlsx, indicators.json, report.docx, brief.docx,
// report.pdf and brief.pdf those that opt asks for. The document every
// writer renders is decided here, once (report/present).
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
				return nil, docx.WriteBrief(w, d, docx.Options{Letter: opt.Letter, Catalog: cat})
			})
		},
		"report.pdf": func(ctx context.Context, path string, staged func(string) string) ([]string, error) {
			return nil, printPDF(ctx, opt.Browser, staged("report.html"), path)
		},
		// brief.pdf: briefpdf.go
		"brief.pdf": func(ctx context.Context, path string, staged func(string) string) ([]string, error) {
			return writeBriefPDF(ctx, r, d, cat, opt, path, staged)
		},
	}
	var parts []Part
	for _, name := range OutputNames(opt) {
		p := Part{Name: name, Write: writers[name], Weight: partWeights[name]}
		if name == "report.pdf" {
			p.After = "report.html"
		}
		parts = append(parts, p)
	}
	return parts, nil
}

// partWeights are the writers' CPU milliseconds on the example project
// (BenchmarkWrite in cmd/rapor); only their order matters.
var partWeights = map[string]int{"report.xlsx": 27, "report.docx": 11, "report.html": 7, "brief.docx": 2, "indicators.json": 1}

// Names returns the file names of parts.
func Names(parts []Part) []string {
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.Name
	}
	return names
}

// writeBuffered renders into path through a buffer (the renderers build
// their file in memory and write it at once, which passes the buffer by)
// and flushes it to disk. A render error may leave part of a file, but in
// the staging folder, which Write then removes: no output is replaced.
func writeBuffered(path string, render func(io.Writer) ([]string, error)) ([]string, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	warns, err := render(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return warns, nil
}

// Write writes every part into the staging folder of set, then replaces the
// set of outputs in the output folder (Set.Commit): after any failure the
// folder holds the complete earlier set, after success the complete new one.
// The parts are written at the same time (each into its own file; a part
// with After waits for that part); warnings come in the order of parts, and
// when several parts fail the error is that of the first failed part in
// that order. A cancelled ctx stops before the replacement and removes the
// staging folder.
func Write(parent context.Context, set *Set, parts []Part) ([]Output, []string, error) {
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	res := make([]partResult, len(parts))
	done := make(map[string]chan struct{}, len(parts))
	for _, p := range parts {
		done[p.Name] = make(chan struct{})
	}
	run := func(i int) {
		p := parts[i]
		defer close(done[p.Name])
		defer func() {
			if r := recover(); r != nil {
				res[i].panic, res[i].panicked = r, true
				cancel(errSkipped)
			}
		}()
		res[i] = writePart(ctx, set, p, done, res, parts)
		if res[i].err != nil {
			cancel(errSkipped) // the set fails: stop the others (a PDF being printed)
		}
	}
	var wg sync.WaitGroup
	queue := workQueue(parts)
	for range min(runtime.GOMAXPROCS(0), len(queue)) {
		wg.Go(func() {
			for i := range queue {
				run(i)
			}
		})
	}
	for i, p := range parts {
		if p.After != "" { // waits, mostly: not one of the workers
			wg.Go(func() { run(i) })
		}
	}
	wg.Wait()
	for _, r := range res {
		if r.panicked {
			set.Abort()
			panic(r.panic)
		}
	}
	var warnings []string
	for i, r := range res {
		if r.err != nil && r.err != errSkipped {
			set.Abort()
			return nil, nil, partError(parent, set, parts[i].Name, r.err)
		}
		warnings = append(warnings, r.warnings...)
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

// workQueue returns the indexes of the parts without After, heaviest
// first (parts order among equals), as a closed channel.
func workQueue(parts []Part) chan int {
	var idx []int
	for i, p := range parts {
		if p.After == "" {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return parts[b].Weight - parts[a].Weight })
	q := make(chan int, len(idx))
	for _, i := range idx {
		q <- i
	}
	close(q)
	return q
}

// partResult is what writing one part gave.
type partResult struct {
	warnings []string
	err      error
	panic    any
	panicked bool
}

// errSkipped marks a part not written, or stopped, because another part
// failed (that part's error is reported); it is also the cause of the
// cancelled context the other parts see. Parts that do not watch the
// context are written anyway, so that which error is reported does not
// depend on timing: it is the first failed part's in the order of parts.
var errSkipped = errors.New("skipped")

// writePart writes p into the staging folder of set once the part it waits
// for (p.After) is done and succeeded.
func writePart(ctx context.Context, set *Set, p Part, done map[string]chan struct{}, res []partResult, parts []Part) partResult {
	if p.After != "" {
		if ch, ok := done[p.After]; ok {
			<-ch
			if i := slices.IndexFunc(parts, func(q Part) bool { return q.Name == p.After }); res[i].err != nil || res[i].panicked {
				return partResult{err: errSkipped}
			}
		}
	}
	if err := ctx.Err(); err != nil && context.Cause(ctx) != errSkipped {
		return partResult{err: err} // cancelled by the caller
	}
	path, err := set.path(p.Name)
	if err != nil {
		return partResult{err: err}
	}
	ws, err := p.Write(ctx, path, func(name string) string { return filepath.Join(set.dir, name) })
	if err != nil && errors.Is(err, context.Canceled) && context.Cause(ctx) == errSkipped {
		err = errSkipped // stopped because another part failed
	}
	return partResult{warnings: ws, err: err}
}

// partError is the error Write reports for the failed part name: the
// caller's ctx error when it was cancelled.
func partError(ctx context.Context, set *Set, name string, err error) error {
	var pe *fs.PathError
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.As(err, new(*OutputError)):
		return err
	case errors.As(err, &pe):
		return &OutputError{Key: "build.out_write", Args: []any{set.out, pe.Error()}}
	}
	return fmt.Errorf("%s: %w", name, err)
}
