package xlsx

import (
	"fmt"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

// contentSheet writes the content breakdowns of SPEC §4: format mix, ER by
// format and by category, the weekday × hour grid, hashtags, and the top and
// bottom posts.
func (b *book) contentSheet() error {
	sheet, err := b.begin("content")
	if err != nil {
		return err
	}
	bd := &b.w.Content
	if err := b.sheetTitle(sheet, b.t("xlsx.title.content", b.w.Period)); err != nil {
		return err
	}
	g := b.newGrid(sheet, 8)
	g.ws.cap(3, 50)
	groupHead := func(first string) []cell {
		return b.headers(first, "xlsx.col.posts", "xlsx.col.share", "xlsx.col.n_er", "xlsx.col.er")
	}
	groupRows := func(gs []doc.Group) [][]cell {
		var rows [][]cell
		for _, s := range gs {
			rows = append(rows, []cell{text(s.Name), count(s.Posts), pctOf(s.Share), count(s.N), pctOf(s.ER)})
		}
		return rows
	}

	row := 3
	at, err := g.block(1, row, b.t("xlsx.table.format_mix"),
		groupHead("xlsx.col.type"), groupRows(bd.FormatMix))
	if err != nil {
		return err
	}
	if at.last >= at.first {
		b.src.formatMix = span{sheet: sheet, first: at.first, last: at.last, catCol: 1, valCol: 2}
	}
	at, err = g.block(1, at.next, b.t("xlsx.table.er_by_format"),
		groupHead("xlsx.col.type"), groupRows(bd.ERByFormat))
	if err != nil {
		return err
	}
	if at.last >= at.first {
		b.src.erByFormat = span{sheet: sheet, first: at.first, last: at.last, catCol: 1, valCol: 5}
	}
	catAt, err := g.block(1, at.next, b.t("xlsx.table.er_by_category"),
		groupHead("xlsx.col.category"), groupRows(bd.ERByCategory))
	if err != nil {
		return err
	}
	at, err = b.heatmapBlock(g, catAt.next)
	if err != nil {
		return err
	}
	var tags [][]cell
	for _, h := range bd.Hashtags {
		tags = append(tags, []cell{text(h.Tag), count(h.Posts), countOf(h.MeanReach)})
	}
	at, err = g.block(1, at.next, b.t("xlsx.table.hashtags"),
		b.headers("xlsx.col.hashtag", "xlsx.col.posts", "xlsx.col.mean_reach"), tags)
	if err != nil {
		return err
	}
	rankHead := b.headers("xlsx.col.rank", "xlsx.col.published", "xlsx.col.type", "xlsx.col.caption",
		"xlsx.col.reach", "xlsx.col.interactions", "xlsx.col.er")
	at, err = g.block(1, at.next, b.t("xlsx.table.top_posts"), rankHead, b.rankRows(bd.TopPosts))
	if err != nil {
		return err
	}
	if _, err = g.block(1, at.next, b.t("xlsx.table.bottom_posts"), rankHead,
		b.rankRows(bd.BottomPosts)); err != nil {
		return err
	}
	if err := g.done(); err != nil {
		return err
	}
	if catAt.last >= catAt.first {
		s := span{sheet: sheet, first: catAt.first, last: catAt.last, catCol: 1, valCol: 5}
		return b.barChart(sheet, "J3", b.t("xlsx.chart.er_by_category"), s, fmtPct, excelize.Bar)
	}
	return nil
}

// rankRows returns the rows of a top/bottom posts table.
func (b *book) rankRows(posts []doc.PostRow) [][]cell {
	var rows [][]cell
	for i := range posts {
		p := &posts[i]
		r := append([]cell{count(i + 1)}, postBrief(p)...)
		rows = append(rows, append(r, countOf(p.Reach), countOf(p.Interactions), pctOf(p.ER)))
	}
	return rows
}

// heatmapBlock writes mean per-post ER by hour (rows) × weekday (columns)
// with a colour scale.
func (b *book) heatmapBlock(g *grid, row int) (blockAt, error) {
	head := b.headers("xlsx.col.time")
	for d := 0; d < 7; d++ {
		head = append(head, cell{b.t(fmt.Sprintf("xlsx.weekday.%d", d)), styHeader})
	}
	var rows [][]cell
	for _, h := range b.w.Content.Heatmap {
		r := []cell{text(h.Hour)}
		for _, v := range h.Values {
			r = append(r, pctOf(v))
		}
		rows = append(rows, r)
	}
	at, err := g.block(1, row, b.t("xlsx.table.heatmap"), head, rows)
	if err != nil || len(rows) == 0 {
		return at, err
	}
	tl, _ := excelize.CoordinatesToCellName(2, at.first)
	br, _ := excelize.CoordinatesToCellName(8, at.last)
	err = b.f.SetConditionalFormat(g.sheet, tl+":"+br, []excelize.ConditionalFormatOptions{{
		Type: "2_color_scale", Criteria: "=", MinType: "min", MaxType: "max",
		MinColor: "#F7FBFF", MaxColor: "#2171B5"}})
	return at, err
}
