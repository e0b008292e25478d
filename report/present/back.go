package present

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/design"
	"github.com/rapor-id/rapor/report/doc"
)

// monthly is the month-by-month chapter (P touches two or more months):
// one line per tile indicator and a table of every month; nil otherwise.
func (b *builder) monthly(n int) *doc.Section {
	months := b.r.Monthly
	if len(months) < 2 {
		return nil
	}
	b.num.chapter(strconv.Itoa(n))
	s := &doc.Section{ID: "monthly", Number: strconv.Itoa(n), Title: b.l.T("monthly.title"),
		Blocks: []doc.Block{{Paragraph: b.l.T("monthly.intro")}}}
	var cats []string
	for _, m := range months {
		y, mo, _ := m.Period.From.YMD()
		cats = append(cats, b.l.monthAbbr(mo)+" "+strconv.Itoa(y))
	}
	t := &doc.Table{Columns: []doc.Column{{Label: b.l.T("col.indicator")}}}
	for _, c := range cats {
		t.Columns = append(t.Columns, doc.Column{Label: c, Num: true})
	}
	var figs []doc.Block
	for _, tile := range b.d.Briefing.Tiles {
		k := b.r.Indicator(tile.ID)
		if k == nil {
			continue
		}
		row := []doc.Cell{{Value: textVal(b.indicatorLabel(k)), Key: k.ID}}
		ser := doc.Series{Name: b.indicatorLabel(k)}
		any := false
		for _, m := range months {
			v := b.val(nil, k.Unit)
			for j := range m.Indicators {
				if mr := &m.Indicators[j]; mr.ID == k.ID {
					v = b.resultValue(mr)
					any = any || mr.Value != nil
				}
			}
			row = append(row, doc.Cell{Value: v})
			ser.Values = append(ser.Values, v)
		}
		t.Rows = append(t.Rows, row)
		if !any {
			continue
		}
		f := &doc.Figure{Kind: doc.FigureLine, Unit: k.Unit, Categories: cats, Series: []doc.Series{ser}}
		f.Caption = b.figureCaption("chart_monthly_"+safeID(k.ID), b.indicatorLabel(k), "meta")
		f.Table = doc.Table{Caption: f.Caption, Columns: []doc.Column{{Label: b.l.T("col.month")}, {Label: b.l.T("col.value"), Num: true}}}
		for i, c := range cats {
			f.Table.Rows = append(f.Table.Rows, []doc.Cell{{Value: textVal(c)}, {Value: ser.Values[i]}})
		}
		figs = append(figs, doc.Block{Figure: f})
	}
	if len(t.Rows) == 0 {
		return nil
	}
	s.Blocks = append(s.Blocks, figs...)
	t.Caption = b.tableCaption(b.l.T("monthly.table"), "meta")
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	return s
}

