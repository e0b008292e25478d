package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/project"
)

// Brief.pdf is printed by Chromium, whose PDFs carry a creation date and
// differ between runs: like report.pdf, brief.pdf is checked by its page
// count, paper and text, never by its bytes (the determinism tests cover
// the files rapor writes itself).

// firstBold is the first **bold** phrase of a Markdown file: the start of
// the example's first recommendation.
func firstBold(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`\*\*([^*]+)\*\*`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s has no bold phrase", path)
	}
	return strings.TrimRight(string(m[1]), ":")
}

// flat collapses whitespace, as pdfPageText does.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// outputNames lists the files of a folder.
func outputNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// TestBriefPDF: with --pdf the example writes brief.pdf, exactly 2 A4
// pages in the report language: page 1 holds the verdict sentence, the
// first headline tile's label and the top posts heading and not the scores;
// page 2 the scores heading, the unmet targets heading and the first
// recommendation of the narrative, and not the verdict. The page it is
// printed from is not among the outputs.
func TestBriefPDF(t *testing.T) {
	for _, c := range []struct{ lang, recs string }{
		{"id", "rekomendasi.md"},
		{"en", "rekomendasi.en.md"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			out := buildExamplePDF(t, c.lang)
			pdf := filepath.Join(out, "brief.pdf")
			info := twoPages(t, pdf)
			if !strings.Contains(string(info), "(A4)") {
				t.Errorf("brief.pdf is not A4:\n%s", info)
			}
			want := []string{"brief.docx", "brief.pdf", "indicators.json", "report.docx", "report.html", "report.pdf", "report.xlsx"}
			if got := outputNames(t, out); !slices.Equal(got, want) {
				t.Errorf("outputs %v, want %v", got, want)
			}
			p := project.Load("../../data/example", project.Options{Env: noEnv, Version: version, Lang: c.lang})
			r, err := p.Report()
			if err != nil {
				t.Fatal(err)
			}
			d, err := p.Document(r)
			if err != nil {
				t.Fatal(err)
			}
			cat := msg.MustLoad(c.lang)
			b := d.Briefing
			if b.Verdict == "" || len(b.Tiles) == 0 || len(b.TopPosts) == 0 {
				t.Fatal("the example's briefing lacks a verdict, tiles or top posts")
			}
			page1, page2 := pdfPageText(t, pdf, 1), pdfPageText(t, pdf, 2)
			for _, s := range []string{flat(b.Verdict), flat(b.Tiles[0].Label), flat(d.Labels.TopPosts), flat(b.Findings[0])} {
				if !strings.Contains(page1, s) {
					t.Errorf("page 1 lacks %q:\n%s", s, page1)
				}
			}
			// the kicker is set in capitals by the style sheet
			if k := strings.ToUpper(cat.T("docx.brief.kicker")); !strings.Contains(page1, k) {
				t.Errorf("page 1 lacks the kicker %q", k)
			}
			if !strings.Contains(page1, r.Meta.Title) || !strings.Contains(page2, r.Meta.Title) {
				t.Error("the title is not on both pages (running header)")
			}
			rec := firstBold(t, filepath.Join("../../data/example/narrative", c.recs))
			for _, s := range []string{cat.T("docx.scores"), cat.T("docx.brief.unmet"), cat.T("docx.brief.recommendations"), rec, b.Stages[0].Label} {
				if !strings.Contains(page2, s) {
					t.Errorf("page 2 lacks %q:\n%s", s, page2)
				}
			}
			if strings.Contains(page1, cat.T("docx.scores")) {
				t.Error("page 1 holds the scores heading")
			}
			if strings.Contains(page2, flat(b.Verdict)) {
				t.Error("page 2 holds the verdict")
			}
			for _, bad := range []string{"<html", "<script", "function(", "data-trim"} {
				if strings.Contains(page1+page2, bad) {
					t.Errorf("brief.pdf text holds %q: printed as source", bad)
				}
			}
		})
	}
}

