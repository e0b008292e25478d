package ingest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestSmallFileReadsAllocateLittle: loading a small file allocates in
// proportion to the file, not to the read caps. Buffers of 1 MB (scan) and
// 256 KB (each CSV pass) per file made every fuzz input cost milliseconds
// of allocation and GC, and `make fuzz` stalled on the ingest targets
// (issue 15).
func TestSmallFileReadsAllocateLittle(t *testing.T) {
	dir := t.TempDir()
	raw := []byte("Post ID,Publish time,Permalink,Post type\n1,10/01/2026 10:00,https://www.instagram.com/p/X/,IG image\n")
	if err := os.WriteFile(filepath.Join(dir, "p.csv"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	base := oneSource(t, dir, "kab.uji", report.Source{})
	load := func() { Load(freshConfig(base, report.Source{Kind: "posts", Files: []string{"p.csv"}}), Options{}) }
	load() // warm-up: one-time tables
	const n = 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range n {
		load()
	}
	runtime.ReadMemStats(&after)
	per := (after.TotalAlloc - before.TotalAlloc) / n
	t.Logf("%d bytes allocated per Load of a %d-byte file", per, len(raw))
	if per > 256<<10 {
		t.Errorf("a Load of a %d-byte file allocates %d KB, want ≤ 256 KB", len(raw), per>>10)
	}
}
