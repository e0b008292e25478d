package docx

import (
	"io"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/docx/wml"
)

// Brief is what the briefing needs beyond the document model: the gap of
// each unmet target by indicator id ("−2,5 per minggu", "−15,00 pp") and
// the recommendations narratives (front matter `stage: recommendations`).
type Brief struct {
	Gaps            map[string]string
	Recommendations []doc.Narrative
}

// Limits that keep the briefing on two A4 or Letter pages.
const (
	briefTiles    = 12 // headline tiles and targets, four to a row
	briefPosts    = 3
	briefFindings = 3
	briefUnmet    = 8
	briefRecs     = 10 // Markdown blocks of the recommendations
)

// WriteBrief writes brief.docx, two pages: page 1 the verdict, headline
// tiles, top posts and three main findings; page 2 the per-stage scores
// chart, the unmet targets with the gap and the recommendations (the
// recommendations narrative, else the automatic findings).
func WriteBrief(w io.Writer, d *doc.Document, extra Brief, opt Options) error {
	x, err := newR(d)
	if err != nil {
		return err
	}
	b := &d.Briefing
	x.add(para(wml.StyleSubtitle, x.cat.T("docx.brief.kicker")))
	x.add(&wml.Paragraph{Style: wml.StyleTitle, Runs: []wml.Run{{Text: d.Title, Size: 18}}})
	if d.Subtitle != "" {
		x.add(para(wml.StyleNormal, d.Subtitle))
	}
	if b.Verdict != "" {
		x.add(para(wml.StyleH2, x.cat.T("docx.verdict")))
		x.add(&wml.Paragraph{Runs: []wml.Run{{Text: b.Verdict, Bold: true}}})
	}
	tiles := b.Tiles
	if len(tiles) > briefTiles {
		tiles = tiles[:briefTiles]
	}
	x.add(para(wml.StyleH2, x.cat.T("docx.tiles")))
	x.tiles(tiles, 4, true)
	if len(b.TopPosts) > 0 {
		x.add(para(wml.StyleH2, x.cat.T("doc.summary.top_posts")))
		x.topPosts(b.TopPosts, briefPosts)
	}
	if len(b.Findings) > 0 {
		x.add(para(wml.StyleH2, x.cat.T("doc.summary.findings")))
		x.list(b.Findings[:min(len(b.Findings), briefFindings)], true)
	}
	x.add(wml.PageBreak{})
	x.briefScores()
	x.briefUnmet(extra.Gaps)
	x.briefRecommendations(extra.Recommendations)
	return wml.Write(w, x.document(opt, false))
}

// briefScores draws the stage scores as a native bar chart (the radar of
// the report is hard to read at briefing size).
func (x *r) briefScores() {
	b := &x.d.Briefing
	x.add(para(wml.StyleH2, x.cat.T("docx.scores")))
	c := &wml.Chart{Kind: wml.BarH, NumFormat: "0%", HeightCm: 5.5, Max: ptr(1)}
	s := wml.Series{Name: x.cat.T("docx.col.score")}
	for _, st := range b.Stages {
		c.Categories = append(c.Categories, st.Label)
		s.Values = append(s.Values, st.Value.Raw)
	}
	c.Series = []wml.Series{s}
	if len(c.Categories) > 0 {
		x.add(c)
	}
	if b.Overall.Label != "" {
		x.add(&wml.Paragraph{Runs: []wml.Run{{Text: b.Overall.Label + ": ", Bold: true}, {Text: b.Overall.Value.Text}, {Text: joinDash(b.Overall.Formula)}}})
	}
}

// briefUnmet lists the tiles whose target is not met (near counts as not
// met) with the gap to the bound.
func (x *r) briefUnmet(gaps map[string]string) {
	x.add(para(wml.StyleH2, x.cat.T("docx.brief.unmet")))
	var us []doc.Tile
	for _, t := range x.d.Briefing.Tiles {
		if t.Status.Code == "not_met" || t.Status.Code == "near" {
			us = append(us, t)
		}
	}
	if len(us) == 0 {
		x.add(para(wml.StyleNormal, x.cat.T("docx.brief.all_met")))
		return
	}
	t := &wml.Table{Widths: []int{5, 3, 3, 3, 3}, Head: []wml.Cell{{Text: x.cat.T("docx.col.indicator")}, {Text: x.cat.T("docx.col.value"), Align: wml.Right},
		{Text: x.cat.T("docx.col.target"), Align: wml.Right}, {Text: x.cat.T("docx.col.gap"), Align: wml.Right}, {Text: x.cat.T("docx.col.status")}}}
	for i, u := range us {
		if i == briefUnmet {
			t.Note = x.cat.T("docx.brief.more_unmet", len(us)-briefUnmet)
			break
		}
		g := gaps[u.ID]
		if g == "" {
			g = "—"
		}
		t.Rows = append(t.Rows, []wml.Cell{{Text: u.Label}, {Text: u.Value.Text, Align: wml.Right}, {Text: u.Target, Align: wml.Right},
			{Text: g, Align: wml.Right, Bold: true}, {Text: u.Status.Label}})
	}
	x.add(t)
}

// briefRecommendations shows the recommendations narrative, cut to its
// first blocks, else the findings after the three on page 1 (all of them
// when there are no more).
func (x *r) briefRecommendations(ns []doc.Narrative) {
	x.add(para(wml.StyleH2, x.cat.T("docx.brief.recommendations")))
	var blocks []wml.Block
	for _, n := range ns {
		bs, ok := markdown(n.Markdown, 3)
		if ok {
			blocks = append(blocks, bs...)
		}
	}
	if len(blocks) > 0 {
		if len(blocks) > briefRecs {
			blocks = append(blocks[:briefRecs], para(wml.StyleSmall, x.cat.T("docx.brief.more")))
		}
		for _, bl := range blocks {
			if l, ok := bl.(*wml.List); ok && len(l.Items) > briefRecs {
				l.Items = l.Items[:briefRecs]
			}
		}
		x.add(blocks...)
		return
	}
	fs := x.d.Briefing.Findings
	if len(fs) > briefFindings {
		fs = fs[briefFindings:]
	}
	x.list(fs, false)
}
