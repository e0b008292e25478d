package xlsx

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

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
	r := b.r
	items := [][2]string{}
	if fw := r.Framework; fw != nil {
		// a name readers know, not the framework's id ("luttrell (1)")
		name := fw.Name
		if fw.Name == "luttrell" {
			name = b.t("xlsx.method.framework_luttrell", fw.Version)
		} else if fw.Version != "" {
			name += " (" + fw.Version + ")"
		}
		items = append(items, [2]string{b.t("xlsx.method.framework"), name})
		if fw.Citation != "" {
			items = append(items, [2]string{b.t("xlsx.method.citation"), fw.Citation})
		}
	}
	items = append(items,
		[2]string{b.t("xlsx.method.period"), b.periodText(&r.Period)},
		[2]string{b.t("xlsx.method.previous"), b.periodText(r.Previous)},
		[2]string{b.t("xlsx.method.timezone"), r.Meta.Timezone},
		[2]string{b.t("xlsx.method.export_timezone"), r.Meta.ExportTZ},
		[2]string{b.t("xlsx.method.er"), b.t("xlsx.method.er_text")},
		[2]string{b.t("xlsx.method.numbers"), b.t("xlsx.method.numbers_text")},
		[2]string{b.t("xlsx.method.limits"), b.t("xlsx.method.limits_reach")},
		[2]string{b.t("xlsx.method.limits"), b.t("xlsx.method.limits_lifetime")},
		[2]string{b.t("xlsx.method.privacy"), b.t("xlsx.method.privacy_text",
			b.yesNo(r.Meta.Pseudonymize), r.Meta.Redactions)},
	)
	for _, n := range r.MethodNotes {
		items = append(items, [2]string{b.t("xlsx.method.settings"), n})
	}
	items = append(items, [2]string{b.t("xlsx.method.tool"), "rapor " + r.Meta.Version})
	g := b.newGrid(sheet, 6)
	g.ws.cap(0, 28)
	g.ws.cap(1, 70)
	g.ws.cap(2, 40)
	head := b.headers("xlsx.col.item", "xlsx.col.text")
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	row := 3
	for _, it := range items {
		if err := g.row(1, row, []cell{{it[0], sty{Bold: true, Wrap: true}}, wrapText(it[1])}); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, it[1], 70); err != nil {
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

// formulaRows returns one row per framework indicator: id, formula, label,
// sub-component, unit, direction.
func (b *book) formulaRows() [][]cell {
	var rows [][]cell
	if fw := b.r.Framework; fw != nil && len(fw.Indicators) > 0 {
		for _, d := range fw.Indicators {
			st := report.StageOf(d.Subcomponent)
			rows = append(rows, []cell{text(d.ID), wrapText(d.Formula.In(b.lang)), text(d.Label.In(b.lang)),
				text(b.subLabel(st, d.Subcomponent)), text(b.d.Terms.Unit(d.Unit)), text(b.code("xlsx.dir.", d.Direction))})
		}
		return rows
	}
	for i := range b.r.Indicators {
		res := &b.r.Indicators[i]
		rows = append(rows, []cell{text(res.ID), wrapText(strings.TrimSpace(b.formula(res))),
			text(b.indicatorLabel(res)), text(b.subLabel(res.Stage, res.Subcomponent)),
			text(b.d.Terms.Unit(res.Unit)), text(b.code("xlsx.dir.", res.Direction))})
	}
	return rows
}
