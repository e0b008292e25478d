package docx

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/doc"
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

// TestBriefAtItsLimits fills every part of the briefing to the limits it
// shows (12 tiles, long findings, 10 unmet targets, a long recommendations
// narrative) and still gets exactly two pages, on A4 and on Letter.
func TestBriefAtItsLimits(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("slow: converts with LibreOffice")
	}
	d := fixture("id")
	long := strings.Repeat("Kalimat temuan yang cukup panjang untuk memenuhi satu baris penuh. ", 3)
	d.Briefing.Findings = []string{long, long, long, long, long}
	for len(d.Briefing.Tiles) < 16 {
		tl := d.Briefing.Tiles[1]
		tl.ID = fmt.Sprintf("x.t%d", len(d.Briefing.Tiles))
		tl.Label = "Indikator dengan nama yang agak panjang sekali"
		tl.Gap = "−12,5 per minggu"
		d.Briefing.Tiles = append(d.Briefing.Tiles, tl)
	}
	for len(d.Briefing.TopPosts) < 5 {
		d.Briefing.TopPosts = append(d.Briefing.TopPosts, d.Briefing.TopPosts[0])
	}
	d.Briefing.Stages = append(d.Briefing.Stages, d.Briefing.Stages...)
	var rec strings.Builder
	rec.WriteString("Pengantar rekomendasi yang cukup panjang. " + long + "\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&rec, "%d. **Rekomendasi %d** %s\n", i, i, long)
	}
	d.Briefing.Recommendations = []doc.Narrative{{Markdown: rec.String()}}
	dir := t.TempDir()
	var paths []string
	for _, letter := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteBrief(&b, d, Options{Letter: letter}); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("brief-%v.docx", letter))
		os.WriteFile(p, b.Bytes(), 0o644)
		paths = append(paths, p)
	}
	for i, pdf := range docxtest.ToPDF(t, paths...) {
		if n := docxtest.Pages(t, pdf); n != 2 {
			t.Errorf("%s: %d pages, want 2", filepath.Base(paths[i]), n)
		}
	}
}
