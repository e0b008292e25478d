package html

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-id/rapor/report"
)

// Home codes: where a chart goes in the page (a sub-component code, falling
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

// wideCharts take the full width on wide screens.
var wideCharts = map[string]bool{"chart_posts_per_day": true, "chart_daily_reach": true,
	"chart_weekday_hour": true, "chart_follower_trend": true}

// placedChart is a chart with the sub-component it belongs to.
type placedChart struct {
	home string
	view chartView
}

// stageCharts builds every breakdown chart that has data, in page order
// within each home.
func (b *builder) stageCharts() ([]placedChart, error) {
	type mk struct {
		home string
		fn   func() (*chartView, error)
	}
	list := []mk{
		{homeParticipate, b.postsPerDayChart},
		{homeParticipate, b.formatMixChart},
		{homeConnect, b.dailyReachChart},
		{homeListen, b.erByFormatChart},
		{homeListen, b.heatmapChart},
		{homeQuick, b.responseTimesChart},
		{homeAudience, b.followerTrendChart},
		{homeAudience, b.ageGenderChart},
		{homeAudience, b.topCitiesChart},
	}
	var out []placedChart
	for _, m := range list {
		v, err := m.fn()
		if err != nil {
			return nil, err
		}
		if v != nil {
			out = append(out, placedChart{m.home, *v})
		}
	}
	return out, nil
}

// newView fills the common fields of a chart view and encodes its option.
func (b *builder) newView(id, titleKey, fmtKind string, c echChart, t table, patches ...func(map[string]interface{})) (*chartView, error) {
	opt, err := optionJSON(c, patches...)
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", id, err)
	}
	v := &chartView{ID: id, Title: b.l.T(titleKey), Fmt: fmtKind, Option: opt, Table: t, Draw: b.draw, Wide: wideCharts[id]}
	if v.Table.Caption == "" {
		v.Table.Caption = v.Title
	}
	return v, nil
}

func numCell(s string) cell  { return cell{Text: s, Class: "num"} }
func textCell(s string) cell { return cell{Text: s} }
func head(texts ...string) []cell {
	out := make([]cell, len(texts))
	for i, t := range texts {
		out[i] = cell{Text: t}
	}
	return out
}

// typeName localises a post type ("reel" → "Reel"); unknown names stay.
func (b *builder) typeName(name string) string {
	if b.l.has("type." + name) {
		return b.l.T("type." + name)
	}
	return name
}

