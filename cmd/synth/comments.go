package main

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"
)

// commentsHeader is the header of the canonical comments CSV (SPEC §3).
const commentsHeader = "comment_id,parent_id,post_id,permalink,username,timestamp,text,like_count,replied,reply_timestamp"

// graphCommentsHeader is the header of a Graph-API comments dump (the
// graph-comments preset): no replied flags, replies as rows with parent_id.
const graphCommentsHeader = "id,media_id,parent_id,username,text,timestamp,like_count,media_permalink"

// replyProfile describes how quickly and how often the account answers.
type replyProfile struct {
	pReply        [numCats]float64 // probability a comment of each category is answered
	dayMedian     float64          // hours; weekday comments 06:00–15:59
	eveningMedian float64          // hours; comments 16:00–21:59
	nightPiket    float64          // probability a night comment is answered within the night
	weekendPiket  float64          // probability a weekend comment is answered the same day
	pFlagOnly     float64          // of answered: only replied=ya, no reply row, no time
	pFlagTime     float64          // of answered: replied=ya with reply_timestamp, no reply row
	pFlagOnRow    float64          // of answered with a reply row: replied=ya set as well
	pTidak        float64          // of unanswered: replied=tidak (else blank)
}

// comment is one row of the comments CSV.
type comment struct {
	id, parent string
	post       *post
	user       string
	at         time.Time // instant
	text       string
	likes      int
	replied    string    // "", "ya" or "tidak"
	replyTS    time.Time // reply_timestamp column; zero = blank
	cat        int
	replyAt    time.Time // earliest known reply time (row or column); zero = none
	answered   bool      // answered by the account (row or flag)
}

// commentGen generates the comments of posts.
type commentGen struct {
	r      *rand.Rand
	loc    *time.Location
	own    *account
	nextID uint64
	user   func(r *rand.Rand) string
}

// newID returns a new 17-digit comment id.
func (g *commentGen) newID() string {
	g.nextID += 1 + g.r.Uint64N(2_000)
	return strconv.FormatUint(g.nextID, 10)
}

// forPost emits comment rows for p: audience comments, each followed by the
// account's reply row when it has one. It emits top audience comments (with
// top < 0: as many as fit) and never more than rows rows in all; with
// top < 0 exactly rows rows. prof nil means the account never answers (a
// collaboration post of another account).
func (g *commentGen) forPost(p *post, top, rows int, prof *replyProfile, mix [numCats]float64, emit func(*comment)) {
	n := rows // upper bound on audience comments
	if top >= 0 && top < n {
		n = top
	}
	if n <= 0 {
		return
	}
	tp := topics[p.topic]
	times := make([]time.Time, 0, n)
	for range n {
		times = append(times, g.commentTime(p))
	}
	sortTimes(times)
	for i := 0; i < n && rows > 0; i++ {
		c := &comment{id: g.newID(), post: p, user: g.user(g.r), at: times[i].UTC()}
		c.cat = pickWeighted(g.r, mix[:])
		c.text = commentText(g.r, tp, c.cat)
		c.likes = likes(g.r)
		rows--
		var reply *comment
		if prof != nil && g.r.Float64() < prof.pReply[c.cat] {
			c.answered = true
			at := g.replyTime(c.at.In(g.loc), prof).UTC()
			u := g.r.Float64()
			switch {
			case u < prof.pFlagOnly:
				c.replied = "ya"
			case u < prof.pFlagOnly+prof.pFlagTime || rows == 0:
				c.replied, c.replyTS, c.replyAt = "ya", at, at
			default:
				c.replyAt = at
				if g.r.Float64() < prof.pFlagOnRow {
					c.replied = "ya"
				}
				reply = &comment{id: g.newID(), parent: c.id, post: p, user: g.own.user, at: at,
					text: pick(g.r, replies[c.cat]), likes: g.r.IntN(3)}
				rows--
			}
		} else if prof != nil && g.r.Float64() < prof.pTidak {
			c.replied = "tidak"
		}
		emit(c)
		if reply != nil {
			emit(reply)
		}
	}
}

// commentTime draws the time of an audience comment on p: most come within
// hours, some days later; few at night.
func (g *commentGen) commentTime(p *post) time.Time {
	var h float64
	switch u := g.r.Float64(); {
	case u < 0.55:
		h = 0.05 + g.r.ExpFloat64()*2
	case u < 0.9:
		h = 2 + g.r.Float64()*22
	default:
		h = 24 + g.r.Float64()*120
	}
	t := p.local.Add(hours(h))
	if t.Hour() < 6 && g.r.Float64() < 0.75 {
		t = time.Date(t.Year(), t.Month(), t.Day(), 6, 0, 0, 0, g.loc).Add(hours(g.r.Float64() * 3))
	}
	return t.Truncate(time.Second)
}

