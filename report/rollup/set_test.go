package rollup_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/project"
	"github.com/rapor-id/rapor/report/rollup"
)

// oldRollupSet fills out with an earlier roll-up set: its files "old" (but
// those in folders, which are made folders) and accounts/old.txt.
func oldRollupSet(t *testing.T, out string, folders ...string) map[string]bool {
	t.Helper()
	want := map[string]bool{}
	for _, n := range []string{"indicators.json", "report.html", "report.xlsx", "report.docx", "accounts/old.txt"} {
		if strings.Contains(strings.Join(folders, " "), n) {
			writeFile(t, filepath.Join(out, n, "keep.txt"), "old")
			want[n+"/keep.txt"] = true
			continue
		}
		writeFile(t, filepath.Join(out, n), "old")
		want[n] = true
	}
	return want
}

// checkOldSet fails unless out holds exactly the earlier set and no
// staging folder.
func checkOldSet(t *testing.T, out string, want map[string]bool) {
	t.Helper()
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		b, _ := os.ReadFile(p)
		if !want[rel] || string(b) != "old" {
			t.Errorf("after the failure the folder holds %s (%d bytes): not the old set", rel, len(b))
		}
		delete(want, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for n := range want {
		t.Errorf("old %s is gone", n)
	}
}

// TestRollupWriteAllOrNothing: a roll-up that fails after its accounts are
// built — an output name that is a folder in OUT, or a renderer that
// fails — leaves OUT with the complete earlier set (accounts/ included)
// and no temporary file (issue 15 item 2, for the roll-up).
func TestRollupWriteAllOrNothing(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "builds the example roll-up twice")
	failing := rollup.Renderer{Name: "extra.txt", Render: func(io.Writer, *report.Rollup, string) error {
		return errors.New("renderer failed")
	}}
	cases := []struct {
		name    string
		folders []string
		extra   []rollup.Renderer
		check   func(error) bool
	}{
		{"report.docx is a folder", []string{"report.docx"}, nil, func(err error) bool {
			var oe *project.OutputError
			return errors.As(err, &oe) && oe.Key == "build.out_is_dir"
		}},
		{"a renderer fails", nil, []rollup.Renderer{failing}, func(err error) bool {
			return err != nil && strings.Contains(err.Error(), "renderer failed")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			want := oldRollupSet(t, out, c.folders...)
			p := rollup.Load(exampleDir, rollup.Options{Env: noEnv, Version: "test"})
			if p.Failed(false) {
				t.Fatal(p.Problems)
			}
			set, err := project.Stage(out)
			if err != nil {
				t.Fatal(err)
			}
			ru, _, err := p.Build(set, out)
			if err != nil {
				t.Fatal(err)
			}
			_, err = rollup.Write(context.Background(), set, ru, rollup.WriteOptions{Lang: p.Lang, Extra: c.extra})
			if !c.check(err) {
				t.Fatalf("error %v", err)
			}
			checkOldSet(t, out, want)
		})
	}
}

// TestRollupCheckOut: the roll-up's -o gets the output guard of `rapor
// build`: the root, the roll-up folder reached through a symbolic link, a
// folder holding an account's inputs are refused; a fresh folder is not.
func TestRollupCheckOut(t *testing.T) {
	t.Parallel()
	p := rollup.Load(exampleDir, rollup.Options{Env: noEnv, Version: "test"})
	if p.Failed(false) {
		t.Fatal(p.Problems)
	}
	abs, err := filepath.Abs(exampleDir)
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(abs, link); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ out, key string }{
		{"/", "build.out_root"},
		{link, "build.out_holds_inputs"},
		{filepath.Join(link, "out", ".."), "build.out_holds_inputs"},
		{filepath.Join(exampleDir, "akun", "dinas", "disparbud.sukamaju", "exports"), "build.out_holds_inputs"},
		{filepath.Join(exampleDir, "akun", "dinas", "disparbud.sukamaju", "exports", "harian"), "build.out_holds_inputs"},
		{filepath.Join(exampleDir, "akun", "dinas", "disparbud.sukamaju"), "build.out_holds_inputs"},
		{filepath.Join(t.TempDir(), "new"), ""},
		{filepath.Join(exampleDir, "out"), ""},
	}
	for _, c := range cases {
		err := p.CheckOut(c.out)
		var oe *project.OutputError
		switch {
		case c.key == "" && err != nil:
			t.Errorf("%s: refused: %v", c.out, err)
		case c.key != "" && (!errors.As(err, &oe) || oe.Key != c.key):
			t.Errorf("%s: got %v, want %s", c.out, err, c.key)
		}
	}
}
