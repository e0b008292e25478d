package ingest

import (
	"fmt"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestInternCacheGivesAddsIndexes checks that the cache in front of
// Strings.Add returns, for every key and repeat, the index Add alone
// returns on a second table fed the same keys (growth included).
func TestInternCacheGivesAddsIndexes(t *testing.T) {
	tests := []struct {
		name string
		keys func(i int) string
		n    int
	}{
		{"repeats", func(i int) string { return fmt.Sprintf("user%d", i%7) }, 100},
		{"growth", func(i int) string { return fmt.Sprintf("budi.permana%d", (i*7919)%5000) }, 40000},
		{"empty and long", func(i int) string {
			if i%3 == 0 {
				return ""
			}
			return fmt.Sprintf("%0200d", i%11)
		}, 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cached, plain report.Strings
			var ic internCache
			for i := range tt.n {
				k := tt.keys(i)
				plain.New(fmt.Sprint("id", i)) // ids interleaved, as in a comments file
				cached.New(fmt.Sprint("id", i))
				got, want := ic.add(&cached, k), plain.Add(k)
				if got != want || cached.Get(got) != k {
					t.Fatalf("key %d %q: index %d (%q), Add gives %d", i, k, got, cached.Get(got), want)
				}
			}
		})
	}
}
