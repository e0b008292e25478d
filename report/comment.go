package report

import (
	"slices"
	"strings"
	"time"
)

// Str is the index of a string in a Strings table; 0 is "".
type Str int32

// Strings is a table of strings that many records share, such as the ids,
// authors and post keys of a million comments: a record holds a Str, not a
// string, so it holds no pointer.
type Strings struct {
	list  []string
	index map[string]Str // the strings added with Add
	arena *strings.Builder
}

// Get returns string i ("" for 0 or an index out of range).
func (t *Strings) Get(i Str) string {
	if i <= 0 || int(i) >= len(t.list) {
		return ""
	}
	return t.list[i]
}

// Len returns one more than the largest index in use.
func (t *Strings) Len() int { return max(len(t.list), 1) }

// Grow makes room for n more strings.
func (t *Strings) Grow(n int) { t.list = slices.Grow(t.list, n) }

// Add returns the index of s, adding s once: equal strings added with Add
// share an index.
func (t *Strings) Add(s string) Str {
	if s == "" {
		return 0
	}
	if i, ok := t.index[s]; ok {
		return i
	}
	if t.index == nil {
		t.index = map[string]Str{}
	}
	i := t.New(s)
	t.index[t.list[i]] = i
	return i
}

// New returns a new index for s, without looking for an equal string (for
// strings that are seldom repeated, such as ids). Its bytes are copied
// into blocks shared by many strings, so s pins no memory of its own.
func (t *Strings) New(s string) Str {
	if s == "" {
		return 0
	}
	if len(t.list) == 0 {
		t.list = append(t.list, "")
	}
	if t.arena == nil || t.arena.Cap()-t.arena.Len() < len(s) {
		t.arena = &strings.Builder{}
		t.arena.Grow(max(64<<10, len(s)))
	}
	// The block never grows past its capacity, so the strings cut from it
	// stay valid and unchanged.
	start := t.arena.Len()
	t.arena.WriteString(s)
	t.list = append(t.list, t.arena.String()[start:])
	return Str(len(t.list) - 1)
}

// Instant is a time as seconds and nanoseconds since 1970 UTC, without the
// location pointer of a time.Time.
type Instant struct {
	Sec  int64
	Nsec int32
}

// InstantOf returns the instant of t.
func InstantOf(t time.Time) Instant { return Instant{t.Unix(), int32(t.Nanosecond())} }

// Time returns the instant as a UTC time.
func (i Instant) Time() time.Time { return time.Unix(i.Sec, int64(i.Nsec)).UTC() }

// Before reports whether i is earlier than j.
func (i Instant) Before(j Instant) bool {
	return i.Sec < j.Sec || i.Sec == j.Sec && i.Nsec < j.Nsec
}

// Compare returns -1, 0 or +1 as i is before, equal to or after j.
func (i Instant) Compare(j Instant) int {
	switch {
	case i.Before(j):
		return -1
	case j.Before(i):
		return 1
	}
	return 0
}

// Comment flags, in the top byte of Comment.src.
const (
	flagRepliedKnown uint32 = 1 << (24 + iota) // the replied column had a value
	flagReplied                                // ... and it was true
	flagReplyTime                              // reply_timestamp had a value
	flagNoReplies                              // the format cannot show reply authors (scraper)
	flagQuestion                               // its text asks a question
)

// MaxSources bounds the source index a Comment holds (24 bits).
const MaxSources = 1 << 24

// Comment is one comment or reply row, packed in 56 bytes without
// pointers: a million take 56 MB and give the garbage collector nothing to
// scan. Its strings are indexes into Dataset.CommentStrs; CommentRow is
// its readable form. Its text is not kept: commenters and comments are
// only counted (SPEC §6).
type Comment struct {
	ID        Str
	ParentID  Str
	PostKey   Str // identity of the post (shortcode or post id), 0 when unknown
	Username  Str
	Sentiment Str
	Category  Str
	atSec     int64
	replySec  int64
	atNsec    int32
	replyNsec int32
	Line      int32
	src       uint32 // source index (low 24 bits) and flags
}

// At returns the comment's time.
func (c *Comment) At() Instant { return Instant{c.atSec, c.atNsec} }

// SetAt records the comment's time.
func (c *Comment) SetAt(i Instant) { c.atSec, c.atNsec = i.Sec, i.Nsec }

// Time returns the comment's time (UTC).
func (c *Comment) Time() time.Time { return c.At().Time() }

