package data

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestExampleEmbedComplete: the embedded example holds exactly the files of
// data/example on disk (out/ and hidden files excepted), byte for byte.
func TestExampleEmbedComplete(t *testing.T) {
	disk := map[string][]byte{}
	err := filepath.WalkDir("example", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("example", p)
		rel = filepath.ToSlash(rel)
		name := d.Name()
		if rel != "." && (rel == "out" || name[0] == '.' || name[0] == '_') {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		disk[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	embedded := map[string]bool{}
	err = fs.WalkDir(Example(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		embedded[p] = true
		b, err := fs.ReadFile(Example(), p)
		if err != nil {
			return err
		}
		want, ok := disk[p]
		switch {
		case !ok:
			t.Errorf("%s is embedded but not in data/example", p)
		case !bytes.Equal(b, want):
			t.Errorf("%s: embedded copy differs from data/example", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for p := range disk {
		if !embedded[p] {
			t.Errorf("data/example/%s is not embedded: add its folder to the //go:embed line in embed.go", p)
		}
	}
	if _, err := fs.Stat(Example(), "rapor.yaml"); err != nil {
		t.Errorf("no rapor.yaml at the top of the example: %v", err)
	}
}
