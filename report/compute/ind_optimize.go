package compute

import (
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

// optimize.reach_change = (median_reach(P) − median_reach(Q)) ÷ median_reach(Q).
func optimizeReachChange(c *calc) val {
	if c.cmp == nil {
		return null(report.ReasonNoCompare)
	}
	cur := c.get("share.median_reach")
	if !cur.ok {
		return null(cur.reason)
	}
	prev := c.cmp.get("share.median_reach")
	if !prev.ok {
		return null(prev.reason)
	}
	return ratio(cur.v-prev.v, prev.v, cur.n, report.ReasonZeroBase)
}

// optimize.er_change = er_reach(P) − er_reach(Q), a difference of fractions.
func optimizeERChange(c *calc) val {
	if c.cmp == nil {
		return null(report.ReasonNoCompare)
	}
	cur := c.get("engage.er_reach")
	if !cur.ok {
		return null(cur.reason)
	}
	prev := c.cmp.get("engage.er_reach")
	if !prev.ok {
		return null(prev.reason)
	}
	return num(cur.v-prev.v, cur.n)
}

// optimize.save_share_rate = Σ(saves + shares) ÷ Σ reach over OWN with reach
// and interaction data.
func optimizeSaveShareRate(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	ss, sr, n := 0.0, 0.0, 0
	for _, p := range c.own {
		r, okR := reachOf(p)
		_, okI := p.Interactions()
		if !okR || !okI {
			continue
		}
		ss += metric(p, report.Saves) + metric(p, report.Shares)
		sr += r
		n++
	}
	return ratio(ss, sr, n, report.ReasonNoData)
}

// optimize.best_format: the feed type with the highest ER among types with ≥3
// OWN posts having reach and interaction data (ties: image, carousel, reel,
// video); value = that ER, value_label = the type.
func optimizeBestFormat(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	best := null(report.ReasonTooFew)
	for _, t := range report.FeedTypes {
		var group []*report.Post
		for _, p := range c.own {
			if p.Type == t {
				group = append(group, p)
			}
		}
		er, n, ok := erOf(group)
		if !ok || n < 3 {
			continue
		}
		if !best.ok || er > best.v {
			best = num(er, n)
			best.label = c.x.typeName(t)
		}
	}
	return best
}

// slotCell is a weekday (0 = Monday) × 3-hour block cell.
type slotCell struct{ weekday, block int }

// optimize.best_slot: the local weekday × 3-hour block with the highest mean
// per-post ER among cells with ≥2 posts having reach and interaction data
// (ties: the earliest cell from Monday 00–02).
func optimizeBestSlot(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	var sums [7][8]float64
	var counts [7][8]int
	for _, p := range c.own {
		er, ok := postER(p)
		if !ok {
			continue
		}
		lt := c.x.local(p.Published)
		w, b := mondayIndex(lt.Weekday()), lt.Hour()/3
		sums[w][b] += er
		counts[w][b]++
	}
	best := null(report.ReasonTooFew)
	var cell slotCell
	for w := 0; w < 7; w++ {
		for b := 0; b < 8; b++ {
			if counts[w][b] < 2 {
				continue
			}
			m := sums[w][b] / float64(counts[w][b])
			if !best.ok || m > best.v {
				best = num(m, counts[w][b])
				cell = slotCell{w, b}
			}
		}
	}
	if best.ok {
		best.label = c.x.slotLabel(cell)
	}
	return best
}

// mondayIndex maps a weekday to 0 = Monday … 6 = Sunday.
func mondayIndex(w time.Weekday) int { return (int(w) + 6) % 7 }

// slotLabel returns e.g. "Jumat 12.00–14.59".
func (x *prep) slotLabel(s slotCell) string {
	h := s.block * 3
	return format.Weekday(time.Weekday((s.weekday+1)%7), x.lang) + " " +
		format.Clock(h, 0, x.lang) + "–" + format.Clock(h+2, 59, x.lang)
}

// typeName returns the localised name of a post type.
func (x *prep) typeName(t report.PostType) string { return x.t("compute.type." + string(t)) }

// optimize.conversation_rate = Σ comments ÷ |OWN with interaction data|.
func optimizeConversationRate(c *calc) val {
	if v, ok := c.postsGate(); !ok {
		return v
	}
	sum, n := 0.0, 0
	for _, p := range c.own {
		if _, ok := p.Interactions(); ok {
			sum += metric(p, report.Comments)
			n++
		}
	}
	return ratio(sum, float64(n), n, report.ReasonNoData)
}
