package compute

import "github.com/rapor-id/rapor/report"

// Reasons for a null value besides those of package report.
const (
	// ReasonNotApplicable is the previous-value reason of the *_change
	// indicators, which are themselves comparisons.
	ReasonNotApplicable = "not_applicable"
	// ReasonNotFinite marks a value that came out infinite or NaN.
	ReasonNotFinite = "not_finite"
	// ReasonNotComputed marks an indicator id this program does not compute.
	ReasonNotComputed = "not_computed"
)

// Reasons lists every reason compute may give for a null value or previous
// value; each has the message key "compute.reason.<reason>" (ReasonKey).
func Reasons() []string {
	return []string{report.ReasonNoData, report.ReasonNoCoverage, report.ReasonSnapshot,
		report.ReasonNoCompare, report.ReasonZeroBase, report.ReasonTooFew, ReasonNotApplicable,
		ReasonNotFinite, ReasonNotComputed}
}

// ReasonKey returns the message key that explains reason in the report
// language ("compute.reason.no_coverage").
func ReasonKey(reason string) string { return "compute.reason." + reason }

// val is an indicator value on one period.
type val struct {
	v      float64
	ok     bool   // v is a value (else null with reason)
	reason string // why it is null
	label  string // value_label (best_format, best_slot)
	n      int    // items it rests on
	note   string // a note shown with the value (localised)
}

// num returns a value resting on n items.
func num(v float64, n int) val { return val{v: v, ok: true, n: n} }

// null returns a null value with a reason.
func null(reason string) val { return val{reason: reason} }

// ratio returns a ÷ b resting on n items, or null with reason when b is 0.
func ratio(a, b float64, n int, reason string) val {
	if b == 0 {
		return null(reason)
	}
	return num(a/b, n)
}

// ptr returns a pointer to the value, or nil when it is null.
func (v val) ptr() *float64 {
	if !v.ok {
		return nil
	}
	f := v.v
	return &f
}
