package xlsx

// blockAt is where a titled table was written.
type blockAt struct {
	head, first, last int // header row, first and last data rows (last < first: no data)
	next              int // first free row after the block and a blank row
}

// block writes a block title at row, a header row, and the data rows, and
// returns the positions; without rows it writes a "no data" note. Blocks are
// small summary tables and get no Excel table: excelize re-reads every table
// when it adds one, so the one-table-per-sheet rule keeps writing fast.
func (g *grid) block(col, row int, title string, head []cell, rows [][]cell) (blockAt, error) {
	at := blockAt{head: row + 1, first: row + 2}
	if err := g.b.put(g.sheet, col, row, cell{title, styBlock}); err != nil {
		return at, err
	}
	head = uniqueHeaders(head)
	if err := g.row(col, at.head, head); err != nil {
		return at, err
	}
	r := at.first
	for _, cells := range rows {
		if err := g.row(col, r, cells); err != nil {
			return at, err
		}
		r++
	}
	at.last = r - 1
	if len(rows) == 0 {
		if err := g.b.put(g.sheet, col, r, cell{g.b.t("xlsx.empty"), styNote}); err != nil {
			return at, err
		}
		r++
	}
	at.next = r + 1
	return at, nil
}