// TestBriefPDFFitsLongContent: a recommendations narrative far longer than
// a page, a long title and the `outputs:` key with pdf (no --pdf, no Word
// files) on Letter paper: brief.pdf still has exactly 2 Letter pages, page
// 2 keeps the first recommendations, drops the last and says that the rest
// is in the full report.
func TestBriefPDFFitsLongContent(t *testing.T) {
	requireCharts(t)
	requirePoppler(t)
	dir := copyTree(t, "../../data/example")
	var md strings.Builder
	md.WriteString("---\nstage: recommendations\n---\n\n")
	for i := 1; i <= 40; i++ {
		md.WriteString("1. **Langkah nomor " + strconv.Itoa(i) + "** dengan penjelasan yang cukup panjang supaya setiap butir memakan dua baris pada halaman ringkasan untuk pimpinan kantor.\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "narrative", "rekomendasi.md"), []byte(md.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	replaceIn(t, filepath.Join(dir, "rapor.yaml"), "narrative: ", "outputs: [json, pdf]\npage: {size: Letter}\nnarrative: ")
	out := t.TempDir()
	if code, o, e := runCLI(t, "build", dir, "-o", out, "-q", "--lang", "id"); code != 0 {
		t.Fatalf("build: exit %d\n%s\n%s", code, o, e)
	}
	if got, want := outputNames(t, out), []string{"brief.pdf", "indicators.json", "report.html", "report.pdf"}; !slices.Equal(got, want) {
		t.Errorf("outputs: [json, pdf] wrote %v, want %v", got, want)
	}
	pdf := filepath.Join(out, "brief.pdf")
	info := twoPages(t, pdf)
	if !strings.Contains(string(info), "(letter)") {
		t.Errorf("page: {size: Letter} did not give Letter paper:\n%s", info)
	}
	page2 := pdfPageText(t, pdf, 2)
	cat := msg.MustLoad("id")
	for _, s := range []string{"Langkah nomor 1 ", "Langkah nomor 2 ", cat.T("briefpdf.more")} {
		if !strings.Contains(page2, s) {
			t.Errorf("page 2 lacks %q:\n%s", s, page2)
		}
	}
	if strings.Contains(page2, "Langkah nomor 40 ") {
		t.Error("page 2 holds all 40 recommendations: nothing was fitted")
	}
	// no line is cut at the bottom of the sheet: the last recommendation
	// shown ends with its full sentence
	if i := strings.LastIndex(page2, "Langkah nomor "); i < 0 || !strings.Contains(page2[i:], "pimpinan kantor.") {
		t.Errorf("the last recommendation on page 2 is cut:\n%s", page2)
	}
}

// TestBriefPDFHostile: markup and script in the title and the
// recommendations narrative stay text or are dropped; none of it runs (a
// script that ran would rename the document, and the PDF takes its title
// from the document).
func TestBriefPDFHostile(t *testing.T) {
	requireCharts(t)
	requirePoppler(t)
	dir := copyTree(t, "../../data/example")
	const (
		script = `</script><script>document.title='PWNED'</script>`
		amp    = `"Tom & Jerry's" <b>bold</b>`
	)
	replaceIn(t, filepath.Join(dir, "rapor.yaml"), "title: Evaluasi", "title: \"<i>x</i> "+strings.ReplaceAll(script, "'", "’")+" Evaluasi\"\ntitle_was: ")
	replaceIn(t, filepath.Join(dir, "rapor.yaml"), "\ntitle_was: ", "\n# ")
	replaceIn(t, filepath.Join(dir, "narrative", "rekomendasi.md"), "---\n\n",
		"---\n\n<script>document.title='PWNED2'</script>\n\n<img src=x onerror=\"document.title='PWNED3'\">\n\n[klik](javascript:alert(3)) `"+amp+"` "+strings.ReplaceAll(amp, "<", `\<`)+"\n\n")
	out := t.TempDir()
	if code, o, e := runCLI(t, "build", dir, "-o", out, "-q", "--pdf"); code != 0 {
		t.Fatalf("build: exit %d\n%s\n%s", code, o, e)
	}
	pdf := filepath.Join(out, "brief.pdf")
	info := twoPages(t, pdf)
	title := regexp.MustCompile(`(?m)^Title:\s+(.*)$`).FindSubmatch(info)
	if title == nil || !strings.HasPrefix(string(title[1]), "<i>x</i> </script>") || strings.Contains(string(info), "PWNED2") || strings.Contains(string(info), "PWNED3") {
		t.Errorf("a script in user text ran (the document title changed):\n%s", info)
	}
	page1, page2 := pdfPageText(t, pdf, 1), pdfPageText(t, pdf, 2)
	nospace := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	if s := "<i>x</i> " + strings.ReplaceAll(script, "'", "’"); !strings.Contains(nospace(page1), nospace(s)) {
		t.Errorf("page 1 does not show the title %q as text:\n%s", s, page1)
	}
	if !strings.Contains(page2, amp) {
		t.Errorf("page 2 does not show %q as text:\n%s", amp, page2)
	}
	for _, s := range []string{"PWNED2", "PWNED3", "onerror"} {
		if strings.Contains(page1+page2, s) {
			t.Errorf("raw HTML of the narrative reached the page: %q", s)
		}
	}
}

// twoPages fails t unless the PDF at path has exactly two pages, and
// returns what pdfinfo says of it.
func twoPages(t *testing.T, path string) []byte {
	t.Helper()
	if n := pdfPages(t, path); n != 2 {
		t.Fatalf("%s has %d pages, want 2", filepath.Base(path), n)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// requirePoppler skips without pdfinfo and pdftotext, or fails under
// CI=true.
func requirePoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			testenv.Missing(t, "%s is missing (apt-get install poppler-utils)", tool)
		}
	}
}
