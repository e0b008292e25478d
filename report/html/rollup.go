package html

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

// rollupSrc is the roll-up page; it uses the "table" and "chart" blocks of
// page.tmpl, so both files are parsed together.
//
//go:embed rollup.tmpl
var rollupSrc string

var rollupTpl = template.Must(template.Must(template.New("rollup").Funcs(template.FuncMap{
	"inc": func(i int) int { return i + 1 },
	"t":   func(key string) string { return key }, // replaced per render
}).Parse(rollupSrc)).ParseFS(staticFS, "page.tmpl"))

// rollupPage is the page model of a roll-up report.
type rollupPage struct {
	Lang       string
	Title      string
	Header     template.HTML
	CSS        template.CSS
	ChartCSS   template.CSS // chart heights that grow with the accounts (built here from numbers)
	ECharts    template.JS
	LocaleJS   template.JS
	HelperJS   template.JS
	NoCharts   bool
	Cover      cover
	TOC        []link
	Tiles      []kpi
	TotalsNote string
	Accounts   rtable
	Heatmap    *chartView
	Scatter    *chartView
	Rankings   []rankingView
	Groups     table
	Collabs    table
	Failed     table
	Method     []pair
	Generated  string
	l          *loc
}

// rtable is a table whose cells may link and carry a second, muted line.
type rtable struct {
	Caption string
	Head    []cell
	Rows    [][]rcell
	Note    string
}

type rcell struct {
	Text  string
	Sub   string // muted second line (the previous period)
	Href  string // a relative link ("accounts/<name>/report.html"), or ""; html/template filters it
	Class string
}

// rankingView is one indicator's ranking: bars, top and bottom, no data.
type rankingView struct {
	Chart  *chartView
	Top    table
	Bottom table
	NoData string
}

// rollupBuilder builds the roll-up page.
type rollupBuilder struct {
	ru   *report.Rollup
	l    *loc
	draw bool
}

// rt returns the roll-up catalogue text of key ("rollup.html." + key).
func (b *rollupBuilder) rt(key string, args ...any) string {
	return b.l.cat.T("rollup.html."+key, args...)
}

// RenderRollup writes the roll-up report page to w. Like Render it returns
// warnings (ECharts not embedded) and keeps user text out of the markup.
func RenderRollup(w io.Writer, ru *report.Rollup, opt Options) ([]string, error) {
	return renderRollup(w, ru, opt, echartsJS())
}

// RollupChartIDs returns the ids of the charts RenderRollup emits for ru,
// in page order.
func RollupChartIDs(ru *report.Rollup) []string {
	p, _, err := buildRollup(ru, Options{Lang: ru.Meta.Language}, echartsJS())
	if err != nil {
		return nil
	}
	var ids []string
	for _, c := range []*chartView{p.Scatter, p.Heatmap} {
		if c != nil {
			ids = append(ids, c.ID)
		}
	}
	for _, r := range p.Rankings {
		if r.Chart != nil {
			ids = append(ids, r.Chart.ID)
		}
	}
	return ids
}

func renderRollup(w io.Writer, ru *report.Rollup, opt Options, js string) ([]string, error) {
	if ru == nil {
		return nil, errors.New("html: no roll-up")
	}
	p, warnings, err := buildRollup(ru, opt, js)
	if err != nil {
		return nil, err
	}
	tpl, err := rollupTpl.Clone()
	if err != nil {
		return nil, err
	}
	l := p.loc()
	tpl.Funcs(template.FuncMap{"t": func(key string) string {
		if len(key) > 7 && key[:7] == "rollup." {
			return l.cat.T(key)
		}
		return l.T(key)
	}})
	var buf bytes.Buffer
	if err := tpl.ExecuteTemplate(&buf, "rollup", p); err != nil {
		return nil, err
	}
	_, err = w.Write(buf.Bytes())
	return warnings, err
}

// loc is kept out of the exported fields of the page.
func (p *rollupPage) loc() *loc { return p.l }

