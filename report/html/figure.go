package html

import (
	"html/template"
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-id/rapor/report/doc"
)

// chartOption builds the ECharts option of a figure from its data. The
// kind and the unit decide the drawing; the numbers and labels are the
// figure's own.
func chartOption(f *doc.Figure) (template.JS, error) {
	switch f.Kind {
	case doc.FigurePie:
		return pieOption(f)
	case doc.FigureRadar:
		return radarOption(f)
	case doc.FigureHeatmap:
		return heatmapOption(f)
	case doc.FigureLine:
		return lineOption(f)
	case doc.FigureScatter:
		return scatterOption(f)
	}
	return barOption(f)
}

// raw returns the chart number of a value: the raw number rounded for short,
// exact JSON, or "-" (ECharts' missing value).
func raw(v doc.Value, dec int) interface{} {
	if v.Raw == nil || math.IsNaN(*v.Raw) || math.IsInf(*v.Raw, 0) {
		return "-"
	}
	p := math.Pow(10, float64(dec))
	return math.Round(*v.Raw*p) / p
}

// decimals are the decimals kept in chart data per unit.
func decimals(unit string) int {
	switch unit {
	case doc.UnitRatio, doc.UnitScore:
		return 5
	case doc.UnitCount:
		return 2
	}
	return 6
}

func barOption(f *doc.Figure) (template.JS, error) {
	c := charts.NewBar()
	legend := len(f.Series) > 1
	g := append(common(legend, "axis"), gridOpts(map[bool]string{true: "40", false: "24"}[legend]))
	if f.Kind == doc.FigureBarH {
		g = append(g, charts.WithXAxisOpts(opts.XAxis{Type: "value", MinInterval: minInterval(f.Unit)}),
			charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: f.Categories, Inverse: opts.Bool(true)}))
	} else {
		g = append(g, charts.WithYAxisOpts(opts.YAxis{Type: "value", MinInterval: minInterval(f.Unit)}))
	}
	c.SetGlobalOptions(g...)
	c.SetXAxis(f.Categories)
	for _, s := range f.Series {
		data := make([]opts.BarData, len(s.Values))
		for i, v := range s.Values {
			data[i] = opts.BarData{Value: raw(v, decimals(f.Unit))}
		}
		c.AddSeries(s.Name, data)
	}
	if f.Kind == doc.FigureBarH {
		c.XYReversal()
	}
	return optionJSON(c)
}

// minInterval keeps count axes on whole numbers.
func minInterval(unit string) float64 {
	if unit == doc.UnitCount {
		return 1
	}
	return 0
}

func lineOption(f *doc.Figure) (template.JS, error) {
	c := charts.NewLine()
	legend := len(f.Series) > 1
	c.SetGlobalOptions(append(common(legend, "axis"), gridOpts(map[bool]string{true: "40", false: "24"}[legend]),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Scale: opts.Bool(f.Unit != doc.UnitCount || len(f.Events) == 0)}))...)
	c.SetXAxis(f.Categories)
	for i, s := range f.Series {
		data := make([]opts.LineData, len(s.Values))
		for j, v := range s.Values {
			data[j] = opts.LineData{Value: raw(v, decimals(f.Unit))}
		}
		so := []charts.SeriesOpts{charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(len(f.Categories) <= 12)})}
		if i == 0 && len(f.Events) > 0 {
			var marks []opts.MarkLineNameXAxisItem
			for _, e := range f.Events {
				marks = append(marks, opts.MarkLineNameXAxisItem{Name: e.Text, XAxis: e.Label})
			}
			so = append(so, charts.WithMarkLineNameXAxisItemOpts(marks...),
				charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"},
					Label: &opts.Label{Show: opts.Bool(true), Formatter: "{b}", Position: "insideEndTop"}}))
		}
		if pts := pointsOf(f, s.Name); len(pts) > 0 {
			so = append(so, charts.WithMarkPointNameCoordItemOpts(pts...),
				charts.WithMarkPointStyleOpts(opts.MarkPointStyle{Symbol: []string{"pin"}, SymbolSize: 28}))
		}
		c.AddSeries(s.Name, data, so...)
	}
	return optionJSON(c)
}

// pointsOf are the marked points of f on the series named name.
func pointsOf(f *doc.Figure, name string) []opts.MarkPointNameCoordItem {
	var out []opts.MarkPointNameCoordItem
	for _, p := range f.Points {
		if p.Series == name {
			out = append(out, opts.MarkPointNameCoordItem{Name: p.Label,
				Coordinate: []interface{}{p.Category, raw(p.Value, decimals(f.Unit))}})
		}
	}
	return out
}

