package rollup_test

import (
	"os"
	"strconv"
	"testing"

	"github.com/rapor-id/rapor/report/rollup"
)

// BenchmarkBuild builds a roll-up with one and with two workers. The
// roll-up is data/example-rollup, or the folder named by RAPOR_BENCH_ROLLUP
// (e.g. one written by `synth -accounts 40`).
func BenchmarkBuild(b *testing.B) {
	dir := exampleDir
	if d := os.Getenv("RAPOR_BENCH_ROLLUP"); d != "" {
		dir = d
	}
	for _, workers := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			for b.Loop() {
				p := rollup.Load(dir, rollup.Options{Env: noEnv, Version: "bench", Workers: workers})
				if p.Failed(false) {
					b.Fatal(p.Problems)
				}
				out := b.TempDir()
				if _, _, err := buildWrite(p, out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
