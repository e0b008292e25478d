package xlsx

import (
	"errors"
	"fmt"
	"io"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/xuri/excelize/v2"
)

// rollupSheets are the roll-up workbook's sheets, in order; the catalogue
// key of a sheet's name is "rollup.xlsx.sheet." + id.
var rollupSheets = [...]string{"summary", "accounts", "heatmap", "rankings", "groups", "collaborations", "failed", "methodology"}

// rollupBook is a roll-up workbook being built: the book helpers (cells,
// styles, tables, charts) over the roll-up's workbook data.
type rollupBook struct {
	*book
	rb *doc.RollupBook
}

// WriteRollup writes the roll-up workbook of d (report/rollup's
// Document, whose Rollup holds every sheet's rows) to w: one sheet per
// table of the roll-up report, native charts built from the sheet ranges
// (ranking bars, stage scores per account, posts per week against ER),
// deterministic bytes. It only lays out: the titles, heads, labels and
// numbers are the document's.
func WriteRollup(w io.Writer, d *doc.Document, opt Options) error {
	if d == nil || d.Rollup == nil {
		return errors.New("xlsx: the document model has no roll-up workbook data (report/rollup)")
	}
	lang := normLang(opt.Lang, d.Lang)
	cat := opt.Catalog
	if cat == nil || cat.Lang != lang {
		var err error
		if cat, err = msg.Load(lang); err != nil {
			return err
		}
	}
	b := &rollupBook{book: &book{f: excelize.NewFile(), d: d, cat: cat, lang: lang, names: map[string]string{}, styles: map[sty]int{}}, rb: d.Rollup}
	defer b.close()
	for i, id := range rollupSheets {
		name := cat.T("rollup.xlsx.sheet." + id)
		b.names[id] = name
		var err error
		if i == 0 {
			err = b.f.SetSheetName("Sheet1", name)
		} else {
			_, err = b.f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", name, err)
		}
	}
	for _, step := range []func() error{b.accountsSheet, b.heatmapSheet, b.rankingsSheet, b.groupsSheet,
		b.collabSheet, b.failedSheet, b.rollupMethodSheet, b.rollupSummarySheet, b.rollupProps} {
		if err := step(); err != nil {
			return err
		}
	}
	b.f.SetActiveSheet(0)
	return b.write(w)
}

// rollupFormat returns the number format of a roll-up value's unit:
// scores are percentages like ratios.
func rollupFormat(unit string) string {
	if unit == doc.UnitScore {
		return fmtPct
	}
	code, _ := unitFormat(unit)
	return code
}

// rollupCell returns the cell of a table cell: text as text, a number (or
// its absence) in its unit's format.
func rollupCell(c doc.Cell) cell {
	if c.Raw == nil && c.Unit == doc.UnitNone {
		return text(c.Text)
	}
	return num(c.Raw, rollupFormat(c.Unit))
}

// rollupRow returns the cells of a table row; the columns in whole hold
// counts of things (accounts, ranks, n) written as whole numbers.
func rollupRow(row []doc.Cell, whole ...int) []cell {
	out := make([]cell, len(row))
	for i, c := range row {
		out[i] = rollupCell(c)
	}
	for _, i := range whole {
		if i < len(row) && row[i].Raw != nil {
			out[i] = count(int(*row[i].Raw))
		}
	}
	return out
}

// heads returns the header cells of a table's columns.
func heads(cols []doc.Column) []cell {
	out := make([]cell, len(cols))
	for i, c := range cols {
		out[i] = cell{c.Label, styHeader}
	}
	return uniqueHeaders(out)
}

// tableRows writes the rows of t from row 3 on a one-table sheet and
// returns the last row written (2 without rows); a cell with a link gets
// a hyperlink (a relative link: the account's own report).
func (b *rollupBook) tableRows(g *grid, sheet string, t *doc.Table, lay func([]doc.Cell) []cell) (int, error) {
	row := 3
	for _, r := range t.Rows {
		if err := g.row(1, row, lay(r)); err != nil {
			return 0, err
		}
		for i, c := range r {
			if c.Link == "" {
				continue
			}
			if err := b.f.SetCellHyperLink(sheet, anchorCell(i+1, row), c.Link, "External"); err != nil {
				return 0, err
			}
		}
		row++
	}
	return row - 1, nil
}

