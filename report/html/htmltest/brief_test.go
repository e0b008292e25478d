package htmltest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/rapor-id/rapor/report/browser"
	"github.com/rapor-id/rapor/report/doc"
	rhtml "github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
)

var briefLabels = rhtml.BriefLabels{Kicker: "Briefing", Verdict: "Verdict", Tiles: "Headline indicators",
	Scores: "Scores per stage", Unmet: "Targets not met", AllMet: "All met", Post: "Post",
	Recommendations: "Recommendations", MoreUnmet: "… and %d more targets", More: "MORE-IN-FULL-REPORT"}

// crowded is the fixture's document with every part of the briefing at
// its longest: a long title and verdict, twelve tiles with long labels,
// three long findings and a long list of recommendations.
func crowded(t *testing.T) (*doc.Document, rhtml.Brief) {
	t.Helper()
	d := document(t, fixture.Report("en"), "en")
	words := func(prefix string, n int) string {
		return prefix + strings.Repeat(" lorem ipsum dolor", n/18)
	}
	d.Title = words("TITLE", 160)
	d.Briefing.Verdict = words("VERDICT-START", 280)
	base := d.Briefing.Tiles
	d.Briefing.Tiles = nil
	for i := 0; i < 12; i++ {
		tl := base[i%len(base)]
		tl.Label = words("Tile "+strconv.Itoa(i), 60)
		d.Briefing.Tiles = append(d.Briefing.Tiles, tl)
	}
	d.Briefing.Findings = []string{words("FINDING-ONE", 280), words("FINDING-TWO", 280), words("FINDING-THREE", 280)}
	var md strings.Builder
	for i := 1; i <= 30; i++ {
		md.WriteString(strconv.Itoa(i) + ". REC-" + strconv.Itoa(i) + " " + words("", 150) + "\n")
	}
	d.Briefing.Recommendations = []doc.Narrative{{Path: "r.md", Markdown: md.String()}}
	return d, rhtml.Brief{Labels: briefLabels, Letter: true}
}

// TestBriefFitsCrowdedPages: the briefing page's script fits a briefing
// far too long for two Letter pages: no sheet is left clipped (every line
// shown is whole), the PDF has exactly two pages, page 1 keeps the verdict
// and the first finding, page 2 the first recommendation and the note that
// the rest is in the full report.
func TestBriefFitsCrowdedPages(t *testing.T) {
	b := RequireBrowser(t)
	requireTool(t, "pdfinfo")
	requireTool(t, "pdftotext")
	d, br := crowded(t)
	var buf bytes.Buffer
	if _, err := rhtml.RenderBrief(&buf, d, br); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "brief.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	tab, stop, err := browser.Start(ctx, b, browser.PrintWidth, 1075)
	if err != nil {
		t.Fatal(err)
	}
	url, _ := browser.FileURL(page)
	if err := browser.Open(tab, url, 0); err != nil {
		stop()
		t.Fatal(err)
	}
	state, err := chromedp.Run(tab, chromedp.Evaluate[[]int](`[document.documentElement.hasAttribute("data-fitted") ? 1 : 0,
		document.querySelectorAll("[data-clipped]").length, document.querySelectorAll("[data-trimmed]").length]`))
	stop()
	if err != nil {
		t.Fatal(err)
	}
	if state[0] != 1 {
		t.Fatal("the fitting script did not run")
	}
	if state[1] != 0 {
		t.Errorf("%d sheets still overflow after fitting", state[1])
	}
	if state[2] == 0 {
		t.Error("nothing was trimmed from a briefing too long for its pages")
	}
	pdf := filepath.Join(dir, "brief.pdf")
	if err := browser.PrintPDF(ctx, b, page, pdf); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info); m == nil || string(m[1]) != "2" {
		t.Fatalf("not 2 pages:\n%s", info)
	}
	if !strings.Contains(string(info), "(letter)") {
		t.Errorf("not Letter:\n%s", info)
	}
	text := func(p string) string {
		b, err := exec.Command("pdftotext", "-raw", "-f", p, "-l", p, pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(b)), " ")
	}
	page1, page2 := text("1"), text("2")
	for _, s := range []string{"VERDICT-START", "FINDING-ONE", "Tile 0 "} {
		if !strings.Contains(page1, s) {
			t.Errorf("page 1 lacks %q", s)
		}
	}
	for _, s := range []string{"Scores per stage", "REC-1 ", "MORE-IN-FULL-REPORT"} {
		if !strings.Contains(page2, s) {
			t.Errorf("page 2 lacks %q", s)
		}
	}
	if strings.Contains(page2, "REC-30 ") {
		t.Error("all 30 recommendations on page 2: nothing was fitted")
	}
}
