package docx

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/docx/docxtest"
)

// TestLibreOffice converts the fixture's report and brief with LibreOffice:
// the report's text holds every chapter heading, the captions with their
// chapter numbers and "Halaman x dari y"; the brief is exactly two pages.
func TestLibreOffice(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("slow: converts with LibreOffice")
	}
	dir := t.TempDir()
	rep, brief := filepath.Join(dir, "report.docx"), filepath.Join(dir, "brief.docx")
	os.WriteFile(rep, render(t, false, "id"), 0o644)
	os.WriteFile(brief, render(t, true, "id"), 0o644)
	pdfs := docxtest.ToPDF(t, rep, brief)
	text := docxtest.Text(t, pdfs[0])
	n := docxtest.Pages(t, pdfs[0])
	want := []string{"Daftar Isi", "Ringkasan eksekutif", "Tabel 1.1. Indikator Berbagi", "Gambar 1.2. ER per format", "Gambar 2.3. Jam unggah", "Gambar 1. Skor per tahap",
		"Kami unggah setiap hari kerja.", "Dra. Siti Aminah", fmt.Sprintf("Halaman 1 dari %d", n), fmt.Sprintf("Halaman %d dari %d", n, n)}
	for _, s := range fixture("id").Sections {
		want = append(want, s.Number+" "+s.Title)
	}
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("report PDF text lacks %q", s)
		}
	}
	if got := docxtest.Pages(t, pdfs[1]); got != 2 {
		t.Errorf("brief has %d pages, want 2", got)
	}
	if bt := docxtest.Text(t, pdfs[1]); !strings.Contains(bt, "Halaman 2 dari 2") || !strings.Contains(bt, "−2,5") {
		t.Errorf("brief text lacks its footer or the gap: %s", bt)
	}
}
