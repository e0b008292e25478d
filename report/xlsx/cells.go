package xlsx

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

// cell is a value with its style. v is nil (blank), a string (always stored
// as text), a float64, an int, or a formula.
type cell struct {
	v any
	s sty
}

// formula is a cell value computed by a formula built by this package
// (never from user text); cache is its result as computed by rapor (a
// float64 or an int).
type formula struct {
	f     string
	cache any
}

// withFormula returns c computed by formula f, c's value being the cache.
func withFormula(c cell, f string) cell {
	c.v = formula{f: f, cache: c.v}
	return c
}

// blank is an empty cell.
var blank = cell{}

// text returns a text cell.
func text(s string) cell { return cell{s, styPlain} }

// wrapText returns a wrapped text cell.
func wrapText(s string) cell { return cell{s, styWrap} }

// num returns a number cell with format code; a nil or non-finite value is blank.
func num(v *float64, code string) cell {
	if v == nil || !finite(*v) {
		return cell{nil, sty{Num: code}}
	}
	return cell{*v, sty{Num: code}}
}

// count returns an integer cell formatted "#,##0".
func count(n int) cell { return cell{n, styCount} }

// excelEpoch is the serial of 1970-01-01 in Excel's 1900 date system.
const excelEpoch = 25569

// dateCell returns a date cell for d.
func dateCell(d report.Date) cell { return cell{float64(d) + excelEpoch, styDate} }

// dateOf returns the cell of a date, a publish time or a text value: a
// date cell for doc.UnitDate, a date-time cell for doc.UnitDateTime, blank
// without a value, else the text.
func dateOf(v doc.Value) cell {
	switch {
	case v.Raw != nil && v.Unit == doc.UnitDate:
		return dateCell(report.Date(*v.Raw))
	case v.Raw != nil && v.Unit == doc.UnitDateTime:
		day := math.Floor(*v.Raw / 1440)
		return cell{timeSerial(report.Date(day), int(*v.Raw-day*1440)), styDT}
	case v.Empty():
		return blank
	}
	return text(v.Text)
}

// numOf returns a number cell of v in its unit's number format, with the
// unit words (pp values are already in points); blank but formatted
// without a number.
func (b *book) numOf(v doc.Value) cell {
	code, _ := b.unitFormat(v.Unit)
	return num(v.Raw, code)
}

// changeOf returns the number cell of a change: signed, in pp for points,
// in % for doc.UnitPercent, else in the quantity's unit.
func (b *book) changeOf(v doc.Value) cell {
	if v.Unit == doc.UnitPercent {
		return num(v.Raw, fmtChgPct)
	}
	code, _ := b.changeFormat(v.Unit)
	return num(v.Raw, code)
}

// countOf returns a count cell of v ("#,##0"); blank but formatted without a
// number.
func countOf(v doc.Value) cell { return num(v.Raw, fmtCount) }

// pctOf returns a percentage cell of a ratio v ("0.0%").
func pctOf(v doc.Value) cell { return num(v.Raw, fmtPct) }

// cellOr returns the number cell of v in code, or a plain blank when v is
// empty (no number and no unit).
func cellOr(v doc.Value, code string) cell {
	if v.Raw == nil && v.Unit == "" {
		return blank
	}
	return num(v.Raw, code)
}

// timeSerial returns the Excel serial of minute min of day d, rounded up
// at the 15 significant digits a workbook keeps. excelize cuts longer
// numbers off at 15 digits, which left 17:30 a few microseconds short and
// showed it as 17:29 in LibreOffice; rounded up it stays within 10 µs
// after the exact minute.
func timeSerial(d report.Date, min int) float64 {
	day := float64(d) + excelEpoch
	digits := len(strconv.Itoa(int(day)))
	scale := math.Pow10(15 - digits)
	return (day*scale + math.Ceil(float64(min)*scale/1440)) / scale
}

