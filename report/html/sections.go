package html

import (
	"sort"

	"github.com/rapor-id/rapor/report"
)

func (b *builder) monthly() (*monthly, error) {
	if len(b.r.Monthly) < 2 {
		return nil, nil
	}
	cs, t, err := b.monthlyCharts(b.kpiResults())
	if err != nil {
		return nil, err
	}
	if len(t.Rows) == 0 {
		return nil, nil
	}
	t.Caption = b.l.T("monthly.table")
	return &monthly{Intro: b.l.T("monthly.intro"), Charts: cs, Table: t}, nil
}

func (b *builder) triangulation() triangulation {
	tr := triangulation{Intro: b.l.T("tri.intro")}
	tr.Table = table{Caption: b.l.T("tri.title"), Head: []cell{textCell(b.l.T("col.subcomponent")),
		{Text: b.l.T("col.targets_met"), Class: "num"}, {Text: b.l.T("col.interviews"), Class: "num"},
		{Text: b.l.T("col.observations"), Class: "num"}, {Text: b.l.T("col.documents"), Class: "num"},
		textCell(b.l.T("col.verdict"))}}
	for _, r := range b.r.Triangulation {
		label := r.Label
		if label == "" {
			label = b.codeLabel(r.Code)
		}
		met := "—"
		if r.WithTarget > 0 {
			met = b.l.count(r.Met) + "/" + b.l.count(r.WithTarget)
		}
		v := "—"
		if r.Verdict != "" {
			v = b.verdictName(r.Verdict)
			if c := b.verdictCounts(r.Verdicts); c != "" {
				v += " (" + c + ")"
			}
		}
		tr.Table.Rows = append(tr.Table.Rows, []cell{textCell(label), numCell(met), numCell(b.l.count(r.Interviews)),
			numCell(b.l.count(r.Observations)), numCell(b.l.count(r.Documents)), textCell(v)})
	}
	tr.Empty = len(tr.Table.Rows) == 0
	return tr
}

// luttrell is the framework citation when the framework file gives none.
const luttrell = "Luttrell, R. (2019). Social Media: How to Engage, Share, and Connect (3rd ed.). Rowman & Littlefield."

