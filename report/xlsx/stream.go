package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// streamed writes a big sheet through excelize's StreamWriter: widths and
// panes first, then the title row, the header row and the data rows, then a
// table over the header and data.
type streamed struct {
	b     *book
	sheet string
	sw    *excelize.StreamWriter
	row   int
}

// openStream starts streaming sheet with the given column widths and frozen
// title and header rows (rows 1–2).
func (b *book) openStream(sheet string, ws *widths) (*streamed, error) {
	return b.openStreamAt(sheet, ws, 1)
}

// openStreamAt is openStream with the columns left of col frozen too.
func (b *book) openStreamAt(sheet string, ws *widths, col int) (*streamed, error) {
	sw, err := b.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for i := range ws.w {
		if err := sw.SetColWidth(i+1, i+1, ws.get(i)); err != nil {
			return nil, err
		}
	}
	tl, err := excelize.CoordinatesToCellName(col, 3)
	if err != nil {
		return nil, err
	}
	if err := sw.SetPanes(freezePanes(col, 3, tl)); err != nil {
		return nil, err
	}
	return &streamed{b: b, sheet: sheet, sw: sw}, nil
}

// add writes the next row (rows are numbered from 1).
func (s *streamed) add(cells []cell) error { return s.addRow(cells, 0) }

// addRow writes the next row with a fixed height in points (0 = automatic).
func (s *streamed) addRow(cells []cell, height float64) error {
	s.row++
	vals := make([]any, len(cells))
	for i, c := range cells {
		if c.v == nil && c.s == styPlain {
			continue
		}
		id, err := s.b.styleID(c.s)
		if err != nil {
			return err
		}
		if fm, ok := c.v.(formula); ok {
			vals[i] = excelize.Cell{StyleID: id, Value: fm.cache, Formula: fm.f}
			continue
		}
		vals[i] = excelize.Cell{StyleID: id, Value: c.v}
	}
	ref, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	if height > 0 {
		return s.sw.SetRow(ref, vals, excelize.RowOpts{Height: height})
	}
	return s.sw.SetRow(ref, vals)
}

// header writes the header row (row 2) and, when the sheet will hold data
// rows up to row last (last > 2), the table over the header and those rows.
// The table is added before the data rows are streamed because excelize's
// StreamWriter.AddTable reads the header back by decoding the rows streamed
// so far; the table part is the same.
func (s *streamed) header(head []cell, prefix string, last int) error {
	if err := s.add(head); err != nil {
		return err
	}
	if last <= 2 {
		return nil
	}
	br, err := excelize.CoordinatesToCellName(len(head), last)
	if err != nil {
		return err
	}
	stripes := true
	s.b.parkTables()
	return s.sw.AddTable(&excelize.Table{Range: "A2:" + br, Name: s.b.tableName(prefix),
		StyleName: "TableStyleLight9", ShowRowStripes: &stripes})
}

// close flushes the stream; last is the row the table given to header ends
// on, which must be the last row written.
func (s *streamed) close(last int) error {
	if last > 2 && s.row != last {
		return fmt.Errorf("xlsx: sheet %q: table ends on row %d, but %d rows were written", s.sheet, last, s.row)
	}
	return s.sw.Flush()
}
