package compute

import (
	"github.com/rapor-id/rapor/report"
)

// Second-wave follower flow and follows per reach (SPEC §9).

// share.follows_per_1k_reach = Σ follows(p) ÷ Σ reach(p) × 1000 over OWN
// having a follows value (0 included) and reach.
func shareFollowsPer1kReach(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	sf, sr, n := 0.0, 0.0, 0
	for _, p := range c.own {
		r, okR := reachOf(p)
		f, okF := p.Metrics.Get(report.Follows)
		if !okR || !okF {
			continue
		}
		sf += f
		sr += r
		n++
	}
	if n == 0 {
		return null(report.ReasonNoData)
	}
	return num(sf/sr*1000, n)
}

// seriesSum sums a daily count series (follows, unfollows) over the period:
// a missing day inside the series' span counts 0. ok is false with a null
// value when the series is absent or does not cover the period.
func (c *calc) seriesSum(metric string) (val, bool) {
	s := c.x.series(metric)
	if s == nil || len(s.Points) == 0 {
		return null(report.ReasonNoData), false
	}
	if !s.Coverage.Covers(c.p.Range()) {
		return null(report.ReasonNoCoverage), false
	}
	sum := 0.0
	for _, p := range pointsIn(s, c.p.Range()) {
		sum += p.Value
	}
	return num(sum, c.days), true
}

// engage.followers_gained = Σ daily follows over the period.
func engageFollowersGained(c *calc) val {
	v, _ := c.seriesSum(report.SeriesFollows)
	return v
}

// engage.followers_net = F_end − F_start as in engage.follower_growth.
func engageFollowersNet(c *calc) val {
	r := c.p.Range()
	ft := c.x.series(report.SeriesFollowersTotal)
	pts := pointsIn(ft, r)
	if len(pts) == 0 {
		if ft != nil && len(ft.Points) > 0 {
			return null(report.ReasonNoCoverage)
		}
		return null(report.ReasonNoData)
	}
	fStart := pts[0].Value
	if b, ok := lastBefore(ft, r.From); ok {
		fStart = b.Value
	}
	return num(pts[len(pts)-1].Value-fStart, len(pts))
}

// engage.followers_lost = Σ daily unfollows when such a series covers the
// period; else gained − net when both exist and that is ≥ 0; else no data.
func engageFollowersLost(c *calc) val {
	v, ok := c.seriesSum(report.SeriesUnfollows)
	if ok {
		return v
	}
	g, n := c.get("engage.followers_gained"), c.get("engage.followers_net")
	switch {
	case g.ok && n.ok && g.v-n.v >= 0:
		return num(g.v-n.v, g.n)
	case g.ok && n.ok:
		return null(report.ReasonNoData) // the totals and the follows disagree
	case v.reason == report.ReasonNoCoverage:
		return v
	case !g.ok:
		return null(g.reason)
	}
	return null(n.reason)
}