func (b *builder) postsPerDayChart() (*chartView, error) {
	pts := b.r.Breakdowns.PostsPerDay
	if len(pts) == 0 {
		return nil, nil
	}
	x := make([]string, len(pts))
	data := make([]opts.BarData, len(pts))
	t := table{Head: head(b.l.T("col.date"), b.l.T("col.posts"))}
	t.Head[1].Class = "num"
	for i, p := range pts {
		x[i] = b.l.shortDate(p.Date)
		data[i] = opts.BarData{Value: round(p.Value, 2)}
		t.Rows = append(t.Rows, []cell{{Text: b.l.date(p.Date), Class: "nowrap"}, numCell(b.l.num(p.Value, 0))})
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(false, "axis"), gridOpts("24"),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", MinInterval: 1}))...)
	c.SetXAxis(x).AddSeries(b.l.T("col.posts"), data)
	return b.newView("chart_posts_per_day", "chart.posts_per_day", "count", c, t)
}

func (b *builder) formatMixChart() (*chartView, error) {
	var data []opts.PieData
	t := table{Head: head(b.l.T("col.format"), b.l.T("col.posts"), b.l.T("col.share"))}
	t.Head[1].Class, t.Head[2].Class = "num", "num"
	for _, g := range b.r.Breakdowns.FormatMix {
		t.Rows = append(t.Rows, []cell{textCell(b.typeName(g.Name)), numCell(b.l.count(g.Posts)), numCell(b.l.pct(g.Share))})
		if g.Posts > 0 {
			data = append(data, opts.PieData{Name: b.typeName(g.Name), Value: g.Posts})
		}
	}
	if len(data) == 0 {
		return nil, nil
	}
	c := charts.NewPie()
	c.SetGlobalOptions(common(true, "item")...)
	c.AddSeries(b.l.T("col.posts"), data, charts.WithPieChartOpts(opts.PieChart{Radius: []string{"40%", "65%"}, Center: []string{"50%", "45%"}}))
	return b.newView("chart_format_mix", "chart.format_mix", "count", c, t)
}

// dailySeries returns the daily series of metric, or nil.
func (b *builder) dailySeries(metric string) []report.DayValue {
	if b.r.Breakdowns.Daily == nil {
		return nil
	}
	return b.r.Breakdowns.Daily[metric]
}

func (b *builder) dailyReachChart() (*chartView, error) {
	lines := []string{report.SeriesReach, report.SeriesViews}
	cols := []string{report.SeriesReach, report.SeriesViews, report.SeriesFollows, report.SeriesUnfollows, report.SeriesProfileVisits}
	byDate := map[report.Date]map[string]float64{}
	var dates []report.Date
	has := map[string]bool{}
	for _, m := range cols {
		for _, p := range b.dailySeries(m) {
			if byDate[p.Date] == nil {
				byDate[p.Date] = map[string]float64{}
				dates = append(dates, p.Date)
			}
			byDate[p.Date][m] = p.Value
			has[m] = true
		}
	}
	if !has[report.SeriesReach] && !has[report.SeriesViews] {
		return nil, nil
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i] < dates[j] })
	x := make([]string, len(dates))
	for i, d := range dates {
		x[i] = b.l.shortDate(d)
	}
	events := map[report.Date][]string{}
	var marks []opts.MarkLineNameXAxisItem
	for _, e := range b.r.Meta.Events {
		if _, ok := byDate[e.Date]; !ok {
			continue
		}
		events[e.Date] = append(events[e.Date], e.Label)
		marks = append(marks, opts.MarkLineNameXAxisItem{Name: e.Label, XAxis: b.l.shortDate(e.Date)})
	}
	spikes, spikeMetric := b.spikePoints(byDate, events)
	c := charts.NewLine()
	c.SetGlobalOptions(append(common(true, "axis"), gridOpts("40"),
		charts.WithYAxisOpts(opts.YAxis{Type: "value"}))...)
	c.SetXAxis(x)
	first := true
	for _, m := range lines {
		if !has[m] {
			continue
		}
		data := make([]opts.LineData, len(dates))
		for i, d := range dates {
			if v, ok := byDate[d][m]; ok {
				data[i] = opts.LineData{Value: round(v, 2)}
			} else {
				data[i] = opts.LineData{Value: "-"}
			}
		}
		so := []charts.SeriesOpts{charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)})}
		if first && len(marks) > 0 {
			so = append(so, charts.WithMarkLineNameXAxisItemOpts(marks...),
				charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"},
					Label: &opts.Label{Show: opts.Bool(true), Formatter: "{b}", Position: "insideEndTop"}}))
		}
		first = false
		if m == spikeMetric && len(spikes) > 0 {
			so = append(so, charts.WithMarkPointNameCoordItemOpts(spikes...),
				charts.WithMarkPointStyleOpts(opts.MarkPointStyle{Symbol: []string{"pin"}, SymbolSize: 28}))
		}
		c.AddSeries(b.l.T("series."+m), data, so...)
	}
	t := table{Head: head(b.l.T("col.date"))}
	var shown []string
	for _, m := range cols {
		if has[m] {
			shown = append(shown, m)
			t.Head = append(t.Head, cell{Text: b.l.T("series." + m), Class: "num"})
		}
	}
	annotate := len(marks) > 0 || len(spikes) > 0
	if annotate {
		t.Head = append(t.Head, textCell(b.l.T("col.event")))
	}
	for _, d := range dates {
		row := []cell{{Text: b.l.date(d), Class: "nowrap"}}
		for _, m := range shown {
			if v, ok := byDate[d][m]; ok {
				row = append(row, numCell(b.l.num(v, 0)))
			} else {
				row = append(row, numCell("—"))
			}
		}
		if annotate {
			row = append(row, textCell(joinText(events[d])))
		}
		t.Rows = append(t.Rows, row)
	}
	v, err := b.newView("chart_daily_reach", "chart.daily_reach", "count", c, t)
	switch {
	case v == nil:
	case len(marks) > 0 && len(spikes) > 0:
		v.Note = b.l.T("chart.events_note") + " " + b.l.T("chart.spikes_note")
	case len(marks) > 0:
		v.Note = b.l.T("chart.events_note")
	case len(spikes) > 0:
		v.Note = b.l.T("chart.spikes_note")
	}
	return v, err
}