func pieOption(f *doc.Figure) (template.JS, error) {
	c := charts.NewPie()
	c.SetGlobalOptions(common(true, "item")...)
	name := ""
	var data []opts.PieData
	if len(f.Series) > 0 {
		name = f.Series[0].Name
		for i, v := range f.Series[0].Values {
			if i < len(f.Categories) {
				data = append(data, opts.PieData{Name: f.Categories[i], Value: raw(v, decimals(f.Unit))})
			}
		}
	}
	c.AddSeries(name, data, charts.WithPieChartOpts(opts.PieChart{Radius: []string{"40%", "65%"}, Center: []string{"50%", "45%"}}))
	return optionJSON(c)
}

// radarOption draws scores (0..1) on axes of 0..100; a category without a
// value is labelled and left out of the polygon.
func radarOption(f *doc.Figure) (template.JS, error) {
	var ind []*opts.Indicator
	var vals []interface{}
	var s doc.Series
	if len(f.Series) > 0 {
		s = f.Series[0]
	}
	for i, name := range f.Categories {
		var v doc.Value
		if i < len(s.Values) {
			v = s.Values[i]
		}
		if v.Raw == nil {
			name += "\n(" + v.Text + ")"
			vals = append(vals, "-")
		} else {
			vals = append(vals, math.Round(*v.Raw*1000)/10)
		}
		ind = append(ind, &opts.Indicator{Name: name, Max: 100})
	}
	c := charts.NewRadar()
	c.SetGlobalOptions(append(common(false, "item"), charts.WithRadarComponentOpts(opts.RadarComponent{Indicator: ind}))...)
	c.AddSeries(s.Name, []opts.RadarData{{Name: s.Name, Value: vals}}, charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.25)}))
	// go-echarts' RadarComponent has no radius: set the component directly
	// so the stage names fit on a 390 px screen.
	radar := map[string]interface{}{"indicator": ind, "radius": "52%", "center": []string{"50%", "52%"},
		"splitNumber": 4, "axisName": map[string]interface{}{"color": "#52606d"}}
	return optionJSON(c, func(o map[string]interface{}) { o["radar"] = radar })
}

// heatmapOption draws one row per series (weekdays) over the categories
// (hours); empty cells are left out.
func heatmapOption(f *doc.Figure) (template.JS, error) {
	var data []opts.HeatMapData
	var rows []string
	maxV := 0.0
	for y, s := range f.Series {
		rows = append(rows, s.Name)
		for x, v := range s.Values {
			if v.Raw == nil {
				continue
			}
			r := raw(v, decimals(f.Unit)).(float64)
			maxV = max(maxV, r)
			data = append(data, opts.HeatMapData{Value: [3]interface{}{x, y, r}})
		}
	}
	if maxV <= 0 {
		maxV = 0.01
	}
	c := charts.NewHeatMap()
	c.SetGlobalOptions(append(common(false, "item"),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "8", Top: "8", Bottom: "64", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: f.Categories, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: rows, Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithVisualMapOpts(opts.VisualMap{Min: 0, Max: float32(maxV), Calculable: opts.Bool(true),
			Orient: "horizontal", Left: "center", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#eef3fa", "#1d4e89"}}}))...)
	name := ""
	if n := len(f.Table.Columns); n > 0 {
		name = f.Table.Columns[n-1].Label
	}
	c.AddSeries(name, data)
	return optionJSON(c)
}

// scatterOption draws one point per category at (series 0, series 1),
// named by the category. The page's formatter follows the figure's unit
// (x's); a ratio y is drawn in percent (its axis name says so).
func scatterOption(f *doc.Figure) (template.JS, error) {
	c := charts.NewScatter()
	var xName, yName string
	var data []opts.ScatterData
	if len(f.Series) == 2 {
		xName, yName = f.Series[0].Name, f.Series[1].Name
		for i, name := range f.Categories {
			if i >= len(f.Series[0].Values) || i >= len(f.Series[1].Values) {
				break
			}
			x, y := f.Series[0].Values[i], f.Series[1].Values[i]
			if y.Unit == doc.UnitRatio && y.Raw != nil {
				pct := *y.Raw * 100
				y.Raw = &pct
			}
			data = append(data, opts.ScatterData{Name: name, SymbolSize: 12,
				Value: []interface{}{raw(x, decimals(f.Unit)), raw(y, 3)}})
		}
		if len(f.Series[1].Values) > 0 && f.Series[1].Values[0].Unit == doc.UnitRatio {
			yName += " (%)"
		}
	}
	c.SetGlobalOptions(append(common(false, "item"), gridOpts("32"),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: xName, NameLocation: "middle", NameGap: 24}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: yName}))...)
	c.AddSeries(yName, data)
	return optionJSON(c)
}