// triangulation is the triangulation matrix chapter.
func (b *builder) triangulation(n int) doc.Section {
	b.num.chapter(strconv.Itoa(n))
	s := doc.Section{ID: "triangulation", Number: strconv.Itoa(n), Title: b.l.T("tri.title"),
		Blocks: []doc.Block{{Paragraph: b.l.T("tri.intro")}}}
	if len(b.r.Triangulation) == 0 {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.l.T("tri.empty")})
		return s
	}
	t := &doc.Table{Caption: b.tableCaption(b.l.T("tri.title"), "mixed"), Columns: b.cols("col.subcomponent",
		"col.targets_met", "col.interviews", "col.observations", "col.documents", "col.verdict", "col.agreement")}
	for i := 2; i < len(t.Columns); i++ {
		t.Columns[i].Num = false
	}
	var conflicts []string
	for _, r := range b.r.Triangulation {
		label := b.codeLabel(r.Code)
		if label == r.Code && r.Label != "" {
			label = r.Label
		}
		met := textVal("—")
		if r.WithTarget > 0 {
			v := float64(r.Met) / float64(r.WithTarget)
			met = doc.Value{Raw: &v, Unit: doc.UnitScore, Text: b.l.T("tri.met", r.Met, r.WithTarget)}
		}
		v := "—"
		if r.Verdict != "" {
			v = b.verdictName(r.Verdict)
			if c := b.verdictCounts(r.Verdicts); c != "" {
				v += " (" + c + ")"
			}
		}
		src := map[string]report.TriSource{}
		for _, s := range r.Sources {
			src[s.Kind] = s
		}
		counts := map[string]int{"interview": r.Interviews, "observation": r.Observations, "document": r.Documents}
		row := []doc.Cell{{Value: textVal(label), Key: r.Code}, {Value: met}}
		for _, kind := range []string{"interview", "observation", "document"} {
			row = append(row, doc.Cell{Value: b.sourceSummary(kind, counts[kind], src[kind])})
		}
		agree := "—"
		if r.Agreement != "" {
			agree = b.l.opt("agreement."+r.Agreement, r.Agreement)
			if r.Agreement == "conflict" {
				conflicts = append(conflicts, label)
			}
		}
		row = append(row, doc.Cell{Value: textVal(v)}, doc.Cell{Value: textVal(agree), Status: agreementStatus(r.Agreement)})
		t.Rows = append(t.Rows, row)
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	if len(conflicts) > 0 {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.l.T("tri.conflicts", strings.Join(conflicts, "; "))})
	}
	return s
}

// sourceSummary is one line per kind of evidence: count, ratings and the
// note id of the key quote ("3 segmen; Optimal 2 · Belum optimal 1; kutipan
// kunci W1").
func (b *builder) sourceSummary(kind string, n int, s report.TriSource) doc.Value {
	v := b.countVal(n)
	parts := []string{b.l.T("unit.segments", v.Text)}
	if c := b.verdictCounts(s.Ratings); c != "" {
		parts = append(parts, c)
	}
	if s.KeyQuote != "" {
		parts = append(parts, b.l.T("tri.key_quote", s.KeyQuote))
	}
	v.Text = strings.Join(parts, "; ")
	return v
}

// agreementStatus styles an agreement like a status.
func agreementStatus(a string) string {
	switch a {
	case "agree":
		return report.StatusMet
	case "conflict":
		return report.StatusNotMet
	case "partly":
		return report.StatusNoTarget
	}
	return ""
}

// luttrell is the framework citation when the framework file gives none.
const luttrell = "Luttrell, R. (2019). Social Media: How to Engage, Share, and Connect (3rd ed.). Rowman & Littlefield."

