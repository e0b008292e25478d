package compute

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/worktime"
)

// prep is the Dataset prepared once for every period: items sorted by time,
// the reply state of every audience comment, and the settings compute needs.
type prep struct {
	d       *report.Dataset
	cfg     *report.Config
	fw      *report.Framework
	lang    string
	cat     *msg.Catalog
	loc     *time.Location
	account string // lower-cased, without @

	posts    []*report.Post    // posts with a publish time, by time then key
	comments []*report.Comment // audience comments, by time then id (pointers into the Dataset)
	cstate   []commentState    // parallel to comments
	cases    []*report.Case    // by detected_at

	targets map[string]report.Target
	calcs   map[report.Range]*calc
	work    *worktime.Calendar // the service windows

	viewsReplaced *bool           // memoised impressionsOnly()
	otherKeys     map[string]bool // keys of other accounts' posts
}

// commentState is what the response metrics need of one audience comment.
type commentState struct {
	resp     bool    // counts in the response metrics (source carries reply data, state known)
	replied  bool    // replied (else unreplied, when resp)
	timed    bool    // replied with a reply time
	question bool    // the comment asks a question
	hours    float64 // reply time − comment time, in hours (when timed)
	work     float64 // working hours between comment and reply (when timed)
}

// normHandle lower-cases a username and drops a leading @ and spaces.
func normHandle(s string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@"))
}

func newPrep(in Input, cat *msg.Catalog) *prep {
	x := &prep{
		d: in.Data, cfg: in.Config, fw: in.Framework, lang: report.NormLang(in.Lang), cat: cat,
		loc: in.Config.Loc, account: normHandle(in.Config.Account),
		targets: map[string]report.Target{}, calcs: map[report.Range]*calc{},
	}
	if x.loc == nil {
		x.loc = time.UTC
	}
	x.work = worktime.New(in.Config.Service, x.loc)
	for _, t := range in.Config.Targets {
		x.targets[t.ID] = t.Target
	}

	// Posts with a known publish time, by time then key.
	x.otherKeys = map[string]bool{}
	for _, p := range x.d.Posts {
		if p == nil {
			continue
		}
		if !p.Own && p.Key != "" {
			x.otherKeys[p.Key] = true
		}
		if !p.Published.IsZero() {
			x.posts = append(x.posts, p)
		}
	}
	sort.SliceStable(x.posts, func(i, j int) bool {
		a, b := x.posts[i], x.posts[j]
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		return a.Key < b.Key
	})

	// Only comments from the earliest period compute looks at (the
	// comparison period, or the month before the first month of P) on.
	spanFrom, _ := x.bounds(x.span())

	x.prepComments(spanFrom)

	for _, c := range x.d.Cases {
		if c != nil && !c.DetectedAt.IsZero() {
			x.cases = append(x.cases, c)
		}
	}
	sort.SliceStable(x.cases, func(i, j int) bool {
		a, b := x.cases[i], x.cases[j]
		if !a.DetectedAt.Equal(b.DetectedAt) {
			return a.DetectedAt.Before(b.DetectedAt)
		}
		return a.ID < b.ID
	})
	return x
}

// prepComments picks the audience comments (top level, not by the
// account, not on another account's post, with a time in the span from
// spanFrom on) and decides the reply state of each.
func (x *prep) prepComments(spanFrom time.Time) {
	strs := &x.d.CommentStrs
	from := report.InstantOf(spanFrom)

	// Reply rows: earliest reply time per parent, and the sources holding
	// them. A reply is never earlier than its comment (ingest skips such
	// rows), so replies before the span cannot answer a comment in it.
	// They are gathered on another goroutine while the comments are
	// picked below.
	replyAt := replyTimes{num: map[uint64]report.Instant{}, str: map[string]report.Instant{}}
	var replySrc []bool // by source
	var replies sync.WaitGroup
	replies.Go(func() { replySrc = x.replyRows(replyAt, from) })
	account := make([]int8, strs.Len()) // by username: 1 the account, -1 not
	other := make([]int8, strs.Len())   // by post key: 1 another account's post, -1 not
	x.comments = make([]*report.Comment, 0, len(x.d.Comments))
	for i := range x.d.Comments {
		c := &x.d.Comments[i]
		if c.ParentID != 0 || c.At().Before(from) || x.isAccountStr(account, c.Username) {
			continue
		}
		if c.PostKey != 0 && memo(other, c.PostKey, func(k string) bool { return x.otherKeys[k] }, strs) {
			continue
		}
		x.comments = append(x.comments, c)
	}
	byTime := func(a, b *report.Comment) int {
		if c := a.At().Compare(b.At()); c != 0 {
			return c
		}
		return strings.Compare(strs.Get(a.ID), strs.Get(b.ID))
	}
	if !slices.IsSortedFunc(x.comments, byTime) { // ingest already sorts them
		slices.SortStableFunc(x.comments, byTime)
	}
	replies.Wait()
	x.cstate = make([]commentState, len(x.comments))
	src := func(i int) bool { return int(i) < len(replySrc) && replySrc[i] }
	// A state reads only the reply times and its comment: the list is cut
	// in one part per processor.
	n := runtime.GOMAXPROCS(0)
	if len(x.comments) < 1<<14 {
		n = 1
	}
	var parts sync.WaitGroup
	for p := range n {
		lo, hi := p*len(x.comments)/n, (p+1)*len(x.comments)/n
		parts.Go(func() {
			for i := lo; i < hi; i++ {
				x.cstate[i] = x.stateOf(x.comments[i], replyAt, src)
			}
		})
	}
	parts.Wait()
}

