package qda

import (
	"os"
	"path/filepath"
	"testing"
)

// samples is the folder of real REFI-QDA files (never copied into the repo).
const samples = "../../../shared/qda-samples"

// sample reads a real file; it skips when ../shared is absent, except under CI.
func sample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(samples, name))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: %v (CI=true needs ../shared/qda-samples)", name, err)
		}
		t.Skipf("%s: %v", name, err)
	}
	return data
}
