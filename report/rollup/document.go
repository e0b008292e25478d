package rollup

import (
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/format"
	"github.com/rapor-id/rapor/report/msg"
)

// rankShown is how many accounts the top and bottom tables show;
// chartShown how many from each end a ranking chart draws when it has more
// than twice as many accounts (the table under it holds them all).
const (
	rankShown  = 5
	chartShown = 20
)

// docBuilder builds the roll-up's document (report/doc), which the page
// and the other writers render.
type docBuilder struct {
	ru           *report.Rollup
	cat          *msg.Catalog
	lang         string
	chapters     int
	chap         string
	tables, figs int
	contents     []doc.Ref
	// book is the workbook's data: the sections record the tables it
	// shares with them as they build them.
	book *doc.RollupBook
}

// Document returns the roll-up as a document in lang: the totals as tiles,
// then the accounts, the stage-score map, the rankings, the groups, the
// collaborations, the failed accounts and the methodology, each table and
// figure numbered per chapter; and the data of the roll-up workbook's
// sheets (Document.Rollup).
func Document(ru *report.Rollup, lang string) *doc.Document {
	lang = report.NormLang(lang)
	b := &docBuilder{ru: ru, cat: msg.MustLoad(lang), lang: lang, book: &doc.RollupBook{}}
	d := &doc.Document{Lang: lang, Title: ru.Meta.Title, Subtitle: ru.Period.ID, Cover: b.cover(),
		Footer: b.cat.T("doc.generated", version(ru.Meta.Version)), Labels: b.labels()}
	d.Briefing = b.briefing()
	for _, s := range []func() *doc.Section{b.accountsSection, b.heatmapSection, b.rankingsSection,
		b.groupsSection, b.collabSection, b.failedSection, b.methodSection} {
		if sec := s(); sec != nil {
			d.Sections = append(d.Sections, *sec)
		}
	}
	d.Contents = b.contents
	d.Rollup = b.workbook()
	return d
}

func version(v string) string {
	if v == "" {
		return "dev"
	}
	return v
}

// t returns the roll-up page text "rollup.html." + key.
func (b *docBuilder) t(key string, args ...any) string { return b.cat.T("rollup.html."+key, args...) }

func (b *docBuilder) labels() doc.Labels {
	t := func(k string) string { return b.cat.T("doc." + k) }
	return doc.Labels{Kicker: b.t("kicker"), Logo: t("cover.logo"), Contents: t("toc"), Summary: b.t("summary"),
		Target: t("kpi.target"), Previous: t("col.previous"), DataTable: t("chart.data_table"),
		NoCharts: t("warn.no_echarts"), NarrativeTooLarge: t("narrative.too_large"),
		NarrativeFailed: t("narrative.failed"), Approval: t("cover.signatory")}
}

func (b *docBuilder) periodText(p *report.PeriodInfo) string {
	if p == nil {
		return b.t("no_compare")
	}
	return p.ID + " (" + format.DateRange(report.Range{From: p.From, To: p.To}, b.lang) + ")"
}

func (b *docBuilder) cover() doc.Cover {
	ru := b.ru
	built := len(b.built())
	c := doc.Cover{Title: ru.Meta.Title, Tool: b.cat.T("doc.cover.tool", version(ru.Meta.Version)), Version: version(ru.Meta.Version)}
	if ru.Meta.Organization != "" {
		c.Facts = append(c.Facts, doc.Fact{Label: b.cat.T("doc.cover.organization"), Text: ru.Meta.Organization})
	}
	c.Facts = append(c.Facts,
		doc.Fact{Label: b.cat.T("doc.cover.period"), Text: b.periodText(&ru.Period)},
		doc.Fact{Label: b.cat.T("doc.cover.compare"), Text: b.periodText(ru.Previous)},
		doc.Fact{Label: b.t("accounts"), Text: b.t("accounts_built", len(ru.Accounts), built, len(ru.Accounts)-built)})
	if ru.Meta.ReportDate != 0 {
		c.Facts = append(c.Facts, doc.Fact{Label: b.cat.T("doc.cover.report_date"), Text: format.Date(ru.Meta.ReportDate, b.lang)})
	}
	return c
}

