package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/docx"
	"github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/ingest"
	"github.com/rapor-id/rapor/report/jsonout"
	"github.com/rapor-id/rapor/report/present"
	"github.com/rapor-id/rapor/report/project"
	"github.com/rapor-id/rapor/report/xlsx"
)

// benchDir is the project the benchmarks build: $RAPOR_BENCH_DIR (e.g. a
// scale project written by cmd/synth, see `make bench`) or the example.
func benchDir() string {
	if dir := os.Getenv("RAPOR_BENCH_DIR"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "data", "example")
}

// BenchmarkBuild builds every output of the bench project, as `rapor build`
// does. Profile with -cpuprofile / -memprofile.
func BenchmarkBuild(b *testing.B) {
	dir, out := benchDir(), b.TempDir()
	env := func(string) string { return "" }
	for b.Loop() {
		if code := run([]string{"build", dir, "-o", out, "-q"}, io.Discard, io.Discard, env); code != 0 {
			b.Fatalf("build %s: exit %d", dir, code)
		}
	}
}

// reportCPU starts counting the process's CPU time; the returned function
// reports it per iteration as "cpu-ns/op" (on a loaded machine CPU time is
// steadier than wall time). Call it as `defer reportCPU(b)()`.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; start > 0 && b.N > 0 {
			b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
		}
	}
}

// loadBench loads the bench project and computes its report.
func loadBench(b *testing.B) (*project.Project, *report.Report) {
	b.Helper()
	p := project.Load(benchDir(), project.Options{Env: func(string) string { return "" }})
	if p.Config == nil || p.Failed(false) {
		b.Fatalf("load %s: %v", benchDir(), p.Problems)
	}
	r, err := p.Report()
	if err != nil {
		b.Fatal(err)
	}
	return p, r
}

// BenchmarkIngest reads the bench project's sources of one kind at a time.
func BenchmarkIngest(b *testing.B) {
	p, _ := loadBench(b)
	for _, kind := range []string{report.KindPosts, report.KindDaily, report.KindAudience, report.KindComments, report.KindMonitoring} {
		cfg := *p.Config
		cfg.Sources = nil
		for _, s := range p.Config.Sources {
			if s.Kind == kind {
				cfg.Sources = append(cfg.Sources, s)
			}
		}
		if len(cfg.Sources) == 0 {
			continue
		}
		b.Run(kind, func(b *testing.B) {
			for b.Loop() {
				ingest.Load(&cfg, ingest.Options{Catalog: p.Cat})
			}
		})
	}
}

// BenchmarkCompute computes the report of the loaded bench project.
func BenchmarkCompute(b *testing.B) {
	p, _ := loadBench(b)
	for b.Loop() {
		if _, err := p.Report(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrite renders the bench project's report with each writer.
func BenchmarkWrite(b *testing.B) {
	p, r := loadBench(b)
	d, err := present.Document(r, p.Cat)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("document", func(b *testing.B) {
		for b.Loop() {
			if _, err := present.Document(r, p.Cat); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("html", func(b *testing.B) {
		for b.Loop() {
			if _, err := html.Render(io.Discard, d, html.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("xlsx", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			if err := xlsx.Write(io.Discard, xlsx.Options{Lang: p.Lang, Catalog: p.Cat, Document: d}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("docx", func(b *testing.B) {
		for b.Loop() {
			if err := docx.WriteReport(io.Discard, d, docx.Options{Catalog: p.Cat}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("brief", func(b *testing.B) {
		for b.Loop() {
			if err := docx.WriteBrief(io.Discard, d, docx.Options{Catalog: p.Cat}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			if err := jsonout.Write(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
}
