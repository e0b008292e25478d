package xlsx

import "github.com/rapor-id/rapor/report"

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
	rows := make([][]cell, len(b.r.Indicators))
	for i := range b.r.Indicators {
		rows[i] = b.indicatorRow(&b.r.Indicators[i])
		ws.add(rows[i])
	}
	s, err := b.openStreamAt(sheet, ws, 2)
	if err != nil {
		return err
	}
	if err := s.add([]cell{{b.t("xlsx.title.indicators", b.r.Period.ID), styTitle}}); err != nil {
		return err
	}
	if err := s.add(head); err != nil {
		return err
	}
	for i := range b.r.Indicators {
		h := rowHeight(b.formula(&b.r.Indicators[i]), ws.get(20))
		if err := s.addRow(rows[i], h); err != nil {
			return err
		}
	}
	if len(rows) == 0 {
		if err := s.add([]cell{{b.t("xlsx.empty"), styNote}}); err != nil {
			return err
		}
		return s.sw.Flush()
	}
	return s.close("Indicators", len(head))
}

// indicatorRow returns the cells of one indicator.
func (b *book) indicatorRow(res *report.Result) []cell {
	vf, vk := b.unitFormat(res.Unit)
	cf, ck := b.changeFormat(res.Unit)
	var tmin, tmax *float64
	if res.Target != nil {
		tmin, tmax = res.Target.Min, res.Target.Max
	}
	return []cell{
		text(res.ID),
		text(b.stageLabel(res.Stage)),
		text(b.subLabel(res.Stage, res.Subcomponent)),
		text(b.indicatorLabel(res)),
		b.valueCell(res, scaled(res.Value, vf, vk)),
		text(b.valueLabel(res.ValueLabel)),
		scaled(res.Previous, vf, vk),
		text(b.valueLabel(res.PreviousLabel)),
		scaled(res.Change, cf, ck),
		num(res.ChangePct, fmtChgPct),
		scaled(tmin, vf, vk),
		scaled(tmax, vf, vk),
		{b.d.Terms.Status(res.Status), withStatus(styPlain, res.Status)},
		count(res.N),
		count(res.PreviousN),
		wrapText(b.d.Terms.Reason(res.Reason)),
		wrapText(b.d.Terms.Reason(res.PreviousReason)),
		text(b.d.Terms.Unit(res.Unit)),
		text(b.code("xlsx.dir.", res.Direction)),
		text(res.Note),
		wrapText(b.formula(res)),
	}
}

// monthlySheet writes every indicator month by month (SPEC §4 breakdowns,
// when P touches more than one calendar month).
func (b *book) monthlySheet() error {
	sheet, err := b.begin("monthly")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.monthly", b.r.Period.ID)); err != nil {
		return err
	}
	head := b.headers("xlsx.col.id", "xlsx.col.indicator", "xlsx.col.unit")
	for _, m := range b.r.Monthly {
		head = append(head, cell{m.Period.ID, styHeader})
	}
	head = uniqueHeaders(head)
	g := b.newGrid(sheet, len(head))
	g.ws.cap(1, 40)
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	if len(b.r.Monthly) == 0 {
		if err := g.done(); err != nil {
			return err
		}
		return b.put(sheet, 1, 3, cell{b.t("xlsx.empty"), styNote})
	}
	// index of each indicator per month
	idx := make([]map[string]*report.Result, len(b.r.Monthly))
	for i := range b.r.Monthly {
		idx[i] = map[string]*report.Result{}
		for j := range b.r.Monthly[i].Indicators {
			res := &b.r.Monthly[i].Indicators[j]
			idx[i][res.ID] = res
		}
	}
	row := 3
	for k := range b.r.Indicators {
		res := &b.r.Indicators[k]
		vf, vk := b.unitFormat(res.Unit)
		cells := []cell{text(res.ID), text(b.indicatorLabel(res)), text(b.d.Terms.Unit(res.Unit))}
		for i := range b.r.Monthly {
			var v *float64
			if m := idx[i][res.ID]; m != nil {
				v = m.Value
			}
			cells = append(cells, scaled(v, vf, vk))
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
func (b *book) valueCell(res *report.Result, c cell) cell {
	if f := b.liveFormula(res); f != "" {
		return withFormula(c, f)
	}
	return c
}
