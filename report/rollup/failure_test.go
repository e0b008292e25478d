package rollup_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// copyDir copies the files below src into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// failingRollup makes a roll-up of the example's three agencies, one of
// them without its comments source (no response data), and a broken
// account whose rapor.yaml has an unknown key.
func failingRollup(t *testing.T) string {
	dir := t.TempDir()
	copyDir(t, filepath.Join(exampleDir, "akun"), filepath.Join(dir, "akun"))
	cfgPath := filepath.Join(dir, "akun", "dinas", "disparbud.sukamaju", "rapor.yaml")
	b, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, cfgPath, strings.Replace(string(b), "  - {kind: comments, path: \"komentar.csv\"}\n", "", 1))
	writeFile(t, filepath.Join(dir, "akun", "rusak", "dinsos.sukamaju", "rapor.yaml"),
		"title: Rusak\naccount: dinsos.sukamaju\nperiod: 2026-10\nsourcez: []\nsources:\n  - {kind: posts, path: \"exports/*.csv\"}\n")
	writeFile(t, filepath.Join(dir, "rapor.yaml"), `title: Roll-up dengan akun rusak
period: 2026-10
targets: {share.posts_per_week: {min: 5}}
accounts:
  - {path: "akun/dinas/*", group: Dinas}
  - {path: akun/rusak/dinsos.sukamaju, group: Dinas, label: Dinas Sosial}
`)
	return dir
}

// TestFailingAccount: a broken account is listed with its located error,
// the other accounts are built, and accounts without data are never ranked.
func TestFailingAccount(t *testing.T) {
	t.Parallel()
	dir := failingRollup(t)
	out := t.TempDir()
	ru, runs, err := build(dir, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 4 {
		t.Fatalf("%d runs, want 4", len(runs))
	}
	bad := ru.Account("dinsos.sukamaju")
	if bad == nil || bad.Status != report.AccountFailed {
		t.Fatalf("broken account: %+v", bad)
	}
	if !regexp.MustCompile(`rapor\.yaml:4:1: .*sourcez`).MatchString(bad.Error) {
		t.Errorf("error %q: want rapor.yaml:4:1 naming the unknown key", bad.Error)
	}
	if _, err := os.Stat(filepath.Join(out, "accounts", "dinsos.sukamaju")); !os.IsNotExist(err) {
		t.Errorf("a failed account has an output folder (%v)", err)
	}
	for _, name := range []string{"dinkes.sukamaju", "disparbud.sukamaju", "disdukcapil.sukamaju"} {
		a := ru.Account(name)
		if a == nil || a.Status != report.AccountOK {
			t.Fatalf("%s not built: %+v", name, a)
		}
		for _, f := range []string{"report.html", "report.xlsx", "indicators.json"} {
			if st, err := os.Stat(filepath.Join(out, "accounts", name, f)); err != nil || st.Size() == 0 {
				t.Errorf("%s/%s: %v", name, f, err)
			}
		}
	}
	for _, f := range []string{"report.html", "report.xlsx", "indicators.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	for _, rk := range ru.Rankings {
		if slices.Contains(rk.Ranked, "dinsos.sukamaju") || !slices.Contains(rk.Unranked, "dinsos.sukamaju") {
			t.Errorf("%s: the failed account is ranked: %v / %v", rk.ID, rk.Ranked, rk.Unranked)
		}
		if rk.ID == "manage.response_rate" {
			if slices.Contains(rk.Ranked, "disparbud.sukamaju") || !slices.Contains(rk.Unranked, "disparbud.sukamaju") {
				t.Errorf("response rate: an account without comments is ranked: %v / %v", rk.Ranked, rk.Unranked)
			}
		}
	}
	if ru.Totals.CommentsN != 2 || ru.Totals.PostsN != 3 {
		t.Errorf("totals count %d accounts with comments and %d with posts; want 2 and 3", ru.Totals.CommentsN, ru.Totals.PostsN)
	}
	html, _ := os.ReadFile(filepath.Join(out, "report.html"))
	if !strings.Contains(string(html), `id="failed"`) || !strings.Contains(string(html), "sourcez") {
		t.Error("report.html does not list the failed account with its error")
	}
}

// TestRollupConfigErrors: a broken roll-up rapor.yaml is located.
func TestRollupConfigErrors(t *testing.T) {
	t.Parallel()
	dir := failingRollup(t)
	writeFile(t, filepath.Join(dir, "rapor.yaml"), "title: X\nperiod: 2026-10\naccounts:\n  - {path: \"akun/tidak-ada/*\"}\n  - {path: akun/dinas/*, label: Dua}\n")
	_, _, err := build(dir, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "rapor.yaml:4:12") {
		t.Errorf("err %v; want the unmatched path at rapor.yaml:4:12", err)
	}
}

// TestHostileLabels: labels and groups from rapor.yaml stay inert text in
// the page (escaped) and in the workbook (string cells, never formulas).
func TestHostileLabels(t *testing.T) {
	t.Parallel()
	dir := failingRollup(t)
	const label = `</script><img src=x onerror=alert(1)>`
	const group = `=HYPERLINK("http://x","y")`
	writeFile(t, filepath.Join(dir, "rapor.yaml"), "title: \"<b>R</b>\"\nperiod: 2026-10\naccounts:\n"+
		"  - {path: akun/dinas/dinkes.sukamaju, group: '"+group+"', label: '"+label+"'}\n"+
		"  - {path: akun/dinas/disparbud.sukamaju}\n")
	out := t.TempDir()
	if _, _, err := build(dir, out); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(filepath.Join(out, "report.html"))
	if strings.Contains(string(page), "<img src=x") || strings.Contains(string(page), "<b>R</b>") {
		t.Error("report.html holds user text as markup")
	}
	if !strings.Contains(string(page), "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("the hostile label is not shown as text")
	}
	for sheet, xml := range sheetXML(t, filepath.Join(out, "report.xlsx")) {
		if strings.Contains(xml, "<f>") || strings.Contains(xml, "<f ") {
			t.Errorf("%s has a formula cell", sheet)
		}
	}
}
