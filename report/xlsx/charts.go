package xlsx

import "github.com/xuri/excelize/v2"

// Chart size in pixels.
const (
	chartW = 520
	chartH = 280
	// chartRows is the number of rows between charts placed one below the
	// other: excelize anchors a chart's bottom assuming 18 px rows.
	chartRows = chartH/18 + 2
)

// chartInk is the colour of chart titles and axis labels: dark, not the
// 15 % grey excelize gives axis labels by default.
const chartInk = "262626"

// chartTitle returns a chart title.
func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s,
		Font: &excelize.Font{Bold: true, Size: 12, Color: chartInk}}}}
}

// inkAxes makes the axis labels of c dark.
func inkAxes(c *excelize.Chart) {
	c.XAxis.Font.Color = chartInk
	c.YAxis.Font.Color = chartInk
}

// series returns a series from a span: name from the header cell above the
// values, categories and values from the data rows.
func series(s span, valCol int) excelize.ChartSeries {
	return excelize.ChartSeries{
		Name:       cellRef(s.sheet, valCol, s.first-1),
		Categories: ref(s.sheet, s.catCol, s.first, s.last),
		Values:     ref(s.sheet, valCol, s.first, s.last),
	}
}

// addChart places a chart on sheet at the anchor cell.
func (b *book) addChart(sheet, anchor string, c *excelize.Chart) error {
	c.Dimension = excelize.ChartDimension{Width: chartW, Height: chartH}
	c.Format.PrintObject = boolPtr(true)
	if c.Type != excelize.Doughnut {
		c.VaryColors = boolPtr(false)
	}
	inkAxes(c)
	return b.f.AddChart(sheet, anchor, c)
}

// barChart adds a one-series bar chart (typ Col = vertical, Bar =
// horizontal) of span s with a value-axis number format.
func (b *book) barChart(sheet, anchor, title string, s span, numFmt string, typ excelize.ChartType) error {
	c := &excelize.Chart{
		Type:   typ,
		Series: []excelize.ChartSeries{series(s, s.valCol)},
		Title:  chartTitle(title),
		Legend: excelize.ChartLegend{Position: "none"},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt}},
	}
	if typ == excelize.Bar {
		c.XAxis.ReverseOrder = true // first row on top
	}
	if n := s.last - s.first + 1; n > 16 {
		c.XAxis.TickLabelSkip = n / 8 // about eight category labels
		c.XAxis.Alignment.TextRotation = -45
		if s.sheet == b.src.dailySheet {
			c.XAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "d mmm"}
		}
	}
	return b.addChart(sheet, anchor, c)
}

// lineChart adds a one-series line chart of span s.
func (b *book) lineChart(sheet, anchor, title string, s span) error {
	ser := series(s, s.valCol)
	ser.Marker = excelize.ChartMarker{Symbol: "none"}
	skip := (s.last - s.first + 1) / 8 // about eight date labels
	if skip < 1 {
		skip = 1
	}
	return b.addChart(sheet, anchor, &excelize.Chart{
		Type:   excelize.Line,
		Series: []excelize.ChartSeries{ser},
		Title:  chartTitle(title),
		Legend: excelize.ChartLegend{Position: "none"},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: fmtCount}},
		// every skip-th date, turned 45°, so that labels never overlap
		XAxis: excelize.ChartAxis{TickLabelSkip: skip, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "d mmm"},
			Alignment: excelize.Alignment{TextRotation: -45}},
	})
}

// doughnutChart adds a doughnut chart of span s with percentages.
func (b *book) doughnutChart(sheet, anchor, title string, s span) error {
	return b.addChart(sheet, anchor, &excelize.Chart{
		Type:     excelize.Doughnut,
		Series:   []excelize.ChartSeries{series(s, s.valCol)},
		Title:    chartTitle(title),
		Legend:   excelize.ChartLegend{Position: "right"},
		PlotArea: excelize.ChartPlotArea{ShowPercent: true},
		HoleSize: 50,
	})
}

// radarChart adds a radar chart of span s, 0–100 %.
func (b *book) radarChart(sheet, anchor, title string, s span) error {
	lo, hi := 0.0, 1.0
	return b.addChart(sheet, anchor, &excelize.Chart{
		Type:   excelize.Radar,
		Series: []excelize.ChartSeries{series(s, s.valCol)},
		Title:  chartTitle(title),
		Legend: excelize.ChartLegend{Position: "none"},
		YAxis: excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorUnit: 0.25,
			NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
	})
}

// clusteredChart adds a vertical bar chart with one series per value column.
func (b *book) clusteredChart(sheet, anchor, title string, s span, cols []int, numFmt string) error {
	var ser []excelize.ChartSeries
	for _, c := range cols {
		ser = append(ser, series(s, c))
	}
	return b.addChart(sheet, anchor, &excelize.Chart{
		Type:   excelize.Col,
		Series: ser,
		Title:  chartTitle(title),
		Legend: excelize.ChartLegend{Position: "bottom"},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt}},
	})
}

func boolPtr(v bool) *bool { return &v }
