package framework

import "testing"

// BenchmarkLoadEmbedded measures parsing the embedded framework (done once per build).
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if _, ps := Load("", ""); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
