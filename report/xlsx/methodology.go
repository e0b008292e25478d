package xlsx

// methodologySheet writes the methodology as text rows (period, time zones,
// ER, number conventions, limitations, privacy, tool) and the formula of
// every indicator from the framework.
func (b *book) methodologySheet() error {
	sheet, err := b.begin("methodology")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.methodology")); err != nil {
		return err
	}
	g := b.newGrid(sheet, 6)
	g.ws.cap(0, 28)
	g.ws.cap(1, 70)
	g.ws.cap(2, 40)
	head := b.headers("xlsx.col.item", "xlsx.col.text")
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	row := 3
	for _, it := range b.w.Method.Items {
		if err := g.row(1, row, []cell{{it.Label, sty{Bold: true, Wrap: true}}, wrapText(it.Text)}); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, it.Text, 70); err != nil {
			return err
		}
		row++
	}
	if err := b.addTable(sheet, "Methodology", 1, 2, 2, row-1); err != nil {
		return err
	}
	rows := b.formulaRows()
	at, err := g.block(1, row+1, b.t("xlsx.block.formulas"),
		b.headers("xlsx.col.id", "xlsx.col.formula", "xlsx.col.indicator", "xlsx.col.subcomponent",
			"xlsx.col.unit", "xlsx.col.direction"), rows)
	if err != nil {
		return err
	}
	for i, cells := range rows {
		s, _ := cells[1].v.(string)
		if err := b.fitRowHeight(sheet, at.first+i, s, 70); err != nil {
			return err
		}
	}
	if err := g.done(); err != nil {
		return err
	}
	return b.freeze(sheet, 1, 3)
}

// formulaRows returns one row per indicator definition: id, formula,
// label, sub-component, unit, direction.
func (b *book) formulaRows() [][]cell {
	var rows [][]cell
	for _, f := range b.w.Formulas {
		rows = append(rows, []cell{text(f.ID), wrapText(f.Formula), text(f.Label), text(f.Subcomponent),
			text(f.UnitName), text(f.Direction)})
	}
	return rows
}
