package xlsx

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/xuri/excelize/v2"
)

// keyFigures returns rows "indicator | value | n" for the ids present in
// the report, in the given order.
func (b *book) keyFigures(ids ...string) [][]cell {
	var rows [][]cell
	for _, id := range ids {
		res := b.r.Indicator(id)
		if res == nil {
			continue
		}
		f, k := b.unitFormat(res.Unit)
		rows = append(rows, []cell{text(b.indicatorLabel(res)), scaled(res.Value, f, k), count(res.N)})
	}
	return rows
}

// countRows returns "name | count" rows.
func countRows(cs []report.Count) [][]cell {
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
	if err := b.sheetTitle(sheet, b.t("xlsx.title.comments", b.r.Period.ID)); err != nil {
		return err
	}
	bd := &b.r.Breakdowns
	g := b.newGrid(sheet, 6)
	g.ws.cap(3, 50)
	figHead := b.headers("xlsx.col.indicator", "xlsx.col.value", "xlsx.col.n")
	at, err := g.block(1, 3, b.t("xlsx.table.key_figures"), figHead,
		b.keyFigures("manage.comments", "manage.response_rate", "manage.median_response_hours",
			"manage.p90_response_hours", "manage.replied_within_24h", "manage.replied_within_1h",
			"optimize.conversation_rate"))
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
	if len(bd.CommentSentiment) > 0 {
		if at, err = g.block(1, at.next, b.t("xlsx.table.sentiment"),
			b.headers("xlsx.col.sentiment", "xlsx.col.comments"), countRows(bd.CommentSentiment)); err != nil {
			return err
		}
	}
	if len(bd.CommentCategory) > 0 {
		if at, err = g.block(1, at.next, b.t("xlsx.table.comment_category"),
			b.headers("xlsx.col.category", "xlsx.col.comments"), countRows(bd.CommentCategory)); err != nil {
			return err
		}
	}
	if _, err = g.block(1, at.next, b.t("xlsx.table.most_commented"),
		b.headers("xlsx.col.rank", "xlsx.col.published", "xlsx.col.type", "xlsx.col.caption",
			"xlsx.col.comments", "xlsx.col.reach"), b.mostCommented(10)); err != nil {
		return err
	}
	return g.done()
}

// mostCommented returns up to n posts with the most comments (ties keep
// publish order).
func (b *book) mostCommented(n int) [][]cell {
	var idx []int
	for i := range b.r.Posts {
		if c := b.r.Posts[i].Comments; c != nil && *c > 0 {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(i, j int) bool { return *b.r.Posts[idx[i]].Comments > *b.r.Posts[idx[j]].Comments })
	if len(idx) > n {
		idx = idx[:n]
	}
	var rows [][]cell
	for k, i := range idx {
		p := &b.r.Posts[i]
		r := append([]cell{count(k + 1)}, b.postBrief(p)...)
		rows = append(rows, append(r, num(p.Comments, fmtCount), num(p.Reach, fmtCount)))
	}
	return rows
}

// spikeRows are the spike days of manage.spike_days: date, series, value,
// the threshold it passed, and the own posts of that day or the day before.
func (b *book) spikeRows() [][]cell {
	var rows [][]cell
	for _, s := range b.r.Breakdowns.SpikeDays {
		var posts []string
		for _, p := range s.Posts {
			c := []rune(p.Caption)
			if len(c) > 60 {
				c = append(c[:60], '…')
			}
			posts = append(posts, strings.Replace(p.Published, "T", " ", 1)+" "+b.typeText(p.Type)+": "+string(c))
		}
		rows = append(rows, []cell{dateCell(s.Date), text(b.tOr("xlsx.col."+s.Metric, s.Metric)), numf(s.Value, fmtCount),
			numf(s.Bound, fmtCount), text(strings.Join(posts, " · "))})
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
	if err := b.sheetTitle(sheet, b.t("xlsx.title.monitoring", b.r.Period.ID)); err != nil {
		return err
	}
	g := b.newGrid(sheet, 3)
	at, err := g.block(1, 3, b.t("xlsx.table.key_figures"),
		b.headers("xlsx.col.indicator", "xlsx.col.value", "xlsx.col.n"),
		b.keyFigures("manage.cases", "manage.cases_resolved", "manage.median_clarify_hours", "manage.spike_days"))
	if err != nil {
		return err
	}
	cases := b.r.Breakdowns.CasesByCategory
	total := 0
	for _, c := range cases {
		total += c.Count
	}
	var rows [][]cell
	for _, c := range cases {
		share := blank
		if total > 0 {
			share = numf(float64(c.Count)/float64(total), fmtPct)
		}
		rows = append(rows, []cell{text(c.Name), count(c.Count), share})
	}
	cAt, err := g.block(1, at.next, b.t("xlsx.table.cases"),
		b.headers("xlsx.col.category", "xlsx.col.cases", "xlsx.col.share"), rows)
	if err != nil {
		return err
	}
	if spikes := b.spikeRows(); len(spikes) > 0 {
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
