package xlsx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
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
	r := b.r
	g := b.newGrid(sheet, summaryCols)
	g.ws.cap(0, 40)
	if err := b.put(sheet, 1, 1, cell{r.Meta.Title, sty{Bold: true, Size: 16, Color: colorHeader}}); err != nil {
		return err
	}
	if err := b.put(sheet, 1, 2, cell{r.Meta.Organization, sty{Bold: true, Size: 12}}); err != nil {
		return err
	}
	row := 4
	meta := [][]cell{}
	if r.Meta.Account != "" {
		meta = append(meta, []cell{text(b.t("xlsx.meta.account")), text("@" + r.Meta.Account)})
	}
	meta = append(meta,
		[]cell{text(b.t("xlsx.meta.period")), text(b.periodText(&r.Period))},
		[]cell{text(b.t("xlsx.meta.previous")), text(b.periodText(r.Previous))},
		[]cell{text(b.t("xlsx.meta.timezone")), text(r.Meta.Timezone)},
		[]cell{text(b.t("xlsx.meta.report_date")), dateCell(r.Meta.ReportDate)},
	)
	if s := r.Meta.Signatory; s != nil {
		who := s.Name
		if s.Title != "" {
			who += ", " + s.Title
		}
		meta = append(meta, []cell{text(b.t("xlsx.meta.signatory")), text(who)})
	}
	meta = append(meta, []cell{text(b.t("xlsx.meta.version")), text("rapor " + r.Meta.Version)})
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
	g.ws.add([]cell{blank, dateCell(r.Meta.ReportDate)})

	at, err := g.block(1, row+1, b.t("xlsx.block.kpi"), b.headers("xlsx.col.indicator",
		"xlsx.col.value", "xlsx.col.previous", "xlsx.col.change", "xlsx.col.change_pct",
		"xlsx.col.target_min", "xlsx.col.target_max", "xlsx.col.status"), b.kpiRows())
	if err != nil {
		return err
	}
	var scores [][]cell
	for _, st := range report.StageIDs() {
		label := b.stageLabel(st)
		v := r.StageScores.Get(st)
		if v == nil {
			label = b.t("xlsx.score.missing", label)
		}
		scores = append(scores, []cell{text(label), num(v, fmtPct)})
	}
	scores = append(scores, []cell{{b.t("xlsx.score.overall"), styLabel}, num(r.StageScores.Overall, fmtPct)})
	sAt, err := g.block(1, at.next, b.t("xlsx.block.scores"),
		b.headers("xlsx.col.stage", "xlsx.col.score"), scores)
	if err != nil {
		return err
	}
	for _, st := range report.StageIDs() {
		if r.StageScores.Get(st) != nil { // a radar needs at least one score
			b.src.scores = span{sheet: sheet, first: sAt.first, last: sAt.first + len(report.StageIDs()) - 1, catCol: 1, valCol: 2}
		}
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

// kpiRows returns the KPI rows: the headline tiles of the document, in its
// order (one owner of the choice: report/present).
func (b *book) kpiRows() [][]cell {
	var picked []*report.Result
	var rows [][]cell
	for _, t := range b.d.Briefing.Tiles {
		if res := b.r.Indicator(t.ID); res != nil {
			picked = append(picked, res)
			continue
		}
		// a tile that is no indicator (views): its value as the document has it
		v := text(t.Value.Text)
		if t.Value.Raw != nil {
			v = num(t.Value.Raw, fmtCount)
		}
		rows = append(rows, []cell{text(t.Label), v, text(t.Previous.Text), {}, {}, {}, {}, {t.Status.Label, sty{Bold: true}}})
	}
	out := make([][]cell, 0, len(picked)+len(rows))
	out = append(out, b.indicatorKPIs(picked)...)
	return append(out, rows...)
}

// indicatorKPIs are the KPI rows of indicators.
func (b *book) indicatorKPIs(picked []*report.Result) [][]cell {
	rows := make([][]cell, 0, len(picked))
	for _, res := range picked {
		vf, vk := b.unitFormat(res.Unit)
		cf, ck := b.changeFormat(res.Unit)
		var tmin, tmax *float64
		if res.Target != nil {
			tmin, tmax = res.Target.Min, res.Target.Max
		}
		val := scaled(res.Value, vf, vk)
		val.s = withStatus(val.s, res.Status)
		rows = append(rows, []cell{
			text(b.indicatorLabel(res)), val, scaled(res.Previous, vf, vk), scaled(res.Change, cf, ck),
			num(res.ChangePct, fmtChgPct), scaled(tmin, vf, vk), scaled(tmax, vf, vk),
			{b.d.Terms.Status(res.Status), withStatus(sty{Bold: true}, res.Status)},
		})
	}
	return rows
}

// findings writes the findings, each in a merged, wrapped row A:H, and
// returns the next free row.
func (b *book) findings(sheet string, row int) (int, error) {
	if len(b.r.Findings) == 0 {
		return row, nil
	}
	if err := b.put(sheet, 1, row, cell{b.t("xlsx.block.findings"), styBlock}); err != nil {
		return 0, err
	}
	last, _ := excelize.ColumnNumberToName(summaryCols)
	for i, f := range b.r.Findings {
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
	return row + 1 + len(b.r.Findings) + 1, nil
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

// docProps sets the document properties from the report's metadata; the
// dates come from the report date, never from the clock.
func (b *book) docProps() error {
	m := &b.r.Meta
	when := m.ReportDate.String() + "T00:00:00Z"
	lang := "id-ID"
	if b.lang == "en" {
		lang = "en-US"
	}
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          m.Title,
		Subject:        b.r.Period.ID,
		Creator:        m.Organization,
		LastModifiedBy: m.Organization,
		Description:    "rapor " + m.Version,
		Keywords:       "Instagram; Luttrell; rapor",
		Created:        when,
		Modified:       when,
		Language:       lang,
	}); err != nil {
		return err
	}
	return b.f.SetAppProps(&excelize.AppProperties{Application: "rapor", Company: m.Organization})
}
