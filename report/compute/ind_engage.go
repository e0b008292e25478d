package compute

import (
	"regexp"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

// engage.interactions = Σ interactions over OWN with interaction data.
func engageInteractions(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	sum, n := 0.0, 0
	for _, p := range c.own {
		if i, ok := p.Interactions(); ok {
			sum += i
			n++
		}
	}
	if n == 0 {
		return null(report.ReasonNoData)
	}
	return num(sum, n)
}

// engage.er_reach = ER of OWN.
func engageERReach(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	er, n, ok := erOf(c.own)
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(er, n)
}

// engage.er_followers = (interactions ÷ |OWN with interaction data|) ÷ followers_end.
func engageERFollowers(c *calc) val {
	in := c.get("engage.interactions")
	if !in.ok {
		return null(in.reason)
	}
	fe := c.get("engage.followers_end")
	if !fe.ok {
		return null(fe.reason)
	}
	return ratio(in.v/float64(in.n), fe.v, in.n, report.ReasonZeroBase)
}

// engage.followers_end = the last followers_total in the period, else the
// Instagram channel's followers (the same number for every period).
func engageFollowersEnd(c *calc) val {
	s := c.x.series(report.SeriesFollowersTotal)
	if pts := pointsIn(s, c.p.Range()); len(pts) > 0 {
		return num(pts[len(pts)-1].Value, len(pts))
	}
	if f, ok := c.x.instagramFollowers(); ok {
		v := num(f, 1)
		v.note = c.x.t("compute.note.followers_channel")
		return v
	}
	if s != nil && len(s.Points) > 0 {
		return null(report.ReasonNoCoverage)
	}
	return null(report.ReasonNoData)
}

// engage.follower_growth: with followers_total totals in the period,
// (F_end − F_start) ÷ F_start; else, with a follows series covering the
// period, Σ follows ÷ (followers_end − Σ follows), labelled gross growth.
func engageFollowerGrowth(c *calc) val {
	r := c.p.Range()
	ft := c.x.series(report.SeriesFollowersTotal)
	if pts := pointsIn(ft, r); len(pts) > 0 {
		fEnd := pts[len(pts)-1].Value
		fStart := pts[0].Value
		if b, ok := lastBefore(ft, r.From); ok {
			fStart = b.Value
		}
		return ratio(fEnd-fStart, fStart, len(pts), report.ReasonZeroBase)
	}
	fs := c.x.series(report.SeriesFollows)
	if fs != nil && fs.Coverage.Covers(r) {
		sum := 0.0
		for _, p := range pointsIn(fs, r) {
			sum += p.Value // a day missing inside the coverage counts as 0
		}
		fe := c.get("engage.followers_end")
		if !fe.ok {
			return null(fe.reason)
		}
		v := ratio(sum, fe.v-sum, c.days, report.ReasonZeroBase)
		if v.ok {
			v.note = c.x.t("compute.note.gross_growth")
		}
		return v
	}
	if (ft != nil && len(ft.Points) > 0) || (fs != nil && len(fs.Points) > 0) {
		return null(report.ReasonNoCoverage)
	}
	return null(report.ReasonNoData)
}

// engage.daily_reach_mean = mean of the daily reach series over the days of
// the period it lists.
func engageDailyReachMean(c *calc) val {
	s := c.x.series(report.SeriesReach)
	if s == nil || len(s.Points) == 0 {
		return null(report.ReasonNoData)
	}
	if !s.Coverage.Covers(c.p.Range()) {
		return null(report.ReasonNoCoverage)
	}
	pts := pointsIn(s, c.p.Range())
	xs := make([]float64, len(pts))
	for i, p := range pts {
		xs[i] = p.Value
	}
	m, ok := mean(xs)
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(xs))
}

// engage.weekly_constancy: per 7-day block from the first day (the last may
// be shorter), interactions of OWN published in it ÷ block days; population
// standard deviation ÷ mean; no data with <2 blocks or mean 0.
func engageWeeklyConstancy(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	nb := (c.days + 6) / 7
	if nb < 2 {
		return null(report.ReasonTooFew)
	}
	sums := make([]float64, nb)
	withData := 0
	for _, p := range c.own {
		i, ok := p.Interactions()
		if !ok {
			continue
		}
		withData++
		d := int(report.DateOf(p.Published, c.x.loc) - c.p.From)
		sums[d/7] += i
	}
	if withData == 0 {
		return null(report.ReasonNoData)
	}
	rates := make([]float64, nb)
	for b := range sums {
		days := 7
		if b == nb-1 {
			days = c.days - 7*b
		}
		rates[b] = sums[b] / float64(days)
	}
	m, _ := mean(rates)
	if m == 0 {
		return null(report.ReasonZeroBase)
	}
	return num(pstdev(rates)/m, nb)
}

// engage.home_audience = Σ shares of the top cities whose name before the
// first comma equals a home_region entry (case-insensitive, trimmed); 0 with a
// note giving the smallest listed share when none matches.
func engageHomeAudience(c *calc) val {
	a := c.x.d.Audience
	if a == nil || len(a.Cities) == 0 || len(c.x.cfg.HomeRegion) == 0 {
		return null(report.ReasonNoData)
	}
	home := map[string]bool{}
	for _, h := range c.x.cfg.HomeRegion {
		home[strings.ToLower(strings.TrimSpace(h))] = true
	}
	sum, matched := 0.0, 0
	smallest := a.Cities[0].Share
	for _, city := range a.Cities {
		name, _, _ := strings.Cut(city.Name, ",")
		if home[strings.ToLower(strings.TrimSpace(name))] {
			sum += city.Share
			matched++
		}
		if city.Share < smallest {
			smallest = city.Share
		}
	}
	v := num(sum, len(a.Cities))
	if matched == 0 {
		v.note = c.x.t("compute.note.home_none", format.Percent(smallest, c.x.lang))
	}
	return v
}

// mentionRe is the mention pattern of SPEC §4 (engage.collaborations).
var mentionRe = regexp.MustCompile(`(^|[^A-Za-z0-9_.@])@([A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?)`)

// mentionsOther reports whether caption mentions an account other than acct.
func mentionsOther(caption, acct string) bool {
	if strings.IndexByte(caption, '@') < 0 {
		return false // no mention: skip the regexp
	}
	for _, m := range mentionRe.FindAllStringSubmatch(caption, -1) {
		if strings.ToLower(m[2]) != acct {
			return true
		}
	}
	return false
}

// engage.collaborations = |COLLAB| + OWN posts whose caption mentions another account.
func engageCollaborations(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	n := len(c.collab)
	for _, p := range c.own {
		if mentionsOther(p.Caption, c.x.account) {
			n++
		}
	}
	return num(float64(n), len(c.collab)+len(c.own))
}
