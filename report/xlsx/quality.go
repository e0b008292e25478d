package xlsx

import (
	"sort"
	"strings"
)

// qualitySheet writes the data-quality record of every input file.
func (b *book) qualitySheet() error {
	sheet, err := b.begin("quality")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.quality")); err != nil {
		return err
	}
	reasonSet := map[string]bool{}
	for _, fr := range b.r.DataQuality {
		if fr == nil {
			continue
		}
		for k := range fr.Skipped {
			reasonSet[k] = true
		}
	}
	reasons := make([]string, 0, len(reasonSet))
	for k := range reasonSet {
		reasons = append(reasons, k)
	}
	sort.Strings(reasons)
	head := b.headers("xlsx.col.path", "xlsx.col.kind", "xlsx.col.preset", "xlsx.col.encoding",
		"xlsx.col.delimiter", "xlsx.col.coverage_from", "xlsx.col.coverage_to", "xlsx.col.rows_read",
		"xlsx.col.rows_used", "xlsx.col.rows_skipped")
	for _, r := range reasons {
		head = append(head, cell{b.t("xlsx.col.skipped_reason", r), styHeader})
	}
	head = uniqueHeaders(append(head, b.headers("xlsx.col.warnings", "xlsx.col.size", "xlsx.col.sha256")...))
	warnCol := len(head) - 3
	g := b.newGrid(sheet, len(head))
	g.ws.cap(0, 45)
	g.ws.cap(warnCol, 60)
	g.ws.cap(warnCol+2, 20) // the hash is the last column; it overflows to the right on screen
	if err := g.row(1, 2, head); err != nil {
		return err
	}
	row := 3
	for _, fr := range b.r.DataQuality {
		if fr == nil {
			continue
		}
		from, to := blank, blank
		if fr.Coverage != nil {
			from, to = dateCell(fr.Coverage.From), dateCell(fr.Coverage.To)
		}
		cells := []cell{text(fr.Path), text(b.d.Terms.Kind(fr.Kind)), text(fr.Preset),
			text(fr.Encoding), text(b.delimiterText(fr.Delimiter)), from, to,
			count(fr.RowsRead), count(fr.RowsUsed), count(fr.SkippedTotal())}
		for _, r := range reasons {
			cells = append(cells, count(fr.Skipped[r]))
		}
		warn := strings.Join(fr.Warnings, "\n")
		cells = append(cells, wrapText(warn), cell{int(fr.Size), styCount}, text(fr.SHA256))
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, warn, g.ws.get(warnCol)); err != nil {
			return err
		}
		row++
	}
	return b.endTable(g, sheet, "DataQuality", len(head), row-1, 2)
}

// delimiterText shows a delimiter visibly (a tab as "TAB").
func (b *book) delimiterText(d string) string {
	if d == "\t" {
		return b.t("xlsx.delim.tab")
	}
	return d
}
