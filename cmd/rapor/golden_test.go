package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// TestExampleIndicatorsGolden pins indicators.json of the bundled example
// (refresh with go test ./cmd/rapor -run Golden -update and read the diff).
func TestExampleIndicatorsGolden(t *testing.T) {
	t.Parallel()
	out := builtExample(t, "id").Out
	got, err := os.ReadFile(filepath.Join(out, "indicators.json"))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "example.indicators.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("indicators.json of data/example differs from %s (run with -update after checking the change)", golden)
	}
}
