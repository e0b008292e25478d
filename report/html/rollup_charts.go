package html

import (
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-id/rapor/report"
)

// rankShown is how many accounts the top and bottom tables show;
// chartShown how many from each end a ranking chart draws when it has more
// than twice as many accounts.
const (
	rankShown  = 5
	chartShown = 20
)

// rollupView fills a chart view of the roll-up page.
func (b *rollupBuilder) view(id, title, fmtKind string, c echChart, t table, patches ...func(map[string]interface{})) (*chartView, error) {
	opt, err := optionJSON(c, patches...)
	if err != nil {
		return nil, err
	}
	if t.Caption == "" {
		t.Caption = title
	}
	return &chartView{ID: id, Title: title, Fmt: fmtKind, Option: opt, Table: t, Draw: b.draw, Wide: true}, nil
}

// built returns the accounts that were built, in order.
func (b *rollupBuilder) built() []*report.RollupAccount {
	var out []*report.RollupAccount
	for i := range b.ru.Accounts {
		if b.ru.Accounts[i].Status == report.AccountOK {
			out = append(out, &b.ru.Accounts[i])
		}
	}
	return out
}

// heatmap draws accounts × stages, coloured by stage score.
func (b *rollupBuilder) heatmap() (*chartView, error) {
	accts := b.built()
	if len(accts) == 0 || len(b.ru.Stages) == 0 {
		return nil, nil
	}
	var stages []string
	t := table{Head: []cell{{Text: b.rt("col.account")}}}
	for _, s := range b.ru.Stages {
		stages = append(stages, s.Label)
		t.Head = append(t.Head, cell{Text: s.Label, Class: "num"})
	}
	var names []string
	var data []opts.HeatMapData
	for y, a := range accts {
		names = append(names, a.Label)
		row := []cell{textCell(a.Label)}
		for x, s := range b.ru.Stages {
			v := a.StageScores.Get(s.ID)
			row = append(row, numCell(b.value(v, "ratio")))
			if v != nil {
				data = append(data, opts.HeatMapData{Value: [3]interface{}{x, y, round(*v, 4)}})
			}
		}
		t.Rows = append(t.Rows, row)
	}
	c := charts.NewHeatMap()
	c.SetGlobalOptions(append(common(false, "item"),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "8", Top: "8", Bottom: "64", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: stages, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names, Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)}}),
		charts.WithVisualMapOpts(opts.VisualMap{Min: 0, Max: 1, Calculable: opts.Bool(true),
			Orient: "horizontal", Left: "center", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#fde4e1", "#f7f3d4", "#1e7b34"}}}))...)
	c.AddSeries(b.rt("col.score"), data)
	v, err := b.view("rollup_heatmap", b.rt("heatmap_title"), "ratio", c, t)
	if v != nil {
		v.Note = b.rt("heatmap_note")
	}
	return v, err
}

// scatter draws posts per week against ER by reach, one point per account.
func (b *rollupBuilder) scatter() (*chartView, error) {
	t := table{Head: head(b.rt("col.account"), b.indLabel("share.posts_per_week"), b.indLabel("engage.er_reach"))}
	t.Head[1].Class, t.Head[2].Class = "num", "num"
	var data []opts.ScatterData
	for _, a := range b.built() {
		x, y := a.Get("share.posts_per_week").Value, a.Get("engage.er_reach").Value
		if x == nil || y == nil {
			continue
		}
		data = append(data, opts.ScatterData{Name: a.Label, Value: []interface{}{round(*x, 2), round(*y*100, 3)}, SymbolSize: 12})
		t.Rows = append(t.Rows, []cell{textCell(a.Label), numCell(b.value(x, "per_week")), numCell(b.value(y, "ratio"))})
	}
	if len(data) == 0 {
		return nil, nil
	}
	c := charts.NewScatter()
	c.SetGlobalOptions(append(common(false, "item"), gridOpts("32"),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: b.indLabel("share.posts_per_week"), NameLocation: "middle", NameGap: 24}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: b.rt("er_pct_axis")}))...)
	c.AddSeries(b.rt("col.account"), data)
	v, err := b.view("rollup_scatter", b.rt("scatter_title"), "dec1", c, t)
	if v != nil {
		v.Note = b.rt("scatter_note")
	}
	return v, err
}

func (b *rollupBuilder) indLabel(id string) string {
	for _, ind := range b.ru.Indicators {
		if ind.ID == id {
			return ind.Label
		}
	}
	return id
}

func (b *rollupBuilder) indicator(id string) report.RollupIndicator {
	for _, ind := range b.ru.Indicators {
		if ind.ID == id {
			return ind
		}
	}
	return report.RollupIndicator{ID: id, Label: id}
}

// rankValue returns an account's value and n for a ranking.
func rankValue(a *report.RollupAccount, id string) (*float64, int) {
	if id == "overall_score" {
		return a.StageScores.Overall, 0
	}
	v := a.Get(id)
	return v.Value, v.N
}

// rankings draws, per indicator, the ranked accounts as bars and lists the
// top and bottom accounts with n, and the accounts without data apart.
func (b *rollupBuilder) rankings() ([]rankingView, error) {
	var out []rankingView
	for _, rk := range b.ru.Rankings {
		ind := b.indicator(rk.ID)
		rv := rankingView{}
		if len(rk.Unranked) > 0 {
			var names []string
			for _, n := range rk.Unranked {
				names = append(names, b.label(n))
			}
			rv.NoData = b.rt("no_data_accounts", strings.Join(names, ", "))
		}
		hd := head(b.rt("col.rank"), b.rt("col.account"), ind.Label, "n")
		hd[0].Class, hd[2].Class, hd[3].Class = "num", "num", "num"
		full := table{Head: hd}
		var x []string
		var data []opts.BarData
		k := len(rk.Ranked)
		for i, name := range rk.Ranked {
			a := b.ru.Account(name)
			v, n := rankValue(a, rk.ID)
			row := []cell{numCell(b.l.count(i + 1)), textCell(a.Label), numCell(b.value(v, ind.Unit)), numCell(b.l.count(n))}
			full.Rows = append(full.Rows, row)
			if k > 2*chartShown && i >= chartShown && i < k-chartShown {
				continue // a long ranking draws its two ends; the table holds every account
			}
			x = append(x, a.Label)
			data = append(data, opts.BarData{Value: round(*v, 5)})
		}
		rv.Top = table{Caption: b.rt("top", rankShown), Head: hd}
		rv.Bottom = table{Caption: b.rt("bottom", rankShown), Head: hd}
		if k > 0 {
			rv.Top.Rows = full.Rows[:min(rankShown, k)]
			if k > rankShown {
				rv.Bottom.Rows = full.Rows[max(rankShown, k-rankShown):]
			}
			c := charts.NewBar()
			c.SetGlobalOptions(append(common(false, "axis"), gridOpts("24"),
				charts.WithXAxisOpts(opts.XAxis{Type: "value"}),
				charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: x, Inverse: opts.Bool(true)}))...)
			c.SetXAxis(x).AddSeries(ind.Label, data)
			c.XYReversal()
			v, err := b.view("rollup_rank_"+safeID(rk.ID), b.rt("rank_title", ind.Label), unitFmt(ind.Unit), c, full)
			if err != nil {
				return nil, err
			}
			if k > 2*chartShown {
				v.Note = b.rt("rank_ends", chartShown, k)
			}
			rv.Chart = v
		}
		if rv.Chart == nil {
			rv.Top.Caption = b.rt("rank_title", ind.Label)
		}
		out = append(out, rv)
	}
	return out, nil
}
