package config

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/msg"
)

// FuzzLoad checks that no content of rapor.yaml makes Load panic, that a nil
// Config always comes with an error, and that every problem has a known
// message key. Seeds: testdata/fuzz/FuzzLoad plus the files below.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{base, full, "", "\xff\xfe", "title: [", "a: &a [*a]\n", "<<: *x\n"} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	for _, name := range baseFiles {
		write(f, dir, name, "x")
	}
	cat := msg.MustLoad("en")
	p := filepath.Join(dir, FileName)
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, probs := loadBytes(dir, p, data, Options{})
		if cfg == nil && probs.Errors() == 0 {
			t.Fatalf("nil config without an error: %+v", probs)
		}
		for _, pr := range probs {
			if !strings.HasPrefix(pr.Key, "config.") || !cat.Has(pr.Key) {
				t.Fatalf("unknown message key %q", pr.Key)
			}
			if pr.Path != p {
				t.Fatalf("problem path %q", pr.Path)
			}
		}
	})
}
