package docx

import (
	"io"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/docx/wml"
)

// WriteBrief writes brief.docx, two pages: page 1 the verdict, headline
// tiles, top posts and three main findings; page 2 the per-stage scores
// chart, the unmet targets with the gap and the recommendations (the
// recommendations narrative, else the automatic findings). Each page takes
// what its height estimate (fit) says it holds, in that order of priority,
// and says when something was left for the full report.
func WriteBrief(w io.Writer, d *doc.Document, opt Options) error {
	x, err := newR(d, opt)
	if err != nil {
		return err
	}
	x.briefPage1(newFit(opt))
	x.add(wml.PageBreak{})
	x.briefPage2(newFit(opt))
	return wml.Write(w, x.document(opt, false))
}

// put adds the blocks if they fit together and reports whether they did.
func (x *r) put(f *fit, bs ...wml.Block) bool {
	h := 0.0
	for _, b := range bs {
		h += f.height(b)
	}
	if !f.take(h) {
		return false
	}
	x.add(bs...)
	return true
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func (x *r) briefPage1(f *fit) {
	d, b := x.d, &x.d.Briefing
	x.put(f, para(wml.StyleSubtitle, x.cat.T("docx.brief.kicker")),
		&wml.Paragraph{Style: wml.StyleTitle, Runs: []wml.Run{{Text: clip(d.Title, 160), Size: 18}}})
	if d.Subtitle != "" {
		x.put(f, para(wml.StyleNormal, d.Subtitle))
	}
	if b.Verdict != "" {
		x.put(f, para(wml.StyleH2, x.cat.T("docx.verdict")), &wml.Paragraph{Runs: []wml.Run{{Text: clip(b.Verdict, doc.BriefClip), Bold: true}}})
	}
	// tiles: whole rows of four while they fit (the headline tiles first)
	tiles := b.Tiles[:min(len(b.Tiles), doc.BriefTiles)]
	for rows := (len(tiles) + 3) / 4; rows > 0; rows-- {
		if x.put(f, para(wml.StyleH2, x.cat.T("docx.tiles")), x.tileTable(tiles[:min(len(tiles), 4*rows)], 4, true)) {
			break
		}
	}
	if len(b.TopPosts) > 0 {
		x.put(f, para(wml.StyleH2, or(x.d.Labels.TopPosts, x.cat.T("doc.summary.top_posts"))), x.postsTable(b.TopPosts, doc.BriefPosts))
	}
	if len(b.Findings) > 0 {
		var items []string
		for _, s := range b.Findings[:min(len(b.Findings), doc.BriefFindings)] {
			items = append(items, clip(s, doc.BriefClip))
		}
		for n := len(items); n > 0; n-- {
			if x.put(f, para(wml.StyleH2, or(x.d.Labels.Findings, x.cat.T("doc.summary.findings"))), listOf(items[:n], true)) {
				break
			}
		}
	}
}

func (x *r) briefPage2(f *fit) {
	x.briefScores(f)
	x.briefUnmet(f)
	x.briefRecommendations(f, x.d.Briefing.Recommendations)
}

// briefScores draws the stage scores as a native bar chart (the radar of
// the report is hard to read at briefing size).
func (x *r) briefScores(f *fit) {
	b := &x.d.Briefing
	c := &wml.Chart{Kind: wml.BarH, NumFormat: "0%", Max: ptr(1)}
	s := wml.Series{Name: x.cat.T("docx.col.score")}
	for _, st := range b.Stages {
		c.Categories = append(c.Categories, st.Label)
		s.Values = append(s.Values, st.Value.Raw)
	}
	c.Series = []wml.Series{s}
	c.HeightCm = min(7, 1.6+0.8*float64(len(c.Categories)))
	blocks := []wml.Block{para(wml.StyleH2, x.cat.T("docx.scores"))}
	if len(c.Categories) > 0 {
		blocks = append(blocks, c)
	}
	if b.Overall.Label != "" {
		blocks = append(blocks, &wml.Paragraph{Runs: []wml.Run{{Text: b.Overall.Label + ": ", Bold: true}, {Text: b.Overall.Value.Text}, {Text: joinDash(b.Overall.Formula)}}})
	}
	x.put(f, blocks...)
}

// briefUnmet lists the tiles whose target is not met (near counts as not
// met) with the gap to the bound, as many rows as fit (at most 8).
func (x *r) briefUnmet(f *fit) {
	head := para(wml.StyleH2, x.cat.T("docx.brief.unmet"))
	var us []doc.Tile
	for _, t := range x.d.Briefing.Tiles {
		if t.Status.Code == "not_met" || t.Status.Code == "near" {
			us = append(us, t)
		}
	}
	if len(us) == 0 {
		x.put(f, head, para(wml.StyleNormal, x.cat.T("docx.brief.all_met")))
		return
	}
	for n := min(len(us), doc.BriefUnmet); n > 0; n-- {
		t := &wml.Table{Widths: []int{5, 3, 3, 3, 3}, Head: []wml.Cell{{Text: x.cat.T("docx.col.indicator")}, {Text: x.cat.T("docx.col.value"), Align: wml.Right},
			{Text: x.cat.T("docx.col.target"), Align: wml.Right}, {Text: x.cat.T("docx.col.gap"), Align: wml.Right}, {Text: x.cat.T("docx.col.status")}}}
		for _, u := range us[:n] {
			g := u.Gap
			if g == "" {
				g = "—"
			}
			t.Rows = append(t.Rows, []wml.Cell{{Text: u.Label}, {Text: u.Value.Text, Align: wml.Right}, {Text: u.Target, Align: wml.Right},
				{Text: g, Align: wml.Right, Bold: true}, {Text: u.Status.Label}})
		}
		if n < len(us) {
			t.Note = x.cat.T("docx.brief.more_unmet", len(us)-n)
		}
		if x.put(f, head, t) {
			return
		}
	}
}

// briefRecommendations shows the recommendations narrative, else the
// findings after the three on page 1, block by block (list item by list
// item) while they fit; what is left is named in a closing line.
func (x *r) briefRecommendations(f *fit, ns []doc.Narrative) {
	var blocks []wml.Block
	for _, n := range ns {
		if bs, ok := markdown(n.Markdown, 3); ok {
			blocks = append(blocks, bs...)
		}
	}
	if len(blocks) == 0 {
		fs := x.d.Briefing.Findings
		if len(fs) > doc.BriefFindings {
			fs = fs[doc.BriefFindings:]
		}
		if len(fs) > 0 {
			blocks = []wml.Block{listOf(fs, false)}
		}
	}
	if len(blocks) == 0 {
		return
	}
	more := para(wml.StyleSmall, x.cat.T("docx.brief.more"))
	reserve := f.height(more)
	if !f.take(reserve) {
		return
	}
	if !x.put(f, para(wml.StyleH2, x.cat.T("docx.brief.recommendations"))) {
		return
	}
	for _, b := range blocks {
		if x.put(f, b) {
			continue
		}
		if l, ok := b.(*wml.List); ok {
			part := &wml.List{Ordered: l.Ordered}
			for _, it := range l.Items {
				part.Items = append(part.Items, it)
				if f.height(part) > f.left {
					part.Items = part.Items[:len(part.Items)-1]
					break
				}
			}
			if len(part.Items) > 0 {
				x.put(f, part)
			}
		}
		x.add(more)
		return
	}
}
