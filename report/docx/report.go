package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/docx/wml"
)

// cover writes the letterhead ("kop surat": logo beside the organisation
// lines, the address under them, a rule), or the logo alone, then the
// title, the facts and the tool line.
func (x *r) cover() {
	c := x.d.Cover
	pic := logo(c.Logo)
	if len(c.Letterhead) > 0 {
		var lines []*wml.Paragraph
		for i, l := range c.Letterhead {
			address := i == len(c.Letterhead)-1 && len(c.Letterhead) > 1
			size := 13
			if address {
				size = 9
			}
			lines = append(lines, &wml.Paragraph{Style: "TableText", Align: wml.Center, Runs: []wml.Run{{Text: l, Bold: !address, Size: size}}})
		}
		t := &wml.Table{Plain: true, Widths: []int{1, 4}, Rows: [][]wml.Cell{{{Paras: []*wml.Paragraph{{Image: pic}}}, {Paras: lines}}}}
		if pic == nil {
			t = &wml.Table{Plain: true, Rows: [][]wml.Cell{{{Paras: lines}}}}
		}
		x.add(t, &wml.Paragraph{Style: "Header"})
	} else if pic != nil {
		x.add(&wml.Paragraph{Align: wml.Center, Image: pic})
	}
	title := c.Title
	if title == "" {
		title = x.d.Title
	}
	x.add(&wml.Paragraph{Style: wml.StyleTitle, Runs: []wml.Run{{Text: title}}, SpaceBefore: 48})
	if x.d.Subtitle != "" {
		x.add(para(wml.StyleSubtitle, x.d.Subtitle))
	}
	x.facts(c.Facts)
	if c.Tool != "" {
		x.add(para(wml.StyleSmall, c.Tool))
	}
	x.add(wml.PageBreak{})
}

// facts writes label–text pairs as a borderless two-column table.
func (x *r) facts(fs []doc.Fact) {
	if len(fs) == 0 {
		return
	}
	t := &wml.Table{Plain: true, Widths: []int{1, 3}}
	for _, f := range fs {
		t.Rows = append(t.Rows, []wml.Cell{{Text: f.Label, Bold: true}, {Text: f.Text}})
	}
	x.add(t)
}

func chapterTitle(s *doc.Section) string {
	if s.Number != "" {
		return s.Number + "  " + s.Title
	}
	return s.Title
}

func (x *r) toc() {
	t := &wml.TOC{Title: or(x.d.Labels.Contents, x.cat.T("docx.toc"))}
	t.Entries = append(t.Entries, wml.TOCEntry{Level: 1, Text: x.summaryTitle()})
	for i := range x.d.Sections {
		s := &x.d.Sections[i]
		t.Entries = append(t.Entries, wml.TOCEntry{Level: 1, Text: chapterTitle(s)})
		for j := range s.Sections {
			t.Entries = append(t.Entries, wml.TOCEntry{Level: 2, Text: s.Sections[j].Title})
		}
	}
	x.add(t)
}

// summaryTitle is the summary chapter's heading with its number: the
// chapter of the radar's caption, else the one before the first chapter.
func (x *r) summaryTitle() string {
	title := or(x.d.Labels.Summary, x.cat.T("doc.summary.title"))
	n := ""
	if rd := x.d.Briefing.Radar; rd != nil {
		if i := strings.Index(rd.Number, "."); i > 0 {
			n = rd.Number[:i]
		}
	}
	if n == "" && len(x.d.Sections) > 0 {
		if first, err := strconv.Atoi(x.d.Sections[0].Number); err == nil && first > 1 {
			n = strconv.Itoa(first - 1)
		}
	}
	if n == "" {
		return title
	}
	return n + "  " + title
}

// summary is the report's first chapter: the briefing in full.
func (x *r) summary() {
	b := &x.d.Briefing
	x.add(para(wml.StyleH1, x.summaryTitle()))
	if b.Verdict != "" {
		x.add(&wml.Paragraph{Runs: []wml.Run{{Text: b.Verdict, Bold: true}}})
	}
	x.add(para(wml.StyleH2, x.cat.T("docx.tiles")))
	x.tiles(b.Tiles, 3, false)
	if len(b.Stages) > 0 || b.Overall.Label != "" {
		x.add(para(wml.StyleH2, x.cat.T("docx.scores")))
		x.scores()
	}
	if b.Radar != nil {
		x.figure(b.Radar)
	}
	if len(b.Findings) > 0 {
		x.add(para(wml.StyleH2, or(x.d.Labels.Findings, x.cat.T("doc.summary.findings"))))
		x.list(b.Findings, true)
	}
	if len(b.TopPosts) > 0 {
		x.add(para(wml.StyleH2, or(x.d.Labels.TopPosts, x.cat.T("doc.summary.top_posts"))))
		x.topPosts(b.TopPosts)
	}
	for i := range b.Narratives {
		x.narrative(&b.Narratives[i], 2)
	}
}

