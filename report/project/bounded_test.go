package project

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// A 1 GiB logo is refused from its size, with "path: file larger than 2
// MB", without reading it (issue 15: it used to reach 2.1 GB).
func TestLogoRefusedBeforeReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "logo.png")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = logoURI(p)
	runtime.ReadMemStats(&after)
	if err == nil || err.Error() != p+": file larger than 2 MB" {
		t.Fatalf("error %v", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<10 {
		t.Errorf("%d bytes allocated to refuse the logo", grew)
	}
	if _, err := logoURI(filepath.Join(t.TempDir(), "missing.png")); err == nil || strings.Contains(err.Error(), "larger") {
		t.Errorf("missing logo: %v", err)
	}
}

// A 1 GiB narrative is refused from its size with its cap.
func TestNarrativeRefusedBeforeReading(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "narasi"), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "narasi", "share.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cfg := &report.Config{Dir: dir, Narrative: "narasi/*.md", Language: "id", PosOf: map[string]report.Pos{}}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, probs := readNarratives(cfg, &report.Framework{}, "id")
	runtime.ReadMemStats(&after)
	if len(probs) != 1 || probs[0].Key != "build.narrative_too_large" || probs[0].Args[0] != MaxNarrative {
		t.Fatalf("problems %+v", probs)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Errorf("%d bytes allocated to refuse the narrative", grew)
	}
}
