package compute

import (
	"sort"
	"time"

	"github.com/rapor-id/rapor/report"
)

// calc computes indicators on one period. Values are memoised, so an
// indicator that rests on another computes it once.
type calc struct {
	x    *prep
	p    report.Period
	days int
	cmp  *calc // the comparison period; nil without one

	own     []*report.Post // OWN: own feed posts published in the period
	stories []*report.Post // own stories published in the period
	collab  []*report.Post // other accounts' posts published in the period
	cm      []commentState // states of the audience comments in the period
	cmFrom  int            // x.comments[cmFrom:cmFrom+len(cm)] are those comments
	cases   []*report.Case // monitoring cases detected in the period

	memo      map[string]val
	resp      *responseStats // memoised responses()
	spikeScan *spikeScan     // memoised spikes()
}

// isFeed reports whether t is a feed post type (image, carousel, reel, video).
func isFeed(t report.PostType) bool {
	for _, f := range report.FeedTypes {
		if t == f {
			return true
		}
	}
	return false
}

// calcFor returns the (memoised) calculator of period p.
func (x *prep) calcFor(p report.Period) *calc {
	if c, ok := x.calcs[p.Range()]; ok {
		return c
	}
	c := &calc{x: x, p: p, days: p.Days(), memo: map[string]val{}}
	start, end := x.bounds(p.Range())
	in := func(t time.Time) bool { return !t.Before(start) && t.Before(end) }

	i := sort.Search(len(x.posts), func(i int) bool { return !x.posts[i].Published.Before(start) })
	for ; i < len(x.posts) && in(x.posts[i].Published); i++ {
		pp := x.posts[i]
		switch {
		case !pp.Own:
			c.collab = append(c.collab, pp)
		case pp.Type == report.Story:
			c.stories = append(c.stories, pp)
		case isFeed(pp.Type):
			c.own = append(c.own, pp)
		}
	}
	// Comments are sorted by time: the period's comments are one run.
	from, to := report.InstantOf(start), report.InstantOf(end)
	lo := sort.Search(len(x.comments), func(i int) bool { return !x.comments[i].At().Before(from) })
	hi := sort.Search(len(x.comments), func(i int) bool { return !x.comments[i].At().Before(to) })
	c.cmFrom, c.cm = lo, x.cstate[lo:max(lo, hi)]
	i = sort.Search(len(x.cases), func(i int) bool { return !x.cases[i].DetectedAt.Before(start) })
	for ; i < len(x.cases) && in(x.cases[i].DetectedAt); i++ {
		c.cases = append(c.cases, x.cases[i])
	}
	x.calcs[p.Range()] = c
	return c
}

// get returns the value of indicator id on the period.
func (c *calc) get(id string) val {
	if v, ok := c.memo[id]; ok {
		return v
	}
	def, ok := indicators[id]
	if !ok {
		return null(report.ReasonNotComputed)
	}
	v := def.fn(c)
	if v.ok && !finite(v.v) {
		v = null(report.ReasonNotFinite)
	}
	if def.kind != change { // a change depends on cmp, which monthly calcs set late
		c.memo[id] = v
	}
	return v
}

// postsGate is the coverage check of indicators resting on the posts exports:
// ok when the files' coverage ranges together cover every day of the period.
func (c *calc) postsGate() (val, bool) {
	d := c.x.d
	ranges := d.PostsCovers
	if len(ranges) == 0 && d.PostsCover != nil {
		ranges = []report.Range{*d.PostsCover}
	}
	if len(ranges) == 0 {
		return null(report.ReasonNoData), false
	}
	if !covers(ranges, c.p.Range()) {
		return null(report.ReasonNoCoverage), false
	}
	return val{}, true
}

// sourceCover returns the coverage of the config's sources of kind for which
// keep(index) holds: each source's `covers:`, else the report period and the
// comparison period (SPEC §3). found is false when there is no such source.
func (x *prep) sourceCover(kind string, keep func(i int) bool) (ranges []report.Range, found bool) {
	for i, s := range x.cfg.Sources {
		if s.Kind != kind || !keep(i) {
			continue
		}
		found = true
		if s.Covers != nil {
			ranges = append(ranges, *s.Covers)
			continue
		}
		ranges = append(ranges, x.cfg.Period.Range())
		if x.cfg.Compare != nil {
			ranges = append(ranges, x.cfg.Compare.Range())
		}
	}
	return ranges, found
}

// gate turns coverage ranges into a null value (no data, no coverage) or ok.
func (c *calc) gate(ranges []report.Range, found bool) (val, bool) {
	if !found {
		return null(report.ReasonNoData), false
	}
	if !covers(ranges, c.p.Range()) {
		return null(report.ReasonNoCoverage), false
	}
	return val{}, true
}

func all(int) bool { return true }

// commentsGate checks that comments sources exist and cover the period. The
// coverage comes from the config's sources; a Dataset built without them
// (tests, other callers) gives it in CommentCover or Sources.
func (c *calc) commentsGate() (val, bool) {
	if ranges, found := c.x.sourceCover(report.KindComments, all); found {
		return c.gate(ranges, true)
	}
	ranges := c.x.d.CommentCover
	if len(ranges) == 0 {
		for _, s := range c.x.d.Sources {
			if s.Kind == report.KindComments && s.Coverage != nil {
				ranges = append(ranges, *s.Coverage)
			}
		}
	}
	return c.gate(ranges, len(ranges) > 0)
}

// replyGate checks that comments sources carrying reply data exist and cover
// the period (the response metrics rest on them alone).
func (c *calc) replyGate() (val, bool) {
	if v, ok := c.commentsGate(); !ok {
		return v, false
	}
	if len(c.x.cfg.Sources) > 0 {
		return c.gate(c.x.sourceCover(report.KindComments, c.x.carriesReplies))
	}
	var ranges []report.Range
	found := false
	for i, s := range c.x.d.Sources {
		if s.Kind == report.KindComments && c.x.carriesReplies(i) {
			found = true
			if s.Coverage != nil {
				ranges = append(ranges, *s.Coverage)
			} else {
				ranges = append(ranges, c.p.Range()) // coverage unknown: as checked over all comments
			}
		}
	}
	return c.gate(ranges, found)
}

// casesGate checks that monitoring logs exist and cover the period.
func (c *calc) casesGate() (val, bool) {
	if ranges, found := c.x.sourceCover(report.KindMonitoring, all); found {
		return c.gate(ranges, true)
	}
	return c.gate(c.x.d.CasesCover, len(c.x.d.CasesCover) > 0)
}
