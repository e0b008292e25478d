package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkBuild builds every output of the project in $RAPOR_BENCH_DIR
// (default: the bundled example), e.g. a scale project written by
// cmd/synth. Profile with -cpuprofile / -memprofile.
func BenchmarkBuild(b *testing.B) {
	dir := os.Getenv("RAPOR_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "data", "example")
	}
	out := b.TempDir()
	env := func(string) string { return "" }
	for b.Loop() {
		if code := run([]string{"build", dir, "-o", out, "-q"}, io.Discard, io.Discard, env); code != 0 {
			b.Fatalf("build %s: exit %d", dir, code)
		}
	}
}