// replyTime draws when the account answers a comment made at local time c:
// quickly in office hours, later in the evening, the next morning at night
// and often only on Monday at weekends.
func (g *commentGen) replyTime(c time.Time, prof *replyProfile) time.Time {
	wd, h := c.Weekday(), c.Hour()
	morning := func(days int) time.Time {
		d := time.Date(c.Year(), c.Month(), c.Day()+days, 7, 0, 0, 0, g.loc)
		return d.Add(hours(0.25 + g.r.Float64()*3))
	}
	var t time.Time
	switch {
	case (wd == time.Saturday || wd == time.Sunday) && g.r.Float64() >= prof.weekendPiket:
		days := 2
		if wd == time.Sunday {
			days = 1
		}
		t = morning(days)
	case h >= 22 || h < 6:
		if g.r.Float64() < prof.nightPiket {
			t = c.Add(hours(lognormal(g.r, 0.6, 0.5)))
		} else if h >= 22 {
			t = morning(1)
		} else {
			t = morning(0)
		}
	case h >= 16:
		t = c.Add(hours(lognormal(g.r, prof.eveningMedian, 0.7)))
	default:
		t = c.Add(hours(lognormal(g.r, prof.dayMedian, 0.9)))
	}
	if min := c.Add(2 * time.Minute); t.Before(min) {
		t = min
	}
	return t.Truncate(time.Second)
}

// writeComment writes one comments CSV row.
func writeComment(f *file, c *comment) {
	b := f.line
	b = append(b, c.id...)
	b = append(b, ',')
	b = append(b, c.parent...)
	b = append(b, ',')
	b = append(b, c.post.id...)
	b = append(b, ',')
	b = append(b, c.post.permalink()...)
	b = append(b, ',')
	b = appendField(b, c.user, false)
	b = append(b, ',')
	b = c.at.AppendFormat(b, "2006-01-02T15:04:05-0700")
	b = append(b, ',')
	b = appendField(b, c.text, false)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(c.likes), 10)
	b = append(b, ',')
	b = append(b, c.replied...)
	b = append(b, ',')
	if !c.replyTS.IsZero() {
		b = c.replyTS.AppendFormat(b, "2006-01-02T15:04:05-0700")
	}
	f.line = b
	f.flushLine()
}

// writeGraphComments writes one post's rows as a Graph-API dump does: the
// newest comment first, each followed by its reply rows. Only reply rows
// show an answer (the dump has no replied flag), so answers recorded only
// as a flag in the canonical shape do not appear.
func writeGraphComments(f *file, rows []*comment) {
	end := len(rows)
	for i := len(rows) - 1; i >= 0; i-- {
		if rows[i].parent != "" {
			continue
		}
		for _, c := range rows[i:end] {
			writeGraphComment(f, c)
		}
		end = i
	}
}

// writeGraphComment writes one row of a Graph-API comments dump.
func writeGraphComment(f *file, c *comment) {
	b := f.line
	b = append(b, c.id...)
	b = append(b, ',')
	b = append(b, c.post.id...)
	b = append(b, ',')
	b = append(b, c.parent...)
	b = append(b, ',')
	b = appendField(b, c.user, false)
	b = append(b, ',')
	b = appendField(b, c.text, false)
	b = append(b, ',')
	b = c.at.AppendFormat(b, "2006-01-02T15:04:05-0700")
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(c.likes), 10)
	b = append(b, ',')
	b = append(b, c.post.permalink()...)
	f.line = b
	f.flushLine()
}

// likes draws a comment's like count (mostly 0–3, a few popular ones).
func likes(r *rand.Rand) int {
	if r.IntN(10) == 0 {
		return 5 + r.IntN(40)
	}
	return r.IntN(4)
}

// pickWeighted returns an index drawn with the given weights.
func pickWeighted(r *rand.Rand, w []float64) int {
	var sum float64
	for _, x := range w {
		sum += x
	}
	u := r.Float64() * sum
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

// hours converts fractional hours to a duration.
func hours(h float64) time.Duration { return time.Duration(h * float64(time.Hour)) }

// sortTimes sorts ts in place.
func sortTimes(ts []time.Time) {
	slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
}
