package xlsx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

// summaryCols is the number of data columns on the summary (A–H).
const summaryCols = 8

// summarySheet writes the title block, the KPIs with status colours, the
// stage scores, the findings, and the charts.
func (b *book) summarySheet() error {
	sheet, err := b.begin("summary")
	if err != nil {
		return err
	}
	// A fixed default row height, so that charts placed 15 rows apart do
	// not overlap in programs whose default row is lower than 15 pt.
	h, custom := 15.0, true
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{DefaultRowHeight: &h, CustomHeight: &custom}); err != nil {
		return err
	}
	w := b.w
	g := b.newGrid(sheet, summaryCols)
	g.ws.cap(0, 40)
	if err := b.put(sheet, 1, 1, cell{w.Title, sty{Bold: true, Size: 16, Color: colorHeader}}); err != nil {
		return err
	}
	if err := b.put(sheet, 1, 2, cell{w.Organization, sty{Bold: true, Size: 12}}); err != nil {
		return err
	}
	row := 4
	meta := [][]cell{}
	for _, it := range w.Meta {
		v := text(it.Value.Text)
		if it.Value.Unit == doc.UnitDate {
			v = dateOf(it.Value)
		}
		meta = append(meta, []cell{text(it.Label), v})
	}
	if len(b.omitted) > 0 {
		meta = append(meta, []cell{text(b.t("xlsx.meta.omitted")), text(strings.Join(b.omitted, ", "))})
	}
	for _, m := range meta {
		m[0].s = styLabel
		// values are short; do not let them widen column B
		if err := b.putRow(sheet, 1, row, m); err != nil {
			return err
		}
		g.ws.add(m[:1])
		row++
	}
	// a date needs its width in column B, or it shows as ###
	g.ws.add([]cell{blank, dateOf(w.ReportDate)})

	at, err := g.block(1, row+1, b.t("xlsx.block.kpi"), b.headers("xlsx.col.indicator",
		"xlsx.col.value", "xlsx.col.previous", "xlsx.col.change", "xlsx.col.change_pct",
		"xlsx.col.target_min", "xlsx.col.target_max", "xlsx.col.status"), b.kpiRows())
	if err != nil {
		return err
	}
	var scores [][]cell
	radar := false
	for _, sc := range w.Scores {
		label := text(sc.Label)
		if sc.Overall {
			label.s = styLabel
		} else if sc.Value.Raw != nil {
			radar = true // a radar needs at least one score
		}
		scores = append(scores, []cell{label, pctOf(sc.Value)})
	}
	sAt, err := g.block(1, at.next, b.t("xlsx.block.scores"),
		b.headers("xlsx.col.stage", "xlsx.col.score"), scores)
	if err != nil {
		return err
	}
	if radar {
		b.src.scores = span{sheet: sheet, first: sAt.first, last: sAt.first + len(scores) - 2, catCol: 1, valCol: 2}
	}
	next, err := b.findings(sheet, sAt.next)
	if err != nil {
		return err
	}
	if err := g.done(); err != nil {
		return err
	}
	return b.summaryCharts(sheet, next+1, chartColumn(g.ws))
}

// chartColumn returns the first column (1-based) whose left edge lies right
// of one chart, so that two charts fit side by side below the data.
func chartColumn(ws *widths) int {
	x := 0.0
	for i := range ws.w {
		if x >= chartW+16 {
			return i + 1
		}
		x += ws.get(i)*7 + 5
	}
	return len(ws.w) + 1
}

// kpiRows returns the KPI rows: the headline tiles of the document, the
// indicators first (report/present owns the choice and the order).
func (b *book) kpiRows() [][]cell {
	rows := make([][]cell, 0, len(b.w.KPIs))
	for _, k := range b.w.KPIs {
		if !k.Indicator {
			// a tile that is no indicator (views): its value as the document has it
			v := text(k.Value.Text)
			if k.Value.Raw != nil {
				v = countOf(k.Value)
			}
			rows = append(rows, []cell{text(k.Label), v, text(k.Previous.Text), {}, {}, {}, {}, {k.Status.Label, sty{Bold: true}}})
			continue
		}
		val := b.numOf(k.Value)
		val.s = withStatus(val.s, k.Status.Code)
		rows = append(rows, []cell{
			text(k.Label), val, b.numOf(k.Previous), b.changeOf(k.Change), b.changeOf(k.ChangePct),
			b.numOf(k.TargetMin), b.numOf(k.TargetMax), {k.Status.Label, withStatus(sty{Bold: true}, k.Status.Code)},
		})
	}
	return rows
}

