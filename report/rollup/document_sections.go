package rollup

import (
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// accountValue returns an account's value of a headline indicator (the
// overall score included) and its previous value.
func accountValue(a *report.RollupAccount, id string) (v, prev *float64, n int) {
	if id == OverallID {
		return a.StageScores.Overall, nil, 0
	}
	x := a.Get(id)
	return x.Value, x.Previous, x.N
}

// docUnit maps an indicator unit to the document's units.
func docUnit(unit string) string {
	if unit == "" {
		return doc.UnitCount
	}
	return unit
}

// accountsTable is one row per account: its link, group and each headline
// indicator (now, or in the previous period), then the stage scores.
func (b *docBuilder) accountsTable(title string, previous bool) *doc.Table {
	t := &doc.Table{Caption: b.tableCaption(title)}
	t.Columns = []doc.Column{{Label: b.t("col.account")}, {Label: b.t("col.group")}}
	for _, ind := range b.ru.Indicators {
		if previous && ind.ID == OverallID {
			continue
		}
		t.Columns = append(t.Columns, doc.Column{Label: ind.Label, Num: true})
	}
	if !previous {
		for _, s := range b.ru.Stages {
			t.Columns = append(t.Columns, doc.Column{Label: s.Label, Num: true})
		}
	}
	for i := range b.ru.Accounts {
		a := &b.ru.Accounts[i]
		name := textCell(a.Label)
		name.Link, name.Key = a.Report, a.Account
		row := []doc.Cell{name, textCell(orDash(a.Group))}
		for _, ind := range b.ru.Indicators {
			if previous && ind.ID == OverallID {
				continue
			}
			v, prev, _ := accountValue(a, ind.ID)
			if previous {
				v = prev
			}
			row = append(row, b.numCell(v, docUnit(ind.Unit)))
		}
		if !previous {
			for _, s := range b.ru.Stages {
				row = append(row, b.numCell(a.StageScores.Get(s.ID), doc.UnitScore))
			}
		}
		if a.Status != report.AccountOK {
			row[1].Text = orDash(a.Group) + " · " + b.t("status_failed")
			row[1].Status = report.StatusNotMet
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func (b *docBuilder) accountsSection() *doc.Section {
	s := &doc.Section{ID: "accounts", Number: b.nextChapter(), Title: b.t("accounts")}
	s.Blocks = append(s.Blocks, doc.Block{Table: b.accountsTable(b.t("accounts_caption"), false)},
		doc.Block{Table: b.accountsTable(b.t("previous_caption"), true)},
		doc.Block{Paragraph: b.t("accounts_note")})
	if f := b.scatter(); f != nil {
		s.Blocks = append(s.Blocks, doc.Block{Figure: f})
	}
	return s
}

// scatter: posts per week (x) against ER by reach (y), one point per account.
func (b *docBuilder) scatter() *doc.Figure {
	ppw, er := b.indicator("share.posts_per_week"), b.indicator("engage.er_reach")
	f := &doc.Figure{Kind: doc.FigureScatter, Unit: doc.UnitPerWeek,
		Series: []doc.Series{{Name: ppw.Label}, {Name: er.Label}}}
	tab := doc.Table{Caption: doc.Caption{Title: b.t("scatter_title")},
		Columns: []doc.Column{{Label: b.t("col.account")}, {Label: ppw.Label, Num: true}, {Label: er.Label, Num: true}}}
	for _, a := range b.built() {
		x, y := a.Get(ppw.ID).Value, a.Get(er.ID).Value
		if x == nil || y == nil {
			continue
		}
		f.Categories = append(f.Categories, a.Label)
		f.Series[0].Values = append(f.Series[0].Values, b.val(x, doc.UnitPerWeek))
		f.Series[1].Values = append(f.Series[1].Values, b.val(y, doc.UnitRatio))
		tab.Rows = append(tab.Rows, []doc.Cell{textCell(a.Label), b.numCell(x, doc.UnitPerWeek), b.numCell(y, doc.UnitRatio)})
	}
	if len(f.Categories) == 0 {
		b.book.Scatter = doc.RollupTable{Table: tab}
		return nil
	}
	f.Caption = b.figureCaption("rollup_scatter", tab.Title)
	f.Caption.Note = b.t("scatter_note")
	tab.Caption = f.Caption
	f.Table, f.Wide = tab, true
	b.book.Scatter = doc.RollupTable{Table: tab}
	return f
}

// heatmapSection: stage scores, one row per built account (the workbook
// shows the table even without accounts or stages; the document does not).
func (b *docBuilder) heatmapSection() *doc.Section {
	accts := b.built()
	// drawn as ratios (0–100 %): the page's score format expects points
	f := &doc.Figure{Kind: doc.FigureHeatmap, Unit: doc.UnitRatio, Wide: true}
	tab := doc.Table{Caption: doc.Caption{Title: b.t("heatmap_title")}, Columns: []doc.Column{{Label: b.t("col.account")}}}
	for _, st := range b.ru.Stages {
		f.Categories = append(f.Categories, st.Label)
		tab.Columns = append(tab.Columns, doc.Column{Label: st.Label, Num: true})
	}
	for _, a := range accts {
		ser := doc.Series{Name: a.Label}
		row := []doc.Cell{textCell(a.Label)}
		for _, st := range b.ru.Stages {
			v := a.StageScores.Get(st.ID)
			ser.Values = append(ser.Values, b.val(v, doc.UnitRatio))
			row = append(row, b.numCell(v, doc.UnitScore))
		}
		f.Series = append(f.Series, ser)
		tab.Rows = append(tab.Rows, row)
	}
	if len(accts) == 0 || len(b.ru.Stages) == 0 {
		b.book.Heatmap = doc.RollupTable{Table: tab}
		return nil
	}
	s := &doc.Section{ID: "heatmap", Number: b.nextChapter(), Title: b.t("heatmap")}
	f.Caption = b.figureCaption("rollup_heatmap", tab.Title)
	f.Caption.Note = b.t("heatmap_note")
	tab.Caption = f.Caption
	f.Table = tab
	b.book.Heatmap = doc.RollupTable{Table: tab}
	s.Blocks = append(s.Blocks, doc.Block{Figure: f})
	return s
}

// rankingsSection: per indicator, a bar chart of the ranked accounts (its
// two ends when long), the top and bottom accounts with n, and the
// accounts without data apart.
func (b *docBuilder) rankingsSection() *doc.Section {
	s := &doc.Section{ID: "rankings", Number: b.nextChapter(), Title: b.t("rankings")}
	b.book.RankingsTitle = s.Title
	for _, rk := range b.ru.Rankings {
		ind := b.indicator(rk.ID)
		unit := docUnit(ind.Unit)
		cols := []doc.Column{{Label: b.t("col.rank"), Num: true}, {Label: b.t("col.account")}, {Label: ind.Label, Num: true}, {Label: "n", Num: true}}
		sub := doc.Section{ID: "rank-" + safeName(rk.ID), Title: b.t("rank_title", ind.Label)}
		var rows [][]doc.Cell
		f := &doc.Figure{Kind: doc.FigureBarH, Unit: unit, Series: []doc.Series{{Name: ind.Label}}}
		k := len(rk.Ranked)
		for i, name := range rk.Ranked {
			a := b.ru.Account(name)
			v, _, n := accountValue(a, rk.ID)
			rows = append(rows, []doc.Cell{b.countCell(i + 1), textCell(a.Label), b.numCell(v, unit), b.countCell(n)})
			if k > 2*chartShown && i >= chartShown && i < k-chartShown {
				continue
			}
			f.Categories = append(f.Categories, a.Label)
			f.Series[0].Values = append(f.Series[0].Values, b.val(v, unit))
		}
		ranked := doc.RollupTable{Table: doc.Table{Caption: doc.Caption{Title: sub.Title}, Columns: cols, Rows: rows}}
		if k > 0 {
			f.Caption = b.figureCaption("rollup_rank_"+safeName(rk.ID), b.t("rank_title", ind.Label))
			if k > 2*chartShown {
				f.Caption.Note = b.t("rank_ends", chartShown, k)
			}
			f.Table = doc.Table{Caption: f.Caption, Columns: cols, Rows: rows}
			ranked.Table = f.Table
			sub.Blocks = append(sub.Blocks, doc.Block{Figure: f})
			top := &doc.Table{Caption: b.tableCaption(b.t("top", rankShown) + ": " + ind.Label), Columns: cols, Rows: rows[:min(rankShown, k)]}
			sub.Blocks = append(sub.Blocks, doc.Block{Table: top})
			if k > rankShown {
				bottom := &doc.Table{Caption: b.tableCaption(b.t("bottom", rankShown) + ": " + ind.Label), Columns: cols,
					Rows: rows[max(rankShown, k-rankShown):]}
				sub.Blocks = append(sub.Blocks, doc.Block{Table: bottom})
			}
		}
		if len(rk.Unranked) > 0 {
			var names []string
			for _, n := range rk.Unranked {
				names = append(names, b.label(n))
			}
			note := b.t("no_data_accounts", strings.Join(names, ", "))
			sub.Blocks = append(sub.Blocks, doc.Block{Paragraph: note})
			ranked.Notes = append(ranked.Notes, note)
		}
		s.Sections = append(s.Sections, sub)
		b.book.Rankings = append(b.book.Rankings, ranked)
	}
	return s
}

func (b *docBuilder) groupsSection() *doc.Section {
	s := &doc.Section{ID: "groups", Number: b.nextChapter(), Title: b.t("groups")}
	t := &doc.Table{Caption: b.tableCaption(b.t("groups_caption")), Columns: []doc.Column{{Label: b.t("col.group")},
		{Label: b.t("col.accounts"), Num: true}, {Label: b.t("col.built"), Num: true}, {Label: b.t("total_posts"), Num: true},
		{Label: b.t("total_views"), Num: true}, {Label: b.t("total_interactions"), Num: true}, {Label: b.t("total_comments"), Num: true},
		{Label: b.t("col.median_ppw"), Num: true}, {Label: b.t("col.median_er"), Num: true}, {Label: b.t("col.median_overall"), Num: true}}}
	for _, g := range b.ru.Groups {
		tt := g.Totals
		t.Rows = append(t.Rows, []doc.Cell{textCell(orDash(g.Group)), b.countCell(g.Accounts), b.countCell(g.Built),
			b.numCell(&tt.Posts, doc.UnitCount), b.numCell(&tt.Views, doc.UnitCount), b.numCell(&tt.Interactions, doc.UnitCount),
			b.numCell(&tt.Comments, doc.UnitCount), b.numCell(g.MedianPostsPerWeek, doc.UnitPerWeek),
			b.numCell(g.MedianER, doc.UnitRatio), b.numCell(g.MedianOverall, doc.UnitScore)})
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	b.book.Groups = doc.RollupTable{Table: *t}
	return s
}

// collabSection: the links between the accounts (the workbook shows the
// table's heads even without any).
func (b *docBuilder) collabSection() *doc.Section {
	s := &doc.Section{ID: "collaborations", Number: b.nextChapter(), Title: b.t("collaborations")}
	t := doc.Table{Caption: doc.Caption{Title: b.t("collab_caption")}, Columns: []doc.Column{{Label: b.t("col.from")},
		{Label: b.t("col.to")}, {Label: b.t("col.collab_rows"), Num: true}, {Label: b.t("col.mentions"), Num: true}}}
	for _, c := range b.ru.Collaborations {
		t.Rows = append(t.Rows, []doc.Cell{textCell(b.label(c.From)), textCell(b.label(c.To)), b.countCell(c.Collabs), b.countCell(c.Mentions)})
	}
	if len(t.Rows) == 0 {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.t("no_collabs")})
	} else {
		t.Caption = b.tableCaption(t.Title)
		s.Blocks = append(s.Blocks, doc.Block{Table: &t})
	}
	note := b.t("collab_note")
	s.Blocks = append(s.Blocks, doc.Block{Paragraph: note})
	b.book.Collaborations = doc.RollupTable{Table: t, Notes: []string{note}}
	return s
}

// failedSection: the accounts that could not be built, nil when all were
// (the workbook shows the table's heads even then).
func (b *docBuilder) failedSection() *doc.Section {
	t := doc.Table{Caption: doc.Caption{Title: b.t("failed_caption")},
		Columns: []doc.Column{{Label: b.t("col.account")}, {Label: b.t("col.path")}, {Label: b.t("col.error")}}}
	for _, a := range b.ru.Accounts {
		if a.Status != report.AccountOK {
			t.Rows = append(t.Rows, []doc.Cell{textCell(a.Label), textCell(a.Path), textCell(a.Error)})
		}
	}
	if len(t.Rows) == 0 {
		b.book.Failed = doc.RollupTable{Table: t}
		return nil
	}
	s := &doc.Section{ID: "failed", Number: b.nextChapter(), Title: b.t("failed")}
	t.Caption = b.tableCaption(t.Title)
	s.Blocks = append(s.Blocks, doc.Block{Table: &t})
	b.book.Failed = doc.RollupTable{Table: t}
	return s
}

func (b *docBuilder) methodSection() *doc.Section {
	s := &doc.Section{ID: "methodology", Number: b.nextChapter(), Title: b.cat.T("doc.method.title")}
	var facts []doc.Fact
	for _, k := range methodKeys {
		facts = append(facts, doc.Fact{Label: b.t("method." + k), Text: b.t("method." + k + "_text")})
	}
	s.Blocks = append(s.Blocks, doc.Block{Facts: facts})
	b.book.Method = facts
	return s
}

// methodKeys are the paragraphs of the roll-up's methodology, in order.
var methodKeys = []string{"values", "overrides", "views", "totals", "rankings", "scores", "collab"}

// safeName keeps [a-z0-9_] of an indicator id for a fixed chart id.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			return r
		}
		return '_'
	}, strings.ToLower(s))
}