// briefing: the totals that add up, as tiles, and the median overall score.
func (b *docBuilder) briefing() doc.Briefing {
	t, n := b.ru.Totals, len(b.ru.Accounts)
	tile := func(id, key string, v float64, k int) doc.Tile {
		return doc.Tile{ID: id, Label: b.t(key), Value: b.val(&v, doc.UnitCount),
			Previous: doc.Value{Text: b.t("accounts_counted", k, n)}, Status: doc.Status{Code: report.StatusNoTarget}}
	}
	var overall []float64
	for _, a := range b.built() {
		collect(&overall, a.StageScores.Overall)
	}
	return doc.Briefing{
		Verdict: b.t("not_summed"),
		Tiles: []doc.Tile{tile("total_posts", "total_posts", t.Posts, t.PostsN), tile("total_views", "total_views", t.Views, t.ViewsN),
			tile("total_interactions", "total_interactions", t.Interactions, t.InteractionsN),
			tile("total_comments", "total_comments", t.Comments, t.CommentsN)},
		Overall: doc.Score{Stage: "overall", Label: b.t("col.median_overall"), Value: b.val(median(overall), doc.UnitScore),
			WithData: len(overall), Formula: b.t("accounts_counted", len(overall), n)},
	}
}

// val is a value with its unit and text ("—" without a number).
func (b *docBuilder) val(v *float64, unit string) doc.Value {
	if v == nil {
		return doc.Value{Unit: unit, Text: format.Null}
	}
	x := *v
	return doc.Value{Raw: &x, Unit: unit, Text: b.text(x, unit)}
}

// text formats x with its unit: scores as percentages, and the unit words
// of the document catalogue after the number ("9,0 per minggu", "3,0 jam").
func (b *docBuilder) text(x float64, unit string) string {
	switch unit {
	case doc.UnitScore:
		return format.Percent(x, b.lang)
	case doc.UnitRatio, doc.UnitCount, doc.UnitPP:
		return format.Value(x, unit, b.lang)
	}
	n := format.Value(x, unit, b.lang)
	if key := "doc.unit." + unit; b.cat.Has(key) {
		return b.cat.T(key, n)
	}
	return n
}

func textCell(s string) doc.Cell { return doc.Cell{Value: doc.Value{Text: s}} }

func (b *docBuilder) numCell(v *float64, unit string) doc.Cell {
	return doc.Cell{Value: b.val(v, unit)}
}

func (b *docBuilder) countCell(n int) doc.Cell {
	v := float64(n)
	return b.numCell(&v, doc.UnitCount)
}

// nextChapter starts the next chapter and returns its number.
func (b *docBuilder) nextChapter() string {
	b.chapters++
	b.chap, b.tables, b.figs = strconv.Itoa(b.chapters), 0, 0
	return b.chap
}

func (b *docBuilder) tableCaption(title string) doc.Caption {
	b.tables++
	no := b.chap + "." + strconv.Itoa(b.tables)
	c := doc.Caption{ID: "tab-" + strings.ReplaceAll(no, ".", "-"), Number: no, Label: b.cat.T("doc.caption.table", no),
		Title: title, Source: b.t("source")}
	b.contents = append(b.contents, doc.Ref{Kind: "table", ID: c.ID, Label: c.Label, Title: title})
	return c
}

func (b *docBuilder) figureCaption(id, title string) doc.Caption {
	b.figs++
	no := b.chap + "." + strconv.Itoa(b.figs)
	c := doc.Caption{ID: id, Number: no, Label: b.cat.T("doc.caption.figure", no), Title: title, Source: b.t("source")}
	b.contents = append(b.contents, doc.Ref{Kind: "figure", ID: id, Label: c.Label, Title: title})
	return c
}

func (b *docBuilder) built() []*report.RollupAccount {
	var out []*report.RollupAccount
	for i := range b.ru.Accounts {
		if b.ru.Accounts[i].Status == report.AccountOK {
			out = append(out, &b.ru.Accounts[i])
		}
	}
	return out
}

func (b *docBuilder) indicator(id string) report.RollupIndicator {
	for _, ind := range b.ru.Indicators {
		if ind.ID == id {
			return ind
		}
	}
	return report.RollupIndicator{ID: id, Label: id}
}

func (b *docBuilder) label(name string) string {
	if a := b.ru.Account(name); a != nil {
		return a.Label
	}
	return name
}

func orDash(s string) string {
	if s == "" {
		return format.Null
	}
	return s
}
