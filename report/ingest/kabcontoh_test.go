package ingest_test

import (
	"testing"

	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/ingest"
)

// TestKabContoh: the independent fixture validates with every row used.
func TestKabContoh(t *testing.T) {
	dir := "../../../shared/fixtures/kab-contoh"
	needDirX(t, dir)
	cfg, probs := config.Load(dir, config.Options{})
	if len(probs) > 0 || cfg == nil {
		t.Fatalf("config: %v", probs)
	}
	ds := ingest.Load(cfg, ingest.Options{})
	for _, p := range ds.Problems {
		t.Errorf("problem: %s %s", p.Where(), p.Key)
	}
	for _, f := range ds.Files {
		if f.Kind == "notes" {
			continue
		}
		if f.SkippedTotal() != 0 || f.RowsUsed != f.RowsRead || f.RowsRead == 0 {
			t.Errorf("%s: used %d of %d, skipped %v", f.Path, f.RowsUsed, f.RowsRead, f.Skipped)
		}
		t.Logf("%s %s %s %s %s used %d merged %d cov %v", f.Path, f.Kind, f.Preset, f.Encoding, f.Delimiter, f.RowsUsed, f.Merged, f.Coverage)
	}
}
