package present

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// Home codes: where a figure or table goes (a sub-component code, falling
// back to its stage, then to the "other" chapter).
const (
	homeParticipate = "share.participate"
	homeConnect     = "share.connect"
	homeListen      = "optimize.listen_learn"
	homeConversion  = "optimize.authentic_conversation"
	homeMonitoring  = "manage.media_monitoring"
	homeQuick       = "manage.quick_response"
	homeAudience    = "engage.know_audience"
)

// figureDef is a figure without its number: the chapter numbers it when
// placed.
type figureDef struct {
	home, id, titleKey, source string
	f                          doc.Figure
}

// figures builds every breakdown figure that has data.
func (b *builder) figures() []figureDef {
	var out []figureDef
	add := func(home, id, titleKey, source string, f *doc.Figure) {
		if f != nil {
			out = append(out, figureDef{home, id, titleKey, source, *f})
		}
	}
	add(homeParticipate, "chart_posts_per_day", "chart.posts_per_day", "meta", b.postsPerDay())
	add(homeParticipate, "chart_format_mix", "chart.format_mix", "meta", b.formatMix())
	add(homeConnect, "chart_daily_reach", "chart.daily_reach", "meta", b.dailyReach())
	add(homeListen, "chart_er_by_format", "chart.er_by_format", "meta", b.erByFormat())
	add(homeListen, "chart_weekday_hour", "chart.weekday_hour", "meta", b.heatmap())
	add(homeQuick, "chart_response_times", "chart.response_times", "comments",
		b.countBars(doc.FigureBar, "col.response_time", b.r.Breakdowns.ResponseTimes, nil))
	add(homeAudience, "chart_follower_trend", "chart.follower_trend", "meta", b.followerTrend())
	a := b.r.Breakdowns.Audience
	if f := b.ageGender(a); f != nil {
		key := "chart.age_gender"
		if len(f.Series) == 1 {
			key = "chart.age"
		}
		add(homeAudience, "chart_age_gender", key, "meta", f)
	}
	add(homeAudience, "chart_top_cities", "chart.top_cities", "meta", b.topCities(a))
	return out
}

// cols makes table columns: the first is text, the others numbers.
func (b *builder) cols(keys ...string) []doc.Column {
	out := make([]doc.Column, len(keys))
	for i, k := range keys {
		out[i] = doc.Column{Label: b.l.T(k), Num: i > 0}
	}
	return out
}

// dayValues turns day values into a one-series figure of unit.
func (b *builder) dayValues(kind, colKey string, pts []report.DayValue) *doc.Figure {
	if len(pts) == 0 {
		return nil
	}
	f := &doc.Figure{Kind: kind, Unit: doc.UnitCount, Wide: true}
	s := doc.Series{Name: b.l.T(colKey)}
	f.Table.Columns = b.cols("col.date", colKey)
	for _, p := range pts {
		v := p.Value
		f.Categories = append(f.Categories, b.l.shortDate(p.Date))
		s.Values = append(s.Values, b.val(&v, doc.UnitCount))
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(b.l.date(p.Date))}, {Value: b.val(&v, doc.UnitCount)}})
	}
	f.Series = []doc.Series{s}
	return f
}

func (b *builder) postsPerDay() *doc.Figure {
	return b.dayValues(doc.FigureBar, "col.posts", b.r.Breakdowns.PostsPerDay)
}

func (b *builder) followerTrend() *doc.Figure {
	return b.dayValues(doc.FigureLine, "col.followers", b.r.Breakdowns.FollowerTrend)
}

func (b *builder) formatMix() *doc.Figure {
	f := &doc.Figure{Kind: doc.FigurePie, Unit: doc.UnitCount}
	s := doc.Series{Name: b.l.T("col.posts")}
	f.Table.Columns = b.cols("col.format", "col.posts", "col.share")
	for _, g := range b.r.Breakdowns.FormatMix {
		name := b.typeName(g.Name)
		share := g.Share
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(name)}, {Value: b.postsVal(g.Posts)}, {Value: b.val(&share, doc.UnitRatio)}})
		if g.Posts > 0 {
			f.Categories = append(f.Categories, name)
			s.Values = append(s.Values, b.countVal(g.Posts))
		}
	}
	if len(s.Values) == 0 {
		return nil
	}
	f.Series = []doc.Series{s}
	return f
}

// postsVal is a number of posts with its unit word.
func (b *builder) postsVal(n int) doc.Value {
	v := b.countVal(n)
	v.Text = b.l.T("unit.posts", v.Text)
	return v
}

