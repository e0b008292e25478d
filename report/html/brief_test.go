package html

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
)

func renderBrief(t *testing.T, d *doc.Document, b Brief) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := RenderBrief(&buf, d, b); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var briefLabels = BriefLabels{Kicker: "KICKER", Verdict: "VERDICT", Tiles: "TILES", Scores: "SCORES", Unmet: "UNMET",
	AllMet: "ALLMET", Post: "POST", Recommendations: "RECS", MoreUnmet: "… %d more", More: "MORE"}

func count(s, sub string) int { return strings.Count(s, sub) }

// TestRenderBriefLimits: the briefing page takes at most 12 tiles, 3 top
// posts, 3 findings (clipped) and 8 unmet targets, counts every unmet
// target for its note, and without a recommendations narrative lists the
// findings after the first three.
func TestRenderBriefLimits(t *testing.T) {
	t.Parallel()
	d := document(t, fixture.Report("id"), "id")
	long := strings.Repeat("panjang ", 60)
	d.Briefing.Findings = []string{long, "F2", "F3", "F4 sesudah", "F5 sesudah"}
	for len(d.Briefing.TopPosts) < 6 {
		d.Briefing.TopPosts = append(d.Briefing.TopPosts, d.Briefing.TopPosts[0])
	}
	tiles := d.Briefing.Tiles
	for i := 0; len(d.Briefing.Tiles) < 20; i++ {
		tl := tiles[i%len(tiles)]
		tl.ID = "extra" + string(rune('a'+i))
		tl.Status = doc.Status{Code: "not_met", Label: "Belum"}
		d.Briefing.Tiles = append(d.Briefing.Tiles, tl)
	}
	unmet := 0
	for _, tl := range d.Briefing.Tiles {
		if tl.Status.Code == "not_met" || tl.Status.Code == "near" {
			unmet++
		}
	}
	for i := range d.Briefing.Tiles {
		if d.Briefing.Tiles[i].ID == "extraa" {
			d.Briefing.Tiles[i].Gap = "−9 GAPX"
		}
	}
	out := renderBrief(t, d, Brief{Labels: briefLabels})
	if again := renderBrief(t, d, Brief{Labels: briefLabels}); again != out {
		t.Error("two renders of one briefing differ")
	}
	for _, c := range []struct {
		what string
		got  int
		want int
	}{
		{"tiles", count(out, `<div class="tile">`), 12},
		{"post rows", count(regexp.MustCompile(`(?s)<table class="posts">.*?</table>`).FindString(out), "<tr>") - 1, 3},
		{"findings", count(regexp.MustCompile(`(?s)<ol class="findings".*?</ol>`).FindString(out), "<li>"), 3},
		{"unmet rows", count(regexp.MustCompile(`(?s)<table class="unmet">.*?</table>`).FindString(out), "<tr>") - 1, 8},
		{"recommendation items", count(regexp.MustCompile(`(?s)<ul class="recs".*?</ul>`).FindString(out), "<li>"), 2},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}
	if !strings.Contains(out, `data-total="`+itoa(unmet)+`"`) {
		t.Errorf("the unmet targets' note does not count all %d", unmet)
	}
	if !strings.Contains(out, "−9 GAPX") {
		t.Error("the gap of an unmet target is missing")
	}
	if strings.Contains(out, long) || !strings.Contains(out, "…") {
		t.Error("a long finding is not clipped")
	}
	if !strings.Contains(out, "F4 sesudah") {
		t.Error("the findings after the first three are not the recommendations")
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestRenderBriefHostile: every hostile user string of the fixture is
// escaped, the recommendations narrative's raw HTML and javascript: link
// are dropped, and the page loads nothing (no external URL, no stylesheet
// or script by reference).
func TestRenderBriefHostile(t *testing.T) {
	t.Parallel()
	r := fixture.Hostile("id")
	d := document(t, r, "id")
	recs := []doc.Narrative{{Path: "rekomendasi.md", Markdown: r.Narratives[0].Markdown}}
	d.Briefing.Recommendations = recs
	out := renderBrief(t, d, Brief{Labels: briefLabels})
	for _, bad := range []string{`<script>alert`, `<img src=x`, `href="javascript:`, `<b>bold</b>`, `</style><!--`, `<div onmouseover`} {
		if strings.Contains(out, bad) {
			t.Errorf("brief page holds %q unescaped", bad)
		}
	}
	if m := regexp.MustCompile(`<[^>]*\son[a-z]+=`).FindString(out); m != "" {
		t.Errorf("an element with an event handler: %q", m)
	}
	if !strings.Contains(out, "&lt;/script&gt;&lt;script&gt;alert(&#34;xss-script&#34;)&lt;/script&gt;") {
		t.Error("the hostile title is not shown as escaped text")
	}
	if n := count(out, "<script"); n != 1 {
		t.Errorf("%d script elements, want the page's own one", n)
	}
	for _, re := range []string{`src="(https?:)?//`, `<link\b`, `@import`, `url\(`, `<iframe`} {
		if regexp.MustCompile(re).MatchString(out) {
			t.Errorf("brief page matches %s: it would load something", re)
		}
	}
}

// TestRenderBriefPaper: the page asks the printer for the paper (A4 or
// Letter) and sizes its two sheets for it.
func TestRenderBriefPaper(t *testing.T) {
	t.Parallel()
	d := document(t, fixture.Report("en"), "en")
	for _, c := range []struct {
		letter     bool
		page, html string
	}{
		{false, "size: 210mm 297mm", `class="a4"`},
		{true, "size: 8.5in 11in", `class="letter"`},
	} {
		out := renderBrief(t, d, Brief{Labels: briefLabels, Letter: c.letter})
		if !strings.Contains(out, c.page) || !strings.Contains(out, c.html) {
			t.Errorf("letter=%v: no %q or %q", c.letter, c.page, c.html)
		}
		if n := count(out, `<section class="sheet"`); n != 2 {
			t.Errorf("%d sheets, want 2", n)
		}
	}
}

// TestScoreChart: one bar per stage, as long as its score on the 0–100%
// axis; a stage without a score has no bar but its reason.
func TestScoreChart(t *testing.T) {
	t.Parallel()
	half, full := 0.5, 1.0
	c := newScoreChart([]doc.Score{
		{Label: "A", Value: doc.Value{Raw: &full, Text: "100%"}},
		{Label: "B", Value: doc.Value{Raw: &half, Text: "50%"}},
		{Label: "C", Value: doc.Value{Reason: "no data"}},
	})
	plot := chartW - chartLabelW - chartValueW
	if c.Bars[0].W != plot || c.Bars[1].W != plot/2 {
		t.Errorf("bar lengths %d, %d; want %d, %d", c.Bars[0].W, c.Bars[1].W, plot, plot/2)
	}
	if !c.Bars[2].None || c.Bars[2].Value != "no data" {
		t.Errorf("stage without score: %+v", c.Bars[2])
	}
	if c.Grid[4].X != chartLabelW+plot || c.Grid[4].Label != "100%" {
		t.Errorf("axis end %+v", c.Grid[4])
	}
	if newScoreChart(nil) != nil {
		t.Error("a chart without stages")
	}
}

// TestRenderBriefEmpty: a briefing without stages, tiles, posts, findings
// or targets renders its two sheets without empty sections.
func TestRenderBriefEmpty(t *testing.T) {
	t.Parallel()
	d := &doc.Document{Lang: "en", Title: "T"}
	out := renderBrief(t, d, Brief{Labels: briefLabels})
	if n := count(out, `<section class="sheet"`); n != 2 {
		t.Errorf("%d sheets, want 2", n)
	}
	for _, s := range []string{"SCORES", "TILES", `class="posts"`, `class="findings"`, "RECS"} {
		if strings.Contains(out, s) {
			t.Errorf("an empty briefing shows %q", s)
		}
	}
	if !strings.Contains(out, "ALLMET") {
		t.Error("no unmet target and no all-met line")
	}
}