// put writes one cell on a normal (non-streamed) sheet; col and row are 1-based.
func (b *book) put(sheet string, col, row int, c cell) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	switch v := c.v.(type) {
	case nil:
	case string:
		err = b.f.SetCellStr(sheet, ref, v)
	case int:
		err = b.f.SetCellInt(sheet, ref, int64(v))
	case float64:
		err = b.f.SetCellFloat(sheet, ref, v, -1, 64)
	case formula:
		// excelize's SetCellFormula marks every result a string (t="str"):
		// formulas go through the StreamWriter, which keeps numbers numbers.
		err = errors.New("xlsx: a formula cell on a non-streamed sheet")
	default:
		err = fmt.Errorf("xlsx: unsupported cell value %T", v)
	}
	if err != nil {
		return err
	}
	if c.s == styPlain {
		return nil
	}
	id, err := b.styleID(c.s)
	if err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, ref, ref, id)
}

// putRow writes cells from column col on row.
func (b *book) putRow(sheet string, col, row int, cells []cell) error {
	for i, c := range cells {
		if err := b.put(sheet, col+i, row, c); err != nil {
			return err
		}
	}
	return nil
}

// headers returns header cells for catalogue keys (or literal texts when
// the key is not in the catalogue).
func (b *book) headers(keys ...string) []cell {
	out := make([]cell, len(keys))
	for i, k := range keys {
		out[i] = cell{b.tOr(k, k), styHeader}
	}
	return out
}

// uniqueHeaders makes header texts unique within a table (a table needs it).
func uniqueHeaders(h []cell) []cell {
	seen := map[string]int{}
	for i := range h {
		s, _ := h[i].v.(string)
		seen[s]++
		if n := seen[s]; n > 1 {
			h[i].v = fmt.Sprintf("%s (%d)", s, n)
		}
	}
	return h
}

// widths accumulates the display width of columns.
type widths struct {
	w   []float64
	max []float64
}

// newWidths returns an accumulator for n columns with a default cap.
func newWidths(n int) *widths {
	ws := &widths{w: make([]float64, n), max: make([]float64, n)}
	for i := range ws.max {
		ws.max[i] = 50
	}
	return ws
}

// cap limits column i (0-based) to at most m characters.
func (ws *widths) cap(i int, m float64) {
	if i < len(ws.max) {
		ws.max[i] = m
	}
}

// add measures a row starting at column 0.
func (ws *widths) add(cells []cell) {
	for i, c := range cells {
		if i >= len(ws.w) {
			break
		}
		if n := cellWidth(c); n > ws.w[i] {
			ws.w[i] = n
		}
	}
}

// get returns the width of column i (0-based) within [6, cap].
func (ws *widths) get(i int) float64 {
	w := ws.w[i]
	if w > ws.max[i] {
		w = ws.max[i]
	}
	if w < 6 {
		w = 6
	}
	return w
}

// cellWidth estimates the width in characters a cell needs.
func cellWidth(c cell) float64 {
	if fm, ok := c.v.(formula); ok {
		c.v = fm.cache
	}
	switch v := c.v.(type) {
	case string:
		n := 0
		for _, line := range strings.Split(v, "\n") {
			if k := utf8.RuneCountInString(line); k > n {
				n = k
			}
		}
		if c.s.Header {
			if n > 24 {
				n = 24 // headers wrap
			}
			return float64(n) + 3
		}
		if c.s.Size > 0 {
			return 0 // titles overflow into the empty cells beside them
		}
		return float64(n) + 2
	case int:
		return float64(len(fmt.Sprintf("%d", v))*4/3) + 3
	case float64:
		switch c.s.Num {
		case fmtDate:
			return 12
		case fmtDateTime:
			return 17
		case fmtPct, fmtChgPct:
			return 9
		case fmtPP:
			return 12
		}
		digits := len(fmt.Sprintf("%.0f", v))
		return float64(digits*4/3) + 5
	}
	return 0
}

