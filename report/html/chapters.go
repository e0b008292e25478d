package html

import (
	"sort"

	"github.com/rapor-id/rapor/report"
)

// chapters builds one chapter per stage, placing each chart and breakdown
// table in its sub-component (else its stage, else the "other" chapter).
func (b *builder) chapters(stages []stageDef, placed []placedChart, tables []placedTable) ([]chapter, *chapter) {
	subIndex := map[string][2]int{} // code -> chapter, sub
	stageIndex := map[string]int{}
	var chs []chapter
	for i, s := range stages {
		ch := chapter{ID: "stage-" + safeID(s.ID), Title: s.Label, Description: s.Desc}
		if sc := b.r.StageScores.Get(s.ID); sc != nil {
			ch.Score = b.l.T("score.stage", b.l.pct(*sc))
		} else {
			ch.Score = b.l.T("score.stage_none")
		}
		stageIndex[s.ID] = i
		for j, sd := range s.Subs {
			ch.Subs = append(ch.Subs, sub{ID: "sub-" + safeID(sd.Code), Code: sd.Code, Title: sd.Label, Description: sd.Desc})
			subIndex[sd.Code] = [2]int{i, j}
		}
		chs = append(chs, ch)
	}
	other := &chapter{ID: "other", Title: b.l.T("other.title")}

	// Indicators.
	subRes := map[string][]*report.Result{}
	stageRes := map[string][]*report.Result{}
	var otherRes []*report.Result
	for i := range b.r.Indicators {
		r := &b.r.Indicators[i]
		code := resultCode(r)
		switch {
		case hasKey(subIndex, code):
			subRes[code] = append(subRes[code], r)
		case hasKey(stageIndex, r.Stage):
			stageRes[r.Stage] = append(stageRes[r.Stage], r)
		default:
			otherRes = append(otherRes, r)
		}
	}
	for i := range chs {
		for j := range chs[i].Subs {
			chs[i].Subs[j].Indicators = b.indicatorTable(subRes[chs[i].Subs[j].Code])
		}
		chs[i].Indicators = b.indicatorTable(stageRes[stages[i].ID])
	}
	other.Indicators = b.indicatorTable(otherRes)

	// Charts and breakdown tables.
	for _, p := range placed {
		if ix, ok := subIndex[p.home]; ok {
			chs[ix[0]].Subs[ix[1]].Charts = append(chs[ix[0]].Subs[ix[1]].Charts, p.view)
		} else if ix, ok := stageIndex[report.StageOf(p.home)]; ok {
			chs[ix].Charts = append(chs[ix].Charts, p.view)
		} else {
			other.Charts = append(other.Charts, p.view)
		}
	}
	for _, p := range tables {
		if ix, ok := subIndex[p.home]; ok {
			chs[ix[0]].Subs[ix[1]].Tables = append(chs[ix[0]].Subs[ix[1]].Tables, p.t)
		} else if ix, ok := stageIndex[report.StageOf(p.home)]; ok {
			chs[ix].Tables = append(chs[ix].Tables, p.t)
		} else {
			other.Tables = append(other.Tables, p.t)
		}
	}

	// Evidence.
	for _, e := range b.r.Evidence {
		ix, ok := subIndex[e.Code]
		if !ok {
			continue // the triangulation matrix still lists it
		}
		s := &chs[ix[0]].Subs[ix[1]]
		for _, q := range e.Interviews {
			s.Quotes = append(s.Quotes, b.quote(q))
		}
		for _, q := range e.Observations {
			s.Observations = append(s.Observations, b.quote(q))
		}
		for _, q := range e.Documents {
			s.Documents = append(s.Documents, b.quote(q))
		}
		if e.Verdict != "" {
			s.Verdict = b.verdictName(e.Verdict)
		}
		s.Verdicts = b.verdictCounts(e.Verdicts)
	}

	// Narratives of a stage go to its chapter; the others to the summary.
	for _, n := range b.r.Narratives {
		if ix, ok := stageIndex[n.Stage]; ok && n.Stage != "" {
			chs[ix].Narratives = append(chs[ix].Narratives, b.renderNarrative(n))
		}
	}
	for i := range chs {
		for j := range chs[i].Subs {
			s := &chs[i].Subs[j]
			s.Empty = s.Indicators == nil && len(s.Charts) == 0 && len(s.Tables) == 0 &&
				len(s.Quotes) == 0 && len(s.Observations) == 0 && len(s.Documents) == 0
		}
	}
	if other.Indicators == nil && len(other.Charts) == 0 && len(other.Tables) == 0 {
		other = nil
	}
	return chs, other
}

