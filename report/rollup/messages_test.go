package rollup_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalogue: templates/messages/rollup.yaml has an id and an en text
// for every key, every key the roll-up code uses is in it, and every key
// in it is used. The document builder names its keys through helpers
// (b.t("…") = "rollup.html.…", b.xt("…") = "rollup.xlsx.…"); the workbook
// writer (report/xlsx/rollup.go) names only its sheets.
func TestCatalogue(t *testing.T) {
	entries := msgtest.Catalogue(t, "rollup")
	used := msgtest.UsedKeys(t, "rollup", "*.go", "../config/rollup.go", "../../cmd/rapor/rollup.go", "../xlsx/rollup.go")
	helper := regexp.MustCompile(`\bb\.(t|xt)\("([a-z0-9_.]+)"`)
	for glob, prefixes := range map[string]map[string]string{
		"document*.go": {"t": "rollup.html.", "xt": "rollup.xlsx."},
	} {
		files, _ := filepath.Glob(glob)
		if len(files) == 0 {
			t.Fatalf("no files %s", glob)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range helper.FindAllStringSubmatch(string(src), -1) {
				if !strings.HasSuffix(m[2], ".") {
					used[prefixes[m[1]]+m[2]] = true
				}
			}
		}
	}
	// families built from parts
	for _, k := range []string{"values", "overrides", "views", "totals", "rankings", "scores", "collab"} {
		used["rollup.html.method."+k], used["rollup.html.method."+k+"_text"] = true, true
	}
	for _, s := range []string{report.AccountOK, report.AccountFailed} {
		used["rollup.xlsx.status."+s] = true
	}
	for _, s := range []string{"summary", "accounts", "heatmap", "rankings", "groups", "collaborations", "failed", "methodology"} {
		used["rollup.xlsx.sheet."+s] = true
	}
	msgtest.Covers(t, "rollup", entries, used)
}