// setWidths applies ws to a normal sheet from column 1.
func (b *book) setWidths(sheet string, ws *widths) error {
	for i := range ws.w {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := b.f.SetColWidth(sheet, name, name, ws.get(i)); err != nil {
			return err
		}
	}
	return nil
}

// tableName returns a unique table name with prefix (ASCII, no spaces).
func (b *book) tableName(prefix string) string {
	b.tables++
	return fmt.Sprintf("%s%d", prefix, b.tables)
}

// endTable finishes a sheet holding one table whose header is row 2 and
// whose rows run from 3 to last: the column widths, then a note when the
// table is empty, else the table with frozen header rows and freezeCol
// frozen columns.
func (b *book) endTable(g *grid, sheet, name string, cols, last, freezeCol int) error {
	if err := g.done(); err != nil {
		return err
	}
	if last < 3 {
		return b.put(sheet, 1, 3, cell{b.t("xlsx.empty"), styNote})
	}
	if err := b.addTable(sheet, name, 1, 2, cols, last); err != nil {
		return err
	}
	return b.freeze(sheet, freezeCol, 3)
}

// addTable adds a table with autofilter over the header row and data rows.
func (b *book) addTable(sheet, prefix string, col1, headRow, col2, lastRow int) error {
	if lastRow <= headRow {
		return nil
	}
	tl, err := excelize.CoordinatesToCellName(col1, headRow)
	if err != nil {
		return err
	}
	br, err := excelize.CoordinatesToCellName(col2, lastRow)
	if err != nil {
		return err
	}
	stripes := true
	b.parkTables()
	return b.f.AddTable(sheet, &excelize.Table{Range: tl + ":" + br, Name: b.tableName(prefix),
		StyleName: "TableStyleLight9", ShowRowStripes: &stripes})
}

// freeze freezes the rows above row and the columns left of col (both 1-based).
func (b *book) freeze(sheet string, col, row int) error {
	tl, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	return b.f.SetPanes(sheet, freezePanes(col, row, tl))
}

// freezePanes returns the frozen panes with the top-left cell tl.
func freezePanes(col, row int, tl string) *excelize.Panes {
	pane := "bottomLeft"
	if col > 1 && row > 1 {
		pane = "bottomRight"
	} else if col > 1 {
		pane = "topRight"
	}
	return &excelize.Panes{Freeze: true, XSplit: col - 1, YSplit: row - 1, TopLeftCell: tl,
		ActivePane: pane, Selection: []excelize.Selection{{SQRef: tl, ActiveCell: tl, Pane: pane}}}
}

// ref returns an absolute reference 'Sheet'!$C$r1:$C$r2 (quoted sheet name).
func ref(sheet string, col, r1, r2 int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", strings.ReplaceAll(sheet, "'", "''"), name, r1, name, r2)
}

// cellRef returns an absolute reference to one cell.
func cellRef(sheet string, col, row int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("'%s'!$%s$%d", strings.ReplaceAll(sheet, "'", "''"), name, row)
}

// grid is a simple writer for a block-laid-out normal sheet: it writes rows,
// keeps track of widths, and sets the widths at the end.
type grid struct {
	b     *book
	sheet string
	ws    *widths
}

// newGrid returns a grid over sheet with n columns.
func (b *book) newGrid(sheet string, n int) *grid {
	return &grid{b: b, sheet: sheet, ws: newWidths(n)}
}

// row writes cells from column col on row and measures them.
func (g *grid) row(col, row int, cells []cell) error {
	if err := g.b.putRow(g.sheet, col, row, cells); err != nil {
		return err
	}
	for i, c := range cells {
		j := col - 1 + i
		if j >= len(g.ws.w) {
			g.ws.w = append(g.ws.w, 0)
			g.ws.max = append(g.ws.max, 50)
		}
		if n := cellWidth(c); n > g.ws.w[j] {
			g.ws.w[j] = n
		}
	}
	return nil
}

// done sets the column widths.
func (g *grid) done() error { return g.b.setWidths(g.sheet, g.ws) }