// methodology is the methodology chapter.
func (b *builder) methodology(n int) doc.Section {
	b.num.chapter(strconv.Itoa(n))
	s := doc.Section{ID: "methodology", Number: strconv.Itoa(n), Title: b.l.T("method.title")}
	src := doc.Section{ID: "method-sources", Title: b.l.T("method.sources")}
	src.Blocks = append(src.Blocks, doc.Block{Paragraph: b.l.T("method.period", b.periodText(b.r.Period))})
	if b.r.Previous != nil {
		src.Blocks = append(src.Blocks, doc.Block{Paragraph: b.l.T("method.compare", b.periodText(*b.r.Previous))})
	} else {
		src.Blocks = append(src.Blocks, doc.Block{Paragraph: b.l.T("method.no_compare")})
	}
	if len(b.r.Inputs) > 0 {
		t := &doc.Table{Caption: b.tableCaption(b.l.T("method.sources"), "inputs"), Columns: b.cols("col.file", "col.kind", "col.coverage")}
		t.Columns[1].Num, t.Columns[2].Num = false, false
		for _, in := range b.r.Inputs {
			t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(in.Path)}, {Value: textVal(b.kindName(in.Kind))}, {Value: textVal(b.l.rangeText(in.Coverage))}})
		}
		src.Blocks = append(src.Blocks, doc.Block{Table: t})
	}
	s.Sections = append(s.Sections, b.designSection(), src)

	fs := doc.Section{ID: "method-formulas", Title: b.l.T("method.formulas")}
	for _, st := range b.stages {
		g := &doc.Formula{Group: st.Label}
		for i := range b.r.Indicators {
			r := &b.r.Indicators[i]
			if r.Stage == st.ID {
				g.Items = append(g.Items, doc.Fact{Label: b.indicatorLabel(r), Text: r.Formula})
			}
		}
		if len(g.Items) > 0 {
			fs.Blocks = append(fs.Blocks, doc.Block{Formula: g})
		}
	}
	o := b.d.Briefing.Overall
	fs.Blocks = append(fs.Blocks, doc.Block{Paragraph: b.l.T("score.overall_label") + ": " + o.Formula})
	s.Sections = append(s.Sections, fs)

	tz := b.tz()
	as := []string{b.l.T("method.timezone", zoneLabel(tz))}
	if et := b.r.Meta.ExportTZ; et != "" {
		as = append(as, b.l.T("method.export_timezone", et))
	}
	as = append(as, b.l.T("method.er_variant"), b.l.T("method.interactions"))
	as = append(as, b.r.MethodNotes...)
	s.Sections = append(s.Sections, doc.Section{ID: "method-assumptions", Title: b.l.T("method.assumptions"), Blocks: []doc.Block{{List: as}}},
		doc.Section{ID: "method-limitations", Title: b.l.T("method.limitations"), Blocks: []doc.Block{{List: []string{
			b.l.T("method.limit_reach"), b.l.T("method.limit_lifetime"), b.l.T("method.limit_snapshot")}}}})
	var pv []string
	if b.r.Meta.Pseudonymize {
		pv = append(pv, b.l.T("method.pseudonymized"))
	} else {
		pv = append(pv, b.l.T("method.not_pseudonymized"))
	}
	if c := b.r.Meta.Redactions; c > 0 {
		pv = append(pv, b.l.T("method.redactions", b.l.count(c)))
	}
	pv = append(pv, b.l.T("method.pdp_law"))
	cit := luttrell
	if f := b.r.Framework; f != nil && f.Citation != "" {
		cit = f.Citation
	}
	s.Sections = append(s.Sections, doc.Section{ID: "method-privacy", Title: b.l.T("method.privacy"), Blocks: []doc.Block{{List: pv}}},
		doc.Section{ID: "method-reference", Title: b.l.T("method.reference"), Blocks: []doc.Block{{Paragraph: cit}}})
	return s
}

// designSection is the research design (SPEC §9 method:): its facts and
// the paragraph that joins them.
func (b *builder) designSection() doc.Section {
	d := design.Build(b.r.Meta.Method, b.l.cat)
	var facts []doc.Fact
	for _, it := range d.Items {
		facts = append(facts, doc.Fact{Label: it.Label, Text: it.Text})
	}
	text := doc.Block{Paragraph: d.Paragraph}
	if m := b.r.MethodText; m != nil {
		// the user's own text replaces the generated paragraph
		n := b.narrative(*m)
		text = doc.Block{Narrative: &n}
	}
	return doc.Section{ID: "method-design", Title: b.l.cat.T("design.design"),
		Blocks: []doc.Block{text, {Facts: facts}}}
}

// zoneLabel is "WIB (Asia/Jakarta)" for the Indonesian zones, else the
// IANA name, "—" when none.
func zoneLabel(tz string) string {
	switch z := zoneName(tz); {
	case tz == "":
		return "—"
	case z != tz:
		return z + " (" + tz + ")"
	}
	return tz
}

func (b *builder) kindName(kind string) string { return b.l.opt("kind."+kind, kind) }

// maxPostsListed: above it the appendix lists the top and bottom postsEach.
const (
	maxPostsListed = 100
	postsEach      = 20
)

// appendix holds data quality, the input files, the posts, the code
// frequencies and informants; the list of tables and figures is added last.
func (b *builder) appendix() doc.Section {
	b.num.chapter("A")
	s := doc.Section{ID: "appendix", Title: b.l.T("appendix.title"), Appendix: true}
	s.Sections = append(s.Sections, b.qualitySection(), b.postsSection(), b.codesSection())
	return s
}