// spikePoints returns the mark points of the spike days (manage.spike_days)
// on the series they were found in, and adds "spike" to those days' events.
func (b *builder) spikePoints(byDate map[report.Date]map[string]float64, events map[report.Date][]string) ([]opts.MarkPointNameCoordItem, string) {
	var out []opts.MarkPointNameCoordItem
	metric := ""
	for _, s := range b.r.Breakdowns.SpikeDays {
		if _, ok := byDate[s.Date]; !ok {
			continue
		}
		metric = s.Metric
		name := b.l.T("chart.spike")
		events[s.Date] = append(events[s.Date], name)
		out = append(out, opts.MarkPointNameCoordItem{Name: name,
			Coordinate: []interface{}{b.l.shortDate(s.Date), round(s.Value, 2)}})
	}
	return out, metric
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

func (b *builder) erByFormatChart() (*chartView, error) {
	var x []string
	var data []opts.BarData
	t := table{Head: head(b.l.T("col.format"), b.l.T("col.posts"), b.l.T("col.n"), b.l.T("col.er"))}
	for i := 1; i < 4; i++ {
		t.Head[i].Class = "num"
	}
	for _, g := range b.r.Breakdowns.ERByFormat {
		t.Rows = append(t.Rows, []cell{textCell(b.typeName(g.Name)), numCell(b.l.count(g.Posts)), numCell(b.l.count(g.N)), numCell(b.l.val(g.ER, "ratio"))})
		if g.ER != nil {
			x = append(x, b.typeName(g.Name))
			data = append(data, opts.BarData{Value: round(*g.ER, 5)})
		}
	}
	if len(data) == 0 {
		return nil, nil
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(false, "axis"), gridOpts("24"), charts.WithYAxisOpts(opts.YAxis{Type: "value"}))...)
	c.SetXAxis(x).AddSeries(b.l.T("col.er"), data)
	return b.newView("chart_er_by_format", "chart.er_by_format", "ratio", c, t)
}

