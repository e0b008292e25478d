package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/html/htmltest"
)

// buildExamplePDF builds the example with --pdf in lang and returns the
// output folder; it skips (or fails under CI=true) without a browser,
// ECharts or poppler-utils.
func buildExamplePDF(t *testing.T, lang string) string {
	t.Helper()
	requireCharts(t)
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("CI=true and %s is missing (apt-get install poppler-utils)", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
	out := t.TempDir()
	if code, o, e := runCLI(t, "build", "../../data/example", "-o", out, "--pdf", "-q", "--lang", lang); code != 0 {
		t.Fatalf("build --pdf --lang %s: exit %d\n%s\n%s", lang, code, o, e)
	}
	return out
}

// pdfPageText is the text of one page of pdf, whitespace collapsed.
func pdfPageText(t *testing.T, pdf string, page int) string {
	t.Helper()
	n := strconv.Itoa(page)
	// -raw keeps the page's own order: a tile's label stays in one piece.
	b, err := exec.Command("pdftotext", "-raw", "-f", n, "-l", n, pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext page %d: %v", page, err)
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

func pdfPages(t *testing.T, pdf string) int {
	t.Helper()
	info, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("no page count in pdfinfo output:\n%s", info)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// headlineTiles are the tiles the briefing always shows (SPEC §9).
var headlineTiles = []string{"engage.followers_end", "views", "engage.daily_reach_mean", "share.posts",
	"engage.er_reach", "manage.response_rate", "manage.median_response_hours"}

// tileLabels reads the label of each headline tile from report.html.
func tileLabels(t *testing.T, htmlPath string) []string {
	t.Helper()
	src, err := os.ReadFile(htmlPath)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, id := range headlineTiles {
		re := regexp.MustCompile(`id="tile-` + regexp.QuoteMeta(id) + `">\s*<p class="k-label">([^<]+)</p>`)
		m := re.FindSubmatch(src)
		if m == nil {
			t.Fatalf("report.html has no headline tile %s", id)
		}
		out = append(out, strings.Join(strings.Fields(string(m[1])), " "))
	}
	return out
}

// TestPDFPagesOfExample: every page of the example's PDF, in both
// languages, carries "Halaman N dari M" / "Page N of M" and the running
// header (account and period); page 1 holds every headline tile; no word
// on any page reaches past the text column (a chart or table wider than
// the column would).
func TestPDFPagesOfExample(t *testing.T) {
	for _, c := range []struct{ lang, pageOf, header string }{
		{"id", "Halaman %d dari %d", "@kab.sukamaju · 1–31 Oktober 2026"},
		{"en", "Page %d of %d", "@kab.sukamaju · 1–31 October 2026"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			out := buildExamplePDF(t, c.lang)
			pdf := filepath.Join(out, "report.pdf")
			n := pdfPages(t, pdf)
			for p := 1; p <= n; p++ {
				text := pdfPageText(t, pdf, p)
				if want := fmt.Sprintf(c.pageOf, p, n); !strings.Contains(text, want) {
					t.Errorf("page %d lacks %q", p, want)
				}
				if !strings.Contains(text, c.header) {
					t.Errorf("page %d lacks the running header %q", p, c.header)
				}
			}
			first := pdfPageText(t, pdf, 1)
			for _, l := range tileLabels(t, filepath.Join(out, "report.html")) {
				if !strings.Contains(first, l) {
					t.Errorf("page 1 lacks the headline tile %q", l)
				}
			}
			for _, w := range wordsPastColumn(t, pdf) {
				t.Errorf("past the text column: %s", w)
			}
		})
	}
}

var wordRE = regexp.MustCompile(`<page width="([0-9.]+)"|<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)

// wordsPastColumn lists the words of pdf whose right edge lies in the
// right page margin (12 mm), as "page N: word at x pt".
func wordsPastColumn(t *testing.T, pdf string) []string {
	t.Helper()
	b, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	const margin = 12 / 25.4 * 72 // pt
	var out []string
	page, right := 0, 0.0
	for _, m := range wordRE.FindAllStringSubmatch(string(b), -1) {
		if m[1] != "" {
			page++
			w, _ := strconv.ParseFloat(m[1], 64)
			right = w - margin
			continue
		}
		if x, _ := strconv.ParseFloat(m[2], 64); x > right+1 {
			out = append(out, fmt.Sprintf("page %d: %q at %.1f pt > %.1f pt", page, m[3], x, right))
		}
	}
	return out
}

// TestExampleChartsFitPaper: laid out for print at the printable width of
// A4 and of Letter (print media, beforeprint sent), no chart's SVG is
// wider than the text column or its own box, and nothing is wider than
// the paper (the browser would shrink every page to fit it).
func TestExampleChartsFitPaper(t *testing.T) {
	out := buildExamplePDF(t, "id")
	path := filepath.Join(out, "report.html")
	for _, paper := range []struct {
		name  string
		width float64
	}{{"A4", htmltest.A4TextWidth}, {"Letter", htmltest.LetterTextWidth}} {
		l, err := htmltest.MeasureLayout(context.Background(), path, int(paper.width), true)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Charts) == 0 {
			t.Fatalf("%s: no chart measured", paper.name)
		}
		if l.ColumnWidth > paper.width+0.5 {
			t.Errorf("%s: text column %.0f px wider than the paper's %.0f px", paper.name, l.ColumnWidth, paper.width)
		}
		for _, w := range l.TooWide(l.ColumnWidth) {
			t.Errorf("%s: %s", paper.name, w)
		}
		// Anything wider than the paper makes the browser shrink every page.
		if l.ScrollWidth > l.ClientWidth {
			t.Errorf("%s: the page is %d px wide, the paper %d px; too wide: %q", paper.name, l.ScrollWidth, l.ClientWidth, l.Wide)
		}
		t.Logf("%s: %d charts, column %.0f px, widest svg %.0f px", paper.name, len(l.Charts), l.ColumnWidth, widest(l))
	}
}

func widest(l htmltest.Layout) float64 {
	w := 0.0
	for _, c := range l.Charts {
		w = max(w, c.SVG)
	}
	return w
}

// TestExampleOnPhone: at 390 px, in both languages, no chart label lies
// outside its chart, no chart is wider than the page, the report's tables
// reflow (none scrolls sideways in its box), and the page does not scroll
// sideways.
func TestExampleOnPhone(t *testing.T) {
	requireCharts(t)
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			out := builtExample(t, lang).Out
			l, err := htmltest.MeasureLayout(context.Background(), filepath.Join(out, "report.html"), 390, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Charts) == 0 {
				t.Fatal("no chart measured")
			}
			for _, c := range l.Clipped {
				t.Errorf("label outside its chart at 390 px: %s", c)
			}
			for _, w := range l.TooWide(l.ColumnWidth) {
				t.Errorf("390 px: %s", w)
			}
			if len(l.ScrollingTables) > 0 {
				t.Errorf("390 px: tables scroll sideways instead of reflowing: %q", l.ScrollingTables)
			}
			if l.ScrollWidth > l.ClientWidth {
				t.Errorf("390 px scrolls sideways: scrollWidth %d > clientWidth %d", l.ScrollWidth, l.ClientWidth)
			}
		})
	}
}
