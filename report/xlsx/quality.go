package xlsx

// qualitySheet writes the data-quality record of every input file.
func (b *book) qualitySheet() error {
	sheet, err := b.begin("quality")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.quality")); err != nil {
		return err
	}
	q := &b.w.Quality
	head := b.headers("xlsx.col.path", "xlsx.col.kind", "xlsx.col.preset", "xlsx.col.encoding",
		"xlsx.col.delimiter", "xlsx.col.coverage_from", "xlsx.col.coverage_to", "xlsx.col.rows_read",
		"xlsx.col.rows_used", "xlsx.col.rows_skipped")
	for _, r := range q.Reasons {
		head = append(head, cell{r, styHeader})
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
	for i := range q.Files {
		fr := &q.Files[i]
		cells := []cell{text(fr.Path), text(fr.Kind), text(fr.Preset), text(fr.Encoding), text(fr.Delimiter),
			dateOf(fr.From), dateOf(fr.To), count(fr.RowsRead), count(fr.RowsUsed), count(fr.Skipped)}
		for _, n := range fr.ByReason {
			cells = append(cells, count(n))
		}
		cells = append(cells, wrapText(fr.Warnings), cell{fr.Size, styCount}, text(fr.SHA256))
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		if err := b.fitRowHeight(sheet, row, fr.Warnings, g.ws.get(warnCol)); err != nil {
			return err
		}
		row++
	}
	return b.endTable(g, sheet, "DataQuality", len(head), row-1, 2)
}