func (b *builder) heatmapChart() (*chartView, error) {
	var data []opts.HeatMapData
	maxER := 0.0
	cells := append([]report.HeatCell(nil), b.r.Breakdowns.Heatmap...)
	sort.SliceStable(cells, func(i, j int) bool {
		if cells[i].Weekday != cells[j].Weekday {
			return cells[i].Weekday < cells[j].Weekday
		}
		return cells[i].Hour < cells[j].Hour
	})
	t := table{Head: head(b.l.T("col.weekday"), b.l.T("col.hour"), b.l.T("col.posts"), b.l.T("col.mean_er"))}
	t.Head[2].Class, t.Head[3].Class = "num", "num"
	for _, h := range cells {
		if h.Posts <= 0 || h.Weekday < 0 || h.Weekday > 6 || h.Hour < 0 || h.Hour > 23 {
			continue
		}
		v := round(h.MeanER, 5)
		maxER = max(maxER, v)
		data = append(data, opts.HeatMapData{Value: [3]interface{}{h.Hour, h.Weekday, v}})
		t.Rows = append(t.Rows, []cell{textCell(b.l.weekday(h.Weekday)), textCell(fmt.Sprintf("%02d", h.Hour)),
			numCell(b.l.count(h.Posts)), numCell(b.l.pct(h.MeanER))})
	}
	if len(data) == 0 {
		return nil, nil
	}
	if maxER <= 0 {
		maxER = 0.01
	}
	hours := make([]string, 24)
	for i := range hours {
		hours[i] = fmt.Sprintf("%02d", i)
	}
	days := make([]string, 7)
	for i := range days {
		days[i] = abbr(b.l.weekday(i))
	}
	c := charts.NewHeatMap()
	c.SetGlobalOptions(append(common(false, "item"),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "8", Top: "8", Bottom: "64", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: hours, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: days, Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithVisualMapOpts(opts.VisualMap{Min: 0, Max: float32(maxER), Calculable: opts.Bool(true),
			Orient: "horizontal", Left: "center", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#eef3fa", "#1d4e89"}}}))...)
	c.AddSeries(b.l.T("col.mean_er"), data)
	v, err := b.newView("chart_weekday_hour", "chart.weekday_hour", "ratio", c, t)
	if v != nil {
		v.Note = b.l.T("chart.weekday_hour_note")
	}
	return v, err
}

// countBar builds a bar chart of labelled counts (vertical, or horizontal
// with the first item on top).
func (b *builder) countBar(id, titleKey, colKey string, counts []report.Count, label func(string) string, horizontal bool) (*chartView, error) {
	total := 0
	t := table{Head: head(b.l.T(colKey), b.l.T("col.count"))}
	t.Head[1].Class = "num"
	var x []string
	var data []opts.BarData
	for _, c := range counts {
		name := label(c.Name)
		total += c.Count
		x = append(x, name)
		data = append(data, opts.BarData{Value: c.Count})
		t.Rows = append(t.Rows, []cell{textCell(name), numCell(b.l.count(c.Count))})
	}
	if total == 0 {
		return nil, nil
	}
	c := charts.NewBar()
	g := append(common(false, "axis"), gridOpts("24"))
	if horizontal {
		g = append(g, charts.WithXAxisOpts(opts.XAxis{Type: "value", MinInterval: 1}),
			charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: x, Inverse: opts.Bool(true)}))
		c.SetGlobalOptions(g...)
		c.SetXAxis(x).AddSeries(b.l.T("col.count"), data)
		c.XYReversal()
	} else {
		g = append(g, charts.WithYAxisOpts(opts.YAxis{Type: "value", MinInterval: 1}))
		c.SetGlobalOptions(g...)
		c.SetXAxis(x).AddSeries(b.l.T("col.count"), data)
	}
	return b.newView(id, titleKey, "count", c, t)
}

func (b *builder) responseTimesChart() (*chartView, error) {
	return b.countBar("chart_response_times", "chart.response_times", "col.response_time",
		b.r.Breakdowns.ResponseTimes, b.bucketName, false)
}

// bucketName localises a response-time bucket key when the catalogue knows it.
func (b *builder) bucketName(name string) string {
	if b.l.has("bucket." + name) {
		return b.l.T("bucket." + name)
	}
	return name
}

func (b *builder) followerTrendChart() (*chartView, error) {
	pts := b.r.Breakdowns.FollowerTrend
	if len(pts) == 0 {
		return nil, nil
	}
	x := make([]string, len(pts))
	data := make([]opts.LineData, len(pts))
	t := table{Head: head(b.l.T("col.date"), b.l.T("col.followers"))}
	t.Head[1].Class = "num"
	for i, p := range pts {
		x[i] = b.l.shortDate(p.Date)
		data[i] = opts.LineData{Value: round(p.Value, 2)}
		t.Rows = append(t.Rows, []cell{{Text: b.l.date(p.Date), Class: "nowrap"}, numCell(b.l.num(p.Value, 0))})
	}
	c := charts.NewLine()
	c.SetGlobalOptions(append(common(false, "axis"), gridOpts("24"),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}))...)
	c.SetXAxis(x).AddSeries(b.l.T("col.followers"), data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}))
	return b.newView("chart_follower_trend", "chart.follower_trend", "count", c, t)
}

