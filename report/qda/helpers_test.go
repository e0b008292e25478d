package qda

import (
	"archive/zip"
	"bytes"
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

func zipReader(t *testing.T, data []byte) *zip.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}