// findings writes the findings, each in a merged, wrapped row A:H, and
// returns the next free row.
func (b *book) findings(sheet string, row int) (int, error) {
	findings := b.d.Briefing.Findings
	if len(findings) == 0 {
		return row, nil
	}
	if err := b.put(sheet, 1, row, cell{b.t("xlsx.block.findings"), styBlock}); err != nil {
		return 0, err
	}
	last, _ := excelize.ColumnNumberToName(summaryCols)
	for i, f := range findings {
		r := row + 1 + i
		if err := b.put(sheet, 1, r, wrapText(f)); err != nil {
			return 0, err
		}
		tl, _ := excelize.CoordinatesToCellName(1, r)
		if err := b.f.MergeCell(sheet, tl, last+strconv.Itoa(r)); err != nil {
			return 0, err
		}
		lines := math.Ceil(float64(utf8.RuneCountInString(f)) / 110)
		if lines > 1 {
			if err := b.f.SetRowHeight(sheet, r, lines*15); err != nil {
				return 0, err
			}
		}
	}
	return row + 1 + len(findings) + 1, nil
}

// summaryCharts places the charts two by two from row, in column A and
// column col2: stage scores, daily reach, format mix, ER by format, then one
// chart per stage where the data exist.
func (b *book) summaryCharts(sheet string, row, col2 int) error {
	type chartFn func(anchor string) error
	var charts []chartFn
	if b.src.scores.ok() {
		charts = append(charts, func(a string) error {
			return b.radarChart(sheet, a, b.t("xlsx.chart.scores"), b.src.scores)
		})
	}
	daily := func(key, title string, line bool) {
		col, ok := b.src.dailyCols[key]
		if !ok {
			return
		}
		s := span{sheet: b.src.dailySheet, first: b.src.dailyFirst, last: b.src.dailyLast, catCol: 1, valCol: col}
		charts = append(charts, func(a string) error {
			if line {
				return b.lineChart(sheet, a, title, s)
			}
			return b.barChart(sheet, a, title, s, fmtCount, excelize.Col)
		})
	}
	daily("reach", b.t("xlsx.chart.daily_reach"), true)
	if s := b.src.formatMix; s.ok() {
		charts = append(charts, func(a string) error { return b.doughnutChart(sheet, a, b.t("xlsx.chart.format_mix"), s) })
	}
	if s := b.src.erByFormat; s.ok() {
		charts = append(charts, func(a string) error {
			return b.barChart(sheet, a, b.t("xlsx.chart.er_by_format"), s, fmtPct, excelize.Col)
		})
	}
	daily("posts", b.t("xlsx.chart.posts_per_day"), false)
	if s := b.src.responseTimes; s.ok() {
		charts = append(charts, func(a string) error {
			return b.barChart(sheet, a, b.t("xlsx.chart.response_times"), s, fmtCount, excelize.Col)
		})
	}
	daily("followers", b.t("xlsx.chart.followers"), true)
	for i, fn := range charts {
		col := 1
		if i%2 == 1 {
			col = col2
		}
		if i%4 == 0 { // two rows of charts per printed page
			if err := b.f.InsertPageBreak(sheet, "A"+strconv.Itoa(row+(i/2)*chartRows)); err != nil {
				return err
			}
		}
		a, err := excelize.CoordinatesToCellName(col, row+(i/2)*chartRows)
		if err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// docProps sets the document properties from the workbook data; the
// dates come from the report date, never from the clock.
func (b *book) docProps() error {
	w := b.w
	var day report.Date
	if w.ReportDate.Raw != nil {
		day = report.Date(*w.ReportDate.Raw)
	}
	when := day.String() + "T00:00:00Z"
	lang := "id-ID"
	if b.lang == "en" {
		lang = "en-US"
	}
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          w.Title,
		Subject:        w.Period,
		Creator:        w.Organization,
		LastModifiedBy: w.Organization,
		Description:    "rapor " + w.Version,
		Keywords:       "Instagram; Luttrell; rapor",
		Created:        when,
		Modified:       when,
		Language:       lang,
	}); err != nil {
		return err
	}
	return b.f.SetAppProps(&excelize.AppProperties{Application: "rapor", Company: w.Organization})
}