// dailyReach draws daily reach and views with event markers; its table
// also lists follows and profile visits.
func (b *builder) dailyReach() *doc.Figure {
	cols := []string{report.SeriesReach, report.SeriesViews, report.SeriesFollows, report.SeriesUnfollows, report.SeriesProfileVisits}
	byDate := map[report.Date]map[string]float64{}
	var dates []report.Date
	has := map[string]bool{}
	for _, m := range cols {
		for _, p := range b.r.Breakdowns.Daily[m] {
			if byDate[p.Date] == nil {
				byDate[p.Date] = map[string]float64{}
				dates = append(dates, p.Date)
			}
			byDate[p.Date][m] = p.Value
			has[m] = true
		}
	}
	if !has[report.SeriesReach] && !has[report.SeriesViews] {
		return nil
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i] < dates[j] })
	f := &doc.Figure{Kind: doc.FigureLine, Unit: doc.UnitCount, Wide: true}
	for _, d := range dates {
		f.Categories = append(f.Categories, b.l.shortDate(d))
	}
	events := map[report.Date][]string{}
	for _, e := range b.r.Meta.Events {
		if _, ok := byDate[e.Date]; ok {
			events[e.Date] = append(events[e.Date], e.Label)
			f.Events = append(f.Events, doc.Fact{Label: b.l.shortDate(e.Date), Text: e.Label})
		}
	}
	for _, s := range b.r.Breakdowns.SpikeDays {
		if _, ok := byDate[s.Date]; ok {
			v := s.Value
			events[s.Date] = append(events[s.Date], b.l.T("chart.spike"))
			f.Points = append(f.Points, doc.Point{Series: b.l.T("series." + s.Metric), Category: b.l.shortDate(s.Date),
				Label: b.l.T("chart.spike"), Value: b.val(&v, doc.UnitCount)})
		}
	}
	f.Table.Columns = []doc.Column{{Label: b.l.T("col.date")}}
	var shown []string
	for _, m := range cols {
		if !has[m] {
			continue
		}
		shown = append(shown, m)
		f.Table.Columns = append(f.Table.Columns, doc.Column{Label: b.l.T("series." + m), Num: true})
		if m != report.SeriesReach && m != report.SeriesViews {
			continue
		}
		s := doc.Series{Name: b.l.T("series." + m)}
		for _, d := range dates {
			s.Values = append(s.Values, b.optVal(byDate[d], m))
		}
		f.Series = append(f.Series, s)
	}
	annotate := len(f.Events) > 0 || len(f.Points) > 0
	if annotate {
		f.Table.Columns = append(f.Table.Columns, doc.Column{Label: b.l.T("col.event")})
	}
	var notes []string
	if len(f.Events) > 0 {
		notes = append(notes, b.l.T("chart.events_note"))
	}
	if len(f.Points) > 0 {
		notes = append(notes, b.l.T("chart.spikes_note"))
	}
	f.Caption.Note = strings.Join(notes, " ")
	for _, d := range dates {
		row := []doc.Cell{{Value: textVal(b.l.date(d))}}
		for _, m := range shown {
			row = append(row, doc.Cell{Value: b.optVal(byDate[d], m)})
		}
		if annotate {
			row = append(row, doc.Cell{Value: textVal(joinText(events[d]))})
		}
		f.Table.Rows = append(f.Table.Rows, row)
	}
	return f
}

// optVal is the count m of a day, or "—".
func (b *builder) optVal(day map[string]float64, m string) doc.Value {
	if v, ok := day[m]; ok {
		return b.val(&v, doc.UnitCount)
	}
	return b.val(nil, doc.UnitCount)
}

func joinText(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "; "
		}
		out += x
	}
	return out
}

func (b *builder) erByFormat() *doc.Figure {
	f := &doc.Figure{Kind: doc.FigureBar, Unit: doc.UnitRatio}
	s := doc.Series{Name: b.l.T("col.er")}
	f.Table.Columns = b.cols("col.format", "col.posts", "col.n", "col.er")
	for _, g := range b.r.Breakdowns.ERByFormat {
		name := b.typeName(g.Name)
		er := b.val(g.ER, doc.UnitRatio)
		if g.ER != nil && g.N < minCompare {
			er.Text += " (" + b.l.T("tile.too_few", g.N) + ")"
		}
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(name)}, {Value: b.postsVal(g.Posts)},
			{Value: b.postsVal(g.N)}, {Value: er}})
		if g.ER != nil {
			f.Categories = append(f.Categories, name)
			s.Values = append(s.Values, b.val(g.ER, doc.UnitRatio))
		}
	}
	if len(s.Values) == 0 {
		return nil
	}
	f.Series = []doc.Series{s}
	return f
}

