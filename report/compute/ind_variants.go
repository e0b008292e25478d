package compute

import (
	"github.com/rapor-id/rapor/report"
)

// Second-wave engagement variants (SPEC §9).

// reachSums returns Σ metric and Σ reach over OWN posts with reach and
// interaction data, and how many there are.
func reachSums(posts []*report.Post, m report.Metric) (sum, reach float64, n int) {
	for _, p := range posts {
		r, okR := reachOf(p)
		_, okI := p.Interactions()
		if !okR || !okI {
			continue
		}
		sum += metric(p, m)
		reach += r
		n++
	}
	return sum, reach, n
}

// optimize.amplification_rate = Σ shares ÷ Σ reach.
func optimizeAmplificationRate(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	s, r, n := reachSums(c.own, report.Shares)
	return ratio(s, r, n, report.ReasonNoData)
}

// optimize.applause_rate = Σ likes ÷ Σ reach.
func optimizeApplauseRate(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	s, r, n := reachSums(c.own, report.Likes)
	return ratio(s, r, n, report.ReasonNoData)
}

// engage.er_views = Σ interactions ÷ Σ views over OWN with views > 0 and
// interaction data.
func engageERViews(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	si, sv, n := 0.0, 0.0, 0
	for _, p := range c.own {
		v, okV := p.Metrics.Get(report.Views)
		i, okI := p.Interactions()
		if !okV || v <= 0 || !okI {
			continue
		}
		si += i
		sv += v
		n++
	}
	out := ratio(si, sv, n, report.ReasonNoData)
	out.note = c.x.viewsNote(c)
	return out
}

// engage.er_reach_mean = mean of per-post ER over OWN with reach and
// interaction data.
func engageERReachMean(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	var ers []float64
	for _, p := range c.own {
		if er, ok := postER(p); ok {
			ers = append(ers, er)
		}
	}
	m, ok := mean(ers)
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(ers))
}

// minLiftPosts is the fewest posts with reach and interaction data each side
// of engage.mention_er_lift needs.
const minLiftPosts = 3

// engage.mention_er_lift = ER(OWN mentioning another account) ÷ ER(other
// OWN) − 1.
func engageMentionERLift(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	var with, without []*report.Post
	for _, p := range c.own {
		if mentionsOther(p.Caption, c.x.account) {
			with = append(with, p)
		} else {
			without = append(without, p)
		}
	}
	erW, nW, okW := erOf(with)
	erO, nO, okO := erOf(without)
	if nW < minLiftPosts || nO < minLiftPosts {
		return null(report.ReasonTooFew)
	}
	if !okW || !okO || erO == 0 {
		return null(report.ReasonZeroBase)
	}
	return num(erW/erO-1, nW+nO)
}