func (b *builder) ageGenderChart() (*chartView, error) {
	a := b.r.Breakdowns.Audience
	if a == nil {
		return nil, nil
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(true, "axis"), gridOpts("40"), charts.WithYAxisOpts(opts.YAxis{Type: "value"}))...)
	if len(a.AgeGender) > 0 {
		var x []string
		var women, men []opts.BarData
		t := table{Head: head(b.l.T("col.age"), b.l.T("col.women"), b.l.T("col.men"))}
		t.Head[1].Class, t.Head[2].Class = "num", "num"
		any := false
		for _, g := range a.AgeGender {
			x = append(x, g.Age)
			women = append(women, opts.BarData{Value: optRound(g.Women)})
			men = append(men, opts.BarData{Value: optRound(g.Men)})
			any = any || g.Women != nil || g.Men != nil
			t.Rows = append(t.Rows, []cell{textCell(g.Age), numCell(b.l.val(g.Women, "ratio")), numCell(b.l.val(g.Men, "ratio"))})
		}
		if !any {
			return nil, nil
		}
		c.SetXAxis(x).AddSeries(b.l.T("col.women"), women).AddSeries(b.l.T("col.men"), men)
		return b.newView("chart_age_gender", "chart.age_gender", "ratio", c, t)
	}
	if len(a.Ages) == 0 {
		return nil, nil
	}
	var x []string
	var data []opts.BarData
	t := table{Head: head(b.l.T("col.age"), b.l.T("col.share"))}
	t.Head[1].Class = "num"
	for _, s := range a.Ages {
		x = append(x, s.Name)
		data = append(data, opts.BarData{Value: round(s.Share, 5)})
		t.Rows = append(t.Rows, []cell{textCell(s.Name), numCell(b.l.pct(s.Share))})
	}
	c.SetGlobalOptions(charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}))
	c.SetXAxis(x).AddSeries(b.l.T("col.share"), data)
	return b.newView("chart_age_gender", "chart.age", "ratio", c, t)
}

func optRound(v *float64) interface{} {
	if v == nil {
		return "-"
	}
	return round(*v, 5)
}

// topCities is the number of cities the chart shows (the table lists all).
const topCities = 10

func (b *builder) topCitiesChart() (*chartView, error) {
	a := b.r.Breakdowns.Audience
	if a == nil || len(a.Cities) == 0 {
		return nil, nil
	}
	cities := append([]report.Share(nil), a.Cities...)
	sort.SliceStable(cities, func(i, j int) bool {
		if cities[i].Share != cities[j].Share {
			return cities[i].Share > cities[j].Share
		}
		return cities[i].Name < cities[j].Name
	})
	t := table{Head: head(b.l.T("col.city"), b.l.T("col.share"))}
	t.Head[1].Class = "num"
	var y []string
	var data []opts.BarData
	for i, s := range cities {
		t.Rows = append(t.Rows, []cell{textCell(s.Name), numCell(b.l.pct(s.Share))})
		if i < topCities {
			y = append(y, truncate(s.Name, 28))
			data = append(data, opts.BarData{Value: round(s.Share, 5)})
		}
	}
	c := charts.NewBar()
	c.SetGlobalOptions(append(common(false, "axis"), gridOpts("24"),
		charts.WithXAxisOpts(opts.XAxis{Type: "value"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: y, Inverse: opts.Bool(true)}))...)
	c.SetXAxis(y).AddSeries(b.l.T("col.share"), data)
	c.XYReversal()
	return b.newView("chart_top_cities", "chart.top_cities", "ratio", c, t)
}

// radarChart is the stage-score radar of the executive summary; a stage
// without a score is labelled and left out of the polygon.
func (b *builder) radarChart(stages []stageDef) (*chartView, error) {
	var ind []*opts.Indicator
	var vals []interface{}
	t := table{Head: head(b.l.T("col.stage"), b.l.T("col.score"))}
	t.Head[1].Class = "num"
	any := false
	for _, s := range stages {
		sc := b.r.StageScores.Get(s.ID)
		name := s.Label
		if sc == nil {
			name += "\n(" + b.l.T("score.none_short") + ")"
			vals = append(vals, "-")
			t.Rows = append(t.Rows, []cell{textCell(s.Label), numCell(b.l.T("score.none"))})
		} else {
			any = true
			vals = append(vals, round(*sc*100, 1))
			t.Rows = append(t.Rows, []cell{textCell(s.Label), numCell(b.l.pct(*sc))})
		}
		ind = append(ind, &opts.Indicator{Name: name, Max: 100})
	}
	if !any {
		return nil, nil
	}
	c := charts.NewRadar()
	c.SetGlobalOptions(append(common(false, "item"),
		charts.WithRadarComponentOpts(opts.RadarComponent{Indicator: ind}))...)
	c.AddSeries(b.l.T("col.score"), []opts.RadarData{{Name: b.l.T("col.score"), Value: vals}},
		charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.25)}))
	// go-echarts' RadarComponent has no radius: set the component directly
	// so the stage names fit on a 390 px screen.
	radar := map[string]interface{}{"indicator": ind, "radius": "52%", "center": []string{"50%", "52%"},
		"splitNumber": 4, "axisName": map[string]interface{}{"color": "#52606d"}}
	return b.newView("chart_stage_scores", "chart.stage_scores", "pct100", c, t,
		func(o map[string]interface{}) { o["radar"] = radar })
}

