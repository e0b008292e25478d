package project

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestCheckOut: the output guard resolves links and refuses the root, the
// project, folders holding any input (narrative, notes, logo too) and
// folders where a source pattern would read an output (issue 15 item 5).
func TestCheckOut(t *testing.T) {
	root := t.TempDir()
	proj := filepath.Join(root, "proj")
	for _, f := range []string{"rapor.yaml", "exports/a.csv", "narrative/share.md", "notes/w.yaml", "assets/logo.png", "data/x.json"} {
		p := filepath.Join(proj, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(proj, filepath.Join(root, "link-to-proj")); err != nil {
		t.Skip("no symlinks:", err)
	}
	cfg := &report.Config{Dir: proj, Narrative: "narrative/*.md", Logo: "assets/logo.png",
		Sources: []report.Source{
			{Kind: "posts", Path: "exports/*.csv", Files: []string{"exports/a.csv"}},
			{Kind: "notes", Path: "notes/*.yaml", Files: []string{"notes/w.yaml"}},
			{Kind: "comments", Path: "data/**/*.json", Files: []string{"data/x.json"}},
		}}
	names := OutputNames(WriteOptions{})
	cases := []struct {
		out, key string
	}{
		{"/", "build.out_root"},
		{proj, "build.out_project"},
		{filepath.Join(root, "link-to-proj"), "build.out_project"},
		{filepath.Join(root, "link-to-proj", "narrative"), "build.out_holds_inputs"},
		{filepath.Join(proj, "notes"), "build.out_holds_inputs"},
		{filepath.Join(proj, "assets"), "build.out_holds_inputs"},
		{root, "build.out_holds_inputs"},
		{filepath.Join(proj, "data", "out"), "build.out_in_glob"},
		{filepath.Join(proj, "data", "new", "deeper"), "build.out_in_glob"},
		{filepath.Join(proj, "out"), ""},
		{filepath.Join(proj, "exports", "out"), ""},
		{filepath.Join(root, "elsewhere"), ""},
	}
	for _, c := range cases {
		err := CheckOut(c.out, cfg, names)
		var oe *OutputError
		switch {
		case c.key == "" && err != nil:
			t.Errorf("%s: refused: %v", c.out, err)
		case c.key != "" && (!errors.As(err, &oe) || oe.Key != c.key):
			t.Errorf("%s: err %v, want %s", c.out, err, c.key)
		}
	}
}
