package compute

import "github.com/rapor-id/rapor/report"

// dailyMetrics are the daily series shown over the period.
var dailyMetrics = []string{report.SeriesReach, report.SeriesViews, report.SeriesFollows,
	report.SeriesUnfollows, report.SeriesProfileVisits}

// daily returns the daily reach, views, follows, unfollows and profile
// visits over the period (the series present). Follows and unfollows days
// missing inside the series' coverage count as 0; other series show their
// listed days.
func (x *prep) daily(c *calc) map[string][]report.DayValue {
	out := map[string][]report.DayValue{}
	for _, m := range dailyMetrics {
		s := x.series(m)
		if s == nil {
			continue
		}
		pts := pointsIn(s, c.p.Range())
		if m != report.SeriesFollows && m != report.SeriesUnfollows {
			out[m] = append([]report.DayValue{}, pts...)
			continue
		}
		from, to := max(c.p.From, s.Coverage.From), min(c.p.To, s.Coverage.To)
		filled := []report.DayValue{}
		j := 0
		for d := from; d <= to; d++ {
			for j < len(pts) && pts[j].Date < d {
				j++
			}
			v := 0.0
			if j < len(pts) && pts[j].Date == d {
				v = pts[j].Value
			}
			filled = append(filled, report.DayValue{Date: d, Value: v})
		}
		out[m] = filled
	}
	return out
}

// followerTrend returns followers_total on each day of the period from the
// series' first date on, as its last total on or before that day.
func (x *prep) followerTrend(c *calc) []report.DayValue {
	out := []report.DayValue{}
	s := x.series(report.SeriesFollowersTotal)
	if s == nil || len(s.Points) == 0 {
		return out
	}
	from, to := max(c.p.From, s.Points[0].Date), min(c.p.To, s.Coverage.To)
	for d := from; d <= to; d++ {
		if p, ok := lastBefore(s, d+1); ok {
			out = append(out, report.DayValue{Date: d, Value: p.Value})
		}
	}
	return out
}

// audience returns a copy of the audience snapshot.
func (x *prep) audience() *report.Audience {
	if x.d.Audience == nil {
		return nil
	}
	a := *x.d.Audience
	return &a
}