// tableSheet writes a sheet holding one table: the title, the header row,
// the rows laid out by lay, and the Excel table named prefix with
// freezeCol frozen columns. It returns the header's width and the last row.
func (b *rollupBook) tableSheet(id, prefix string, t *doc.Table, freezeCol int, lay func([]doc.Cell) []cell) (int, int, error) {
	sheet := b.names[id]
	if err := b.sheetTitle(sheet, t.Title); err != nil {
		return 0, 0, err
	}
	hd := heads(t.Columns)
	g := b.newGrid(sheet, len(hd))
	if err := g.row(1, 2, hd); err != nil {
		return 0, 0, err
	}
	last, err := b.tableRows(g, sheet, t, lay)
	if err != nil {
		return 0, 0, err
	}
	return len(hd), last, b.endTable(g, sheet, prefix, len(hd), last, freezeCol)
}

// accountsSheet: one row per account, each headline indicator with its
// value and previous value, the stage scores, the status and the link to
// the account's own report.
func (b *rollupBook) accountsSheet() error {
	_, _, err := b.tableSheet("accounts", "Accounts", &b.rb.Accounts.Table, 2, func(r []doc.Cell) []cell { return rollupRow(r) })
	return err
}

// heatmapSheet: accounts × stages with a colour scale, and a native
// clustered bar chart of the same range.
func (b *rollupBook) heatmapSheet() error {
	t := &b.rb.Heatmap.Table
	cols, last, err := b.tableSheet("heatmap", "StageScores", t, 2, func(r []doc.Cell) []cell { return rollupRow(r) })
	if err != nil || last < 3 {
		return err
	}
	sheet := b.names["heatmap"]
	first, _ := excelize.CoordinatesToCellName(2, 3)
	end, _ := excelize.CoordinatesToCellName(cols, last)
	if err := b.f.SetConditionalFormat(sheet, first+":"+end, []excelize.ConditionalFormatOptions{{
		Type: "3_color_scale", Criteria: "=", MinType: "num", MidType: "num", MaxType: "num",
		MinValue: "0", MidValue: "0.5", MaxValue: "1", MinColor: "#F8696B", MidColor: "#FFEB84", MaxColor: "#63BE7B"}}); err != nil {
		return err
	}
	var series []int
	for c := 2; c <= cols; c++ {
		series = append(series, c)
	}
	s := span{sheet: sheet, first: 3, last: last, catCol: 1}
	return b.clusteredChart(sheet, anchorCell(cols+2, 2), t.Title, s, series, "0%")
}

// rankingsSheet: one block per indicator (rank, account, value, n) with a
// native bar chart beside it, and the accounts without data below.
func (b *rollupBook) rankingsSheet() error {
	sheet := b.names["rankings"]
	if err := b.sheetTitle(sheet, b.rb.RankingsTitle); err != nil {
		return err
	}
	g := b.newGrid(sheet, 4)
	row := 3
	for i := range b.rb.Rankings {
		rk := &b.rb.Rankings[i]
		var rows [][]cell
		for _, r := range rk.Rows {
			rows = append(rows, rollupRow(r, 0, 3))
		}
		at, err := g.block(1, row, rk.Title, heads(rk.Columns), rows)
		if err != nil {
			return err
		}
		next := at.next
		for _, note := range rk.Notes {
			if err := b.put(sheet, 1, next-1, cell{note, styNote}); err != nil {
				return err
			}
			next++
		}
		if at.last >= at.first {
			code := rollupFormat(rk.Rows[0][2].Unit)
			s := span{sheet: sheet, first: at.first, last: at.last, catCol: 2, valCol: 3}
			if err := b.barChart(sheet, anchorCell(6, row), rk.Title, s, code, excelize.Bar); err != nil {
				return err
			}
			next = max(next, row+chartRows)
		}
		row = next
	}
	return g.done()
}

// groupsSheet: one row per group, and a column chart of its posts.
func (b *rollupBook) groupsSheet() error {
	t := &b.rb.Groups.Table
	_, last, err := b.tableSheet("groups", "Groups", t, 2, func(r []doc.Cell) []cell { return rollupRow(r, 1, 2) })
	if err != nil || last < 3 {
		return err
	}
	sheet := b.names["groups"]
	s := span{sheet: sheet, first: 3, last: last, catCol: 1, valCol: 4}
	return b.barChart(sheet, anchorCell(2, last+3), t.Columns[s.valCol-1].Label, s, rollupFormat(t.Rows[0][s.valCol-1].Unit), excelize.Col)
}

// collabSheet: the links between the accounts and the note on how they
// are counted.
func (b *rollupBook) collabSheet() error {
	c := &b.rb.Collaborations
	_, last, err := b.tableSheet("collaborations", "Collaborations", &c.Table, 1, func(r []doc.Cell) []cell { return rollupRow(r, 2, 3) })
	if err != nil {
		return err
	}
	return b.notes(b.names["collaborations"], max(last, 3)+2, c.Notes)
}