func buildRollup(ru *report.Rollup, opt Options, js string) (*rollupPage, []string, error) {
	lang := opt.Lang
	if lang == "" {
		lang = ru.Meta.Language
	}
	l, err := newLoc(lang)
	if err != nil {
		return nil, nil, err
	}
	b := &rollupBuilder{ru: ru, l: l, draw: js != ""}
	p := &rollupPage{
		l: l, Lang: l.lang, Title: ru.Meta.Title,
		Header:   template.HTML(commentHeader(versionOr(ru.Meta.Version), js != "")),
		CSS:      template.CSS(staticFile("style.css")),
		HelperJS: template.JS(staticFile("chart.js")),
		NoCharts: js == "",
	}
	var warnings []string
	if js != "" {
		p.ECharts = template.JS(js)
		p.LocaleJS = template.JS(staticFile("locale_id.js"))
	} else {
		warnings = append(warnings, l.T("warn.no_echarts"))
	}
	p.Cover = b.cover()
	p.Tiles, p.TotalsNote = b.tiles()
	p.Accounts = b.accountsTable()
	if p.Heatmap, err = b.heatmap(); err != nil {
		return nil, nil, err
	}
	if p.Scatter, err = b.scatter(); err != nil {
		return nil, nil, err
	}
	if p.Rankings, err = b.rankings(); err != nil {
		return nil, nil, err
	}
	p.Groups = b.groupsTable()
	p.Collabs = b.collabTable()
	p.Failed = b.failedTable()
	p.Method = b.methodology()
	p.ChartCSS = b.chartCSS()
	p.TOC = b.toc(p)
	p.Generated = l.T("generated", versionOr(ru.Meta.Version))
	return p, warnings, nil
}

func (b *rollupBuilder) toc(p *rollupPage) []link {
	out := []link{{"summary", b.rt("summary")}, {"accounts", b.rt("accounts")}}
	if p.Heatmap != nil {
		out = append(out, link{"heatmap", b.rt("heatmap")})
	}
	out = append(out, link{"rankings", b.rt("rankings")}, link{"groups", b.rt("groups")},
		link{"collaborations", b.rt("collaborations")})
	if len(p.Failed.Rows) > 0 {
		out = append(out, link{"failed", b.rt("failed")})
	}
	return append(out, link{"methodology", b.l.T("method.title")})
}

func (b *rollupBuilder) periodText(p *report.PeriodInfo) string {
	if p == nil {
		return b.rt("no_compare")
	}
	r := report.Range{From: p.From, To: p.To}
	return p.ID + " (" + b.l.rangeText(&r) + ")"
}

func (b *rollupBuilder) cover() cover {
	ru := b.ru
	ok, failed := 0, 0
	for _, a := range ru.Accounts {
		if a.Status == report.AccountOK {
			ok++
		} else {
			failed++
		}
	}
	c := cover{Title: ru.Meta.Title, ToolLabel: b.l.T("cover.tool", versionOr(ru.Meta.Version))}
	if ru.Meta.Organization != "" {
		c.Facts = append(c.Facts, pair{b.l.T("cover.organization"), ru.Meta.Organization})
	}
	c.Facts = append(c.Facts,
		pair{b.l.T("cover.period"), b.periodText(&ru.Period)},
		pair{b.l.T("cover.compare"), b.periodText(ru.Previous)},
		pair{b.rt("accounts"), b.rt("accounts_built", len(ru.Accounts), ok, failed)})
	if ru.Meta.ReportDate != 0 {
		c.Facts = append(c.Facts, pair{b.l.T("cover.report_date"), b.l.date(ru.Meta.ReportDate)})
	}
	if s := ru.Meta.Signatory; s != nil {
		c.Signatory = &signatory{Label: b.l.T("cover.signatory"), Name: s.Name, Title: s.Title}
	}
	return c
}

// tiles are the totals that add up across accounts.
func (b *rollupBuilder) tiles() ([]kpi, string) {
	t := b.ru.Totals
	n := len(b.ru.Accounts)
	mk := func(key string, v float64, k int) kpi {
		return kpi{Label: b.rt(key), Value: b.l.num(v, 0), Previous: b.rt("accounts_counted", k, n)}
	}
	return []kpi{mk("total_posts", t.Posts, t.PostsN), mk("total_views", t.Views, t.ViewsN),
		mk("total_interactions", t.Interactions, t.InteractionsN), mk("total_comments", t.Comments, t.CommentsN)}, b.rt("not_summed")
}

// value formats a value by unit ("—" for none).
func (b *rollupBuilder) value(v *float64, unit string) string {
	if v == nil {
		return format.Null
	}
	return format.Value(*v, unit, b.l.lang)
}

func (b *rollupBuilder) accountLink(a *report.RollupAccount) rcell {
	c := rcell{Text: a.Label, Sub: "@" + a.Account}
	if a.Label == a.Account {
		c.Sub = ""
	}
	c.Href = a.Report
	return c
}

