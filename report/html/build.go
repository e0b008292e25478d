package html

import (
	"fmt"
	"html/template"
	"regexp"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// builder turns a Report into the page model.
type builder struct {
	r        *report.Report
	l        *loc
	draw     bool // ECharts embedded: chart containers are drawn
	md       func(string) (string, error)
	warnings []string
}

// stageDef is one stage of the framework as the page shows it.
type stageDef struct {
	ID, Label, Desc string
	Subs            []subDef
}

type subDef struct {
	Code, ID, Label, Desc string
}

// stages returns the framework's stages, or (without a framework) the stages
// named by the indicators and the evidence, in order of appearance.
func (b *builder) stages() []stageDef {
	var out []stageDef
	if f := b.r.Framework; f != nil {
		for _, s := range f.Stages {
			sd := stageDef{ID: s.ID, Label: s.Label.In(b.l.lang), Desc: s.Description.In(b.l.lang)}
			if sd.Label == "" {
				sd.Label = s.ID
			}
			for _, sc := range s.Subcomponents {
				lbl := sc.Label.In(b.l.lang)
				if lbl == "" {
					lbl = sc.ID
				}
				sd.Subs = append(sd.Subs, subDef{Code: s.ID + "." + sc.ID, ID: sc.ID, Label: lbl, Desc: sc.Description.In(b.l.lang)})
			}
			out = append(out, sd)
		}
		return out
	}
	seen := map[string]int{}
	addCode := func(stage, code, label string) {
		i, ok := seen[stage]
		if !ok {
			i = len(out)
			seen[stage] = i
			out = append(out, stageDef{ID: stage, Label: b.stageFallbackLabel(stage)})
		}
		if code == "" {
			return
		}
		for _, s := range out[i].Subs {
			if s.Code == code {
				return
			}
		}
		if label == "" {
			label = code
		}
		out[i].Subs = append(out[i].Subs, subDef{Code: code, ID: strings.TrimPrefix(code, stage+"."), Label: label})
	}
	for _, r := range b.r.Indicators {
		addCode(r.Stage, resultCode(&r), "")
	}
	for _, e := range b.r.Evidence {
		addCode(report.StageOf(e.Code), e.Code, e.Label)
	}
	return out
}

func (b *builder) stageFallbackLabel(id string) string {
	if b.l.has("stage." + id) {
		return b.l.T("stage." + id)
	}
	return id
}

// resultCode returns the sub-component code "stage.sub" of a result.
func resultCode(r *report.Result) string {
	if strings.Contains(r.Subcomponent, ".") || r.Subcomponent == "" {
		return r.Subcomponent
	}
	return r.Stage + "." + r.Subcomponent
}

// codeLabel returns "Stage · Sub-component" for a code, or the code.
func (b *builder) codeLabel(code string) string {
	for _, s := range b.stages() {
		for _, sc := range s.Subs {
			if sc.Code == code {
				return s.Label + " · " + sc.Label
			}
		}
	}
	return code
}

// logoRE accepts the data URIs rapor itself builds from a logo file.
var logoRE = regexp.MustCompile(`^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$`)

func (b *builder) cover(stages []stageDef) cover {
	m := b.r.Meta
	c := cover{Title: m.Title}
	if c.Title == "" {
		c.Title = b.l.T("cover.default_title")
	}
	if logoRE.MatchString(m.LogoDataURI) {
		c.Logo = template.URL(m.LogoDataURI)
	} else if m.LogoDataURI != "" {
		b.warnings = append(b.warnings, b.l.T("warn.logo"))
	}
	add := func(key, v string) {
		if v != "" {
			c.Facts = append(c.Facts, pair{b.l.T(key), v})
		}
	}
	add("cover.organization", m.Organization)
	if m.Account != "" {
		add("cover.account", "@"+strings.TrimPrefix(m.Account, "@"))
	}
	p := b.r.Period
	add("cover.period", b.periodText(p))
	if b.r.Previous != nil {
		add("cover.compare", b.periodText(*b.r.Previous))
	}
	if m.ReportDate != 0 {
		add("cover.report_date", b.l.date(m.ReportDate))
	}
	if m.Signatory != nil && (m.Signatory.Name != "" || m.Signatory.Title != "") {
		c.Signatory = &signatory{Label: b.l.T("cover.signatory"), Name: m.Signatory.Name, Title: m.Signatory.Title}
	}
	c.ToolLabel = b.l.T("cover.tool", versionOr(m.Version))
	c.InputsHead = b.l.T("cover.inputs")
	for _, in := range b.r.Inputs {
		f := inputFile{Path: in.Path, Kind: b.kindName(in.Kind), SHA256: in.SHA256}
		if in.Coverage != nil {
			f.Coverage = b.l.rangeText(in.Coverage)
		}
		c.Inputs = append(c.Inputs, f)
	}
	return c
}

func versionOr(v string) string {
	if v == "" {
		return "dev"
	}
	return v
}

// periodText is "1–31 Oktober 2026 (31 hari)".
func (b *builder) periodText(p report.PeriodInfo) string {
	r := report.Range{From: p.From, To: p.To}
	if !r.Valid() {
		return p.ID
	}
	return b.l.T("period_text", b.l.rangeText(&r), r.Days())
}

func (b *builder) kindName(kind string) string {
	if b.l.has("kind." + kind) {
		return b.l.T("kind." + kind)
	}
	return kind
}

// defaultKPIs are the summary cards when no indicator has a target.
var defaultKPIs = []string{"share.posts_per_week", "share.median_reach", "engage.er_reach",
	"manage.response_rate", "manage.median_response_hours", "engage.follower_growth"}

// kpiResults returns the indicators of the summary cards.
func (b *builder) kpiResults() []*report.Result {
	var out []*report.Result
	for i := range b.r.Indicators {
		if b.r.Indicators[i].Target != nil {
			out = append(out, &b.r.Indicators[i])
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, id := range defaultKPIs {
		if r := b.r.Indicator(id); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func (b *builder) summary(stages []stageDef) (summary, error) {
	var s summary
	for _, r := range b.kpiResults() {
		s.KPIs = append(s.KPIs, b.kpi(r))
	}
	if o := b.r.StageScores.Overall; o != nil {
		s.Overall = b.l.T("score.overall", b.l.pct(*o))
	} else {
		s.Overall = b.l.T("score.overall_none")
	}
	radar, err := b.radarChart(stages)
	if err != nil {
		return s, err
	}
	s.Radar = radar
	s.Findings = b.r.Findings
	return s, nil
}

func (b *builder) kpi(r *report.Result) kpi {
	k := kpi{Label: r.Label, Value: b.display(r), Note: r.Note}
	if r.Value != nil {
		switch r.Unit {
		case "hours", "days", "per_week", "per_day", "per_1k":
			k.Unit = b.l.cat.T("framework.unit." + r.Unit)
		}
	}
	if r.Value == nil && r.Reason != "" {
		k.Reason = b.reason(r.Reason)
	}
	k.Change, k.ChangeClass = b.change(r)
	if r.Previous != nil {
		prev := b.l.val(r.Previous, r.Unit)
		if r.PreviousLabel != "" {
			prev = r.PreviousLabel + " (" + prev + ")"
		}
		k.Previous = b.l.T("kpi.previous", prev)
	} else if b.r.Previous != nil {
		k.Previous = b.l.T("kpi.no_previous")
	}
	k.Target = b.target(r)
	k.Status, k.StatusClass = b.status(r.Status)
	return k
}

// display is the localised value of a result.
func (b *builder) display(r *report.Result) string {
	if r.Display != "" {
		return r.Display
	}
	v := b.l.val(r.Value, r.Unit)
	if r.ValueLabel != "" {
		v = r.ValueLabel + " (" + v + ")"
	}
	return v
}

func (b *builder) reason(key string) string {
	if b.l.has("reason." + key) {
		return b.l.T("reason." + key)
	}
	return key
}

// change returns the change vs the previous period with a direction-aware
// arrow, and its class: better, worse or neutral.
func (b *builder) change(r *report.Result) (string, string) {
	if r.Change == nil {
		return "", ""
	}
	c := *r.Change
	var text string
	switch {
	case r.Unit == "ratio" || r.Unit == "pp":
		text = b.l.val(&c, "pp")
	case r.ChangePct != nil:
		text = signed(b.l.pct(*r.ChangePct))
	default:
		text = signed(b.l.val(&c, r.Unit))
	}
	zero := strings.Trim(text, "+-0.,% p") == ""
	if zero {
		return "= " + strings.TrimLeft(text, "+-") + " (" + b.l.T("change.same") + ")", "neutral"
	}
	arrow, up := "▼", c < 0
	if c > 0 {
		arrow = "▲"
	}
	up = c > 0
	class, word := "neutral", ""
	switch r.Direction {
	case "higher":
		class = map[bool]string{true: "better", false: "worse"}[up]
	case "lower":
		class = map[bool]string{true: "worse", false: "better"}[up]
	}
	if class != "neutral" {
		word = " (" + b.l.T("change."+class) + ")"
	}
	return arrow + " " + text + word, class
}

// signed puts "+" before a positive formatted number.
func signed(s string) string {
	if s == "" || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") || strings.Trim(s, "0.,% ") == "" {
		return s
	}
	return "+" + s
}

// target describes a result's target ("≥ 12,0", "≤ 24,0", "10,0–20,0").
func (b *builder) target(r *report.Result) string {
	t := r.Target
	if t == nil {
		return ""
	}
	switch {
	case t.Min != nil && t.Max != nil:
		return b.l.T("target.between", b.l.val(t.Min, r.Unit), b.l.val(t.Max, r.Unit))
	case t.Min != nil:
		return b.l.T("target.min", b.l.val(t.Min, r.Unit))
	case t.Max != nil:
		return b.l.T("target.max", b.l.val(t.Max, r.Unit))
	}
	return ""
}

func (b *builder) status(s string) (string, string) {
	switch s {
	case report.StatusMet, report.StatusNear, report.StatusNotMet, report.StatusNoTarget, report.StatusNoData:
		return b.l.T("status." + s), "status-" + s
	}
	return s, "status-no_data"
}

// indicatorTable lists results with value, previous, change, target and status.
func (b *builder) indicatorTable(rs []*report.Result) *table {
	if len(rs) == 0 {
		return nil
	}
	t := &table{Caption: b.l.T("indicators"), Head: []cell{textCell(b.l.T("col.indicator")),
		{Text: b.l.T("col.value"), Class: "num"}, {Text: b.l.T("col.previous"), Class: "num"},
		{Text: b.l.T("col.change"), Class: "num"}, textCell(b.l.T("col.target")),
		textCell(b.l.T("col.status")), {Text: b.l.T("col.n"), Class: "num"}}}
	for _, r := range rs {
		val := b.display(r)
		if r.Value == nil && r.Reason != "" {
			val += " (" + b.reason(r.Reason) + ")"
		}
		label := r.Label
		if r.Note != "" {
			label += " (" + r.Note + ")"
		}
		prev := b.l.val(r.Previous, r.Unit)
		if r.PreviousLabel != "" && r.Previous != nil {
			prev = r.PreviousLabel + " (" + prev + ")"
		}
		ch, cls := b.change(r)
		st, stc := b.status(r.Status)
		t.Rows = append(t.Rows, []cell{textCell(label), numCell(val), numCell(prev),
			{Text: ch, Class: "num " + cls}, {Text: b.target(r), Class: "nowrap"},
			{Text: st, Class: "nowrap " + stc}, numCell(b.l.count(r.N))})
	}
	return t
}

// renderNarrative renders one narrative file; a failure becomes a visible
// notice and a warning, never an error of the whole report.
func (b *builder) renderNarrative(n report.Narrative) narrative {
	out := narrative{Path: n.Path}
	if len(n.Markdown) > MaxMarkdown {
		out.Problem = b.l.T("narrative.too_large", n.Path)
		b.warnings = append(b.warnings, out.Problem)
		return out
	}
	h, err := b.md(n.Markdown)
	if err != nil {
		out.Problem = b.l.T("narrative.failed", n.Path)
		b.warnings = append(b.warnings, fmt.Sprintf("%s: %v", out.Problem, err))
		return out
	}
	out.HTML = template.HTML(h)
	return out
}
