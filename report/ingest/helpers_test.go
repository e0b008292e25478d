package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

// samplesDir is where CI lays the real export samples (never copied into
// the repository).
const samplesDir = "../../../shared/instagram-samples"

// needDir skips when dir is absent, but fails under CI=true.
func needDir(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (required when CI=true): %v", dir, err)
		}
		t.Skipf("%s not present", dir)
	}
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	l, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// oneSource builds a config reading the given files as one source.
func oneSource(t testing.TB, dir, account string, src report.Source) *report.Config {
	t.Helper()
	return &report.Config{Dir: dir, Path: filepath.Join(dir, "rapor.yaml"), Account: account,
		Loc: mustLoc(t, "Asia/Jakarta"), ExportLoc: mustLoc(t, "America/Los_Angeles"),
		ExportTimezone: "America/Los_Angeles", Language: "id", Sources: []report.Source{src},
		PosOf: map[string]report.Pos{}}
}

func keys(ps report.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

func rng(t *testing.T, from, to string) *report.Range {
	t.Helper()
	a, err := report.ParseDate(from)
	if err != nil {
		t.Fatal(err)
	}
	b, err := report.ParseDate(to)
	if err != nil {
		t.Fatal(err)
	}
	return &report.Range{From: a, To: b}
}

func filepathGlob(p string) ([]string, error) {
	m, err := filepath.Glob(p)
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m, err
}
