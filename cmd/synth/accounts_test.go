package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleRollupDir is the committed roll-up example, relative to this package.
const exampleRollupDir = "../../data/example-rollup"

// TestExampleRollupUpToDate checks that the committed data/example-rollup
// equals the generator's -example-rollup output, file for file (run with
// -update to rewrite it), and stays small.
func TestExampleRollupUpToDate(t *testing.T) {
	got := readTree(t, generate(t, "-example-rollup"))
	if *update {
		if err := os.RemoveAll(filepath.Join(exampleRollupDir, "akun")); err != nil {
			t.Fatal(err)
		}
		for name, data := range got {
			p := filepath.Join(exampleRollupDir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := map[string][]byte{}
	size := 0
	for name, b := range readTree(t, exampleRollupDir) {
		if !strings.HasPrefix(name, "out/") {
			want[name] = b
			size += len(b)
		}
	}
	if d := diffTrees(got, want); len(d) > 0 {
		t.Fatalf("data/example-rollup is not the generator's output (run go test ./cmd/synth -run TestExampleRollupUpToDate -update): %v", d)
	}
	if size > 400_000 {
		t.Fatalf("data/example-rollup holds %d bytes; keep it under 400 KB", size)
	}
}

// TestAccountsDiffer: -accounts N writes N accounts with different names,
// sizes and inputs, and a roll-up rapor.yaml listing their groups.
func TestAccountsDiffer(t *testing.T) {
	t.Parallel()
	files := readTree(t, generate(t, "-accounts", "20", "-seed", "7"))
	cfg := string(files["rapor.yaml"])
	for _, want := range []string{"accounts:", `path: "akun/dinas/*"`, `path: "akun/badan/*"`, `path: "akun/kecamatan/*"`} {
		if !strings.Contains(cfg, want) {
			t.Errorf("rapor.yaml lacks %q:\n%s", want, cfg)
		}
	}
	accounts := map[string]int{} // folder -> bytes of its content exports
	withComments, withDaily := 0, 0
	for name, b := range files {
		parts := strings.Split(name, "/")
		if len(parts) < 4 || parts[0] != "akun" {
			continue
		}
		folder := strings.Join(parts[:3], "/")
		accounts[folder] += 0
		switch rest := strings.Join(parts[3:], "/"); {
		case strings.HasPrefix(rest, "exports/") && strings.Count(rest, "/") == 1 && strings.Contains(rest, "_"):
			accounts[folder] += len(b)
		case rest == "komentar.csv":
			withComments++
		case rest == "exports/pengikut-total.csv":
			withDaily++
		}
	}
	if len(accounts) != 20 {
		t.Fatalf("%d accounts, want 20", len(accounts))
	}
	sizes := map[int]bool{}
	for folder, n := range accounts {
		if _, ok := files[folder+"/rapor.yaml"]; !ok {
			t.Errorf("%s has no rapor.yaml", folder)
		}
		sizes[n/20000] = true
	}
	if len(sizes) < 3 {
		t.Errorf("the accounts are all about the same size: %v", accounts)
	}
	if withComments == 0 || withComments == 20 || withDaily == 0 || withDaily == 20 {
		t.Errorf("%d accounts with comments and %d with daily series; want some with and some without", withComments, withDaily)
	}
}
