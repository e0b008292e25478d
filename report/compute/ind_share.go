package compute

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// share.posts = |OWN|.
func sharePosts(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	return num(float64(len(c.own)), len(c.own))
}

// share.posts_per_week = |OWN| ÷ (D ÷ 7).
func sharePostsPerWeek(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	return num(float64(len(c.own))/(float64(c.days)/7), len(c.own))
}

// share.stories_per_day = |STORIES| ÷ D; no data when no own story row exists
// in any posts source.
func shareStoriesPerDay(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	if !c.x.d.HasStoryRows {
		return null(report.ReasonNoData)
	}
	return num(float64(len(c.stories))/float64(c.days), len(c.stories))
}

// share.active_days = distinct local dates with an item of OWN ∪ STORIES ÷ D.
func shareActiveDays(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	dates := map[report.Date]bool{}
	for _, list := range [][]*report.Post{c.own, c.stories} {
		for _, p := range list {
			dates[report.DateOf(p.Published, c.x.loc)] = true
		}
	}
	return num(float64(len(dates))/float64(c.days), len(c.own)+len(c.stories))
}

// share.longest_gap_days = the largest gap (elapsed hours ÷ 24) between
// consecutive points of: 00:00 of the first day, the OWN publish times, 24:00
// of the last day; D when OWN is empty.
func shareLongestGap(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	start, end := c.x.bounds(c.p.Range())
	if len(c.own) == 0 {
		return num(float64(c.days), 0)
	}
	prev, gap := start, 0.0
	for _, p := range c.own { // OWN is in publish order
		if g := p.Published.Sub(prev).Hours() / 24; g > gap {
			gap = g
		}
		prev = p.Published
	}
	if g := end.Sub(prev).Hours() / 24; g > gap {
		gap = g
	}
	return num(gap, len(c.own))
}

// share.reel_share = reels in OWN ÷ |OWN|.
func shareReelShare(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	reels := 0
	for _, p := range c.own {
		if p.Type == report.Reel {
			reels++
		}
	}
	return ratio(float64(reels), float64(len(c.own)), len(c.own), report.ReasonNoData)
}

// share.channels = channels in rapor.yaml with active not false (a snapshot).
func shareChannels(c *calc) val {
	if len(c.x.cfg.Channels) == 0 {
		return null(report.ReasonNoData)
	}
	n := 0
	for _, ch := range c.x.cfg.Channels {
		if ch.Active {
			n++
		}
	}
	return num(float64(n), n)
}

// share.median_reach = median reach(p) over OWN with reach.
func shareMedianReach(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	var xs []float64
	for _, p := range c.own {
		if r, ok := reachOf(p); ok {
			xs = append(xs, r)
		}
	}
	m, ok := median(xs)
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(xs))
}

// share.median_views = median views(p) over OWN with a views value.
func shareMedianViews(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	var xs []float64
	for _, p := range c.own {
		if v, ok := p.Metrics.Get(report.Views); ok {
			xs = append(xs, v)
		}
	}
	m, ok := median(xs)
	if !ok {
		return null(report.ReasonNoData)
	}
	v := num(m, len(xs))
	v.note = c.x.viewsNote(c)
	return v
}

// instagramFollowers returns the followers of the Instagram channel in
// rapor.yaml, if given.
func (x *prep) instagramFollowers() (float64, bool) {
	for _, ch := range x.cfg.Channels {
		if strings.EqualFold(strings.TrimSpace(ch.Platform), "instagram") && ch.Followers != nil {
			return *ch.Followers, true
		}
	}
	return 0, false
}
