package present

import (
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

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

// gapText is the signed distance of r's value from the target it misses,
// in the indicator's unit (a rate's gap in percentage points); "" when the
// target is met or cannot be judged.
func (b *builder) gapText(r *report.Result) string {
	g, ok := gap(r)
	if !ok {
		return ""
	}
	if r.Unit == format.UnitRatio {
		return minus(format.Value(g, format.UnitPP, b.l.lang))
	}
	s := format.Value(g, r.Unit, b.l.lang)
	if g > 0 {
		s = "+" + s
	}
	if k := "docx.unit." + r.Unit; b.l.cat.Has(k) {
		s += " " + b.l.cat.T(k)
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
