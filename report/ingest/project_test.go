package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// project writes hand-made input files into a temporary project folder and
// returns it.
func project(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadOne reads one hand-made file as the given source.
func loadOne(t *testing.T, name, content string, src report.Source) (*report.Dataset, *report.FileReport) {
	t.Helper()
	dir := project(t, map[string]string{name: content})
	src.Files = []string{name}
	ds := Load(oneSource(t, dir, "kab.uji", src), Options{})
	f := ds.Files[0]
	checkAccounting(t, f)
	return ds, f
}

// checkAccounting: rows_read = rows_used + Σ rows_skipped, refused files
// included.
func checkAccounting(t *testing.T, f *report.FileReport) {
	t.Helper()
	if f.RowsRead != f.RowsUsed+f.SkippedTotal() {
		t.Errorf("%s: rows_read %d != used %d + skipped %v", f.Path, f.RowsRead, f.RowsUsed, f.Skipped)
	}
}

// problem returns the first problem with key, or nil.
func problem(ds *report.Dataset, key string) *report.Problem {
	for i := range ds.Problems {
		if ds.Problems[i].Key == key {
			return &ds.Problems[i]
		}
	}
	return nil
}

// wantProblem fails unless a problem with key is at line:col (col < 0:
// any column).
func wantProblem(t *testing.T, ds *report.Dataset, key string, line, col int) *report.Problem {
	t.Helper()
	p := problem(ds, key)
	if p == nil {
		t.Fatalf("no %s among %v", key, keys(ds.Problems))
	}
	if p.Line != line || col >= 0 && p.Col != col {
		t.Errorf("%s at %d:%d, want %d:%d", key, p.Line, p.Col, line, col)
	}
	return p
}

func noProblem(t *testing.T, ds *report.Dataset, key string) {
	t.Helper()
	if slices.Contains(keys(ds.Problems), key) {
		t.Errorf("unexpected %s among %v", key, keys(ds.Problems))
	}
}

func mustDate(t *testing.T, s string) report.Date {
	t.Helper()
	d, err := report.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
