package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/data"
	"github.com/rapor-id/rapor/report/scaffold"
)

// TestTerminalSafeNames: ANSI escapes, newlines and bidi overrides in file
// names reach the terminal escaped in the per-file table, in problems and
// in the output list (issue 15 item 11: a name could forge a line of the
// summary table).
func TestTerminalSafeNames(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "p")
	if err := scaffold.Copy(dir, data.Example()); err != nil {
		t.Fatal(err)
	}
	evil := "Jang\x1b[2J\x1b[31m\nforged.yaml  notes  used 9 of 9\u202e.csv" // no "/": a file name cannot hold one
	if err := os.Rename(filepath.Join(dir, "exports", "harian", "Jangkauan.csv"), filepath.Join(dir, "exports", "harian", evil)); err != nil {
		t.Fatal("file system refuses the name:", err)
	}
	bad := filepath.Join(dir, "exports", "harian", "x\x1b]0;title\x07.csv")
	if err := os.WriteFile(bad, []byte("nothing,useful\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := runCLI(t, "validate", dir, "--lang", "en")
	for name, s := range map[string]string{"stdout": out, "stderr": errs} {
		if strings.ContainsAny(s, "\x1b\x07\u202e") {
			t.Errorf("%s holds a raw control character:\n%q", name, s)
		}
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "forged.yaml") {
				t.Errorf("%s: a file name forged a line: %q", name, l)
			}
		}
	}
	if !strings.Contains(out, `Jang\x1b[2J\x1b[31m\nforged.yaml`) || !strings.Contains(out, `\u202e.csv`) {
		t.Errorf("escaped name not shown:\n%s", out)
	}
	if !strings.Contains(errs, `x\x1b]0;title\x07.csv`) {
		t.Errorf("problem path not escaped:\n%s", errs)
	}
}

func TestSafe(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"plain/path é.csv":  "plain/path é.csv",
		"a\x1b[31mb":        `a\x1b[31mb`,
		"a\nb\rc\td":        `a\nb\rc\td`,
		"a\u202eb\u2066c":   `a\u202eb\u2066c`,
		"a\x85b\x7f":        `a\x85b\x7f`,
		"bad\xffutf8":       `bad\xffutf8`,
		"Budi\u00a0Santoso": "Budi\u00a0Santoso",
	}
	for in, want := range cases {
		if got := safe(in); got != want {
			t.Errorf("safe(%q) = %q, want %q", in, got, want)
		}
	}
}
