package compute

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// breakdowns computes the breakdowns of SPEC §4 on the report period. They
// describe the data present, whether or not it covers the whole period (the
// indicators say when it does not).
func (x *prep) breakdowns(c *calc) report.Breakdowns {
	var b report.Breakdowns
	b.FormatMix, b.ERByFormat = x.formats(c)
	b.ERByCategory = x.categories(c)
	b.Heatmap = heatmap(c)
	b.TopPosts, b.BottomPosts = x.topBottom(c)
	b.Hashtags = x.hashtags(c)
	b.PostsPerDay = postsPerDay(c)
	b.Daily = x.daily(c)
	b.FollowerTrend = x.followerTrend(c)
	b.Audience = x.audience()
	b.ResponseTimes = x.responseTimes(c)
	b.CasesByCategory = x.casesByCategory(c)
	b.CommentSentiment, b.CommentCategory = x.commentLabels(c)
	b.SpikeDays = x.spikeDays(c)
	b.ERVariants = x.erVariants(c)
	b.SeriesTotals = x.seriesTotals(c)
	return b
}

// erVariantIDs are the engagement-rate variants shown side by side: by
// reach (ratio of sums), by reach (mean of per-post ratios), by views, by
// followers.
var erVariantIDs = []string{"engage.er_reach", "engage.er_reach_mean", "engage.er_views", "engage.er_followers"}

// erVariants returns the engagement-rate variants the framework lists, with
// their values on the period.
func (x *prep) erVariants(c *calc) []report.ERVariant {
	out := []report.ERVariant{}
	for _, id := range erVariantIDs {
		def := x.fw.Indicator(id)
		if def == nil {
			continue
		}
		v := c.get(id)
		out = append(out, report.ERVariant{ID: id, Label: def.Label.In(x.lang), Value: v.ptr(), N: v.n})
	}
	return out
}

// groupStat summarises a group of OWN posts.
func groupStat(name string, posts []*report.Post, total int) report.GroupStat {
	g := report.GroupStat{Name: name, Posts: len(posts)}
	if total > 0 {
		g.Share = float64(len(posts)) / float64(total)
	}
	er, n, ok := erOf(posts)
	g.N = n
	if ok && finite(er) {
		g.ER = &er
	}
	return g
}

// formats returns the format mix (every feed type with OWN posts, in the
// order image, carousel, reel, video) and ER by format (the types whose ER
// can be computed).
func (x *prep) formats(c *calc) (mix, byER []report.GroupStat) {
	mix, byER = []report.GroupStat{}, []report.GroupStat{}
	for _, t := range report.FeedTypes {
		var group []*report.Post
		for _, p := range c.own {
			if p.Type == t {
				group = append(group, p)
			}
		}
		if len(group) == 0 {
			continue
		}
		g := groupStat(x.typeName(t), group, len(c.own))
		mix = append(mix, g)
		if g.ER != nil {
			byER = append(byER, g)
		}
	}
	return mix, byER
}

// categories returns ER by content category (`category` column), by number
// of posts (descending) then name; posts without a category form a last
// group when some post has one.
func (x *prep) categories(c *calc) []report.GroupStat {
	groups := map[string][]*report.Post{}
	var none []*report.Post
	for _, p := range c.own {
		cat := strings.TrimSpace(p.Category)
		if cat == "" {
			none = append(none, p)
			continue
		}
		groups[cat] = append(groups[cat], p)
	}
	out := []report.GroupStat{}
	if len(groups) == 0 {
		return out
	}
	for name, ps := range groups {
		out = append(out, groupStat(name, ps, len(c.own)))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Posts != out[j].Posts {
			return out[i].Posts > out[j].Posts
		}
		return out[i].Name < out[j].Name
	})
	if len(none) > 0 {
		out = append(out, groupStat(x.t("compute.category.none"), none, len(c.own)))
	}
	return out
}

// heatmap returns the weekday (0 = Monday) × hour cells holding OWN posts with
// reach and interaction data, with their mean per-post ER, in weekday then
// hour order.
func heatmap(c *calc) []report.HeatCell {
	var sums [7][24]float64
	var counts [7][24]int
	for _, p := range c.own {
		er, ok := postER(p)
		if !ok {
			continue
		}
		lt := c.x.local(p.Published)
		w := mondayIndex(lt.Weekday())
		sums[w][lt.Hour()] += er
		counts[w][lt.Hour()]++
	}
	out := []report.HeatCell{}
	for w := 0; w < 7; w++ {
		for h := 0; h < 24; h++ {
			if counts[w][h] > 0 {
				out = append(out, report.HeatCell{Weekday: w, Hour: h, Posts: counts[w][h],
					MeanER: sums[w][h] / float64(counts[w][h])})
			}
		}
	}
	return out
}

// topBottom returns the top and bottom 5 OWN posts by per-post ER among posts
// with reach ≥ 10 % of the median reach (ties: higher reach first, then key).
// With fewer than 10 eligible posts the bottom list holds the ones not in the
// top list, so no post appears in both.
func (x *prep) topBottom(c *calc) (top, bottom []report.PostRow) {
	top, bottom = []report.PostRow{}, []report.PostRow{}
	var reaches []float64
	for _, p := range c.own {
		if r, ok := reachOf(p); ok {
			reaches = append(reaches, r)
		}
	}
	med, ok := median(reaches) // of the posts present, whatever the coverage
	if !ok {
		return top, bottom
	}
	type item struct {
		p     *report.Post
		er, r float64
	}
	var items []item
	for _, p := range c.own {
		er, ok := postER(p)
		r, _ := reachOf(p)
		if ok && r >= 0.1*med {
			items = append(items, item{p, er, r})
		}
	}
	tie := func(a, b item) bool {
		if a.r != b.r {
			return a.r > b.r
		}
		return a.p.Key < b.p.Key
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].er != items[j].er {
			return items[i].er > items[j].er
		}
		return tie(items[i], items[j])
	})
	nt := min(5, len(items))
	for _, it := range items[:nt] {
		top = append(top, x.postRow(it.p))
	}
	rest := append([]item(nil), items[nt:]...)
	sort.SliceStable(rest, func(i, j int) bool {
		if rest[i].er != rest[j].er {
			return rest[i].er < rest[j].er
		}
		return tie(rest[i], rest[j])
	})
	for _, it := range rest[:min(5, len(rest))] {
		bottom = append(bottom, x.postRow(it.p))
	}
	return top, bottom
}

// postsPerDay counts OWN posts per local date, for every day of the period.
func postsPerDay(c *calc) []report.DayValue {
	counts := make([]float64, c.days)
	for _, p := range c.own {
		counts[int(report.DateOf(p.Published, c.x.loc)-c.p.From)]++
	}
	out := make([]report.DayValue, c.days)
	for i := range counts {
		out[i] = report.DayValue{Date: c.p.From + report.Date(i), Value: counts[i]}
	}
	return out
}