func hasKey[V any](m map[string]V, k string) bool { _, ok := m[k]; return ok }

// quote formats one piece of evidence with its source line.
func (b *builder) quote(q report.Quote) quote {
	out := quote{Text: q.Text}
	if q.Assessment != "" {
		out.Assessment = b.verdictName(q.Assessment)
	}
	src := q.Who
	if q.Role != "" {
		src += ", " + q.Role
	}
	if q.Setting != "" {
		src += ", " + q.Setting
	}
	if q.Date != 0 {
		if src != "" {
			src += ", "
		}
		src += b.l.date(q.Date)
	}
	if q.Time != "" {
		src += " " + q.Time
	}
	if q.NoteID != "" {
		src += " [" + q.NoteID + "]"
	}
	out.Source = src
	return out
}

func (b *builder) verdictName(v string) string {
	if b.l.has("verdict." + v) {
		return b.l.T("verdict." + v)
	}
	return v
}

// verdictCounts is "Optimal 2 · Belum optimal 1", in a fixed order.
func (b *builder) verdictCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	order := map[string]int{"optimal": 0, "belum_optimal": 1, "tidak_ada": 2}
	sort.Slice(keys, func(i, j int) bool {
		oi, iok := order[keys[i]]
		oj, jok := order[keys[j]]
		if iok != jok {
			return iok
		}
		if oi != oj {
			return oi < oj
		}
		return keys[i] < keys[j]
	})
	out := ""
	for _, k := range keys {
		if m[k] == 0 {
			continue
		}
		if out != "" {
			out += " · "
		}
		out += b.verdictName(k) + " " + b.l.count(m[k])
	}
	return out
}

// placedTable is a breakdown table with the sub-component it belongs to.
type placedTable struct {
	home string
	t    table
}

// breakdownTables builds the breakdowns that are tables only.
func (b *builder) breakdownTables() []placedTable {
	bd := &b.r.Breakdowns
	var out []placedTable
	add := func(home string, t *table) {
		if t != nil && len(t.Rows) > 0 {
			out = append(out, placedTable{home, *t})
		}
	}
	add(homeListen, b.postsTable(b.l.T("table.top_posts"), bd.TopPosts))
	add(homeListen, b.postsTable(b.l.T("table.bottom_posts"), bd.BottomPosts))
	add(homeListen, b.groupTable(b.l.T("table.er_by_category"), b.l.T("col.category"), bd.ERByCategory, false))
	add(homeListen, b.hashtagTable())
	add(homeConversion, b.countTable(b.l.T("table.comment_sentiment"), b.l.T("col.sentiment"), bd.CommentSentiment))
	add(homeConversion, b.countTable(b.l.T("table.comment_category"), b.l.T("col.category"), bd.CommentCategory))
	add(homeMonitoring, b.countTable(b.l.T("table.cases_by_category"), b.l.T("col.category"), bd.CasesByCategory))
	add(homeMonitoring, b.spikeTable())
	add(homeHowWhen, b.erVariantsTable())
	if a := bd.Audience; a != nil {
		if len(a.AgeGender) == 0 {
			add(homeAudience, b.shareTable(b.l.T("table.genders"), b.l.T("col.gender"), a.Genders))
		}
		add(homeAudience, b.shareTable(b.l.T("table.countries"), b.l.T("col.country"), a.Countries))
	}
	return out
}

