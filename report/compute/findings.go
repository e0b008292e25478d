package compute

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

// maxFindings and minFindings bound the number of findings (SPEC §7).
const (
	minFindings = 3
	maxFindings = 5
	// minCompare is the smallest group a comparison of formats or slots
	// may rest on (SPEC §9).
	minCompare = 5
)

// findings chooses 3–5 sentences for the executive summary, deterministically
// and in this order: unmet targets (at most two sentences; a second sentence
// lists the rest when more than two are unmet) or, when every target with a
// value is met, one sentence saying so; the two largest |change_pct| among
// indicators with n ≥ 5; best_format; best_slot; the response time. At most
// five are kept. With fewer than three, the number of posts, the ER and the
// number of comments fill in, and finally a sentence that the data do not
// allow more.
func (x *prep) findings(rep *report.Report) []string {
	var out []string
	used := map[string]bool{}
	add := func(s string) {
		if len(out) < maxFindings {
			out = append(out, s)
		}
	}
	res := func(id string) *report.Result { return rep.Indicator(id) }

	// Targets.
	var unmet []report.Result
	withTarget := 0
	for _, r := range rep.Indicators {
		switch r.Status {
		case report.StatusNotMet, report.StatusNear:
			unmet = append(unmet, r)
			withTarget++
		case report.StatusMet:
			withTarget++
		}
	}
	switch {
	case len(unmet) > 0:
		add(x.unmetSentence(unmet[0]))
		used[unmet[0].ID] = true
		if len(unmet) == 2 {
			add(x.unmetSentence(unmet[1]))
			used[unmet[1].ID] = true
		} else if len(unmet) > 2 {
			var labels []string
			for _, r := range unmet[1:] {
				labels = append(labels, r.Label)
				used[r.ID] = true
			}
			add(x.t("compute.finding.more_unmet", len(labels), strings.Join(labels, ", ")))
		}
	case withTarget == 1:
		add(x.t("compute.finding.target_met_one"))
	case withTarget > 1:
		add(x.t("compute.finding.targets_met", withTarget))
	}

	// The two largest relative changes among indicators resting on ≥5 items.
	var changes []report.Result
	for _, r := range rep.Indicators {
		if r.ChangePct != nil && r.N >= 5 && *r.ChangePct != 0 && !used[r.ID] {
			changes = append(changes, r)
		}
	}
	sort.SliceStable(changes, func(i, j int) bool { return abs(*changes[i].ChangePct) > abs(*changes[j].ChangePct) })
	for _, r := range changes[:min(2, len(changes))] {
		add(x.changeSentence(r))
		used[r.ID] = true
	}

	// A best format or slot is stated only when it rests on ≥ 5 posts.
	if r := res("optimize.best_format"); r != nil && r.Value != nil && r.N >= minCompare {
		add(x.t("compute.finding.best_format", r.ValueLabel, format.Value(*r.Value, r.Unit, x.lang), r.N))
	}
	if r := res("optimize.best_slot"); r != nil && r.Value != nil && r.N >= minCompare {
		add(x.t("compute.finding.best_slot", r.ValueLabel, format.Value(*r.Value, r.Unit, x.lang), r.N))
	}
	if r := res("manage.median_response_hours"); r != nil && r.Value != nil && !used[r.ID] {
		p90, rate := format.Null, format.Null
		if q := res("manage.p90_response_hours"); q != nil && q.Value != nil {
			p90 = format.Value(*q.Value, q.Unit, x.lang)
		}
		if q := res("manage.response_rate"); q != nil && q.Value != nil {
			rate = format.Value(*q.Value, q.Unit, x.lang)
		}
		add(x.t("compute.finding.response", format.Value(*r.Value, r.Unit, x.lang), p90, rate))
	}

	// Fill-ins.
	if len(out) < minFindings {
		if r := res("share.posts"); r != nil && r.Value != nil {
			perWeek := format.Null
			if q := res("share.posts_per_week"); q != nil && q.Value != nil {
				perWeek = x.withUnit(*q.Value, q.Unit)
			}
			add(x.t("compute.finding.posts", format.Value(*r.Value, r.Unit, x.lang), perWeek))
		}
	}
	if len(out) < minFindings {
		if r := res("engage.er_reach"); r != nil && r.Value != nil && !used[r.ID] {
			add(x.t("compute.finding.er", format.Value(*r.Value, r.Unit, x.lang)))
		}
	}
	if len(out) < minFindings {
		if r := res("manage.comments"); r != nil && r.Value != nil && !used[r.ID] {
			add(x.t("compute.finding.comments", format.Value(*r.Value, r.Unit, x.lang)))
		}
	}
	if len(out) < minFindings {
		add(x.t("compute.finding.no_more_data"))
	}
	return out
}

// unmetSentence says that r missed its target.
func (x *prep) unmetSentence(r report.Result) string {
	v := x.withUnit(*r.Value, r.Unit)
	if r.Target.Min != nil && *r.Value < *r.Target.Min {
		return x.t("compute.finding.below_min", r.Label, v, x.withUnit(*r.Target.Min, r.Unit))
	}
	return x.t("compute.finding.above_max", r.Label, v, x.withUnit(*r.Target.Max, r.Unit))
}

// changeSentence says how r changed from the previous period.
func (x *prep) changeSentence(r report.Result) string {
	key := "compute.finding.rose"
	if *r.ChangePct < 0 {
		key = "compute.finding.fell"
	}
	return x.t(key, r.Label, x.changeSize(r), x.withUnit(*r.Previous, r.Unit), x.withUnit(*r.Value, r.Unit))
}

// changeSize is the size of r's change as a sentence states it: in
// percentage points for a rate or share ("28,22 pp"), in % for a count or
// duration ("42,9%") (SPEC §9 "Presentation rules").
func (x *prep) changeSize(r report.Result) string {
	if (r.Unit == format.UnitRatio || r.Unit == format.UnitPP) && r.Change != nil {
		return strings.TrimPrefix(format.Value(abs(*r.Change), format.UnitPP, x.lang), "+")
	}
	return format.Percent(abs(*r.ChangePct), x.lang)
}

// withUnit formats a value with its unit word where the number alone does
// not say it: "6,6 hari", "3,0 jam", "9,9 per minggu", "0,2 per hari", "2,2 per 1.000".
func (x *prep) withUnit(v float64, unit string) string {
	s := format.Value(v, unit, x.lang)
	switch unit {
	case format.UnitDays, format.UnitHours, format.UnitPerWeek, format.UnitPerDay, format.UnitPer1k:
		return x.t("compute.unit."+unit, s)
	}
	return s
}
