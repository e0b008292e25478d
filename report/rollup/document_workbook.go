package rollup

import (
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/format"
)

// xt returns the roll-up workbook's catalogue text "rollup.xlsx." + key.
func (b *docBuilder) xt(key string, args ...any) string { return b.cat.T("rollup.xlsx."+key, args...) }

// workbook completes the data of the roll-up workbook's sheets: the
// sections recorded the tables they share with it; this adds what only
// the workbook shows (the summary's facts and totals, the accounts sheet)
// and the document properties.
func (b *docBuilder) workbook() *doc.RollupBook {
	ru, w := b.ru, b.book
	w.Title, w.Organization, w.Version, w.Period = ru.Meta.Title, ru.Meta.Organization, ru.Meta.Version, ru.Period.ID
	w.ReportDate = doc.Value{Unit: doc.UnitDate, Text: format.Null}
	if d := ru.Meta.ReportDate; d != 0 {
		x := float64(d)
		w.ReportDate = doc.Value{Raw: &x, Unit: doc.UnitDate, Text: d.String()}
	}
	w.Facts = []doc.Item{
		{Label: b.xt("organization"), Value: doc.Value{Text: ru.Meta.Organization}},
		{Label: b.xt("period"), Value: doc.Value{Text: isoPeriod(&ru.Period)}},
		{Label: b.xt("compare"), Value: doc.Value{Text: isoPeriod(ru.Previous)}},
		{Label: b.t("accounts"), Value: b.countCell(len(ru.Accounts)).Value},
		{Label: b.xt("built"), Value: b.countCell(len(b.built())).Value},
	}
	w.Totals = b.totalsTable()
	w.Accounts = b.accountRows()
	return w
}

// isoPeriod is a period as its id and ISO dates ("2026-10 (2026-10-01 –
// 2026-10-31)"), "—" without one.
func isoPeriod(p *report.PeriodInfo) string {
	if p == nil {
		return format.Null
	}
	return p.ID + " (" + p.From.String() + " – " + p.To.String() + ")"
}

// totalsTable: the quantities that add up, each with the accounts it
// counts, and the note on what is never summed.
func (b *docBuilder) totalsTable() doc.RollupTable {
	t := b.ru.Totals
	row := func(key string, v float64, n int) []doc.Cell {
		return []doc.Cell{textCell(b.t(key)), b.numCell(&v, doc.UnitCount), b.countCell(n)}
	}
	return doc.RollupTable{Table: doc.Table{Caption: doc.Caption{Title: b.xt("totals")},
		Columns: []doc.Column{{Label: b.xt("col.total")}, {Label: b.xt("col.value"), Num: true}, {Label: b.xt("col.accounts_counted"), Num: true}},
		Rows: [][]doc.Cell{row("total_posts", t.Posts, t.PostsN), row("total_views", t.Views, t.ViewsN),
			row("total_interactions", t.Interactions, t.InteractionsN), row("total_comments", t.Comments, t.CommentsN)}},
		Notes: []string{b.t("not_summed")}}
}

// accountRows is the workbook's accounts sheet: one row per account with
// its name, label, group and status, each headline indicator now and in
// the previous period (the overall score now only), the stage scores, the
// link to the account's own report and its error.
func (b *docBuilder) accountRows() doc.RollupTable {
	ru := b.ru
	t := doc.Table{Caption: doc.Caption{Title: b.t("accounts_caption")}, Columns: []doc.Column{{Label: b.t("col.account")},
		{Label: b.xt("col.label")}, {Label: b.t("col.group")}, {Label: b.xt("col.status")}}}
	for _, ind := range ru.Indicators {
		t.Columns = append(t.Columns, doc.Column{Label: ind.Label, Num: true})
		if ind.ID != OverallID {
			t.Columns = append(t.Columns, doc.Column{Label: b.xt("col.previous", ind.Label), Num: true})
		}
	}
	for _, s := range ru.Stages {
		t.Columns = append(t.Columns, doc.Column{Label: s.Label, Num: true})
	}
	t.Columns = append(t.Columns, doc.Column{Label: b.xt("col.report")}, doc.Column{Label: b.t("col.error")})
	for i := range ru.Accounts {
		a := &ru.Accounts[i]
		row := []doc.Cell{textCell(a.Account), textCell(a.Label), textCell(a.Group), textCell(b.xt("status." + a.Status))}
		for _, ind := range ru.Indicators {
			v, prev, _ := accountValue(a, ind.ID)
			if ind.ID == OverallID {
				row = append(row, b.numCell(v, doc.UnitScore))
				continue
			}
			row = append(row, b.numCell(v, docUnit(ind.Unit)), b.numCell(prev, docUnit(ind.Unit)))
		}
		for _, s := range ru.Stages {
			row = append(row, b.numCell(a.StageScores.Get(s.ID), doc.UnitScore))
		}
		link := textCell(a.Report)
		link.Link = a.Report // relative: the account's own report, next to this workbook
		row = append(row, link, textCell(a.Error))
		t.Rows = append(t.Rows, row)
	}
	return doc.RollupTable{Table: t}
}
