package xlsx

import (
	"errors"
	"fmt"
	"io"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/xuri/excelize/v2"
)

// rollupSheets are the roll-up workbook's sheets, in order; the catalogue
// key of a sheet's name is "rollup.xlsx.sheet." + id.
var rollupSheets = [...]string{"summary", "accounts", "heatmap", "rankings", "groups", "collaborations", "failed", "methodology"}

// rollupBook is a roll-up workbook being built: the book helpers (cells,
// styles, tables, charts) over a roll-up instead of a report.
type rollupBook struct {
	*book
	ru *report.Rollup
}

// WriteRollup writes the roll-up workbook to w: one sheet per table of the
// roll-up report, native charts built from the sheet ranges (ranking bars,
// stage scores per account, posts per week against ER), deterministic bytes.
func WriteRollup(w io.Writer, ru *report.Rollup, opt Options) error {
	if ru == nil {
		return errors.New("xlsx: no roll-up to write")
	}
	lang := normLang(opt.Lang, ru.Meta.Language)
	cat := opt.Catalog
	if cat == nil || cat.Lang != lang {
		var err error
		if cat, err = msg.Load(lang); err != nil {
			return err
		}
	}
	b := &rollupBook{book: &book{f: excelize.NewFile(), cat: cat, lang: lang, names: map[string]string{}, styles: map[sty]int{}}, ru: ru}
	defer b.close()
	for i, id := range rollupSheets {
		name := cat.T("rollup.xlsx.sheet." + id)
		b.names[id] = name
		var err error
		if i == 0 {
			err = b.f.SetSheetName("Sheet1", name)
		} else {
			_, err = b.f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", name, err)
		}
	}
	for _, step := range []func() error{b.accountsSheet, b.heatmapSheet, b.rankingsSheet, b.groupsSheet,
		b.collabSheet, b.failedSheet, b.rollupMethodSheet, b.rollupSummarySheet, b.rollupProps} {
		if err := step(); err != nil {
			return err
		}
	}
	b.f.SetActiveSheet(0)
	return b.write(w)
}

// rt returns the roll-up catalogue text "rollup.xlsx." + key.
func (b *rollupBook) rt(key string, args ...any) string { return b.t("rollup.xlsx."+key, args...) }

// ht returns the roll-up page's catalogue text "rollup.html." + key (the
// texts both outputs share).
func (b *rollupBook) ht(key string, args ...any) string { return b.t("rollup.html."+key, args...) }

func (b *rollupBook) built() []*report.RollupAccount {
	var out []*report.RollupAccount
	for i := range b.ru.Accounts {
		if b.ru.Accounts[i].Status == report.AccountOK {
			out = append(out, &b.ru.Accounts[i])
		}
	}
	return out
}

// value returns the number cell of an account's indicator (ratios as
// fractions with 0.0%, counts #,##0, the rest #,##0.0).
func valueCell(v *float64, unit string) cell {
	code, k := unitFormat(unit)
	return scaled(v, code, k)
}

func rankValue(a *report.RollupAccount, id string) (*float64, int) {
	if id == "overall_score" {
		return a.StageScores.Overall, 0
	}
	v := a.Get(id)
	return v.Value, v.N
}

// accountsSheet: one row per account, each headline indicator with its
// value and previous value, the stage scores, the status and the link to
// the account's own report.
func (b *rollupBook) accountsSheet() error {
	sheet := b.names["accounts"]
	if err := b.sheetTitle(sheet, b.ht("accounts_caption")); err != nil {
		return err
	}
	hd := []cell{{b.ht("col.account"), styHeader}, {b.rt("col.label"), styHeader}, {b.ht("col.group"), styHeader},
		{b.rt("col.status"), styHeader}}
	for _, ind := range b.ru.Indicators {
		hd = append(hd, cell{ind.Label, styHeader})
		if ind.ID != "overall_score" {
			hd = append(hd, cell{b.rt("col.previous", ind.Label), styHeader})
		}
	}
	for _, s := range b.ru.Stages {
		hd = append(hd, cell{s.Label, styHeader})
	}
	hd = append(hd, cell{b.rt("col.report"), styHeader}, cell{b.ht("col.error"), styHeader})
	g := b.newGrid(sheet, len(hd))
	if err := g.row(1, 2, uniqueHeaders(hd)); err != nil {
		return err
	}
	row := 3
	for i := range b.ru.Accounts {
		a := &b.ru.Accounts[i]
		cells := []cell{text(a.Account), text(a.Label), text(a.Group), text(b.rt("status." + a.Status))}
		for _, ind := range b.ru.Indicators {
			if ind.ID == "overall_score" {
				cells = append(cells, valueCell(a.StageScores.Overall, "ratio"))
				continue
			}
			v := a.Get(ind.ID)
			cells = append(cells, valueCell(v.Value, ind.Unit), valueCell(v.Previous, ind.Unit))
		}
		for _, s := range b.ru.Stages {
			cells = append(cells, valueCell(a.StageScores.Get(s.ID), "ratio"))
		}
		cells = append(cells, text(a.Report), text(a.Error))
		if err := g.row(1, row, cells); err != nil {
			return err
		}
		if a.Report != "" { // a relative link to the account's own report, next to this workbook
			if err := b.f.SetCellHyperLink(sheet, anchorCell(len(cells)-1, row), a.Report, "External"); err != nil {
				return err
			}
		}
		row++
	}
	return b.endTable(g, sheet, "Accounts", len(hd), row-1, 2)
}

