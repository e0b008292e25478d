package docx

import (
	"fmt"
	"math"
	"strings"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/docx/wml"
)

// chartKinds maps the model's figure kinds to native Word charts. A heatmap
// has no native Word chart type: it becomes a table with shaded cells,
// which stays editable (see heatmap).
var chartKinds = map[string]wml.ChartKind{
	doc.FigureLine:  wml.Line,
	doc.FigureBar:   wml.Column,
	doc.FigureBarH:  wml.BarH,
	doc.FigurePie:   wml.Doughnut,
	doc.FigureRadar: wml.Radar,
}

// numFormat is the Excel number format of a unit's raw numbers.
func numFormat(unit string) string {
	switch unit {
	case doc.UnitRatio, doc.UnitScore, doc.UnitPercent:
		return "0.0%"
	case doc.UnitCount:
		return "#,##0"
	case doc.UnitPP, doc.UnitPerWeek, doc.UnitPerDay, doc.UnitPer1K, doc.UnitDays, doc.UnitHours:
		return "0.0"
	}
	return ""
}

// chartOf converts a figure into a native chart; ok=false for kinds Word
// cannot draw natively or figures without data.
func chartOf(f *doc.Figure) (*wml.Chart, bool) {
	kind, ok := chartKinds[f.Kind]
	if !ok || len(f.Categories) == 0 || len(f.Series) == 0 {
		return nil, false
	}
	c := &wml.Chart{Kind: kind, Categories: f.Categories, NumFormat: numFormat(f.Unit), Source: f.Source}
	for _, s := range f.Series {
		ws := wml.Series{Name: s.Name}
		for _, v := range s.Values {
			ws.Values = append(ws.Values, v.Raw)
		}
		c.Series = append(c.Series, ws)
	}
	if f.Unit == doc.UnitScore {
		c.Max = ptr(1)
	}
	if kind == wml.BarH && len(f.Categories) > 8 {
		c.HeightCm = 1.5 + 0.55*float64(len(f.Categories))
	}
	if kind == wml.Radar || kind == wml.Doughnut {
		c.HeightCm = 8
	}
	return c, true
}

func (x *r) figure(f *doc.Figure) {
	cap, lit := caption(f.Caption)
	c, ok := chartOf(f)
	if !ok {
		x.heatmap(f, cap, lit)
		return
	}
	c.Caption = cap
	x.add(c)
	if lit != nil {
		x.add(lit)
		if f.Source != "" {
			x.add(para(wml.StyleSource, f.Source))
		}
	}
	if n := x.figureNote(f); n != "" {
		x.add(para(wml.StyleSource, n))
	}
}

// figureNote is the figure's note; a Word chart draws no event lines, so a
// figure with events lists them instead ("Peristiwa: 12 Okt HUT …").
func (x *r) figureNote(f *doc.Figure) string {
	if len(f.Events) == 0 {
		return f.Note
	}
	var es []string
	for _, e := range f.Events {
		es = append(es, e.Label+" "+e.Text)
	}
	return x.cat.T("doc.col.event") + ": " + strings.Join(es, "; ")
}

// heatmap draws a heatmap (or any figure without a native chart) as a
// table: categories across, one row per series, cells shaded by value.
func (x *r) heatmap(f *doc.Figure, cap *wml.Caption, lit *wml.Paragraph) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range f.Series {
		for _, v := range s.Values {
			if v.Raw != nil {
				lo, hi = math.Min(lo, *v.Raw), math.Max(hi, *v.Raw)
			}
		}
	}
	t := &wml.Table{Caption: cap, Source: f.Source, Note: joinNote(f.Note, x.cat.T("docx.heatmap_note"))}
	if lit != nil {
		x.add(lit)
	}
	t.Head = []wml.Cell{{}}
	for _, c := range f.Categories {
		t.Head = append(t.Head, wml.Cell{Text: c, Align: wml.Center, Size: 7})
	}
	t.Widths = []int{3}
	for _, s := range f.Series {
		row := []wml.Cell{{Text: s.Name, Size: 7, Bold: true}}
		for _, v := range s.Values {
			cell := wml.Cell{Text: v.Text, Align: wml.Center, Size: 6}
			if v.Raw != nil && hi > lo {
				cell.Fill = shade((*v.Raw - lo) / (hi - lo))
			}
			row = append(row, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	for range f.Categories {
		t.Widths = append(t.Widths, 2)
	}
	x.add(t)
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// shade blends white into the report blue by q in [0, 1].
func shade(q float64) string {
	q = math.Max(0, math.Min(1, q)) * 0.75
	mix := func(to int) int { return int(math.Round(255 - (255-float64(to))*q)) }
	return fmt.Sprintf("%02X%02X%02X", mix(0x1D), mix(0x4E), mix(0x89))
}

func ptr(v float64) *float64 { return &v }
