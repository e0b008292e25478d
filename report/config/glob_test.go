package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestGlob checks path.Match segments, "**" and the dot-file rule on a
// nested tree.
func TestGlob(t *testing.T) {
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

// TestGlobOutside checks a literal ".." leading out of the project folder.
func TestGlobOutside(t *testing.T) {
	root := t.TempDir()
	write(t, root, "shared/x.csv", "x")
	write(t, root, "proj/rapor.yaml", "x")
	got, err := Glob(filepath.Join(root, "proj"), "../shared/*.csv")
	if err != nil || !reflect.DeepEqual(got, []string{"../shared/x.csv"}) {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestGlobSymlink checks that links to files match and "**" does not loop
// through a link to a parent folder.
func TestGlobSymlink(t *testing.T) {
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
