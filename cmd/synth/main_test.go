package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
)

// generate runs synth with args into a new temporary folder and returns it.
func generate(t *testing.T, args ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	var stderr bytes.Buffer
	if rc := run(append(args, "-o", dir), io.Discard, &stderr); rc != 0 {
		t.Fatalf("synth %v: exit %d: %s", args, rc, stderr.String())
	}
	return dir
}

// example is the generator's -example output, generated once for the tests
// that only read it.
var example testenv.Shared[map[string][]byte]

// exampleTree returns the files of the -example output (see readTree);
// tests must not change them.
func exampleTree(t *testing.T) map[string][]byte {
	t.Helper()
	return example.Get(t, func(dir string) (map[string][]byte, error) {
		out := filepath.Join(dir, "out")
		var stderr bytes.Buffer
		if rc := run([]string{"-example", "-o", out}, io.Discard, &stderr); rc != 0 {
			return nil, fmt.Errorf("synth -example: exit %d: %s", rc, stderr.String())
		}
		return readFiles(out)
	})
}

func TestMain(m *testing.M) {
	os.Exit(testenv.Run(m))
}

// readTree returns every file below dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files, err := readFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// readFiles is readTree returning its error.
func readFiles(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	return files, err
}

// diffTrees reports files missing from, extra in, or different in got.
func diffTrees(want, got map[string][]byte) []string {
	var diffs []string
	for name, w := range want {
		g, ok := got[name]
		switch {
		case !ok:
			diffs = append(diffs, "missing "+name)
		case !bytes.Equal(w, g):
			diffs = append(diffs, "differs "+name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			diffs = append(diffs, "extra "+name)
		}
	}
	slices.Sort(diffs)
	return diffs
}

// smallScale are scale flags that run quickly.
var smallScale = []string{"-posts", "300", "-comments", "2500", "-years", "2", "-notes", "23", "-seed", "7"}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
	}{
		{"example", []string{"-example"}},
		{"scale", smallScale},
		{"scale other seed", []string{"-posts", "120", "-comments", "900", "-years", "1", "-seed", "99"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name != "example" {
				testenv.Short(t, "generates a synthetic project twice")
			}
			a := readTree(t, generate(t, tt.args...))
			b := readTree(t, generate(t, tt.args...))
			if d := diffTrees(a, b); len(d) > 0 {
				t.Fatalf("two runs differ: %v", d)
			}
			if len(a) < 10 {
				t.Fatalf("only %d files written", len(a))
			}
		})
	}
}

func TestSeedMatters(t *testing.T) {
	t.Parallel()
	a := readTree(t, generate(t, "-posts", "50", "-comments", "100", "-years", "1", "-seed", "1"))
	b := readTree(t, generate(t, "-posts", "50", "-comments", "100", "-years", "1", "-seed", "2"))
	if !slices.Contains(diffTrees(a, b), "differs komentar.csv") {
		t.Fatal("seeds 1 and 2 wrote the same comments")
	}
}

func TestUsage(t *testing.T) {
	t.Parallel()
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(full, "x.txt")
	tests := []struct {
		name string
		args []string
		want int
		msg  string
	}{
		{"no output", []string{"-posts", "1"}, 2, "-o DIR is required"},
		{"example with scale flag", []string{"-example", "-posts", "5", "-o", t.TempDir()}, 2, "cannot be combined"},
		{"summary without example", []string{"-summary", "-o", t.TempDir()}, 2, "-summary needs -example"},
		{"negative posts", []string{"-posts", "-1", "-o", t.TempDir()}, 2, "must not be negative"},
		{"zero years", []string{"-years", "0", "-o", t.TempDir()}, 2, "-years must be between"},
		{"stray argument", []string{"-o", t.TempDir(), "extra"}, 2, "unexpected argument"},
		{"unknown flag", []string{"-bogus"}, 2, "flag provided but not defined"},
		{"comments without posts", []string{"-posts", "0", "-comments", "5", "-o", filepath.Join(t.TempDir(), "o")}, 1, "needs at least one feed post"},
		{"folder not empty", []string{"-example", "-o", full}, 1, "is not empty"},
		{"output is a file", []string{"-example", "-o", file}, 1, "is not a folder"},
		{"help", []string{"-h"}, 0, "usage: synth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if rc := run(tt.args, io.Discard, &stderr); rc != tt.want {
				t.Fatalf("exit %d, want %d (%s)", rc, tt.want, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.msg) {
				t.Fatalf("stderr %q does not contain %q", stderr.String(), tt.msg)
			}
		})
	}
}

func TestForceKeepsOtherFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.txt")
	if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rc := run([]string{"-example", "-force", "-o", dir}, io.Discard, io.Discard); rc != 0 {
		t.Fatalf("exit %d", rc)
	}
	if data, err := os.ReadFile(keep); err != nil || string(data) != "mine" {
		t.Fatalf("keep.txt = %q, %v", data, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "rapor.yaml")); err != nil {
		t.Fatal(err)
	}
}
