package present

import (
	"sort"
	"strconv"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// chapters builds the numbered chapters: one per stage (chapters 2…), the
// other data, the month-by-month results, triangulation, methodology and
// the appendices.
func (b *builder) chapters() []doc.Section {
	figs := b.figures()
	tabs := b.breakdownTables()
	placedF := map[int]bool{}
	placedT := map[int]bool{}
	byCode := b.resultsByCode()
	var out []doc.Section
	n := 1
	for _, st := range b.stages {
		n++
		b.num.chapter(strconv.Itoa(n))
		ch := doc.Section{ID: "stage-" + safeID(st.ID), Number: strconv.Itoa(n), Title: st.Label, Description: st.Desc}
		for _, s := range b.stages {
			if s.ID == st.ID {
				sc := b.findScore(st.ID)
				ch.Score = &sc
			}
		}
		for _, sd := range st.Subs {
			sub := doc.Section{ID: "sub-" + safeID(sd.Code), Title: sd.Label, Description: sd.Desc}
			if t := b.indicatorTable(b.l.T("indicators")+" · "+sd.Label, byCode[sd.Code]); t != nil {
				sub.Blocks = append(sub.Blocks, doc.Block{Table: t})
			}
			sub.Blocks = append(sub.Blocks, b.place(figs, tabs, placedF, placedT, func(home string) bool { return home == sd.Code })...)
			sub.Blocks = append(sub.Blocks, b.evidence(sd.Code)...)
			if len(sub.Blocks) == 0 {
				sub.Blocks = []doc.Block{{Paragraph: b.l.T("sub.empty")}}
			}
			ch.Sections = append(ch.Sections, sub)
		}
		if t := b.indicatorTable(b.l.T("indicators")+" · "+st.Label, byCode["stage:"+st.ID]); t != nil {
			ch.Blocks = append(ch.Blocks, doc.Block{Table: t})
		}
		ch.Blocks = append(ch.Blocks, b.place(figs, tabs, placedF, placedT, func(home string) bool {
			return report.StageOf(home) == st.ID && !b.isSub(home)
		})...)
		for _, nr := range b.r.Narratives {
			if nr.Stage == st.ID {
				n := b.narrative(nr)
				ch.Blocks = append(ch.Blocks, doc.Block{Narrative: &n})
			}
		}
		out = append(out, ch)
	}
	n++
	b.num.chapter(strconv.Itoa(n))
	other := doc.Section{ID: "other", Number: strconv.Itoa(n), Title: b.l.T("other.title")}
	if t := b.indicatorTable(b.l.T("indicators"), byCode["other"]); t != nil {
		other.Blocks = append(other.Blocks, doc.Block{Table: t})
	}
	other.Blocks = append(other.Blocks, b.place(figs, tabs, placedF, placedT, func(string) bool { return true })...)
	if len(other.Blocks) > 0 {
		out = append(out, other)
	} else {
		n--
	}
	if m := b.monthly(n + 1); m != nil {
		n++
		out = append(out, *m)
	}
	n++
	out = append(out, b.triangulation(n))
	n++
	out = append(out, b.methodology(n))
	out = append(out, b.appendix())
	return out
}

// findScore returns the briefing's score of a stage.
func (b *builder) findScore(id string) doc.Score {
	for _, s := range b.d.Briefing.Stages {
		if s.Stage == id {
			return s
		}
	}
	return doc.Score{Stage: id}
}

// isSub reports whether code is a sub-component of the framework.
func (b *builder) isSub(code string) bool {
	for _, s := range b.stages {
		for _, sc := range s.Subs {
			if sc.Code == code {
				return true
			}
		}
	}
	return false
}

// resultsByCode groups the indicators by sub-component code; those of a
// known stage without a known sub-component under "stage:<id>", the rest
// under "other".
func (b *builder) resultsByCode() map[string][]*report.Result {
	out := map[string][]*report.Result{}
	for i := range b.r.Indicators {
		r := &b.r.Indicators[i]
		code := resultCode(r)
		switch {
		case b.isSub(code):
			out[code] = append(out[code], r)
		case b.stageKnown(r.Stage):
			out["stage:"+r.Stage] = append(out["stage:"+r.Stage], r)
		default:
			out["other"] = append(out["other"], r)
		}
	}
	return out
}

// place numbers and returns the figures, then the tables, whose home
// matches and that are not placed yet.
func (b *builder) place(figs []figureDef, tabs []tableDef, doneF, doneT map[int]bool, match func(string) bool) []doc.Block {
	var out []doc.Block
	for i, f := range figs {
		if doneF[i] || !match(f.home) {
			continue
		}
		doneF[i] = true
		fig := f.f
		note := fig.Caption.Note
		fig.Caption = b.figureCaption(f.id, b.l.T(f.titleKey), f.source)
		fig.Caption.Note = note
		fig.Table.Caption = fig.Caption
		fig.Table.Caption.Note = ""
		out = append(out, doc.Block{Figure: &fig})
	}
	for i, t := range tabs {
		if doneT[i] || !match(t.home) {
			continue
		}
		doneT[i] = true
		tab := t.t
		tab.Caption = b.tableCaption(t.t.Title, t.source)
		out = append(out, doc.Block{Table: &tab})
	}
	return out
}

// evidence are the quotes, observations, documents and verdict of a
// sub-component.
func (b *builder) evidence(code string) []doc.Block {
	var out []doc.Block
	for _, e := range b.r.Evidence {
		if e.Code != code {
			continue
		}
		for _, g := range []struct {
			key string
			qs  []report.Quote
		}{{"evidence.interviews", e.Interviews}, {"evidence.observations", e.Observations}, {"evidence.documents", e.Documents}} {
			if len(g.qs) == 0 {
				continue
			}
			q := &doc.Quotes{Title: b.l.T(g.key)}
			for _, x := range g.qs {
				q.Items = append(q.Items, b.quote(x))
			}
			out = append(out, doc.Block{Quotes: q})
		}
		if e.Verdict != "" {
			p := b.l.T("evidence.verdict") + ": " + b.verdictName(e.Verdict)
			if c := b.verdictCounts(e.Verdicts); c != "" {
				p += " (" + c + ")"
			}
			out = append(out, doc.Block{Paragraph: p})
		}
	}
	return out
}

// quote formats one piece of evidence with its source line.
func (b *builder) quote(q report.Quote) doc.Quote {
	out := doc.Quote{Text: q.Text}
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
		src += " " + b.l.clock(q.Time)
	}
	if q.NoteID != "" {
		src += " [" + q.NoteID + "]"
	}
	out.Source = src
	return out
}

func (b *builder) verdictName(v string) string { return b.l.opt("verdict."+v, v) }

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