// heatmapSheet: accounts × stages with a colour scale, and a native
// clustered bar chart of the same range.
func (b *rollupBook) heatmapSheet() error {
	sheet := b.names["heatmap"]
	if err := b.sheetTitle(sheet, b.ht("heatmap_title")); err != nil {
		return err
	}
	hd := []cell{{b.ht("col.account"), styHeader}}
	for _, s := range b.ru.Stages {
		hd = append(hd, cell{s.Label, styHeader})
	}
	g := b.newGrid(sheet, len(hd))
	if err := g.row(1, 2, uniqueHeaders(hd)); err != nil {
		return err
	}
	accts := b.built()
	for i, a := range accts {
		cells := []cell{text(a.Label)}
		for _, s := range b.ru.Stages {
			cells = append(cells, valueCell(a.StageScores.Get(s.ID), "ratio"))
		}
		if err := g.row(1, 3+i, cells); err != nil {
			return err
		}
	}
	last := 2 + len(accts)
	if err := b.endTable(g, sheet, "StageScores", len(hd), last, 2); err != nil || last < 3 {
		return err
	}
	first, _ := excelize.CoordinatesToCellName(2, 3)
	end, _ := excelize.CoordinatesToCellName(len(hd), last)
	if err := b.f.SetConditionalFormat(sheet, first+":"+end, []excelize.ConditionalFormatOptions{{
		Type: "3_color_scale", Criteria: "=", MinType: "num", MidType: "num", MaxType: "num",
		MinValue: "0", MidValue: "0.5", MaxValue: "1", MinColor: "#F8696B", MidColor: "#FFEB84", MaxColor: "#63BE7B"}}); err != nil {
		return err
	}
	var cols []int
	for i := range b.ru.Stages {
		cols = append(cols, 2+i)
	}
	s := span{sheet: sheet, first: 3, last: last, catCol: 1}
	return b.clusteredChart(sheet, anchorCell(len(hd)+2, 2), b.ht("heatmap_title"), s, cols, "0%")
}

// rankingsSheet: one block per indicator (rank, account, value, n) with a
// native bar chart beside it, and the accounts without data below.
func (b *rollupBook) rankingsSheet() error {
	sheet := b.names["rankings"]
	if err := b.sheetTitle(sheet, b.ht("rankings")); err != nil {
		return err
	}
	g := b.newGrid(sheet, 4)
	row := 3
	for _, rk := range b.ru.Rankings {
		ind := b.indicator(rk.ID)
		var rows [][]cell
		for i, name := range rk.Ranked {
			a := b.ru.Account(name)
			v, n := rankValue(a, rk.ID)
			rows = append(rows, []cell{count(i + 1), text(a.Label), valueCell(v, ind.Unit), count(n)})
		}
		at, err := g.block(1, row, b.ht("rank_title", ind.Label),
			[]cell{{b.ht("col.rank"), styHeader}, {b.ht("col.account"), styHeader}, {ind.Label, styHeader}, {"n", styHeader}}, rows)
		if err != nil {
			return err
		}
		next := at.next
		if len(rk.Unranked) > 0 {
			var names []string
			for _, n := range rk.Unranked {
				names = append(names, b.label(n))
			}
			if err := b.put(sheet, 1, next-1, cell{b.ht("no_data_accounts", joinNames(names)), styNote}); err != nil {
				return err
			}
			next++
		}
		if at.last >= at.first {
			code, _ := unitFormat(ind.Unit)
			s := span{sheet: sheet, first: at.first, last: at.last, catCol: 2, valCol: 3}
			if err := b.barChart(sheet, anchorCell(6, row), b.ht("rank_title", ind.Label), s, code, excelize.Bar); err != nil {
				return err
			}
			next = max(next, row+chartRows)
		}
		row = next
	}
	return g.done()
}