// heatmap is mean per-post ER by weekday (rows, one series each) and hour.
func (b *builder) heatmap() *doc.Figure {
	cells := append([]report.HeatCell(nil), b.r.Breakdowns.Heatmap...)
	sort.SliceStable(cells, func(i, j int) bool {
		if cells[i].Weekday != cells[j].Weekday {
			return cells[i].Weekday < cells[j].Weekday
		}
		return cells[i].Hour < cells[j].Hour
	})
	f := &doc.Figure{Kind: doc.FigureHeatmap, Unit: doc.UnitRatio, Wide: true}
	f.Table.Columns = b.cols("col.weekday", "col.hour", "col.posts", "col.mean_er")
	f.Table.Columns[1].Num = false
	grid := make([][]doc.Value, 7)
	for d := range grid {
		grid[d] = make([]doc.Value, 24)
		for h := range grid[d] {
			grid[d][h] = b.val(nil, doc.UnitRatio)
		}
	}
	any := false
	for _, h := range cells {
		if h.Posts <= 0 || h.Weekday < 0 || h.Weekday > 6 || h.Hour < 0 || h.Hour > 23 {
			continue
		}
		any = true
		er := h.MeanER
		grid[h.Weekday][h.Hour] = b.val(&er, doc.UnitRatio)
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(b.l.weekday(h.Weekday))},
			{Value: textVal(b.l.clock(fmt.Sprintf("%02d:00", h.Hour)))}, {Value: b.postsVal(h.Posts)}, {Value: b.val(&er, doc.UnitRatio)}})
	}
	if !any {
		return nil
	}
	for h := 0; h < 24; h++ {
		f.Categories = append(f.Categories, fmt.Sprintf("%02d", h))
	}
	for d := 0; d < 7; d++ {
		f.Series = append(f.Series, doc.Series{Name: abbr(b.l.weekday(d)), Values: grid[d]})
	}
	f.Caption.Note = b.l.T("chart.weekday_hour_note")
	return f
}

// countBars is a bar figure of labelled counts (label maps a name to its
// shown label; nil keeps it).
func (b *builder) countBars(kind, colKey string, counts []report.Count, label func(string) string) *doc.Figure {
	f := &doc.Figure{Kind: kind, Unit: doc.UnitCount}
	s := doc.Series{Name: b.l.T("col.count")}
	f.Table.Columns = b.cols(colKey, "col.count")
	total := 0
	for _, c := range counts {
		name := c.Name
		if label != nil {
			name = label(c.Name)
		}
		total += c.Count
		f.Categories = append(f.Categories, name)
		s.Values = append(s.Values, b.countVal(c.Count))
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(name)}, {Value: b.countVal(c.Count)}})
	}
	if total == 0 {
		return nil
	}
	f.Series = []doc.Series{s}
	return f
}

func (b *builder) ageGender(a *report.Audience) *doc.Figure {
	if a == nil {
		return nil
	}
	f := &doc.Figure{Kind: doc.FigureBar, Unit: doc.UnitRatio}
	if len(a.AgeGender) > 0 {
		women, men := doc.Series{Name: b.l.T("col.women")}, doc.Series{Name: b.l.T("col.men")}
		f.Table.Columns = b.cols("col.age", "col.women", "col.men")
		any := false
		for _, g := range a.AgeGender {
			f.Categories = append(f.Categories, g.Age)
			women.Values = append(women.Values, b.val(g.Women, doc.UnitRatio))
			men.Values = append(men.Values, b.val(g.Men, doc.UnitRatio))
			any = any || g.Women != nil || g.Men != nil
			f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(g.Age)}, {Value: b.val(g.Women, doc.UnitRatio)}, {Value: b.val(g.Men, doc.UnitRatio)}})
		}
		if !any {
			return nil
		}
		f.Series = []doc.Series{women, men}
		return f
	}
	if len(a.Ages) == 0 {
		return nil
	}
	s := doc.Series{Name: b.l.T("col.share")}
	f.Table.Columns = b.cols("col.age", "col.share")
	for _, x := range a.Ages {
		v := x.Share
		f.Categories = append(f.Categories, x.Name)
		s.Values = append(s.Values, b.val(&v, doc.UnitRatio))
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(x.Name)}, {Value: b.val(&v, doc.UnitRatio)}})
	}
	f.Series = []doc.Series{s}
	return f
}

// topCities is the number of cities the figure draws (the table lists all).
const topCities = 10

func (b *builder) topCities(a *report.Audience) *doc.Figure {
	if a == nil || len(a.Cities) == 0 {
		return nil
	}
	cities := append([]report.Share(nil), a.Cities...)
	sort.SliceStable(cities, func(i, j int) bool {
		if cities[i].Share != cities[j].Share {
			return cities[i].Share > cities[j].Share
		}
		return cities[i].Name < cities[j].Name
	})
	f := &doc.Figure{Kind: doc.FigureBarH, Unit: doc.UnitRatio}
	s := doc.Series{Name: b.l.T("col.share")}
	f.Table.Columns = b.cols("col.city", "col.share")
	for i, c := range cities {
		v := c.Share
		f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(c.Name)}, {Value: b.val(&v, doc.UnitRatio)}})
		if i < topCities {
			f.Categories = append(f.Categories, truncate(c.Name, 28))
			s.Values = append(s.Values, b.val(&v, doc.UnitRatio))
		}
	}
	f.Series = []doc.Series{s}
	return f
}
