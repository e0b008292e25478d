package xlsx

import "github.com/rapor-id/rapor/report/doc"

// dailySheet writes the daily series, the follower trend and posts per day,
// one row per date, through the StreamWriter.
func (b *book) dailySheet() error {
	sheet, err := b.begin("daily")
	if err != nil {
		return err
	}
	dl := &b.w.Daily
	head := []cell{{b.t("xlsx.col.date"), styHeader}}
	for _, c := range dl.Columns {
		head = append(head, cell{c.Header, styHeader})
	}
	if dl.HasEvents {
		head = append(head, cell{b.t("xlsx.col.event"), styHeader})
	}
	head = uniqueHeaders(head)
	rowOf := func(d *doc.DailyRow) []cell {
		cells := []cell{dateOf(d.Date)}
		for _, v := range d.Values {
			cells = append(cells, cellOr(v, fmtCount))
		}
		if dl.HasEvents {
			cells = append(cells, text(d.Events))
		}
		return cells
	}
	ws := newWidths(len(head))
	ws.add(head)
	for i := range dl.Rows {
		ws.add(rowOf(&dl.Rows[i]))
	}
	s, err := b.openStream(sheet, ws)
	if err != nil {
		return err
	}
	if err := s.add([]cell{{b.t("xlsx.title.daily", b.w.Period), styTitle}}); err != nil {
		return err
	}
	last := 2 + len(dl.Rows)
	if err := s.header(head, "Daily", last); err != nil {
		return err
	}
	for i := range dl.Rows {
		if err := s.add(rowOf(&dl.Rows[i])); err != nil {
			return err
		}
	}
	if len(dl.Rows) == 0 {
		if err := s.add([]cell{{b.t("xlsx.empty"), styNote}}); err != nil {
			return err
		}
		return s.close(last)
	}
	b.src.dailySheet = sheet
	b.src.dailyFirst, b.src.dailyLast = 3, 2+len(dl.Rows)
	b.src.dailyCols = map[string]int{}
	for i, c := range dl.Columns {
		b.src.dailyCols[c.Key] = i + 2
	}
	return s.close(last)
}