// qualitySection is one table of facts per input file and their hashes.
func (b *builder) qualitySection() doc.Section {
	s := doc.Section{ID: "appendix-quality", Title: b.l.T("appendix.quality")}
	if len(b.r.DataQuality) == 0 {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.l.T("appendix.no_files")})
		return s
	}
	t := &doc.Table{Caption: b.tableCaption(b.l.T("appendix.quality"), "inputs"), Columns: b.cols("col.file", "dq.kind",
		"dq.coverage", "dq.rows_read", "dq.rows_used", "dq.rows_skipped", "dq.skipped_by_reason", "dq.warnings")}
	t.Columns[1].Num, t.Columns[2].Num, t.Columns[6].Num, t.Columns[7].Num = false, false, false, false
	for _, f := range b.r.DataQuality {
		if f == nil {
			continue
		}
		var reasons []string
		for k := range f.Skipped {
			reasons = append(reasons, k)
		}
		sort.Strings(reasons)
		var why []string
		for _, k := range reasons {
			why = append(why, b.l.opt("skip."+k, k)+": "+b.l.count(f.Skipped[k]))
		}
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(f.Path)}, {Value: textVal(b.kindName(f.Kind))},
			{Value: textVal(b.l.rangeText(f.Coverage))}, {Value: b.countVal(f.RowsRead)}, {Value: b.countVal(f.RowsUsed)},
			{Value: b.countVal(f.SkippedTotal())}, {Value: textVal(strings.Join(why, "; "))}, {Value: textVal(strings.Join(f.Warnings, "; "))}})
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	h := &doc.Table{Caption: b.tableCaption(b.l.T("appendix.sources_file"), "inputs"), Columns: b.cols("col.file", "col.kind", "col.sha256")}
	h.Columns[1].Num, h.Columns[2].Num = false, false
	for _, in := range b.r.Inputs {
		h.Rows = append(h.Rows, []doc.Cell{{Value: textVal(in.Path)}, {Value: textVal(b.kindName(in.Kind))}, {Value: textVal(in.SHA256)}})
	}
	if len(h.Rows) > 0 {
		s.Blocks = append(s.Blocks, doc.Block{Table: h})
	}
	return s
}

// postsSection lists all posts (≤ 100) or the top and bottom 20 by ER.
func (b *builder) postsSection() doc.Section {
	s := doc.Section{ID: "appendix-posts", Title: b.l.T("appendix.posts")}
	posts := b.r.Posts
	if len(posts) <= maxPostsListed {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.l.T("posts.all", b.l.count(len(posts)))})
		if t := b.postsTable(b.l.T("posts.table"), posts); t != nil {
			s.Blocks = append(s.Blocks, doc.Block{Table: t})
		}
		return s
	}
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
	k := min(postsEach, len(withER))
	top := withER[:k]
	bottom := make([]report.PostRow, 0, k)
	for i := len(withER) - 1; i >= 0 && len(bottom) < k && i >= k; i-- {
		bottom = append(bottom, withER[i])
	}
	s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.l.T("posts.some", b.l.count(len(posts)), b.l.count(len(withER)), b.l.count(len(top)), b.l.count(len(bottom)))})
	if t := b.postsTable(b.l.T("posts.top", b.l.count(len(top))), top); t != nil {
		s.Blocks = append(s.Blocks, doc.Block{Table: t})
	}
	if t := b.postsTable(b.l.T("posts.bottom", b.l.count(len(bottom))), bottom); t != nil {
		s.Blocks = append(s.Blocks, doc.Block{Table: t})
	}
	return s
}

