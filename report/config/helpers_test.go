package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// project writes a project folder: rapor.yaml with content yml (skipped when
// yml is nil) and the given other files (slash paths -> content).
func project(t testing.TB, yml *string, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	if yml != nil {
		write(t, dir, FileName, *yml)
	}
	for _, f := range files {
		write(t, dir, f, "x\n")
	}
	return dir
}

func write(t testing.TB, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func ptr(s string) *string { return &s }

// baseFiles are the files every test project has.
var baseFiles = []string{"notes/a.yaml", "notes/b.yaml", "exports/posts.csv", "narrative/share.md"}

// errorsOf returns the error-severity problems.
func errorsOf(ps report.Problems) report.Problems {
	var out report.Problems
	for _, p := range ps {
		if p.Severity == report.Error {
			out = append(out, p)
		}
	}
	return out
}