func (x *r) scores() {
	b := &x.d.Briefing
	t := &wml.Table{Head: []wml.Cell{{Text: x.cat.T("docx.col.stage")}, {Text: x.cat.T("docx.col.score"), Align: wml.Right}, {Text: x.cat.T("docx.col.basis")}},
		Widths: []int{3, 2, 6}}
	for _, s := range append(append([]doc.Score{}, b.Stages...), b.Overall) {
		if s.Label == "" {
			continue
		}
		t.Rows = append(t.Rows, []wml.Cell{{Text: s.Label, Bold: s.Stage == "overall"}, {Text: s.Value.Text, Align: wml.Right}, {Text: s.Formula}})
	}
	x.add(t)
}

func (x *r) list(items []string, ordered bool) {
	if len(items) > 0 {
		x.add(listOf(items, ordered))
	}
}

func listOf(items []string, ordered bool) *wml.List {
	l := &wml.List{Ordered: ordered}
	for _, it := range items {
		l.Items = append(l.Items, wml.ListItem{Runs: []wml.Run{{Text: it}}})
	}
	return l
}

// tiles writes headline tiles as a table, cols tiles per row.
func (x *r) tiles(ts []doc.Tile, cols int, compact bool) {
	if len(ts) > 0 {
		x.add(x.tileTable(ts, cols, compact))
	}
}

