package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestGlob checks path.Match segments, "**" and the dot-file rule on a
// nested tree.
func TestGlob(t *testing.T) {
	t.Parallel()
	dir := project(t, nil,
		"a.csv", "b.CSV", ".hidden.csv",
		"exports/Mar-18-2025_Apr-14-2025_1.csv", "exports/Audience.csv", "exports/._Audience.csv",
		"exports/daily/reach.csv", "exports/daily/2026/10/views.csv", "exports/daily/2026/notes.txt",
		"exports/.cache/x.csv", "notes/w1.yaml", "notes/sub/o1.yaml",
	)
	if err := os.MkdirAll(filepath.Join(dir, "exports", "empty.csv"), 0o755); err != nil {
		t.Fatal(err) // a folder whose name matches *.csv is not a file
	}
	cases := []struct {
		pattern string
		want    []string
	}{
		{"*.csv", []string{"a.csv"}},
		{"*.[cC][sS][vV]", []string{"a.csv", "b.CSV"}},
		{".*.csv", []string{".hidden.csv"}},
		{"exports/*_*.csv", []string{"exports/Mar-18-2025_Apr-14-2025_1.csv"}},
		{"exports/*.csv", []string{"exports/Audience.csv", "exports/Mar-18-2025_Apr-14-2025_1.csv"}},
		{"exports/Audience.csv", []string{"exports/Audience.csv"}},
		{"./exports//Audience.csv", []string{"exports/Audience.csv"}},
		{"exports/daily/*.csv", []string{"exports/daily/reach.csv"}},
		{"exports/daily/**/*.csv", []string{"exports/daily/2026/10/views.csv", "exports/daily/reach.csv"}},
		{"exports/**/**/*.csv", []string{"exports/Audience.csv", "exports/Mar-18-2025_Apr-14-2025_1.csv", "exports/daily/2026/10/views.csv", "exports/daily/reach.csv"}},
		{"**/*.yaml", []string{"notes/sub/o1.yaml", "notes/w1.yaml"}},
		{"exports/daily/**", []string{"exports/daily/2026/10/views.csv", "exports/daily/2026/notes.txt", "exports/daily/reach.csv"}},
		{"exports/*/2026/*/*.csv", []string{"exports/daily/2026/10/views.csv"}},
		{"notes/../a.csv", []string{"a.csv"}},
		{"notes/?1.yaml", []string{"notes/w1.yaml"}},
		{"missing/*.csv", nil},
		{"a.csv/*", nil},
		{"nothing.csv", nil},
	}
	for _, c := range cases {
		got, err := Glob(dir, c.pattern)
		if err != nil {
			t.Errorf("%s: %v", c.pattern, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.pattern, got, c.want)
		}
	}
}

// TestGlobOutside: a literal ".." or a symbolic link whose real path leaves
// the project folder is refused (issue 15 item 10: a link to /etc/shadow was
// opened, a narrative linked from outside was embedded); ".." that stays
// inside is fine.
func TestGlobOutside(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	write(t, root, "shared/x.csv", "x")
	write(t, root, "secret.md", "x")
	write(t, root, "proj/rapor.yaml", "x")
	write(t, root, "proj/data/in.csv", "x")
	proj := filepath.Join(root, "proj")
	links := map[string]string{
		"data/shadow.csv": filepath.Join(root, "shared", "x.csv"),
		"narrative":       root,
		"data/inside.csv": filepath.Join(proj, "data", "in.csv"),
		"data/broken.csv": filepath.Join(root, "nothing.csv"),
	}
	for l, target := range links {
		if err := os.Symlink(target, filepath.Join(proj, filepath.FromSlash(l))); err != nil {
			t.Skip("no symlinks:", err)
		}
	}
	for _, p := range []string{"../shared/*.csv", "data/*.csv", "data/**", "**/*.csv", "narrative/*.md", "data/shadow.csv", `narrative\secret.md`} {
		got, err := Glob(proj, p)
		var ge *GlobError
		if !errors.As(err, &ge) || ge.Key != "config.glob_outside" {
			t.Errorf("%s: got %q, %v; want config.glob_outside", p, got, err)
		}
	}
	if got, err := Glob(proj, "**/*.md"); err != nil || len(got) != 0 {
		t.Errorf("**/*.md followed the linked folder: %q, %v", got, err)
	}
	got, err := Glob(proj, "data/../data/in*.csv")
	if err != nil || !reflect.DeepEqual(got, []string{"data/in.csv", "data/inside.csv"}) {
		t.Errorf("inside: got %q, %v", got, err)
	}
}