func (b *rollupBook) groupsSheet() error {
	sheet := b.names["groups"]
	if err := b.sheetTitle(sheet, b.ht("groups_caption")); err != nil {
		return err
	}
	hd := []cell{{b.ht("col.group"), styHeader}, {b.ht("col.accounts"), styHeader}, {b.ht("col.built"), styHeader},
		{b.ht("total_posts"), styHeader}, {b.ht("total_views"), styHeader}, {b.ht("total_interactions"), styHeader},
		{b.ht("total_comments"), styHeader}, {b.ht("col.median_ppw"), styHeader}, {b.ht("col.median_er"), styHeader},
		{b.ht("col.median_overall"), styHeader}}
	g := b.newGrid(sheet, len(hd))
	if err := g.row(1, 2, hd); err != nil {
		return err
	}
	for i, s := range b.ru.Groups {
		t := s.Totals
		if err := g.row(1, 3+i, []cell{text(orDash(s.Group)), count(s.Accounts), count(s.Built),
			numf(t.Posts, fmtCount), numf(t.Views, fmtCount), numf(t.Interactions, fmtCount), numf(t.Comments, fmtCount),
			valueCell(s.MedianPostsPerWeek, "per_week"), valueCell(s.MedianER, "ratio"), valueCell(s.MedianOverall, "ratio")}); err != nil {
			return err
		}
	}
	last := 2 + len(b.ru.Groups)
	if err := b.endTable(g, sheet, "Groups", len(hd), last, 2); err != nil || last < 3 {
		return err
	}
	s := span{sheet: sheet, first: 3, last: last, catCol: 1, valCol: 4}
	return b.barChart(sheet, anchorCell(2, last+3), b.ht("total_posts"), s, fmtCount, excelize.Col)
}

func (b *rollupBook) collabSheet() error {
	sheet := b.names["collaborations"]
	if err := b.sheetTitle(sheet, b.ht("collab_caption")); err != nil {
		return err
	}
	hd := []cell{{b.ht("col.from"), styHeader}, {b.ht("col.to"), styHeader}, {b.ht("col.collab_rows"), styHeader}, {b.ht("col.mentions"), styHeader}}
	g := b.newGrid(sheet, len(hd))
	if err := g.row(1, 2, hd); err != nil {
		return err
	}
	for i, c := range b.ru.Collaborations {
		if err := g.row(1, 3+i, []cell{text(b.label(c.From)), text(b.label(c.To)), count(c.Collabs), count(c.Mentions)}); err != nil {
			return err
		}
	}
	last := 2 + len(b.ru.Collaborations)
	if err := b.endTable(g, sheet, "Collaborations", len(hd), last, 1); err != nil {
		return err
	}
	return b.put(sheet, 1, max(last, 3)+2, cell{b.ht("collab_note"), styNote})
}

func (b *rollupBook) failedSheet() error {
	sheet := b.names["failed"]
	if err := b.sheetTitle(sheet, b.ht("failed_caption")); err != nil {
		return err
	}
	hd := []cell{{b.ht("col.account"), styHeader}, {b.ht("col.path"), styHeader}, {b.ht("col.error"), styHeader}}
	g := b.newGrid(sheet, len(hd))
	if err := g.row(1, 2, hd); err != nil {
		return err
	}
	row := 3
	for _, a := range b.ru.Accounts {
		if a.Status == report.AccountOK {
			continue
		}
		if err := g.row(1, row, []cell{text(a.Label), text(a.Path), wrapText(a.Error)}); err != nil {
			return err
		}
		row++
	}
	return b.endTable(g, sheet, "Failed", len(hd), row-1, 1)
}

func (b *rollupBook) rollupMethodSheet() error {
	sheet := b.names["methodology"]
	if err := b.sheetTitle(sheet, b.rt("sheet.methodology")); err != nil {
		return err
	}
	g := b.newGrid(sheet, 2)
	g.ws.cap(1, 100)
	row := 3
	for _, k := range []string{"values", "overrides", "views", "totals", "rankings", "scores", "collab"} {
		if err := g.row(1, row, []cell{{b.ht("method." + k), styLabel}, wrapText(b.ht("method." + k + "_text"))}); err != nil {
			return err
		}
		row++
	}
	return g.done()
}

