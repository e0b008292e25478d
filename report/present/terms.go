package present

import (
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// units are the units of indicators and values.
var units = []string{"count", "ratio", "pp", "per_week", "per_day", "per_1k", "days", "hours"}

// terms collects the label of every code the writers may meet.
func (b *builder) terms() doc.Terms {
	t := doc.Terms{Reasons: map[string]string{"": b.l.T("reason.unknown")}, Statuses: map[string]string{},
		Units: map[string]string{}, Types: map[string]string{}, Stages: map[string]string{},
		Subcomponents: map[string]string{}, Indicators: map[string]string{}, Verdicts: map[string]string{},
		Kinds: map[string]string{}}
	for _, r := range report.Reasons() {
		t.Reasons[r] = b.reason(r)
	}
	for _, s := range report.Statuses() {
		t.Statuses[s] = b.status(s).Label
	}
	for _, u := range units {
		t.Units[u] = b.l.opt("unitname."+u, u)
	}
	for _, ty := range append(append([]report.PostType(nil), report.FeedTypes...), report.Story) {
		t.Types[string(ty)] = b.typeName(string(ty))
	}
	for _, s := range b.stages {
		t.Stages[s.ID] = s.Label
		for _, sc := range s.Subs {
			t.Subcomponents[sc.Code] = sc.Label
		}
	}
	if f := b.r.Framework; f != nil {
		for _, d := range f.Indicators {
			t.Indicators[d.ID] = or(d.Label.In(b.l.lang), d.ID)
		}
	}
	for i := range b.r.Indicators {
		t.Indicators[b.r.Indicators[i].ID] = b.indicatorLabel(&b.r.Indicators[i])
	}
	for _, v := range []string{"optimal", "belum_optimal", "tidak_ada"} {
		t.Verdicts[v] = b.verdictName(v)
	}
	for _, k := range []string{"posts", "daily", "audience", "comments", "monitoring", "notes", "narrative", "qdpx", "qda-csv"} {
		t.Kinds[k] = b.kindName(k)
	}
	return t
}
