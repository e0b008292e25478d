package xlsx

import (
	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

// keyFigures returns rows "indicator | value | n".
func (b *book) keyFigures(fs []doc.KeyFigure) [][]cell {
	var rows [][]cell
	for _, f := range fs {
		rows = append(rows, []cell{text(f.Label), b.numOf(f.Value), count(f.N)})
	}
	return rows
}

// countRows returns "name | count" rows.
func countRows(cs []doc.Count) [][]cell {
	var rows [][]cell
	for _, c := range cs {
		rows = append(rows, []cell{text(c.Name), count(c.Count)})
	}
	return rows
}

// commentsSheet writes comment aggregates only: the response indicators,
// the response-time distribution, sentiment and category counts, and the
// most-commented posts. It never shows usernames or comment text.
func (b *book) commentsSheet() error {
	sheet, err := b.begin("comments")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.comments", b.w.Period)); err != nil {
		return err
	}
	bd := &b.w.Comments
	g := b.newGrid(sheet, 6)
	g.ws.cap(3, 50)
	figHead := b.headers("xlsx.col.indicator", "xlsx.col.value", "xlsx.col.n")
	at, err := g.block(1, 3, b.t("xlsx.table.key_figures"), figHead,
		b.keyFigures(bd.KeyFigures))
	if err != nil {
		return err
	}
	rtAt, err := g.block(1, at.next, b.t("xlsx.table.response_times"),
		b.headers("xlsx.col.bucket", "xlsx.col.comments"), countRows(bd.ResponseTimes))
	if err != nil {
		return err
	}
	if rtAt.last >= rtAt.first {
		b.src.responseTimes = span{sheet: sheet, first: rtAt.first, last: rtAt.last, catCol: 1, valCol: 2}
	}
	at = rtAt
	if len(bd.Sentiment) > 0 {
		if at, err = g.block(1, at.next, b.t("xlsx.table.sentiment"),
			b.headers("xlsx.col.sentiment", "xlsx.col.comments"), countRows(bd.Sentiment)); err != nil {
			return err
		}
	}
	if len(bd.Category) > 0 {
		if at, err = g.block(1, at.next, b.t("xlsx.table.comment_category"),
			b.headers("xlsx.col.category", "xlsx.col.comments"), countRows(bd.Category)); err != nil {
			return err
		}
	}
	if _, err = g.block(1, at.next, b.t("xlsx.table.most_commented"),
		b.headers("xlsx.col.rank", "xlsx.col.published", "xlsx.col.type", "xlsx.col.caption",
			"xlsx.col.comments", "xlsx.col.reach"), mostCommented(bd.MostCommented)); err != nil {
		return err
	}
	return g.done()
}

// mostCommented returns the rows of the most-commented posts.
func mostCommented(posts []doc.PostRow) [][]cell {
	var rows [][]cell
	for k := range posts {
		p := &posts[k]
		r := append([]cell{count(k + 1)}, postBrief(p)...)
		rows = append(rows, append(r, countOf(p.Comments), countOf(p.Reach)))
	}
	return rows
}

// spikeRows are the spike days of manage.spike_days: date, series, value,
// the threshold it passed, and the own posts of that day or the day before.
func spikeRows(spikes []doc.SpikeRow) [][]cell {
	var rows [][]cell
	for _, s := range spikes {
		rows = append(rows, []cell{dateOf(s.Date), text(s.Series), countOf(s.Value), countOf(s.Bound), text(s.Posts)})
	}
	return rows
}

// monitoringSheet writes the monitoring indicators, cases by category and
// the spike days.
func (b *book) monitoringSheet() error {
	sheet, err := b.begin("monitoring")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.monitoring", b.w.Period)); err != nil {
		return err
	}
	g := b.newGrid(sheet, 3)
	at, err := g.block(1, 3, b.t("xlsx.table.key_figures"),
		b.headers("xlsx.col.indicator", "xlsx.col.value", "xlsx.col.n"),
		b.keyFigures(b.w.Monitoring.KeyFigures))
	if err != nil {
		return err
	}
	var rows [][]cell
	for _, c := range b.w.Monitoring.Cases {
		rows = append(rows, []cell{text(c.Name), count(c.Count), cellOr(c.Share, fmtPct)})
	}
	cAt, err := g.block(1, at.next, b.t("xlsx.table.cases"),
		b.headers("xlsx.col.category", "xlsx.col.cases", "xlsx.col.share"), rows)
	if err != nil {
		return err
	}
	if spikes := spikeRows(b.w.Monitoring.Spikes); len(spikes) > 0 {
		if _, err := g.block(1, cAt.next, b.t("xlsx.table.spike_days"),
			b.headers("xlsx.col.date", "xlsx.col.series", "xlsx.col.value", "xlsx.col.spike_bound", "xlsx.col.spike_posts"),
			spikes); err != nil {
			return err
		}
	}
	if err := g.done(); err != nil {
		return err
	}
	if cAt.last < cAt.first {
		return nil
	}
	s := span{sheet: sheet, first: cAt.first, last: cAt.last, catCol: 1, valCol: 2}
	return b.barChart(sheet, "F3", b.t("xlsx.chart.cases"), s, fmtCount, excelize.Bar)
}