// rollupSummarySheet: cover facts, the totals that add up, the note on
// reach and followers, and the posts-per-week × ER scatter chart.
func (b *rollupBook) rollupSummarySheet() error {
	sheet := b.names["summary"]
	ru := b.ru
	if err := b.sheetTitle(sheet, ru.Meta.Title); err != nil {
		return err
	}
	g := b.newGrid(sheet, 3)
	g.ws.cap(0, 40)
	facts := [][]cell{
		{{b.rt("organization"), styLabel}, text(ru.Meta.Organization)},
		{{b.rt("period"), styLabel}, text(periodID(&ru.Period))},
		{{b.rt("compare"), styLabel}, text(periodID(ru.Previous))},
		{{b.ht("accounts"), styLabel}, count(len(ru.Accounts))},
		{{b.rt("built"), styLabel}, count(len(b.built()))},
	}
	row := 3
	for _, f := range facts {
		if err := g.row(1, row, f); err != nil {
			return err
		}
		row++
	}
	t := ru.Totals
	at, err := g.block(1, row+1, b.rt("totals"), []cell{{b.rt("col.total"), styHeader}, {b.rt("col.value"), styHeader}, {b.rt("col.accounts_counted"), styHeader}},
		[][]cell{
			{text(b.ht("total_posts")), numf(t.Posts, fmtCount), count(t.PostsN)},
			{text(b.ht("total_views")), numf(t.Views, fmtCount), count(t.ViewsN)},
			{text(b.ht("total_interactions")), numf(t.Interactions, fmtCount), count(t.InteractionsN)},
			{text(b.ht("total_comments")), numf(t.Comments, fmtCount), count(t.CommentsN)},
		})
	if err != nil {
		return err
	}
	if err := b.put(sheet, 1, at.next-1, cell{b.ht("not_summed"), styNote}); err != nil {
		return err
	}
	row = at.next + 1
	var pts [][]cell
	for _, a := range b.built() {
		x, y := a.Get("share.posts_per_week").Value, a.Get("engage.er_reach").Value
		if x != nil && y != nil {
			pts = append(pts, []cell{text(a.Label), numf(*x, fmtDec1), numf(*y, fmtPct)})
		}
	}
	sc, err := g.block(1, row, b.ht("scatter_title"), []cell{{b.ht("col.account"), styHeader},
		{b.indicator("share.posts_per_week").Label, styHeader}, {b.indicator("engage.er_reach").Label, styHeader}}, pts)
	if err != nil {
		return err
	}
	if err := g.done(); err != nil {
		return err
	}
	if sc.last < sc.first {
		return nil
	}
	return b.addChart(sheet, anchorCell(5, 3), &excelize.Chart{
		Type: excelize.Scatter,
		Series: []excelize.ChartSeries{{
			Name:       cellRef(sheet, 3, sc.head),
			Categories: ref(sheet, 2, sc.first, sc.last),
			Values:     ref(sheet, 3, sc.first, sc.last),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 7},
			Line:       excelize.LineOptions{Type: excelize.LineNone},
		}},
		Title:  chartTitle(b.ht("scatter_title")),
		Legend: excelize.ChartLegend{Position: "none"},
		XAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: fmtDec1}},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0%"}},
	})
}

// rollupProps sets fixed document properties (no clock: deterministic).
func (b *rollupBook) rollupProps() error {
	m := &b.ru.Meta
	when := m.ReportDate.String() + "T00:00:00Z"
	lang := "id-ID"
	if b.lang == "en" {
		lang = "en-US"
	}
	if err := b.f.SetDocProps(&excelize.DocProperties{Title: m.Title, Subject: b.ru.Period.ID, Creator: m.Organization,
		LastModifiedBy: m.Organization, Description: "rapor " + m.Version, Keywords: "Instagram; Luttrell; rapor; roll-up",
		Created: when, Modified: when, Language: lang}); err != nil {
		return err
	}
	return b.f.SetAppProps(&excelize.AppProperties{Application: "rapor", Company: m.Organization})
}

func (b *rollupBook) indicator(id string) report.RollupIndicator {
	for _, ind := range b.ru.Indicators {
		if ind.ID == id {
			return ind
		}
	}
	return report.RollupIndicator{ID: id, Label: id}
}

func (b *rollupBook) label(name string) string {
	if a := b.ru.Account(name); a != nil {
		return a.Label
	}
	return name
}

func periodID(p *report.PeriodInfo) string {
	if p == nil {
		return "—"
	}
	return p.ID + " (" + p.From.String() + " – " + p.To.String() + ")"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func joinNames(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}

func anchorCell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}
