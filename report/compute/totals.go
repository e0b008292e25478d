package compute

import "github.com/rapor-id/rapor/report"

// additiveSeries are the daily series whose values add up across days, in
// the order outputs list their totals.
var additiveSeries = []string{report.SeriesViews, report.SeriesProfileVisits, report.SeriesLinkClicks,
	report.SeriesInteractions, report.SeriesFollows, report.SeriesUnfollows}

// seriesTotals sums each additive daily series the project has over the
// period and over the comparison period.
func (x *prep) seriesTotals(c *calc) []report.SeriesTotal {
	out := []report.SeriesTotal{}
	for _, m := range additiveSeries {
		s := x.series(m)
		if s == nil || len(s.Points) == 0 {
			continue
		}
		t := report.SeriesTotal{Metric: m, Value: seriesSum(s, c.p.Range())}
		if c.cmp != nil {
			t.Previous = seriesSum(s, c.cmp.p.Range())
		}
		out = append(out, t)
	}
	return out
}

// seriesSum is Σ of s over r, or nil when s does not cover the whole of r.
func seriesSum(s *report.Series, r report.Range) *float64 {
	if !s.Coverage.Covers(r) {
		return nil
	}
	sum := 0.0
	for _, p := range pointsIn(s, r) {
		sum += p.Value
	}
	return &sum
}