// Source returns the index of the comment's source entry in rapor.yaml.
func (c *Comment) Source() int { return int(c.src & (MaxSources - 1)) }

// SetSource records the source index (0 ≤ i < MaxSources).
func (c *Comment) SetSource(i int) { c.src = c.src&^(MaxSources-1) | uint32(i)&(MaxSources-1) }

// Replied returns the replied flag and whether it had a value.
func (c *Comment) Replied() (replied, known bool) {
	return c.src&flagReplied != 0, c.src&flagRepliedKnown != 0
}

// ReplyAt returns reply_timestamp and whether it had a value.
func (c *Comment) ReplyAt() (Instant, bool) {
	return Instant{c.replySec, c.replyNsec}, c.src&flagReplyTime != 0
}

// ReplyTime returns reply_timestamp (UTC) and whether it had a value.
func (c *Comment) ReplyTime() (time.Time, bool) {
	if c.src&flagReplyTime == 0 {
		return time.Time{}, false
	}
	return Instant{c.replySec, c.replyNsec}.Time(), true
}

// NoReplies reports whether the format cannot show reply authors (scraper).
func (c *Comment) NoReplies() bool { return c.src&flagNoReplies != 0 }

// Question reports whether its text asks a question (service.question_words).
func (c *Comment) Question() bool { return c.src&flagQuestion != 0 }

// SetReplied records the replied flag.
func (c *Comment) SetReplied(v bool) {
	c.src |= flagRepliedKnown
	c.setFlag(flagReplied, v)
}

// SetReplyTime records reply_timestamp.
func (c *Comment) SetReplyTime(t time.Time) {
	i := InstantOf(t)
	c.replySec, c.replyNsec = i.Sec, i.Nsec
	c.src |= flagReplyTime
}

// SetNoReplies marks a comment whose format cannot show reply authors.
func (c *Comment) SetNoReplies(v bool) { c.setFlag(flagNoReplies, v) }

// SetQuestion marks a comment whose text asks a question.
func (c *Comment) SetQuestion(v bool) { c.setFlag(flagQuestion, v) }

func (c *Comment) setFlag(f uint32, v bool) {
	if v {
		c.src |= f
	} else {
		c.src &^= f
	}
}

// CommentRow is a comment in readable form (for tests and tools).
type CommentRow struct {
	ID        string
	ParentID  string
	PostKey   string
	Username  string
	Time      time.Time
	Replied   *bool      // nil = blank/absent
	ReplyTime *time.Time // nil when blank
	Sentiment string
	Category  string
	Source    int
	NoReplies bool
	Question  bool
	Line      int
}

// Pack returns r as a Comment with its strings in t.
func (r CommentRow) Pack(t *Strings) Comment {
	c := Comment{ID: t.Add(r.ID), ParentID: t.Add(r.ParentID), PostKey: t.Add(r.PostKey),
		Username: t.Add(r.Username), Sentiment: t.Add(r.Sentiment), Category: t.Add(r.Category),
		Line: int32(r.Line)}
	c.SetAt(InstantOf(r.Time))
	c.SetSource(r.Source)
	if r.Replied != nil {
		c.SetReplied(*r.Replied)
	}
	if r.ReplyTime != nil {
		c.SetReplyTime(*r.ReplyTime)
	}
	c.SetNoReplies(r.NoReplies)
	c.SetQuestion(r.Question)
	return c
}

// Row returns c in readable form, its strings read from t.
func (c *Comment) Row(t *Strings) CommentRow {
	r := CommentRow{ID: t.Get(c.ID), ParentID: t.Get(c.ParentID), PostKey: t.Get(c.PostKey),
		Username: t.Get(c.Username), Sentiment: t.Get(c.Sentiment), Category: t.Get(c.Category),
		Time: c.Time(), Line: int(c.Line), Source: c.Source(), NoReplies: c.NoReplies(), Question: c.Question()}
	if v, ok := c.Replied(); ok {
		r.Replied = &v
	}
	if t, ok := c.ReplyTime(); ok {
		r.ReplyTime = &t
	}
	return r
}

// AddComments packs rows into d.Comments.
func (d *Dataset) AddComments(rows ...CommentRow) {
	for _, r := range rows {
		d.Comments = append(d.Comments, r.Pack(&d.CommentStrs))
	}
}

// AddReplies packs rows into d.Replies.
func (d *Dataset) AddReplies(rows ...CommentRow) {
	for _, r := range rows {
		d.Replies = append(d.Replies, r.Pack(&d.CommentStrs))
	}
}
