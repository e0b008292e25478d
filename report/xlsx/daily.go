package xlsx

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// dailyColumn is one value column of the daily sheet.
type dailyColumn struct {
	key    string // "reach", ..., "followers", "posts", or another series name
	header string
	values map[report.Date]float64
}

// dailySheet writes the daily series, the follower trend and posts per day,
// one row per date, through the StreamWriter.
func (b *book) dailySheet() error {
	sheet, err := b.begin("daily")
	if err != nil {
		return err
	}
	cols := b.dailyColumns()
	dates := map[report.Date]bool{}
	for _, c := range cols {
		for d := range c.values {
			dates[d] = true
		}
	}
	events := map[report.Date][]string{}
	for _, e := range b.r.Meta.Events {
		if e.Date >= b.r.Period.From && e.Date <= b.r.Period.To {
			events[e.Date] = append(events[e.Date], e.Label)
			dates[e.Date] = true
		}
	}
	for _, s := range b.r.Breakdowns.SpikeDays { // manage.spike_days
		events[s.Date] = append(events[s.Date], b.t("xlsx.spike", b.tOr("xlsx.col."+s.Metric, s.Metric)))
		dates[s.Date] = true
	}
	order := make([]report.Date, 0, len(dates))
	for d := range dates {
		order = append(order, d)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })

	head := []cell{{b.t("xlsx.col.date"), styHeader}}
	for _, c := range cols {
		head = append(head, cell{c.header, styHeader})
	}
	if len(events) > 0 {
		head = append(head, cell{b.t("xlsx.col.event"), styHeader})
	}
	head = uniqueHeaders(head)
	rowOf := func(d report.Date) []cell {
		cells := []cell{dateCell(d)}
		for _, c := range cols {
			if v, ok := c.values[d]; ok {
				cells = append(cells, numf(v, fmtCount))
			} else {
				cells = append(cells, blank)
			}
		}
		if len(events) > 0 {
			cells = append(cells, text(strings.Join(events[d], "; ")))
		}
		return cells
	}
	ws := newWidths(len(head))
	ws.add(head)
	for _, d := range order {
		ws.add(rowOf(d))
	}
	s, err := b.openStream(sheet, ws)
	if err != nil {
		return err
	}
	if err := s.add([]cell{{b.t("xlsx.title.daily", b.r.Period.ID), styTitle}}); err != nil {
		return err
	}
	if err := s.add(head); err != nil {
		return err
	}
	for _, d := range order {
		if err := s.add(rowOf(d)); err != nil {
			return err
		}
	}
	if len(order) == 0 {
		if err := s.add([]cell{{b.t("xlsx.empty"), styNote}}); err != nil {
			return err
		}
		return s.sw.Flush()
	}
	b.src.dailySheet = sheet
	b.src.dailyFirst, b.src.dailyLast = 3, 2+len(order)
	b.src.dailyCols = map[string]int{}
	for i, c := range cols {
		b.src.dailyCols[c.key] = i + 2
	}
	return s.close("Daily", len(head))
}

// dailyColumns returns the value columns that have data: the four daily
// metrics of SPEC §4 in order, the follower trend, posts per day, then any
// other series by name.
func (b *book) dailyColumns() []dailyColumn {
	bd := &b.r.Breakdowns
	var cols []dailyColumn
	addCol := func(key, header string, pts []report.DayValue) {
		if len(pts) == 0 {
			return
		}
		m := make(map[report.Date]float64, len(pts))
		for _, p := range pts {
			if finite(p.Value) {
				m[p.Date] = p.Value
			}
		}
		cols = append(cols, dailyColumn{key: key, header: header, values: m})
	}
	known := []string{report.SeriesReach, report.SeriesViews, report.SeriesFollows, report.SeriesProfileVisits}
	for _, k := range known {
		addCol(k, b.tOr("xlsx.col."+k, k), bd.Daily[k])
	}
	addCol("followers", b.t("xlsx.col.followers"), bd.FollowerTrend)
	addCol("posts", b.t("xlsx.col.posts"), bd.PostsPerDay)
	var other []string
	for k := range bd.Daily {
		isKnown := false
		for _, kk := range known {
			isKnown = isKnown || k == kk
		}
		if !isKnown {
			other = append(other, k)
		}
	}
	sort.Strings(other)
	for _, k := range other {
		addCol(k, b.tOr("xlsx.col."+k, k), bd.Daily[k])
	}
	return cols
}
