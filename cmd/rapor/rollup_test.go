package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestRollupExampleValidatesAndBuilds(t *testing.T) {
	t.Parallel()
	code, out, errs := runCLI(t, "validate", "../../data/example-rollup", "--lang", "en")
	if code != 0 || !strings.Contains(out, "4 accounts checked") {
		t.Fatalf("validate: exit %d\n%s\n%s", code, out, errs)
	}
	dst := t.TempDir()
	code, out, errs = runCLI(t, "build", "../../data/example-rollup", "-o", dst, "--lang", "en")
	if code != 0 {
		t.Fatalf("build: exit %d\n%s\n%s", code, out, errs)
	}
	for _, f := range []string{"report.html", "report.xlsx", "indicators.json",
		"accounts/kab.sukamaju/report.html", "accounts/dinkes.sukamaju/indicators.json"} {
		if st, err := os.Stat(filepath.Join(dst, filepath.FromSlash(f))); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	if !strings.Contains(out, "4 of 4 accounts built") {
		t.Errorf("summary missing:\n%s", out)
	}
}

// TestRollupFailingAccount: a broken account is reported with its located
// error, the other account and the roll-up are built, and the exit code is 1.
func TestRollupFailingAccount(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	example, err := filepath.Abs("../../data/example")
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(dir, example)
	if err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "akun", "rusak")
	if err := os.MkdirAll(broken, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(broken, "rapor.yaml"), []byte("title: Rusak\naccount: rusak\nperiod: 2026-13\nsources: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	yml := "title: R\nperiod: 2026-10\naccounts:\n  - {path: " + filepath.ToSlash(rel) + "}\n  - {path: akun/rusak}\n"
	if err := os.WriteFile(filepath.Join(dir, "rapor.yaml"), []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, stdout, errs := runCLI(t, "build", dir, "--lang", "en")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, errs)
	}
	if !regexp.MustCompile(`FAILED rusak .*rapor\.yaml:3:9: `).MatchString(errs) || !strings.Contains(errs, "1 of 2 accounts failed") {
		t.Errorf("stderr does not report the broken account with its location:\n%s", errs)
	}
	for _, f := range []string{"report.html", "indicators.json", "accounts/kab.sukamaju/report.html"} {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(f))); err != nil {
			t.Error(err)
		}
	}
	code, _, errs = runCLI(t, "validate", dir, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "rapor.yaml:3:9") {
		t.Errorf("validate: exit %d\n%s", code, errs)
	}
}
