package xlsx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/internal/testenv"
)

// needTool returns the path of a program, skipping the test without it
// unless CI=true, where a missing tool fails the test.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		testenv.Missing(t, "%s is not installed: %v", name, err)
	}
	return p
}

// TestLibreOffice converts the fixture workbook to PDF with LibreOffice and
// checks that every sheet's title row, every chart title and the hostile
// caption (as text, not evaluated) are in the PDF's text.
func TestLibreOffice(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "converts with LibreOffice")
	soffice := needTool(t, "soffice")
	pdftotext := needTool(t, "pdftotext")
	w := writeFixtureT(t, "id")
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, w.path)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(w.path), ".xlsx")+".pdf")
	out, err := exec.CommandContext(ctx, pdftotext, pdf, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	p := w.r.Period.ID
	var want []string
	want = append(want, w.r.Meta.Title)
	for _, k := range []string{"indicators", "monthly", "posts", "content", "daily", "comments", "monitoring"} {
		want = append(want, w.cat.T("xlsx.title."+k, p))
	}
	for _, k := range []string{"audience", "evidence", "triangulation", "quality", "methodology"} {
		want = append(want, w.cat.T("xlsx.title."+k))
	}
	for _, k := range []string{"scores", "daily_reach", "format_mix", "er_by_format", "posts_per_day",
		"response_times", "followers", "er_by_category", "age_gender", "cities", "cases"} {
		want = append(want, w.cat.T("xlsx.chart."+k))
	}
	want = append(want, hostileCaption, w.cat.T("xlsx.block.kpi"), w.cat.T("doc.status.met"))
	for _, s := range want {
		if !strings.Contains(text, strings.Join(strings.Fields(s), " ")) {
			t.Errorf("PDF text lacks %q", s)
		}
	}
}