func (b *builder) postsTable(caption string, posts []report.PostRow) *table {
	if len(posts) == 0 {
		return nil
	}
	t := &table{Caption: caption, Head: []cell{textCell(b.l.T("col.published")), textCell(b.l.T("col.format")),
		textCell(b.l.T("col.caption")), {Text: b.l.T("series.views"), Class: "num"}, {Text: b.l.T("series.reach"), Class: "num"},
		{Text: b.l.T("col.interactions"), Class: "num"}, {Text: b.l.T("col.er"), Class: "num"}}}
	for _, p := range posts {
		t.Rows = append(t.Rows, []cell{{Text: b.published(p.Published), Class: "nowrap"}, textCell(b.typeName(string(p.Type))),
			{Text: truncate(p.Caption, 160), Class: "caption"}, numCell(b.l.val(p.Views, "count")), numCell(b.l.val(p.Reach, "count")),
			numCell(b.l.val(p.Interactions, "count")), numCell(b.l.val(p.ER, "ratio"))})
	}
	return t
}

// published formats "2006-01-02T15:04" as "5 Okt 2026 09.00".
func (b *builder) published(s string) string {
	if len(s) < 10 {
		return s
	}
	d, err := report.ParseDate(s[:10])
	if err != nil {
		return s
	}
	out := b.l.shortDate(d) + " " + s[:4]
	if len(s) >= 16 && s[10] == 'T' {
		clock := s[11:16]
		if b.l.lang != "en" {
			clock = clock[:2] + "." + clock[3:]
		}
		out += " " + clock
	}
	return out
}

func (b *builder) groupTable(caption, col string, gs []report.GroupStat, _ bool) *table {
	if len(gs) == 0 {
		return nil
	}
	t := &table{Caption: caption, Head: []cell{textCell(col), {Text: b.l.T("col.posts"), Class: "num"},
		{Text: b.l.T("col.share"), Class: "num"}, {Text: b.l.T("col.n"), Class: "num"}, {Text: b.l.T("col.er"), Class: "num"}}}
	for _, g := range gs {
		t.Rows = append(t.Rows, []cell{textCell(g.Name), numCell(b.l.count(g.Posts)), numCell(b.l.pct(g.Share)),
			numCell(b.l.count(g.N)), numCell(b.l.val(g.ER, "ratio"))})
	}
	return t
}

func (b *builder) hashtagTable() *table {
	hs := b.r.Breakdowns.Hashtags
	if len(hs) == 0 {
		return nil
	}
	t := &table{Caption: b.l.T("table.hashtags"), Head: []cell{textCell(b.l.T("col.hashtag")),
		{Text: b.l.T("col.posts"), Class: "num"}, {Text: b.l.T("col.mean_reach"), Class: "num"}}}
	for _, h := range hs {
		t.Rows = append(t.Rows, []cell{textCell("#" + h.Tag), numCell(b.l.count(h.Posts)), numCell(b.l.num(h.MeanReach, 0))})
	}
	return t
}

func (b *builder) countTable(caption, col string, cs []report.Count) *table {
	if len(cs) == 0 {
		return nil
	}
	t := &table{Caption: caption, Head: []cell{textCell(col), {Text: b.l.T("col.count"), Class: "num"}}}
	for _, c := range cs {
		t.Rows = append(t.Rows, []cell{textCell(c.Name), numCell(b.l.count(c.Count))})
	}
	return t
}

func (b *builder) shareTable(caption, col string, ss []report.Share) *table {
	if len(ss) == 0 {
		return nil
	}
	t := &table{Caption: caption, Head: []cell{textCell(col), {Text: b.l.T("col.share"), Class: "num"}}}
	for _, s := range ss {
		t.Rows = append(t.Rows, []cell{textCell(s.Name), numCell(b.l.pct(s.Share))})
	}
	return t
}