// TestGlobLoops: six links to their own folder and a 12-segment pattern end
// at once (issue 15 item 9 ran past 60 s), each real file matched through
// the first way in.
func TestGlobLoops(t *testing.T) {
	t.Parallel()
	dir := project(t, nil, "d/x.csv")
	for i := 0; i < 6; i++ {
		if err := os.Symlink(".", filepath.Join(dir, "d", fmt.Sprintf("l%d", i))); err != nil {
			t.Skip("no symlinks:", err)
		}
	}
	start := time.Now()
	got, err := Glob(dir, "d/*/*/*/*/*/*/*/*/*/*/*/*.csv")
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %v", took)
	}
	if err != nil || len(got) != 1 {
		t.Errorf("got %d matches %q, %v; want 1", len(got), got, err)
	}
	got, err = Glob(dir, "**/*.csv")
	if err != nil || !reflect.DeepEqual(got, []string{"d/x.csv"}) {
		t.Errorf("**: got %q, %v", got, err)
	}
}

// TestGlobLimits: depth, matches, folders and time are bounded, each with
// its own message key.
func TestGlobLimits(t *testing.T) {
	t.Parallel()
	dir := project(t, nil, "a/b/c/d/x.csv", "a/y.csv", "a/z.csv", "e/f/g/h/w.csv")
	lim := GlobLimits{Depth: 3, Matches: 1, Dirs: 100, Time: time.Minute}
	cases := []struct {
		pattern string
		lim     GlobLimits
		key     string
	}{
		{"a/b/c/d/*.csv", lim, "config.glob_too_deep"},
		{"**/*.csv", GlobLimits{Depth: 3, Matches: 99, Dirs: 100, Time: time.Minute}, "config.glob_too_deep"},
		{"a/*.csv", lim, "config.glob_too_many"},
		{"**", GlobLimits{Depth: 9, Matches: 99, Dirs: 3, Time: time.Minute}, "config.glob_too_many_dirs"},
		{"**", GlobLimits{Depth: 9, Matches: 99, Dirs: 99, Time: -time.Second}, "config.glob_too_slow"},
	}
	for _, c := range cases {
		_, err := GlobWithin(dir, c.pattern, c.lim)
		var ge *GlobError
		if !errors.As(err, &ge) || ge.Key != c.key {
			t.Errorf("%s: %v, want %s", c.pattern, err, c.key)
		}
	}
}

// TestGlobBackslash: a pattern written with Windows separators matches the
// same files on every platform.
func TestGlobBackslash(t *testing.T) {
	t.Parallel()
	dir := project(t, nil, "exports/harian/Jangkauan.csv", "exports/dengan spasi/a b.csv")
	for p, want := range map[string][]string{
		`exports\harian\*.csv`:     {"exports/harian/Jangkauan.csv"},
		`.\exports\dengan spasi\*`: {"exports/dengan spasi/a b.csv"},
		`exports\**\*.csv`:         {"exports/dengan spasi/a b.csv", "exports/harian/Jangkauan.csv"},
	} {
		got, err := Glob(dir, p)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, %v; want %q", p, got, err, want)
		}
	}
}

// TestGlobSymlink checks that links to files match and "**" does not loop
// through a link to a parent folder.
func TestGlobSymlink(t *testing.T) {
	t.Parallel()
	dir := project(t, nil, "data/x.csv")
	if err := os.Symlink(filepath.Join(dir, "data", "x.csv"), filepath.Join(dir, "data", "y.csv")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "data", "loop")); err != nil {
		t.Fatal(err)
	}
	got, err := Glob(dir, "**/*.csv")
	if err != nil || !reflect.DeepEqual(got, []string{"data/x.csv", "data/y.csv"}) {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestGlobErrors checks bad and absolute patterns.
func TestGlobErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, p := range []string{"/etc/*.csv", `C:\data\*.csv`, "c:/data/*.csv", `\\server\share`} {
		if _, err := Glob(dir, p); !errors.Is(err, ErrAbsolute) {
			t.Errorf("%s: err %v, want ErrAbsolute", p, err)
		}
	}
	for _, p := range []string{"[", "exports/[a-", "", "./"} {
		if _, err := Glob(dir, p); err == nil {
			t.Errorf("%q: no error", p)
		}
	}
}
