package xlsx

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
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
	for _, ev := range b.r.Evidence {
		for _, group := range [][]report.Quote{ev.Interviews, ev.Observations, ev.Documents} {
			for _, q := range group {
				cells := []cell{
					text(ev.Code), text(b.stageLabel(ev.Stage)), text(b.subLabel(ev.Stage, ev.Code)),
					text(b.code("xlsx.notekind.", q.Kind)), text(q.NoteID), text(q.Who), text(q.Role),
					dateCell(q.Date), text(q.Time), wrapText(q.Setting),
					text(b.code("xlsx.assess.", q.Assessment)), wrapText(q.Text),
				}
				if q.Date == 0 {
					cells[7] = blank
				}
				if err := g.row(1, row, cells); err != nil {
					return err
				}
				if err := b.fitRowHeight(sheet, row, q.Text, g.ws.get(textCol-1)); err != nil {
					return err
				}
				row++
			}
		}
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

// verdictKeys are the assessments shown as columns of the triangulation.
var verdictKeys = []string{"optimal", "belum_optimal", "tidak_ada"}

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
	for _, k := range verdictKeys {
		head = append(head, cell{b.t("xlsx.assess." + k), styHeader})
	}
	head = uniqueHeaders(append(head, b.headers("xlsx.col.verdict_other", "xlsx.col.verdict")...))
	g := b.newGrid(sheet, len(head))
	g.ws.cap(5, 40)
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	freq := map[string]int{}
	for _, c := range b.r.CodeFreq {
		freq[c.Name] += c.Count
	}
	row := 3
	for _, t := range b.r.Triangulation {
		labels := make([]string, len(t.Indicators)) // labels, never ids
		for i, id := range t.Indicators {
			labels[i] = b.d.Terms.Indicator(id)
		}
		inds := strings.Join(labels, ", ")
		cells := []cell{text(t.Code), text(b.stageLabel(t.Stage)), text(b.subLabel(t.Stage, t.Code)),
			count(t.Met), count(t.WithTarget), wrapText(inds),
			count(t.Interviews), count(t.Observations), count(t.Documents), count(freq[t.Code])}
		for _, k := range verdictKeys {
			cells = append(cells, count(t.Verdicts[k]))
		}
		cells = append(cells, text(otherVerdicts(t.Verdicts)), text(b.code("xlsx.assess.", t.Verdict)))
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, inds, 40); err != nil {
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

// otherVerdicts lists assessment counts outside verdictKeys, "key: n" sorted.
func otherVerdicts(v map[string]int) string {
	var keys []string
	for k := range v {
		known := false
		for _, kk := range verdictKeys {
			known = known || k == kk
		}
		if !known {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s: %d", k, v[k])
	}
	return strings.Join(parts, "; ")
}

// codeInformants writes the codes × informants table (segments per code and
// informant pseudonym); codes and informants in order of first appearance.
func (b *book) codeInformants(g *grid, row int) error {
	if len(b.r.CodeInformants) == 0 {
		return nil
	}
	var codes, people []string
	ci, pi := map[string]int{}, map[string]int{}
	for _, c := range b.r.CodeInformants {
		if _, ok := ci[c.Code]; !ok {
			ci[c.Code] = len(codes)
			codes = append(codes, c.Code)
		}
		if _, ok := pi[c.Informant]; !ok {
			pi[c.Informant] = len(people)
			people = append(people, c.Informant)
		}
	}
	counts := make([][]int, len(codes))
	for i := range counts {
		counts[i] = make([]int, len(people))
	}
	for _, c := range b.r.CodeInformants {
		counts[ci[c.Code]][pi[c.Informant]] += c.Count
	}
	head := b.headers("xlsx.col.code")
	for _, p := range people {
		head = append(head, cell{p, styHeader})
	}
	rows := make([][]cell, len(codes))
	for i, c := range codes {
		rows[i] = []cell{text(c)}
		for _, n := range counts[i] {
			rows[i] = append(rows[i], count(n))
		}
	}
	_, err := g.block(1, row, b.t("xlsx.block.code_informants"), head, rows)
	return err
}