// monthlyCharts draws one line per KPI indicator over the months of P.
func (b *builder) monthlyCharts(kpis []*report.Result) ([]chartView, table, error) {
	months := b.r.Monthly
	var out []chartView
	t := table{Head: head(b.l.T("col.indicator"))}
	for _, m := range months {
		t.Head = append(t.Head, cell{Text: b.monthLabel(m.Period), Class: "num"})
	}
	for _, k := range kpis {
		x := make([]string, len(months))
		data := make([]opts.LineData, len(months))
		row := []cell{textCell(k.Label)}
		any := false
		for i, m := range months {
			x[i] = b.monthLabel(m.Period)
			data[i] = opts.LineData{Value: "-"}
			cellText := "—"
			for j := range m.Indicators {
				mr := &m.Indicators[j]
				if mr.ID == k.ID {
					if mr.Value != nil {
						data[i] = opts.LineData{Value: round(*mr.Value, 6)}
						any = true
					}
					cellText = mr.Display
					if cellText == "" {
						cellText = b.l.val(mr.Value, mr.Unit)
					}
				}
			}
			row = append(row, numCell(cellText))
		}
		t.Rows = append(t.Rows, row)
		if !any {
			continue
		}
		c := charts.NewLine()
		c.SetGlobalOptions(append(common(false, "axis"), gridOpts("24"), charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(true)}))...)
		c.SetXAxis(x).AddSeries(k.Label, data)
		id := "chart_monthly_" + safeID(k.ID)
		opt, err := optionJSON(c)
		if err != nil {
			return nil, t, err
		}
		out = append(out, chartView{ID: id, Title: k.Label, Fmt: unitFmt(k.Unit), Option: opt, Draw: b.draw,
			Table: table{Caption: k.Label, Head: []cell{textCell(b.l.T("col.month")), {Text: b.l.T("col.value"), Class: "num"}},
				Rows: monthRows(row, t.Head)}})
	}
	return out, t, nil
}

// monthRows turns one row of the monthly table into a two-column table.
func monthRows(row []cell, hd []cell) [][]cell {
	var out [][]cell
	for i := 1; i < len(row) && i < len(hd); i++ {
		out = append(out, []cell{textCell(hd[i].Text), row[i]})
	}
	return out
}

func (b *builder) monthLabel(p report.PeriodInfo) string {
	y, m, _ := p.From.YMD()
	return b.l.monthAbbr(m) + " " + strconv.Itoa(y)
}

// safeID keeps [a-z0-9_] of s (dots and dashes become "_").
func safeID(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
			out = append(out, c)
		case c >= 'A' && c <= 'Z':
			out = append(out, c+'a'-'A')
		default:
			out = append(out, '_')
		}
	}
	return string(out)
}

// unitFmt maps an indicator unit to the chart helper's formatter.
func unitFmt(unit string) string {
	switch unit {
	case "count":
		return "count"
	case "ratio":
		return "ratio"
	case "pp":
		return "pp"
	}
	return "dec1"
}

func (b *builder) codeFreqChart() (*chartView, error) {
	return b.countBar("chart_code_freq", "chart.code_freq", "col.code", b.r.CodeFreq, b.codeLabel, true)
}