func (b *rollupBuilder) accountsTable() rtable {
	t := rtable{Caption: b.rt("accounts_caption"), Note: b.rt("accounts_note")}
	t.Head = []cell{{Text: b.rt("col.account")}, {Text: b.rt("col.group")}}
	for _, ind := range b.ru.Indicators {
		t.Head = append(t.Head, cell{Text: ind.Label, Class: "num"})
	}
	for _, s := range b.ru.Stages {
		t.Head = append(t.Head, cell{Text: s.Label, Class: "num"})
	}
	for i := range b.ru.Accounts {
		a := &b.ru.Accounts[i]
		row := []rcell{b.accountLink(a), {Text: orDash(a.Group)}}
		if a.Status != report.AccountOK {
			row = append(row, rcell{Text: b.rt("status_failed"), Class: "status-not_met"})
			t.Rows = append(t.Rows, row)
			continue
		}
		for _, ind := range b.ru.Indicators {
			if ind.ID == "overall_score" {
				row = append(row, rcell{Text: b.value(a.StageScores.Overall, "ratio"), Class: "num"})
				continue
			}
			v := a.Get(ind.ID)
			c := rcell{Text: b.value(v.Value, ind.Unit), Class: "num"}
			if v.Previous != nil {
				c.Sub = b.rt("previous", b.value(v.Previous, ind.Unit))
			}
			row = append(row, c)
		}
		for _, s := range b.ru.Stages {
			row = append(row, rcell{Text: b.value(a.StageScores.Get(s.ID), "ratio"), Class: "num"})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func (b *rollupBuilder) groupsTable() table {
	t := table{Caption: b.rt("groups_caption"), Head: head(b.rt("col.group"), b.rt("col.accounts"), b.rt("col.built"),
		b.rt("total_posts"), b.rt("total_views"), b.rt("total_interactions"), b.rt("total_comments"),
		b.rt("col.median_ppw"), b.rt("col.median_er"), b.rt("col.median_overall"))}
	for i := 1; i < len(t.Head); i++ {
		t.Head[i].Class = "num"
	}
	for _, g := range b.ru.Groups {
		t.Rows = append(t.Rows, []cell{textCell(orDash(g.Group)), numCell(b.l.count(g.Accounts)), numCell(b.l.count(g.Built)),
			numCell(b.l.num(g.Totals.Posts, 0)), numCell(b.l.num(g.Totals.Views, 0)),
			numCell(b.l.num(g.Totals.Interactions, 0)), numCell(b.l.num(g.Totals.Comments, 0)),
			numCell(b.value(g.MedianPostsPerWeek, "per_week")), numCell(b.value(g.MedianER, "ratio")),
			numCell(b.value(g.MedianOverall, "ratio"))})
	}
	return t
}

func (b *rollupBuilder) label(name string) string {
	if a := b.ru.Account(name); a != nil {
		return a.Label
	}
	return name
}

func (b *rollupBuilder) collabTable() table {
	t := table{Caption: b.rt("collab_caption"), Head: head(b.rt("col.from"), b.rt("col.to"), b.rt("col.collab_rows"), b.rt("col.mentions")),
		Note: b.rt("collab_note")}
	t.Head[2].Class, t.Head[3].Class = "num", "num"
	for _, c := range b.ru.Collaborations {
		t.Rows = append(t.Rows, []cell{textCell(b.label(c.From)), textCell(b.label(c.To)),
			numCell(b.l.count(c.Collabs)), numCell(b.l.count(c.Mentions))})
	}
	return t
}

func (b *rollupBuilder) failedTable() table {
	t := table{Caption: b.rt("failed_caption"), Head: head(b.rt("col.account"), b.rt("col.path"), b.rt("col.error"))}
	for _, a := range b.ru.Accounts {
		if a.Status != report.AccountOK {
			t.Rows = append(t.Rows, []cell{textCell(a.Label), textCell(a.Path), textCell(a.Error)})
		}
	}
	return t
}

func (b *rollupBuilder) methodology() []pair {
	return []pair{
		{b.rt("method.values"), b.rt("method.values_text")},
		{b.rt("method.overrides"), b.rt("method.overrides_text")},
		{b.rt("method.views"), b.rt("method.views_text")},
		{b.rt("method.totals"), b.rt("method.totals_text")},
		{b.rt("method.rankings"), b.rt("method.rankings_text")},
		{b.rt("method.scores"), b.rt("method.scores_text")},
		{b.rt("method.collab"), b.rt("method.collab_text")},
	}
}

// chartCSS gives the charts with one row per account room for every row.
func (b *rollupBuilder) chartCSS() template.CSS {
	n := 0
	for _, a := range b.ru.Accounts {
		if a.Status == report.AccountOK {
			n++
		}
	}
	h := max(300, 60+22*n)
	r := max(300, 60+22*min(n, 2*chartShown))
	return template.CSS(fmt.Sprintf("#fig-rollup_heatmap .chart { height: %dpx; } .rank-box .chart { height: %dpx; }", h, r))
}
