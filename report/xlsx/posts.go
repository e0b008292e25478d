package xlsx

import "github.com/rapor-id/rapor/report"

// postsSheet writes one row per OWN post of the period with its ER, through
// the StreamWriter.
func (b *book) postsSheet() error {
	sheet, err := b.begin("posts")
	if err != nil {
		return err
	}
	head := uniqueHeaders(b.headers("xlsx.col.number", "xlsx.col.published", "xlsx.col.type",
		"xlsx.col.category", "xlsx.col.caption", "xlsx.col.views", "xlsx.col.reach", "xlsx.col.likes",
		"xlsx.col.comments", "xlsx.col.shares", "xlsx.col.saves", "xlsx.col.interactions",
		"xlsx.col.er", "xlsx.col.permalink", "xlsx.col.key", "xlsx.col.er_base"))
	ws := newWidths(len(head))
	ws.cap(4, 50)
	ws.cap(13, 45)
	ws.add(head)
	for i := range b.r.Posts {
		ws.add(b.postRow(i))
	}
	s, err := b.openStream(sheet, ws)
	if err != nil {
		return err
	}
	if err := s.add([]cell{{b.t("xlsx.title.posts", b.r.Period.ID), styTitle}}); err != nil {
		return err
	}
	if err := s.add(head); err != nil {
		return err
	}
	for i := range b.r.Posts {
		// Captions stay on one line of a one-line row (wrapped, their
		// second line ran over the next row in LibreOffice); the whole
		// caption, line breaks included, stays in the cell.
		if err := s.addRow(b.postRow(i), 15); err != nil {
			return err
		}
	}
	if len(b.r.Posts) == 0 {
		if err := s.add([]cell{{b.t("xlsx.empty"), styNote}}); err != nil {
			return err
		}
		return s.sw.Flush()
	}
	return s.close("Posts", len(head))
}

// postRow returns the cells of post i.
func (b *book) postRow(i int) []cell {
	p := &b.r.Posts[i]
	fi, fb, fe := postFormulas(postsFirstRow + i)
	inter, er := num(p.Interactions, fmtCount), num(p.ER, fmtPct)
	if p.Interactions != nil {
		inter = withFormula(inter, fi)
	}
	if p.ER != nil {
		er = withFormula(er, fe)
	}
	isBase := 0
	if p.ER != nil {
		isBase = 1
	}
	return []cell{
		count(i + 1),
		dateTimeCell(p.Published),
		text(b.typeText(p.Type)),
		text(p.Category),
		text(p.Caption),
		num(p.Views, fmtCount),
		num(p.Reach, fmtCount),
		num(p.Likes, fmtCount),
		num(p.Comments, fmtCount),
		num(p.Shares, fmtCount),
		num(p.Saves, fmtCount),
		inter,
		er,
		text(p.Permalink),
		text(p.Key),
		withFormula(count(isBase), fb),
	}
}

// postBrief returns the identifying cells of a post used in short tables:
// published, type, caption.
func (b *book) postBrief(p *report.PostRow) []cell {
	// one line: a wrapped caption in a row of automatic height ran over the
	// rows below it in LibreOffice
	return []cell{dateTimeCell(p.Published), text(b.typeText(p.Type)), text(p.Caption)}
}
