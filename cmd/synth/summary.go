package main

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"
)

// monthFacts are the facts built into one month of the example, computed
// from the generator's own model with the SPEC §4 definitions. They are
// printed by -summary so that indicator values computed by rapor can be
// checked for plausibility; they are not an implementation of rapor.
type monthFacts struct {
	month                          time.Month
	days                           int
	feed, images, carousels, reels int
	stories, collabs, mentions     int
	activeDays                     int
	longestGap                     float64 // days
	reach, interactions            int64   // Σ over own feed posts
	savesShares                    int64   // Σ saves + shares over own feed posts
	medianReach                    float64
	comments                       int // audience top-level comments on own or unknown posts
	replied, unreplied             int
	replyHours                     []float64 // replied with a reply time
	dayHours, nightHours           []float64 // by local comment hour 08–15 / 22–05
	meanDailyReach                 float64
	follows                        int64
	followersEnd                   int64
}

// mentionRE is the caption mention pattern of SPEC §4 (engage.collaborations).
var mentionRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9_.@])@([A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?)`)

// facts computes the facts of one month of the example.
func (x *exampleProject) facts(month time.Month) monthFacts {
	f := monthFacts{month: month}
	first := time.Date(2026, month, 1, 0, 0, 0, 0, x.loc)
	next := first.AddDate(0, 1, 0)
	f.days = int(next.Sub(first).Hours()/24 + 0.5)
	in := func(t time.Time) bool { t = t.In(x.loc); return !t.Before(first) && t.Before(next) }
	active := map[int]bool{}
	var times []time.Time
	var reaches []float64
	for _, p := range x.posts {
		if !in(p.local) {
			continue
		}
		switch {
		case !p.own:
			f.collabs++
			continue
		case p.kind == kStory:
			f.stories++
			active[p.local.Day()] = true
			continue
		}
		active[p.local.Day()] = true
		f.feed++
		*[]*int{&f.images, &f.carousels, &f.reels}[p.kind]++
		times = append(times, p.local)
		reaches = append(reaches, float64(p.m[mReach]))
		f.reach += p.m[mReach]
		f.interactions += p.m[mLikes] + p.m[mComments] + p.m[mShares] + p.m[mSaves]
		f.savesShares += p.m[mShares] + p.m[mSaves]
		for _, m := range mentionRE.FindAllStringSubmatch(p.caption, -1) {
			if strings.ToLower(m[1]) != ownAccount.user {
				f.mentions++
				break
			}
		}
	}
	f.activeDays = len(active)
	sort.Slice(times, func(a, b int) bool { return times[a].Before(times[b]) })
	prev := first
	for _, t := range append(times, next) {
		if g := t.Sub(prev).Hours() / 24; g > f.longestGap {
			f.longestGap = g
		}
		prev = t
	}
	f.medianReach = median(reaches)
	replyRows := map[string]time.Time{}
	for _, c := range x.comments {
		if c.parent != "" && c.user == ownAccount.user {
			if t, ok := replyRows[c.parent]; !ok || c.at.Before(t) {
				replyRows[c.parent] = c.at
			}
		}
	}
	for _, c := range x.comments {
		if c.parent != "" || c.user == ownAccount.user || !c.post.own || !in(c.at) {
			continue
		}
		f.comments++
		rt, hasRow := replyRows[c.id]
		if !c.replyTS.IsZero() && (!hasRow || c.replyTS.Before(rt)) {
			rt, hasRow = c.replyTS, true
		}
		switch {
		case hasRow || c.replied == "ya":
			f.replied++
		default:
			f.unreplied++ // the file has reply rows, so a blank flag means unanswered
		}
		if hasRow {
			h := rt.Sub(c.at).Hours()
			f.replyHours = append(f.replyHours, h)
			switch lh := c.at.In(x.loc).Hour(); {
			case lh >= 8 && lh < 16:
				f.dayHours = append(f.dayHours, h)
			case lh >= 22 || lh < 6:
				f.nightHours = append(f.nightHours, h)
			}
		}
	}
	var sum float64
	var n int
	for d, v := range x.reach.values {
		if x.reach.day(d).Month() == month {
			sum += float64(v)
			n++
			f.follows += x.follows.values[d]
		}
	}
	f.meanDailyReach = sum / float64(n)
	for d, v := range x.followers.values {
		if x.followers.day(d).Month() == month {
			f.followersEnd = v
		}
	}
	return f
}

// saveShare returns Σ(saves + shares) ÷ Σ reach over the own feed posts.
func (f *monthFacts) saveShare() float64 { return float64(f.savesShares) / float64(f.reach) }

// writeSummary prints the facts of September and October 2026.
func (x *exampleProject) writeSummary(w io.Writer) {
	for _, m := range []time.Month{time.September, time.October} {
		f := x.facts(m)
		within := func(limit float64) float64 {
			k := 0
			for _, h := range f.replyHours {
				if h <= limit {
					k++
				}
			}
			return float64(k) / float64(len(f.replyHours)+f.unreplied)
		}
		fmt.Fprintf(w, "%s 2026 (%d days)\n", m, f.days)
		fmt.Fprintf(w, "  own feed posts      %d (images %d, carousels %d, reels %d); per week %.2f; reel share %.3f\n",
			f.feed, f.images, f.carousels, f.reels, float64(f.feed)/(float64(f.days)/7), float64(f.reels)/float64(f.feed))
		fmt.Fprintf(w, "  stories             %d (%.2f per day); active days %d of %d\n", f.stories, float64(f.stories)/float64(f.days), f.activeDays, f.days)
		fmt.Fprintf(w, "  longest gap         %.2f days\n", f.longestGap)
		fmt.Fprintf(w, "  collaboration rows  %d; own posts mentioning a partner %d\n", f.collabs, f.mentions)
		fmt.Fprintf(w, "  reach (posts)       Σ %d, median %.1f; interactions %d; ER by reach %.4f; saves+shares/reach %.4f\n",
			f.reach, f.medianReach, f.interactions, float64(f.interactions)/float64(f.reach), f.saveShare())
		fmt.Fprintf(w, "  audience comments   %d: replied %d, unreplied %d; response rate %.3f\n",
			f.comments, f.replied, f.unreplied, float64(f.replied)/float64(f.replied+f.unreplied))
		fmt.Fprintf(w, "  response time       n %d, median %.2f h, P90 %.2f h; within 1 h %.3f, within 24 h %.3f\n",
			len(f.replyHours), median(f.replyHours), p90(f.replyHours), within(1), within(24))
		fmt.Fprintf(w, "  by comment hour     08–15: median %.2f h (n %d); 22–05: median %.2f h (n %d)\n",
			median(f.dayHours), len(f.dayHours), median(f.nightHours), len(f.nightHours))
		fmt.Fprintf(w, "  daily reach mean    %.1f; follows Σ %d; followers at month end %d\n",
			f.meanDailyReach, f.follows, f.followersEnd)
	}
}

// median returns the median (mean of the two middle values for even n).
func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// p90 returns the nearest-rank 90th percentile.
func p90(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[int(math.Ceil(0.9*float64(len(s))))-1]
}
