package xlsx

import "github.com/rapor-id/rapor/report/doc"

// indicatorsSheet writes every indicator with value, previous, change,
// target, status, n, reasons and formula.
func (b *book) indicatorsSheet() error {
	sheet, err := b.begin("indicators")
	if err != nil {
		return err
	}
	head := uniqueHeaders(b.headers("xlsx.col.id", "xlsx.col.stage", "xlsx.col.subcomponent",
		"xlsx.col.indicator", "xlsx.col.value", "xlsx.col.value_label", "xlsx.col.previous",
		"xlsx.col.previous_label", "xlsx.col.change", "xlsx.col.change_pct", "xlsx.col.target_min",
		"xlsx.col.target_max", "xlsx.col.status", "xlsx.col.n", "xlsx.col.previous_n",
		"xlsx.col.reason", "xlsx.col.previous_reason", "xlsx.col.unit", "xlsx.col.direction",
		"xlsx.col.note", "xlsx.col.formula"))
	ws := newWidths(len(head))
	for col, w := range map[int]float64{1: 18, 2: 22, 3: 30, 15: 22, 16: 22, 18: 22, 20: 45} {
		ws.cap(col, w)
	}
	ws.add(head)
	inds := b.w.Indicators
	rows := make([][]cell, len(inds))
	for i := range inds {
		rows[i] = b.indicatorRow(&inds[i])
		ws.add(rows[i])
	}
	s, err := b.openStreamAt(sheet, ws, 2)
	if err != nil {
		return err
	}
	if err := s.add([]cell{{b.t("xlsx.title.indicators", b.w.Period), styTitle}}); err != nil {
		return err
	}
	last := 2 + len(rows)
	if err := s.header(head, "Indicators", last); err != nil {
		return err
	}
	for i := range inds {
		h := rowHeight(inds[i].Formula, ws.get(20))
		if err := s.addRow(rows[i], h); err != nil {
			return err
		}
	}
	if len(rows) == 0 {
		if err := s.add([]cell{{b.t("xlsx.empty"), styNote}}); err != nil {
			return err
		}
	}
	return s.close(last)
}

// indicatorRow returns the cells of one indicator.
func (b *book) indicatorRow(res *doc.IndicatorRow) []cell {
	return []cell{
		text(res.ID),
		text(res.Stage),
		text(res.Subcomponent),
		text(res.Label),
		b.valueCell(res, b.numOf(res.Value)),
		text(res.Value.Label),
		b.numOf(res.Previous),
		text(res.Previous.Label),
		b.changeOf(res.Change),
		b.changeOf(res.ChangePct),
		b.numOf(res.TargetMin),
		b.numOf(res.TargetMax),
		{res.Status.Label, withStatus(styPlain, res.Status.Code)},
		count(res.N),
		count(res.PreviousN),
		wrapText(res.Reason),
		wrapText(res.PreviousReason),
		text(res.UnitName),
		text(res.Direction),
		text(res.Note),
		wrapText(res.Formula),
	}
}

// monthlySheet writes every indicator month by month (SPEC §4 breakdowns,
// when P touches more than one calendar month).
func (b *book) monthlySheet() error {
	sheet, err := b.begin("monthly")
	if err != nil {
		return err
	}
	m := &b.w.Monthly
	if err := b.sheetTitle(sheet, b.t("xlsx.title.monthly", b.w.Period)); err != nil {
		return err
	}
	head := b.headers("xlsx.col.id", "xlsx.col.indicator", "xlsx.col.unit")
	for _, id := range m.Months {
		head = append(head, cell{id, styHeader})
	}
	head = uniqueHeaders(head)
	g := b.newGrid(sheet, len(head))
	g.ws.cap(1, 40)
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	if len(m.Months) == 0 {
		if err := g.done(); err != nil {
			return err
		}
		return b.put(sheet, 1, 3, cell{b.t("xlsx.empty"), styNote})
	}
	row := 3
	for _, r := range m.Rows {
		cells := []cell{text(r.ID), text(r.Label), text(r.UnitName)}
		for _, v := range r.Values {
			cells = append(cells, b.numOf(v))
		}
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		row++
	}
	if err := g.done(); err != nil {
		return err
	}
	if err := b.addTable(sheet, "Monthly", 1, 2, len(head), row-1); err != nil {
		return err
	}
	return b.freeze(sheet, 3, 3)
}

// valueCell makes the value cell of res live: a formula over the rows it
// comes from, when there is one, with the computed value as its cache.
func (b *book) valueCell(res *doc.IndicatorRow, c cell) cell {
	if f := b.liveFormula(res); f != "" {
		return withFormula(c, f)
	}
	return c
}