func (x *r) tileTable(ts []doc.Tile, cols int, compact bool) *wml.Table {
	valueSize, small := 14, 8
	if compact {
		valueSize, small = 12, 7
	}
	t := &wml.Table{Plain: true}
	var row []wml.Cell
	for _, tile := range ts {
		row = append(row, x.tile(tile, valueSize, small, compact))
		if len(row) == cols {
			t.Rows = append(t.Rows, row)
			row = nil
		}
	}
	if len(row) > 0 {
		for len(row) < cols {
			row = append(row, wml.Cell{})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func (x *r) tile(t doc.Tile, valueSize, small int, compact bool) wml.Cell {
	line := func(text string, size int, bold bool) *wml.Paragraph {
		return &wml.Paragraph{Style: "TableText", Runs: []wml.Run{{Text: text, Size: size, Bold: bold}}}
	}
	ps := []*wml.Paragraph{line(t.Label, small, false), line(t.Value.Text, valueSize, true)}
	if t.Extra != nil && t.Extra.Text != "" {
		ps = append(ps, line(t.Extra.Text, small, false))
	}
	if t.Change.Text != "" {
		ch := t.Change.Text
		if t.Change.Arrow != "" {
			ch = t.Change.Arrow + " " + ch
		}
		if t.Change.Word != "" {
			ch += " (" + t.Change.Word + ")"
		}
		ps = append(ps, line(ch, small, false))
	}
	if !compact && t.Previous.Text != "" {
		ps = append(ps, line(x.cat.T("docx.previous", t.Previous.Text), small, false))
	}
	if t.Target != "" {
		s := x.cat.T("docx.target", t.Target)
		if t.Status.Label != "" {
			s += " · " + t.Status.Label
		}
		ps = append(ps, line(s, small, t.Status.Code == "not_met"))
	}
	return wml.Cell{Paras: ps, Fill: statusFill(t.Status.Code)}
}

func statusFill(code string) string {
	switch code {
	case "met":
		return "E6F4EA"
	case "not_met":
		return "FBE9E7"
	case "near":
		return "FFF4DE"
	}
	return "F2F5FA"
}

// topPosts writes the post cards as a table.
func (x *r) topPosts(ps []doc.PostCard) { x.add(x.postsTable(ps, 0)) }

// postsTable is the post cards as a table; limit > 0 keeps the first.
func (x *r) postsTable(ps []doc.PostCard, limit int) *wml.Table {
	if limit > 0 && len(ps) > limit {
		ps = ps[:limit]
	}
	head := []wml.Cell{{Text: x.cat.T("docx.col.post")}}
	for _, m := range ps[0].Metrics {
		head = append(head, wml.Cell{Text: m.Label, Align: wml.Right})
	}
	t := &wml.Table{Head: head, Widths: []int{3}}
	for _, p := range ps {
		first := &wml.Paragraph{Style: "TableText", Runs: []wml.Run{{Text: p.Date, URL: p.Link}}}
		if p.Format != "" {
			first.Runs = append(first.Runs, wml.Run{Text: " · " + p.Format})
		}
		row := []wml.Cell{{Paras: []*wml.Paragraph{first}}}
		for _, m := range p.Metrics {
			row = append(row, wml.Cell{Text: m.Text, Align: wml.Right})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// section writes a chapter (depth 1) or a sub-section.
func (x *r) section(s *doc.Section, depth int) {
	style := []string{wml.StyleH1, wml.StyleH2, wml.StyleH3}[min(depth, 3)-1]
	title := s.Title
	if depth == 1 {
		title = chapterTitle(s)
	}
	x.add(para(style, title))
	if s.Description != "" {
		x.add(para(wml.StyleNormal, s.Description))
	}
	if s.Score != nil && s.Score.Label != "" {
		x.add(&wml.Paragraph{Runs: []wml.Run{{Text: s.Score.Label + ": ", Bold: true}, {Text: s.Score.Value.Text}, {Text: joinDash(s.Score.Formula)}}})
	}
	for i := range s.Blocks {
		x.block(&s.Blocks[i], depth)
	}
	for i := range s.Sections {
		x.section(&s.Sections[i], depth+1)
	}
}

func joinDash(s string) string {
	if s == "" {
		return ""
	}
	return " — " + s
}

func (x *r) block(b *doc.Block, depth int) {
	switch {
	case b.Paragraph != "":
		x.add(para(wml.StyleNormal, b.Paragraph))
	case len(b.List) > 0:
		x.list(b.List, false)
	case len(b.Facts) > 0:
		x.facts(b.Facts)
	case b.Table != nil:
		x.table(b.Table)
	case b.Figure != nil:
		x.figure(b.Figure)
	case b.Quotes != nil:
		x.quotes(b.Quotes)
	case b.Narrative != nil:
		x.narrative(b.Narrative, depth+1)
	case b.Formula != nil:
		x.formula(b.Formula)
	}
}

func (x *r) table(t *doc.Table) {
	wt := &wml.Table{Source: t.Source, Note: t.Note}
	cap, lit := caption(t.Caption)
	wt.Caption = cap
	if lit != nil {
		x.add(lit)
	}
	for _, c := range t.Columns {
		wt.Head = append(wt.Head, wml.Cell{Text: c.Label, Align: alignOf(c.Num)})
	}
	wt.Widths = widths(t)
	for _, row := range t.Rows {
		var cells []wml.Cell
		for i, c := range row {
			num := i < len(t.Columns) && t.Columns[i].Num
			cell := wml.Cell{Text: c.Text, Align: alignOf(num)}
			if c.Link != "" {
				cell.Paras = []*wml.Paragraph{{Style: "TableText", Align: cell.Align, Runs: []wml.Run{{Text: c.Text, URL: c.Link}}}}
			}
			cells = append(cells, cell)
		}
		wt.Rows = append(wt.Rows, cells)
	}
	x.add(wt)
}

func alignOf(num bool) wml.Align {
	if num {
		return wml.Right
	}
	return wml.Left
}

func (x *r) quotes(q *doc.Quotes) {
	if q.Title != "" {
		x.add(&wml.Paragraph{Runs: []wml.Run{{Text: q.Title, Bold: true}}, KeepNext: true})
	}
	for _, it := range q.Items {
		attr := it.Source
		if it.Assessment != "" {
			attr += " · " + it.Assessment
		}
		x.add(&wml.Quote{Text: it.Text, Attribution: attr})
	}
}

func (x *r) narrative(n *doc.Narrative, level int) {
	bs, ok := markdown(n.Markdown, min(level, 3))
	if !ok {
		x.add(para(wml.StyleSmall, n.Path))
		return
	}
	x.add(bs...)
	if n.Note != "" {
		x.add(para(wml.StyleSmall, n.Note))
	}
}

func (x *r) formula(f *doc.Formula) {
	if f.Group != "" {
		x.add(&wml.Paragraph{Runs: []wml.Run{{Text: f.Group, Bold: true}}, KeepNext: true})
	}
	t := &wml.Table{Plain: true, Widths: []int{2, 3}}
	for _, it := range f.Items {
		t.Rows = append(t.Rows, []wml.Cell{{Text: it.Label, Size: 9}, {Text: it.Text, Size: 9}})
	}
	x.add(t)
}

func (x *r) approval() {
	a := x.d.Approval
	if a == nil {
		return
	}
	right := func(text string, bold bool, before int) *wml.Paragraph {
		return &wml.Paragraph{Align: wml.Right, Runs: []wml.Run{{Text: text, Bold: bold}}, KeepNext: true, SpaceBefore: before}
	}
	before := 36
	if x.d.Labels.Approval != "" {
		x.add(right(x.d.Labels.Approval, false, before))
		before = 0
	}
	x.add(right(a.PlaceDate, false, before), right(a.Title, false, 0), right(a.Name, true, 54))
	if a.NIP != "" {
		x.add(&wml.Paragraph{Align: wml.Right, Runs: []wml.Run{{Text: a.NIP}}})
	}
}

// widths gives each column a share of the width by its content: the
// longest word of the head and the longest cell text, between 7 and 30
// characters (a number column two more, so "21.137" never wraps), so a
// caption column gets room and a number column little.
func widths(t *doc.Table) []int {
	w := make([]int, len(t.Columns))
	for i, c := range t.Columns {
		for _, word := range strings.Fields(c.Label) {
			w[i] = max(w[i], utf8.RuneCountInString(word)+2) // bold
		}
	}
	for _, row := range t.Rows {
		for i, c := range row {
			if i < len(w) {
				w[i] = max(w[i], utf8.RuneCountInString(c.Text))
			}
		}
	}
	for i, c := range t.Columns {
		w[i] = min(max(w[i], 7), 30)
		if c.Num {
			w[i] += 2
		}
	}
	return w
}
