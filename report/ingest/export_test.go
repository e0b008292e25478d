package ingest_test

import (
	"os"
	"testing"
)

func needDirX(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (required when CI=true): %v", dir, err)
		}
		t.Skipf("%s not present", dir)
	}
}
