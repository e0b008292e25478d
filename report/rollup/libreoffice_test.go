package rollup_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/rollup"
)

// needTool returns the path of a program, skipping the test without it
// unless CI=true, where a missing tool fails the test.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required when CI=true: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// TestWorkbookInLibreOffice converts the roll-up workbook to PDF with
// LibreOffice: the document's titles of the sheets and charts are in its
// text.
func TestWorkbookInLibreOffice(t *testing.T) {
	testenv.Short(t, "converts with LibreOffice")
	out, ru, _ := buildExample(t)
	text := pdfText(t, filepath.Join(out, "report.xlsx"))
	w := rollup.Document(ru, ru.Meta.Language).Rollup
	want := []string{w.Title, w.Accounts.Title, w.Groups.Title, w.Collaborations.Title, w.Scatter.Title,
		w.Heatmap.Title, w.Rankings[0].Title, w.Totals.Title}
	for _, s := range want {
		if !strings.Contains(text, strings.Join(strings.Fields(s), " ")) {
			t.Errorf("PDF text lacks %q", s)
		}
	}
}

// TestWordInLibreOffice converts the roll-up's report.docx (the same
// document model as its HTML) to PDF with LibreOffice: the title, the
// account table, the heat map and a ranking are in its text, with page
// numbers.
func TestWordInLibreOffice(t *testing.T) {
	testenv.Short(t, "converts with LibreOffice")
	out, ru, _ := buildExample(t)
	text := pdfText(t, filepath.Join(out, "report.docx"))
	cat := msg.MustLoad(ru.Meta.Language)
	want := []string{strings.Fields(ru.Meta.Title)[0], cat.T("rollup.html.heatmap_title"),
		cat.T("rollup.html.rank_title", ru.Indicators[0].Label), strings.TrimSpace(cat.T("doc.page_of", "1", ""))}
	for _, s := range want {
		if !strings.Contains(text, strings.Join(strings.Fields(s), " ")) {
			t.Errorf("PDF text lacks %q", s)
		}
	}
}

// pdfText converts file to PDF with LibreOffice headless (its own profile)
// and returns the PDF's text with white space folded.
func pdfText(t *testing.T, file string) string {
	t.Helper()
	soffice := needTool(t, "soffice")
	pdftotext := needTool(t, "pdftotext")
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, file)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".pdf")
	b, err := exec.CommandContext(ctx, pdftotext, pdf, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, b)
	}
	return strings.Join(strings.Fields(string(b)), " ")
}