// codesSection holds the code frequencies, the codes × informants table and
// the list of informants.
func (b *builder) codesSection() doc.Section {
	s := doc.Section{ID: "appendix-codes", Title: b.l.T("appendix.codes")}
	if f := b.countBars(doc.FigureBarH, "col.code", b.r.CodeFreq, b.codeLabel); f != nil {
		f.Caption = b.figureCaption("chart_code_freq", b.l.T("chart.code_freq"), "notes")
		f.Table.Caption = f.Caption
		s.Blocks = append(s.Blocks, doc.Block{Figure: f})
	}
	if t := b.informantTable(); t != nil {
		s.Blocks = append(s.Blocks, doc.Block{Table: t})
	}
	if t := b.informantList(); t != nil {
		s.Blocks = append(s.Blocks, doc.Block{Table: t})
	}
	if len(s.Blocks) == 0 {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: b.l.T("codes.none")})
	}
	return s
}

// informants returns the informant labels of the codes × informants table
// in natural order (Informan 2 before Informan 10).
func (b *builder) informants() []string {
	seen := map[string]bool{}
	var out []string
	for _, ci := range b.r.CodeInformants {
		if !seen[ci.Informant] {
			seen[ci.Informant] = true
			out = append(out, ci.Informant)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return report.NaturalLess(out[i], out[j]) })
	return out
}

// informantTable is the codes × informants table (codes in framework order).
func (b *builder) informantTable() *doc.Table {
	if len(b.r.CodeInformants) == 0 {
		return nil
	}
	informants := b.informants()
	cells := map[[2]string]int{}
	seen := map[string]bool{}
	var codes []string
	for _, ci := range b.r.CodeInformants {
		if !seen[ci.Code] {
			seen[ci.Code] = true
			codes = append(codes, ci.Code)
		}
		cells[[2]string{ci.Code, ci.Informant}] += ci.Count
	}
	t := &doc.Table{Caption: b.tableCaption(b.l.T("codes.informants"), "notes"), Columns: []doc.Column{{Label: b.l.T("col.code")}}}
	for _, in := range informants {
		t.Columns = append(t.Columns, doc.Column{Label: in, Num: true})
	}
	for _, c := range codes {
		row := []doc.Cell{{Value: textVal(b.codeLabel(c)), Key: c}}
		for _, in := range informants {
			v := b.countVal(cells[[2]string{c, in}])
			v.Text = b.l.T("unit.segments", v.Text)
			row = append(row, doc.Cell{Value: v})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// informantList lists each informant: pseudonym, role, method, dates and
// number of coded segments (a segment with several codes counts once per
// code, as in the codes × informants table).
func (b *builder) informantList() *doc.Table {
	type info struct {
		role  string
		dates map[report.Date]bool
		n     int
	}
	by := map[string]*info{}
	for _, e := range b.r.Evidence {
		for _, q := range e.Interviews {
			in := by[q.Who]
			if in == nil {
				in = &info{dates: map[report.Date]bool{}}
				by[q.Who] = in
			}
			if in.role == "" {
				in.role = q.Role
			}
			if q.Date != 0 {
				in.dates[q.Date] = true
			}
			in.n++
		}
	}
	if len(by) == 0 {
		return nil
	}
	names := make([]string, 0, len(by))
	for k := range by {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return report.NaturalLess(names[i], names[j]) })
	t := &doc.Table{Caption: b.tableCaption(b.l.T("appendix.informants"), "notes"), Columns: b.cols("col.informant",
		"col.role", "col.method", "col.date", "col.segments")}
	for i := 1; i < 4; i++ {
		t.Columns[i].Num = false
	}
	for _, name := range names {
		in := by[name]
		var ds []report.Date
		for d := range in.dates {
			ds = append(ds, d)
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		var dt []string
		for _, d := range ds {
			dt = append(dt, b.l.date(d))
		}
		v := b.countVal(in.n)
		v.Text = b.l.T("unit.segments", v.Text)
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(name)}, {Value: textVal(or(in.role, "—"))},
			{Value: textVal(b.l.T("method.interview"))}, {Value: textVal(or(strings.Join(dt, "; "), "—"))}, {Value: v}})
	}
	return t
}
