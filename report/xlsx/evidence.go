package xlsx

import (
	"math"
	"strings"
	"unicode/utf8"
)

// evidenceSheet writes every coded segment of the notes, one row each. The
// texts are already redacted and pseudonymised by the caller.
func (b *book) evidenceSheet() error {
	sheet, err := b.begin("evidence")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.evidence")); err != nil {
		return err
	}
	head := uniqueHeaders(b.headers("xlsx.col.code", "xlsx.col.stage", "xlsx.col.subcomponent",
		"xlsx.col.kind", "xlsx.col.note_id", "xlsx.col.who", "xlsx.col.role", "xlsx.col.date",
		"xlsx.col.time", "xlsx.col.setting", "xlsx.col.assessment", "xlsx.col.segment"))
	const textCol = 12
	g := b.newGrid(sheet, len(head))
	g.ws.cap(2, 30)
	g.ws.cap(9, 30)
	g.ws.cap(textCol-1, 80)
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	row := 3
	for i := range b.w.Evidence {
		q := &b.w.Evidence[i]
		cells := []cell{
			text(q.Code), text(q.Stage), text(q.Subcomponent), text(q.Kind), text(q.NoteID), text(q.Who),
			text(q.Role), dateOf(q.Date), text(q.Time), wrapText(q.Setting), text(q.Assessment), wrapText(q.Text),
		}
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, q.Text, g.ws.get(textCol-1)); err != nil {
			return err
		}
		row++
	}
	return b.endTable(g, sheet, "Evidence", len(head), row-1, 1)
}

// fitRowHeight sets the height of a row holding wrapped text s in a column
// of width w (characters), so that every spreadsheet program shows all of it.
func (b *book) fitRowHeight(sheet string, row int, s string, w float64) error {
	h := rowHeight(s, w)
	if h == 0 {
		return nil
	}
	return b.f.SetRowHeight(sheet, row, h)
}

// rowHeight returns the height in points a row needs to show s wrapped in a
// column w characters wide, or 0 when one line suffices.
func rowHeight(s string, w float64) float64 {
	lines := 0
	for _, l := range strings.Split(s, "\n") {
		lines += int(math.Max(1, math.Ceil(float64(utf8.RuneCountInString(l))/(w*0.95))))
	}
	if lines <= 1 {
		return 0
	}
	if lines > 27 {
		lines = 27 // 409 pt is the largest row height
	}
	return float64(lines) * 15
}

// triangulationSheet writes the triangulation matrix and the codes ×
// informants table.
func (b *book) triangulationSheet() error {
	sheet, err := b.begin("triangulation")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.triangulation")); err != nil {
		return err
	}
	head := b.headers("xlsx.col.code", "xlsx.col.stage", "xlsx.col.subcomponent", "xlsx.col.met",
		"xlsx.col.with_target", "xlsx.col.indicator_ids", "xlsx.col.interviews",
		"xlsx.col.observations", "xlsx.col.documents", "xlsx.col.coded")
	tri := &b.w.Triangle
	for _, v := range tri.Verdicts {
		head = append(head, cell{v, styHeader})
	}
	head = uniqueHeaders(append(head, b.headers("xlsx.col.verdict_other", "xlsx.col.verdict")...))
	g := b.newGrid(sheet, len(head))
	g.ws.cap(5, 40)
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	row := 3
	for _, t := range tri.Rows {
		cells := []cell{text(t.Code), text(t.Stage), text(t.Subcomponent),
			count(t.Met), count(t.WithTarget), wrapText(t.Indicators),
			count(t.Interviews), count(t.Observations), count(t.Documents), count(t.Coded)}
		for _, n := range t.Verdicts {
			cells = append(cells, count(n))
		}
		cells = append(cells, text(t.Other), text(t.Verdict))
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, t.Indicators, 40); err != nil {
			return err
		}
		row++
	}
	last := row - 1
	if row == 3 {
		if err := b.put(sheet, 1, 3, cell{b.t("xlsx.empty"), styNote}); err != nil {
			return err
		}
		row++
	}
	if err := b.codeInformants(g, row+1); err != nil {
		return err
	}
	if err := g.done(); err != nil {
		return err
	}
	if last < 3 {
		return nil
	}
	if err := b.addTable(sheet, "Triangulation", 1, 2, len(head), last); err != nil {
		return err
	}
	return b.freeze(sheet, 2, 3)
}

// codeInformants writes the codes × informants table (segments per code and
// informant pseudonym).
func (b *book) codeInformants(g *grid, row int) error {
	ci := b.w.Informants
	if ci == nil || len(ci.Rows) == 0 {
		return nil
	}
	head := b.headers("xlsx.col.code")
	for _, p := range ci.People {
		head = append(head, cell{p, styHeader})
	}
	rows := make([][]cell, len(ci.Rows))
	for i, c := range ci.Rows {
		rows[i] = []cell{text(c.Code)}
		for _, n := range c.Counts {
			rows[i] = append(rows[i], count(n))
		}
	}
	_, err := g.block(1, row, b.t("xlsx.block.code_informants"), head, rows)
	return err
}