// failedSheet: the accounts that could not be built, their errors wrapped.
func (b *rollupBook) failedSheet() error {
	_, _, err := b.tableSheet("failed", "Failed", &b.rb.Failed.Table, 1, func(r []doc.Cell) []cell {
		cells := rollupRow(r)
		if len(r) > 2 {
			cells[2] = wrapText(r[2].Text)
		}
		return cells
	})
	return err
}

// notes writes notes one per row from row on.
func (b *rollupBook) notes(sheet string, row int, notes []string) error {
	for i, n := range notes {
		if err := b.put(sheet, 1, row+i, cell{n, styNote}); err != nil {
			return err
		}
	}
	return nil
}

func (b *rollupBook) rollupMethodSheet() error {
	sheet := b.names["methodology"]
	if err := b.sheetTitle(sheet, sheet); err != nil {
		return err
	}
	g := b.newGrid(sheet, 2)
	g.ws.cap(1, 100)
	for i, f := range b.rb.Method {
		if err := g.row(1, 3+i, []cell{{f.Label, styLabel}, wrapText(f.Text)}); err != nil {
			return err
		}
	}
	return g.done()
}

// rollupSummarySheet: cover facts, the totals that add up, the note on
// reach and followers, and the posts-per-week × ER scatter chart.
func (b *rollupBook) rollupSummarySheet() error {
	sheet := b.names["summary"]
	rb := b.rb
	if err := b.sheetTitle(sheet, rb.Title); err != nil {
		return err
	}
	g := b.newGrid(sheet, 3)
	g.ws.cap(0, 40)
	row := 3
	for _, f := range rb.Facts {
		v := rollupRow([]doc.Cell{{Value: f.Value}}, 0)[0]
		if err := g.row(1, row, []cell{{f.Label, styLabel}, v}); err != nil {
			return err
		}
		row++
	}
	at, err := b.rollupBlock(g, row+1, &rb.Totals, 2)
	if err != nil {
		return err
	}
	if err := b.notes(sheet, at.next-1, rb.Totals.Notes); err != nil {
		return err
	}
	row = at.next + len(rb.Totals.Notes)
	sc, err := b.rollupBlock(g, row, &rb.Scatter)
	if err != nil {
		return err
	}
	if err := g.done(); err != nil {
		return err
	}
	if sc.last < sc.first {
		return nil
	}
	x, y := rb.Scatter.Rows[0][1].Unit, rb.Scatter.Rows[0][2].Unit
	return b.addChart(sheet, anchorCell(5, 3), &excelize.Chart{
		Type: excelize.Scatter,
		Series: []excelize.ChartSeries{{
			Name:       cellRef(sheet, 3, sc.head),
			Categories: ref(sheet, 2, sc.first, sc.last),
			Values:     ref(sheet, 3, sc.first, sc.last),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 7},
			Line:       excelize.LineOptions{Type: excelize.LineNone},
		}},
		Title:  chartTitle(rb.Scatter.Title),
		Legend: excelize.ChartLegend{Position: "none"},
		XAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: rollupFormat(x)}},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: rollupFormat(y)}},
	})
}

// rollupBlock writes t as a titled block at row; whole as in rollupRow.
func (b *rollupBook) rollupBlock(g *grid, row int, t *doc.RollupTable, whole ...int) (blockAt, error) {
	rows := make([][]cell, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = rollupRow(r, whole...)
	}
	return g.block(1, row, t.Title, heads(t.Columns), rows)
}

// rollupProps sets fixed document properties (no clock: deterministic).
func (b *rollupBook) rollupProps() error {
	rb := b.rb
	var day report.Date
	if rb.ReportDate.Raw != nil {
		day = report.Date(*rb.ReportDate.Raw)
	}
	when := day.String() + "T00:00:00Z"
	lang := "id-ID"
	if b.lang == "en" {
		lang = "en-US"
	}
	if err := b.f.SetDocProps(&excelize.DocProperties{Title: rb.Title, Subject: rb.Period, Creator: rb.Organization,
		LastModifiedBy: rb.Organization, Description: "rapor " + rb.Version, Keywords: "Instagram; Luttrell; rapor; roll-up",
		Created: when, Modified: when, Language: lang}); err != nil {
		return err
	}
	return b.f.SetAppProps(&excelize.AppProperties{Application: "rapor", Company: rb.Organization})
}

func anchorCell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}
