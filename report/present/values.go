package present

import (
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/format"
)

// val returns a doc.Value of v in unit ("—" without a number).
func (b *builder) val(v *float64, unit string) doc.Value {
	if v == nil {
		return doc.Value{Unit: unit, Text: format.Null}
	}
	x := *v
	return doc.Value{Raw: &x, Unit: unit, Text: b.l.withUnit(x, unit)}
}

// countVal is a count as a doc.Value.
func (b *builder) countVal(n int) doc.Value {
	f := float64(n)
	return doc.Value{Raw: &f, Unit: doc.UnitCount, Text: b.l.count(n)}
}

// textVal is text only.
func textVal(s string) doc.Value { return doc.Value{Text: s} }

// reason returns the label of a reason code: never the code itself.
func (b *builder) reason(code string) string {
	if code == "" {
		return ""
	}
	return b.l.opt("reason."+code, b.l.T("reason.unknown"))
}

// resultValue is the value of a result with its unit, its value label and,
// without a number, the reason label as text.
func (b *builder) resultValue(r *report.Result) doc.Value {
	v := b.val(r.Value, r.Unit)
	if r.Value == nil {
		v.Reason = b.reason(or(r.Reason, report.ReasonNoData))
		v.Text = v.Reason
		return v
	}
	if r.ValueLabel != "" {
		v.Label = r.ValueLabel
		v.Text = r.ValueLabel + " (" + v.Text + ")"
	}
	return v
}

// previousValue is the previous value of a result, or why there is none.
func (b *builder) previousValue(r *report.Result) doc.Value {
	v := b.val(r.Previous, r.Unit)
	if r.Previous == nil {
		if b.r.Previous == nil {
			v.Reason = b.reason(report.ReasonNoCompare)
		} else {
			v.Reason = b.reason(or(r.PreviousReason, report.ReasonNoData))
		}
		v.Text = v.Reason
		return v
	}
	if r.PreviousLabel != "" {
		v.Label = r.PreviousLabel
		v.Text = r.PreviousLabel + " (" + v.Text + ")"
	}
	return v
}

// isRate reports whether a unit is a rate or share: its change is in pp.
func isRate(unit string) bool { return unit == "ratio" || unit == "pp" || unit == "score" }

// change is the change of a result against the previous period: in pp for
// rates and shares, in % for counts and durations (the signed difference
// with its unit when the previous value is zero).
func (b *builder) change(r *report.Result) doc.Change {
	if r.Change == nil {
		return doc.Change{}
	}
	c := *r.Change
	var v doc.Value
	var digits string // the number alone, to see whether it rounds to zero
	switch {
	case isRate(r.Unit):
		pp := c * 100
		digits = format.Value(c, "pp", b.l.lang)
		v = doc.Value{Raw: &pp, Unit: doc.UnitPP, Text: digits}
	case r.ChangePct != nil:
		p := *r.ChangePct
		digits = b.l.number(p, "pct")
		v = doc.Value{Raw: &p, Unit: doc.UnitPercent, Text: digits}
	default:
		d := c
		digits = b.l.number(c, r.Unit)
		v = doc.Value{Raw: &d, Unit: r.Unit, Text: signed(b.l.withUnit(c, r.Unit))}
	}
	out := doc.Change{Value: v}
	if c == 0 || strings.Trim(digits, "+-0.,% p") == "" {
		out.Arrow, out.Tone, out.Word = "=", doc.ToneNeutral, b.l.T("change.same")
		out.Text = strings.TrimLeft(v.Text, "+-")
		return out
	}
	up := c > 0
	out.Arrow = map[bool]string{true: "▲", false: "▼"}[up]
	out.Tone = doc.ToneNeutral
	switch r.Direction {
	case "higher":
		out.Tone = map[bool]string{true: doc.ToneBetter, false: doc.ToneWorse}[up]
	case "lower":
		out.Tone = map[bool]string{true: doc.ToneWorse, false: doc.ToneBetter}[up]
	}
	if out.Tone != doc.ToneNeutral {
		out.Word = b.l.T("change." + out.Tone)
	}
	return out
}

// changeText is "▲ +2,50 pp (lebih baik)".
func changeText(c doc.Change) string {
	if c.Text == "" {
		return ""
	}
	s := c.Arrow + " " + c.Text
	if c.Word != "" {
		s += " (" + c.Word + ")"
	}
	return strings.TrimSpace(s)
}

// status is the label of a status code (a new status needs only a
// catalogue entry "doc.status.<code>").
func (b *builder) status(code string) doc.Status {
	if code == "" {
		code = report.StatusNoData
	}
	return doc.Status{Code: code, Label: b.l.opt("status."+code, code)}
}

// target describes a result's target with its unit ("≥ 7,0 per minggu").
func (b *builder) target(r *report.Result) string {
	t := r.Target
	if t == nil {
		return ""
	}
	w := func(v *float64) string { return b.l.withUnit(*v, r.Unit) }
	switch {
	case t.Min != nil && t.Max != nil:
		return b.l.T("target.between", w(t.Min), w(t.Max))
	case t.Min != nil:
		return b.l.T("target.min", w(t.Min))
	case t.Max != nil:
		return b.l.T("target.max", w(t.Max))
	}
	return ""
}

// tooFew reports whether a comparison indicator (best format, best slot)
// rests on fewer than 5 posts on its side, and the note that says so.
func (b *builder) tooFew(r *report.Result) (bool, string) {
	switch r.ID {
	case "optimize.best_format", "optimize.best_slot":
		if r.Value != nil && r.N < minCompare {
			return true, b.l.T("tile.too_few", r.N)
		}
	}
	return false, ""
}

// minCompare is the smallest group a slot or format comparison rests on.
const minCompare = 5