func (b *builder) methodology(stages []stageDef) methodology {
	m := methodology{}
	m.Sources = table{Caption: b.l.T("method.sources"), Head: []cell{textCell(b.l.T("col.file")),
		textCell(b.l.T("col.kind")), textCell(b.l.T("col.coverage"))}}
	for _, in := range b.r.Inputs {
		m.Sources.Rows = append(m.Sources.Rows, []cell{textCell(in.Path), textCell(b.kindName(in.Kind)), textCell(b.l.rangeText(in.Coverage))})
	}
	m.Period = append(m.Period, b.l.T("method.period", b.periodText(b.r.Period)))
	if b.r.Previous != nil {
		m.Period = append(m.Period, b.l.T("method.compare", b.periodText(*b.r.Previous)))
	} else {
		m.Period = append(m.Period, b.l.T("method.no_compare"))
	}
	if f := b.r.Framework; f != nil {
		for _, s := range stages {
			g := formulaGroup{Stage: s.Label}
			for _, d := range f.Indicators {
				if report.StageOf(d.Subcomponent) != s.ID {
					continue
				}
				label := d.Label.In(b.l.lang)
				if label == "" {
					label = d.ID
				}
				g.Items = append(g.Items, pair{label, d.Formula.In(b.l.lang)})
			}
			if len(g.Items) > 0 {
				m.Formulas = append(m.Formulas, g)
			}
		}
	} else {
		g := formulaGroup{Stage: b.l.T("method.formulas")}
		for _, r := range b.r.Indicators {
			g.Items = append(g.Items, pair{r.Label, r.Formula})
		}
		if len(g.Items) > 0 {
			m.Formulas = append(m.Formulas, g)
		}
	}
	tz := b.r.Meta.Timezone
	if tz == "" {
		tz = b.r.Period.Timezone
	}
	m.Assumptions = append(m.Assumptions, b.l.T("method.timezone", orDash(tz)))
	if et := b.r.Meta.ExportTZ; et != "" {
		m.Assumptions = append(m.Assumptions, b.l.T("method.export_timezone", et))
	}
	m.Assumptions = append(m.Assumptions, b.l.T("method.er_variant"), b.l.T("method.interactions"))
	m.Assumptions = append(m.Assumptions, b.r.MethodNotes...)
	m.Limitations = []string{b.l.T("method.limit_reach"), b.l.T("method.limit_lifetime"), b.l.T("method.limit_snapshot")}
	if b.r.Meta.Pseudonymize {
		m.Privacy = append(m.Privacy, b.l.T("method.pseudonymized"))
	} else {
		m.Privacy = append(m.Privacy, b.l.T("method.not_pseudonymized"))
	}
	if n := b.r.Meta.Redactions; n > 0 {
		m.Privacy = append(m.Privacy, b.l.T("method.redactions", b.l.count(n)))
	}
	m.Privacy = append(m.Privacy, b.l.T("method.pdp_law"))
	m.Citation = luttrell
	if f := b.r.Framework; f != nil && f.Citation != "" {
		m.Citation = f.Citation
	}
	return m
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// maxPostsListed: above it the appendix lists the top and bottom postsEach.
const (
	maxPostsListed = 100
	postsEach      = 20
)

func (b *builder) appendix() (appendix, error) {
	var a appendix
	for _, f := range b.r.DataQuality {
		if f == nil {
			continue
		}
		q := fileQuality{Path: f.Path}
		add := func(k, v string) {
			if v != "" {
				q.Facts = append(q.Facts, pair{b.l.T(k), v})
			}
		}
		add("dq.kind", b.kindName(f.Kind))
		add("dq.preset", f.Preset)
		add("dq.encoding", f.Encoding)
		add("dq.delimiter", delimName(f.Delimiter))
		if f.Coverage != nil {
			add("dq.coverage", b.l.rangeText(f.Coverage))
		}
		add("dq.rows_read", b.l.count(f.RowsRead))
		add("dq.rows_used", b.l.count(f.RowsUsed))
		add("dq.rows_skipped", b.l.count(f.SkippedTotal()))
		reasons := make([]string, 0, len(f.Skipped))
		for k := range f.Skipped {
			reasons = append(reasons, k)
		}
		sort.Strings(reasons)
		for _, k := range reasons {
			name := k
			if b.l.has("skip." + k) {
				name = b.l.T("skip." + k)
			}
			q.Skipped = append(q.Skipped, pair{name, b.l.count(f.Skipped[k])})
		}
		q.Warnings = f.Warnings
		a.Quality = append(a.Quality, q)
	}

	posts := b.r.Posts
	if len(posts) <= maxPostsListed {
		a.PostsIntro = b.l.T("posts.all", b.l.count(len(posts)))
		if t := b.postsTable(b.l.T("posts.table"), posts); t != nil {
			a.Posts = append(a.Posts, *t)
		}
	} else {
		var withER []report.PostRow
		for _, p := range posts {
			if p.ER != nil {
				withER = append(withER, p)
			}
		}
		sort.SliceStable(withER, func(i, j int) bool {
			if *withER[i].ER != *withER[j].ER {
				return *withER[i].ER > *withER[j].ER
			}
			return withER[i].Key < withER[j].Key
		})
		n := min(postsEach, len(withER))
		top := withER[:n]
		bottom := make([]report.PostRow, 0, n)
		for i := len(withER) - 1; i >= 0 && len(bottom) < n && i >= n; i-- {
			bottom = append(bottom, withER[i])
		}
		a.PostsIntro = b.l.T("posts.some", b.l.count(len(posts)), b.l.count(len(withER)), b.l.count(len(top)), b.l.count(len(bottom)))
		if t := b.postsTable(b.l.T("posts.top", b.l.count(len(top))), top); t != nil {
			a.Posts = append(a.Posts, *t)
		}
		if t := b.postsTable(b.l.T("posts.bottom", b.l.count(len(bottom))), bottom); t != nil {
			a.Posts = append(a.Posts, *t)
		}
	}

	cc, err := b.codeFreqChart()
	if err != nil {
		return a, err
	}
	a.CodeChart = cc
	if len(b.r.CodeInformants) > 0 {
		a.Informants = b.informantTable()
	}
	if cc == nil && a.Informants == nil {
		a.NoCodes = b.l.T("codes.none")
	}
	return a, nil
}

func delimName(d string) string {
	switch d {
	case "\t":
		return "TAB"
	case "":
		return ""
	}
	return d
}

// informantTable is the codes × informants table (codes in framework order).
func (b *builder) informantTable() *table {
	var informants []string
	seen := map[string]bool{}
	cells := map[[2]string]int{}
	codesSeen := map[string]bool{}
	var codes []string
	for _, ci := range b.r.CodeInformants {
		if !seen[ci.Informant] {
			seen[ci.Informant] = true
			informants = append(informants, ci.Informant)
		}
		if !codesSeen[ci.Code] {
			codesSeen[ci.Code] = true
			codes = append(codes, ci.Code)
		}
		cells[[2]string{ci.Code, ci.Informant}] += ci.Count
	}
	t := &table{Caption: b.l.T("codes.informants"), Head: []cell{textCell(b.l.T("col.code"))}}
	for _, in := range informants {
		t.Head = append(t.Head, cell{Text: in, Class: "num"})
	}
	for _, c := range codes {
		row := []cell{textCell(b.codeLabel(c))}
		for _, in := range informants {
			row = append(row, numCell(b.l.count(cells[[2]string{c, in}])))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
