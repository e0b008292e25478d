package htmltest

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report/browser"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
)

// requireTool skips without a command-line tool, or fails under CI=true.
func requireTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		testenv.Missing(t, "%s is missing (apt-get install poppler-utils)", name)
	}
}

var pageSizeRE = regexp.MustCompile(`Page size:\s+([0-9.]+) x ([0-9.]+) pts`)

func TestPrintPDF(t *testing.T) {
	b := RequireBrowser(t)
	requireECharts(t)
	requireTool(t, "pdfinfo")
	requireTool(t, "pdftotext")
	r := fixture.Report("id")
	path := writeReport(t, r, "id")
	pdf := filepath.Join(t.TempDir(), "report.pdf")
	if err := browser.PrintPDF(context.Background(), b, path, pdf); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := pageSizeRE.FindStringSubmatch(string(info))
	if m == nil {
		t.Fatalf("no page size in pdfinfo output:\n%s", info)
	}
	w, _ := strconv.ParseFloat(m[1], 64)
	h, _ := strconv.ParseFloat(m[2], 64)
	if w < 594.5 || w > 596 || h < 841.5 || h > 842.5 {
		t.Errorf("page size %v × %v pts, want A4 (595.x × 842)", w, h)
	}
	if pages := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info)); pages == nil || pages[1] == "1" {
		t.Errorf("pages: %v (one per chapter at least)", pages)
	}
	txt, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(txt)), " ")
	want := []string{r.Meta.Title, "Ringkasan eksekutif", "Matriks triangulasi", "Metodologi", "Lampiran",
		"Unggahan per hari", // a chart title
		"Jangkauan",         // SVG chart text (legend) stays text
	}
	for _, s := range r.Framework.Stages {
		want = append(want, s.Label.In("id"))
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
}