// replyRows records in replyAt the earliest time of the reply rows from
// from on, per parent, and returns which sources hold reply rows.
func (x *prep) replyRows(replyAt replyTimes, from report.Instant) []bool {
	strs := &x.d.CommentStrs
	var replySrc []bool // by source
	for i := range x.d.Replies {
		r := &x.d.Replies[i]
		if r.ParentID == 0 {
			continue
		}
		for r.Source() >= len(replySrc) {
			replySrc = append(replySrc, false)
		}
		replySrc[r.Source()] = true
		if r.At().Before(from) {
			continue
		}
		replyAt.earliest(strs.Get(r.ParentID), r.At())
	}

	return replySrc
}

// isAccountStr is isAccount of a username index, memoised in m.
func (x *prep) isAccountStr(m []int8, u report.Str) bool {
	return memo(m, u, x.isAccount, &x.d.CommentStrs)
}

// memo returns f of string i, computing it once per index (m holds 1 for
// true, -1 for false, by index).
func memo(m []int8, i report.Str, f func(string) bool, strs *report.Strings) bool {
	if m[i] == 0 {
		m[i] = -1
		if f(strs.Get(i)) {
			m[i] = 1
		}
	}
	return m[i] > 0
}

// replyTimes holds the earliest reply row time per parent id: numeric ids
// (Instagram's) by value, which looks up faster than the string.
type replyTimes struct {
	num map[uint64]report.Instant
	str map[string]report.Instant
}

// earliest records a reply to parent at t, keeping the earliest.
func (rt replyTimes) earliest(parent string, t report.Instant) {
	if v, ok := report.NumericID(parent); ok {
		if old, ok := rt.num[v]; !ok || t.Before(old) {
			rt.num[v] = t
		}
		return
	}
	if old, ok := rt.str[parent]; !ok || t.Before(old) {
		rt.str[parent] = t
	}
}

// get returns the earliest reply time to id.
func (rt replyTimes) get(id string) (report.Instant, bool) {
	if len(rt.num)+len(rt.str) == 0 {
		return report.Instant{}, false
	}
	if v, ok := report.NumericID(id); ok {
		t, ok := rt.num[v]
		return t, ok
	}
	t, ok := rt.str[id]
	return t, ok
}

// stateOf decides whether c is replied, unreplied or unknown (SPEC §4) and
// whether it counts in the response metrics.
func (x *prep) stateOf(c *report.Comment, replyAt replyTimes, replySrc func(int) bool) commentState {
	rowAt, hasRow := replyAt.get(x.d.CommentStrs.Get(c.ID))
	flag, known := c.Replied()
	replied := hasRow || (known && flag)
	unreplied := !replied && ((known && !flag) || (!known && replySrc(c.Source())))
	st := commentState{replied: replied, question: c.Question()}
	st.resp = (replied || unreplied) && x.carriesReplies(c.Source()) && !c.NoReplies()
	if replied {
		var at time.Time
		if hasRow {
			at = rowAt.Time()
		}
		if rt, ok := c.ReplyTime(); ok && (at.IsZero() || rt.Before(at)) {
			at = rt
		}
		if !at.IsZero() {
			t := c.Time()
			st.timed = true
			st.hours = at.Sub(t).Hours()
			st.work = x.work.Hours(t, at)
		}
	}
	return st
}

// isAccount reports whether username is the account (case-insensitive, a
// leading @ ignored).
func (x *prep) isAccount(username string) bool {
	return strings.EqualFold(strings.TrimPrefix(strings.TrimSpace(username), "@"), x.account)
}

// span returns the dates of every period compute may look at: from the
// earliest of the comparison period and the month before P's first month, to
// the end of P (or of the comparison period, when that is later).
func (x *prep) span() report.Range {
	p := x.cfg.Period
	r := p.Range()
	if months := p.Months(); len(months) > 1 {
		r.From = min(r.From, monthBefore(months[0]).From)
	}
	if q := x.cfg.Compare; q != nil {
		r.From = min(r.From, q.From)
		r.To = max(r.To, q.To)
	}
	return r
}

// carriesReplies reports whether comments source i carries reply data.
func (x *prep) carriesReplies(i int) bool {
	return i >= 0 && i < len(x.d.Sources) && x.d.Sources[i].CarriesReplies
}

// bounds returns the instants [start, end) of the local dates of r.
func (x *prep) bounds(r report.Range) (time.Time, time.Time) {
	return r.From.Time(x.loc), (r.To + 1).Time(x.loc)
}

// local returns t in the report time zone.
func (x *prep) local(t time.Time) time.Time { return t.In(x.loc) }

// series returns the daily series of metric, or nil.
func (x *prep) series(metric string) *report.Series {
	if x.d.Series == nil {
		return nil
	}
	return x.d.Series[metric]
}

// pointsIn returns the points of s dated in r.
func pointsIn(s *report.Series, r report.Range) []report.DayValue {
	if s == nil {
		return nil
	}
	i := sort.Search(len(s.Points), func(i int) bool { return s.Points[i].Date >= r.From })
	j := sort.Search(len(s.Points), func(i int) bool { return s.Points[i].Date > r.To })
	if i >= j {
		return nil
	}
	return s.Points[i:j]
}

// lastBefore returns the last point of s dated before d.
func lastBefore(s *report.Series, d report.Date) (report.DayValue, bool) {
	if s == nil {
		return report.DayValue{}, false
	}
	i := sort.Search(len(s.Points), func(i int) bool { return s.Points[i].Date >= d })
	if i == 0 {
		return report.DayValue{}, false
	}
	return s.Points[i-1], true
}

// t returns a message of the compute catalogue.
func (x *prep) t(key string, args ...any) string { return x.cat.T(key, args...) }
