package xlsx

import "github.com/rapor-id/rapor/report/doc"

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
	rows := make([][]cell, len(b.w.Posts))
	for i := range rows {
		rows[i] = b.postRow(i)
		ws.add(rows[i])
	}
	s, err := b.openStream(sheet, ws)
	if err != nil {
		return err
	}
	if err := s.add([]cell{{b.t("xlsx.title.posts", b.w.Period), styTitle}}); err != nil {
		return err
	}
	last := 2 + len(rows)
	if err := s.header(head, "Posts", last); err != nil {
		return err
	}
	for i := range rows {
		// Captions stay on one line of a one-line row (wrapped, their
		// second line ran over the next row in LibreOffice); the whole
		// caption, line breaks included, stays in the cell.
		if err := s.addRow(rows[i], 15); err != nil {
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

// postRow returns the cells of post i.
func (b *book) postRow(i int) []cell {
	p := &b.w.Posts[i]
	fi, fb, fe := postFormulas(postsFirstRow + i)
	inter, er := countOf(p.Interactions), pctOf(p.ER)
	if p.Interactions.Raw != nil {
		inter = withFormula(inter, fi)
	}
	if p.ER.Raw != nil {
		er = withFormula(er, fe)
	}
	isBase := 0
	if p.ER.Raw != nil {
		isBase = 1
	}
	return []cell{
		count(i + 1),
		dateOf(p.Published),
		text(p.Type),
		text(p.Category),
		text(p.Caption),
		countOf(p.Views),
		countOf(p.Reach),
		countOf(p.Likes),
		countOf(p.Comments),
		countOf(p.Shares),
		countOf(p.Saves),
		inter,
		er,
		text(p.Permalink),
		text(p.Key),
		withFormula(count(isBase), fb),
	}
}

// postBrief returns the identifying cells of a post used in short tables:
// published, type, caption.
func postBrief(p *doc.PostRow) []cell {
	// one line: a wrapped caption in a row of automatic height ran over the
	// rows below it in LibreOffice
	return []cell{dateOf(p.Published), text(p.Type), text(p.Caption)}
}
