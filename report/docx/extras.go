package docx

import (
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/format"
	"github.com/rapor-id/rapor/report/msg"
)

// BriefFrom collects from r what the briefing needs beyond the document
// model: the gap of every unmet target (in the language of cat) and the
// recommendations narratives.
func BriefFrom(r *report.Report, cat *msg.Catalog) Brief {
	b := Brief{Gaps: map[string]string{}}
	for i := range r.Indicators {
		res := &r.Indicators[i]
		if g, ok := gap(res); ok {
			b.Gaps[res.ID] = gapText(g, res.Unit, cat.Lang, cat)
		}
	}
	for _, n := range r.Narratives {
		if n.Stage == report.StageRecommendations {
			b.Recommendations = append(b.Recommendations, doc.Narrative{Path: n.Path, Markdown: n.Markdown})
		}
	}
	return b
}

// gap is value − the missed bound (negative below a minimum, positive above
// a maximum); ok is false when the target is met or cannot be judged.
func gap(r *report.Result) (float64, bool) {
	if r == nil || r.Value == nil || r.Target == nil {
		return 0, false
	}
	v := *r.Value
	if t := r.Target.Min; t != nil && v < *t {
		return v - *t, true
	}
	if t := r.Target.Max; t != nil && v > *t {
		return v - *t, true
	}
	return 0, false
}

// gapText formats a gap in the indicator's unit: a rate's gap in
// percentage points, others in their unit, always signed.
func gapText(g float64, unit, lang string, cat *msg.Catalog) string {
	if unit == format.UnitRatio {
		return minus(format.Value(g, format.UnitPP, lang))
	}
	s := format.Value(g, unit, lang)
	if g > 0 {
		s = "+" + s
	}
	if k := "docx.unit." + unit; cat.Has(k) {
		s += " " + cat.T(k)
	}
	return minus(s)
}

// minus writes a leading hyphen-minus as the typographic minus sign.
func minus(s string) string {
	if len(s) > 0 && s[0] == '-' {
		return "−" + s[1:]
	}
	return s
}
