package compute

import (
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

// results computes every framework indicator on c's period, with previous
// values from c.cmp.
func (x *prep) results(c *calc) []report.Result {
	out := make([]report.Result, 0, len(x.fw.Indicators))
	for _, def := range x.fw.Indicators {
		out = append(out, x.result(def, c))
	}
	return out
}

// result builds one Result (SPEC §4 "Every result").
func (x *prep) result(def report.IndicatorDef, c *calc) report.Result {
	ind := indicators[def.ID]
	unit := def.Unit
	if unit == "" {
		unit = ind.unit
	}
	cur := c.get(def.ID)
	r := report.Result{
		ID:           def.ID,
		Stage:        report.StageOf(def.Subcomponent),
		Subcomponent: def.Subcomponent,
		Label:        def.Label.In(x.lang),
		Value:        cur.ptr(),
		Reason:       cur.reason,
		ValueLabel:   cur.label,
		Display:      x.display(cur, unit),
		Unit:         unit,
		Direction:    def.Direction,
		N:            cur.n,
		Note:         cur.note,
		Formula:      def.Formula.In(x.lang),
	}

	switch {
	case c.cmp == nil:
		r.PreviousReason = report.ReasonNoCompare
	case ind.kind == snapshot:
		r.PreviousReason = report.ReasonSnapshot
	case ind.kind == change:
		r.PreviousReason = report.ReasonNotApplicable
	default:
		prev := c.cmp.get(def.ID)
		r.Previous = prev.ptr()
		r.PreviousReason = prev.reason
		r.PreviousLabel = prev.label
		r.PreviousN = prev.n
	}
	if r.Value != nil && r.Previous != nil {
		ch := *r.Value - *r.Previous
		if finite(ch) {
			r.Change = &ch
		}
		if *r.Previous != 0 {
			pct := ch / abs(*r.Previous)
			if finite(pct) {
				r.ChangePct = &pct
			}
		}
	}

	if t, ok := x.targets[def.ID]; ok {
		tt := t
		r.Target = &tt
	}
	r.Status = status(r.Value, r.Target)
	return r
}

// display formats a value for reading; label indicators show "label (value)".
func (x *prep) display(v val, unit string) string {
	if !v.ok {
		return format.Null
	}
	s := format.Value(v.v, unit, x.lang)
	if v.label != "" {
		return v.label + " (" + s + ")"
	}
	return s
}

// status compares a value with its target at full precision. An unmet value
// within the target's relative tolerance of the missed bound is near.
func status(v *float64, t *report.Target) string {
	switch {
	case v == nil:
		return report.StatusNoData
	case t == nil || (t.Min == nil && t.Max == nil):
		return report.StatusNoTarget
	case t.Min != nil && *v < *t.Min:
		return nearOrNot(*v, *t.Min, t.Near)
	case t.Max != nil && *v > *t.Max:
		return nearOrNot(*v, *t.Max, t.Near)
	}
	return report.StatusMet
}

// nearOrNot returns near when |v − bound| ÷ |bound| ≤ near (inclusive); a
// bound of 0 is never near, and a tolerance of 0 (or none) switches it off.
func nearOrNot(v, bound float64, near *float64) string {
	if near != nil && *near > 0 && bound != 0 && abs(v-bound)/abs(bound) <= *near {
		return report.StatusNear
	}
	return report.StatusNotMet
}

// stageScores computes met ÷ (indicators with a target and a value) per stage
// and over all indicators (the overall score).
func (x *prep) stageScores(rs []report.Result) report.StageScores {
	met, with := map[string]int{}, map[string]int{}
	for _, r := range rs {
		if r.Target == nil || r.Value == nil || r.Status == report.StatusNoTarget {
			continue
		}
		with[r.Stage]++
		if r.Status == report.StatusMet {
			met[r.Stage]++
		}
	}
	score := func(stage string) *float64 {
		if with[stage] == 0 {
			return nil
		}
		v := float64(met[stage]) / float64(with[stage])
		return &v
	}
	s := report.StageScores{Share: score("share"), Optimize: score("optimize"),
		Manage: score("manage"), Engage: score("engage")}
	// The overall score is met ÷ every indicator with a target and a value
	// (SPEC §4, §9), not the mean of the stage scores.
	allMet, allWith := 0, 0
	for st := range with {
		allMet += met[st]
		allWith += with[st]
	}
	if allWith > 0 {
		o := float64(allMet) / float64(allWith)
		s.Overall = &o
	}
	return s
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
