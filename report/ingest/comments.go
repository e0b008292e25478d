package ingest

import (
	"cmp"
	"errors"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/question"
)

// Comments presets.
const (
	PresetCanonical     = "canonical"
	PresetGraphComments = "graph-comments"
	PresetApify         = "apify-comments"
)

var commentAliases = []alias{
	{"comment_id", []string{"comment_id", "id"}},
	{"parent_id", []string{"parent_id", "parent"}},
	{"post_id", []string{"post_id", "media_id"}},
	{"permalink", []string{"permalink", "media_permalink", "posturl", "post_url"}},
	{"username", []string{"username", "from_username", "ownerusername"}},
	{"timestamp", []string{"timestamp", "created_time"}},
	{"text", []string{"text", "message"}},
	{"like_count", []string{"like_count", "likescount"}},
	{"replied", []string{"replied", "dibalas"}},
	{"reply_timestamp", []string{"reply_timestamp", "waktu_balasan"}},
	{"sentiment", []string{"sentiment", "sentimen"}},
	{"category", []string{"category", "kategori"}},
}

type commentFile struct {
	c        *fileCtx
	rows     []*report.Comment
	hasFlag  bool // a replied column
	noReplys bool
}

// errStop ends a stream early (the problem is already recorded).
var errStop = errors.New("stop")

// Comment columns, as indexes into commentReader.at.
const (
	ccID = iota
	ccParent
	ccPost
	ccPermalink
	ccUsername
	ccTime
	ccText
	ccLikes
	ccReplied
	ccReplyTime
	ccSentiment
	ccCategory
	numCommentCols
)

// commentReader turns the rows of one comments file into comments.
type commentReader struct {
	c        *fileCtx
	cf       *commentFile
	cols     columns
	at       [numCommentCols]int // field index of each comment column, -1 when absent (no map lookup per cell)
	loc      *time.Location
	dayFirst bool
	likeFmt  numFormat
	intern   map[string]string
	lastKept [2]string // the last post id and permalink kept: rows come grouped by post
	comments slab[report.Comment]
	likes    slab[float64]
	flags    slab[bool]
	times    slab[time.Time]
	question *question.Classifier // service.question_words
}

// readComments reads one comments file as a stream: rows whose values do not
// depend on the column's number or date convention are turned into comments
// at once; the others wait until the whole column has been seen. Only the
// fields that compute uses are kept (commenters are only counted; comment
// text is not kept).
func readComments(c *fileCtx, in *input) *commentFile {
	t, ok := openStream(c, in)
	if !ok {
		return nil
	}
	cr := &commentReader{c: c, cf: &commentFile{c: c}, intern: map[string]string{},
		question: question.New(c.cfg.Service.QuestionWords)}
	var header Record
	var pending []Record
	var likes numStats
	var order dayOrder
	err := t.Each(func(r Record) error {
		if header.Fields == nil {
			if r.Blank() {
				return nil
			}
			header = Record{Fields: append([]string(nil), r.Fields...), Line: r.Line}
			if !cr.start(header) {
				return errStop
			}
			return nil
		}
		if r.Blank() {
			return nil
		}
		ts, rts, lc := cr.get(r, ccTime), cr.get(r, ccReplyTime), cr.get(r, ccLikes)
		order.add(ts)
		order.add(rts)
		likes.add(lc)
		if numSensitive(lc) || (dateSensitive(ts) || dateSensitive(rts)) && !order.decided {
			pending = append(pending, Record{Fields: cloneAll(r.Fields), Line: r.Line})
			return nil
		}
		cr.dayFirst = order.result(c.cfg.Language == "id")
		if cr.row(r) == cellRefuse {
			return errStop
		}
		return nil
	})
	if !c.streamRead(err, header.Fields != nil) {
		return nil
	}
	cr.dayFirst = order.result(c.cfg.Language == "id")
	cr.likeFmt = likes.decide(t.Delimiter == ';')
	for _, r := range pending {
		if cr.row(r) == cellRefuse {
			return nil
		}
	}
	if len(pending) > 0 { // the rows that waited go back to their place
		slices.SortStableFunc(cr.cf.rows, func(a, b *report.Comment) int { return a.Line - b.Line })
	}
	return cr.cf
}

func cloneAll(fs []string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = strings.Clone(f)
	}
	return out
}

// get returns the trimmed cell of comment column k ("" when absent).
func (cr *commentReader) get(r Record, k int) string {
	if i := cr.at[k]; i >= 0 {
		return r.Get(i)
	}
	return ""
}

// start checks the header and picks the preset; false refuses the file.
func (cr *commentReader) start(header Record) bool {
	c := cr.c
	if wrappedLine(header) {
		c.errorf(header.Line, 1, "ingest.excel_wrapped")
		return false
	}
	cols, norm, dup := mapColumns(header, c.src.Columns, commentAliases)
	if foreignExport(c, header, norm, false) {
		return false
	}
	if dup > 0 {
		c.errorf(header.Line, dup, "ingest.duplicate_header", header.Get(dup-1))
		return false
	}
	cr.cols = cols
	for k, a := range commentAliases[:numCommentCols] {
		cr.at[k] = -1
		if i, ok := cols[a.canon]; ok {
			cr.at[k] = i
		}
	}
	cr.loc = c.cfg.Loc
	if c.src.Loc != nil {
		cr.loc = c.src.Loc
	}
	switch {
	case len(c.src.Columns) > 0:
		c.rep.Preset = PresetMapped
	case hasAll(norm, "ownerusername", "posturl"):
		c.rep.Preset = PresetApify
		cr.cf.noReplys = true
		cr.loc = time.UTC
	case hasAll(norm, "comment_id"):
		c.rep.Preset = PresetCanonical
	case hasAll(norm, "id", "timestamp") && hasAny(norm, "username", "from_username"):
		c.rep.Preset = PresetGraphComments
		cr.loc = time.UTC
	default:
		noPreset(c, []Record{header}, header.Line, "canonical, graph-comments, apify-comments (or columns:)")
		return false
	}
	if !requireColumns(c, header.Line, cols, "comment_id", "username", "timestamp") {
		return false
	}
	cr.cf.hasFlag = cols.has("replied")
	return true
}

// keep returns a copy of s that does not pin the record's memory; repeated
// values (permalinks, usernames) share one copy.
func (cr *commentReader) keep(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := cr.intern[s]; ok {
		return v
	}
	v := strings.Clone(s)
	if len(cr.intern) < 1<<20 {
		cr.intern[v] = v
	}
	return v
}

// keepLast is keep with a one-entry cache in front: consecutive rows
// usually share their post.
func (cr *commentReader) keepLast(k int, s string) string {
	if s == cr.lastKept[k] {
		return cr.lastKept[k]
	}
	cr.lastKept[k] = cr.keep(s)
	return cr.lastKept[k]
}

// slab hands out pointers into chunks of values, so a million comments
// cost a few hundred allocations instead of a million.
type slab[T any] struct{ buf []T }

// next returns a pointer to a new zero value.
func (s *slab[T]) next() *T {
	if len(s.buf) == cap(s.buf) {
		s.buf = make([]T, 0, 1024)
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

// row turns one data row into a comment, or skips it with a reason;
// cellRefuse refuses the file.
func (cr *commentReader) row(r Record) cell {
	c, cols := cr.c, cr.cols
	if !c.dataRow(r) {
		return cellSkip
	}
	cm := cr.comments.next()
	*cm = report.Comment{File: c.path, Line: r.Line, Source: c.rep.Source, NoReplies: cr.cf.noReplys}
	if !cr.identify(r, cm) {
		return cellSkip
	}
	ts, err := parseTime(cr.get(r, ccTime), cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cr.get(r, ccTime))
		return cellSkip
	}
	cm.Time = ts.UTC()
	cm.Question = cr.question.Is(cr.get(r, ccText)) // the text itself is not kept
	cm.Sentiment = cr.keep(cr.get(r, ccSentiment))
	cm.Category = cr.keep(cr.get(r, ccCategory))
	if s := cr.get(r, ccLikes); s != "" {
		v, ok, st := c.count(r.Line, cols["like_count"]+1, s, "like_count", cr.likeFmt)
		if st != cellOK {
			return st
		}
		if ok {
			cm.Likes = cr.likes.next()
			*cm.Likes = v
		}
	}
	if !cr.reply(r, cm) {
		return cellSkip
	}
	c.use()
	cr.cf.rows = append(cr.cf.rows, cm)
	return cellOK
}

// identify sets the comment's id, parent, post and author; false skips
// the row.
func (cr *commentReader) identify(r Record, cm *report.Comment) bool {
	c, cols := cr.c, cr.cols
	id, err := cleanID(cr.get(r, ccID))
	if err != nil || id == "" {
		c.badRow(r.Line, cols["comment_id"]+1, "no_id", "ingest.no_comment_id", cr.get(r, ccID))
		return false
	}
	cm.ID = strings.Clone(id)
	pid, _ := cleanID(cr.get(r, ccParent))
	cm.ParentID = strings.Clone(pid)
	postID, _ := cleanID(cr.get(r, ccPost))
	cm.PostID = cr.keepLast(0, postID)
	cm.Permalink = cr.keepLast(1, cr.get(r, ccPermalink))
	cm.Username = cr.keep(cr.get(r, ccUsername))
	if cm.Username == "" {
		c.badRow(r.Line, cols["username"]+1, "no_username", "ingest.no_username")
		return false
	}
	return true
}

// reply reads the replied flag and the reply time; false skips the row.
func (cr *commentReader) reply(r Record, cm *report.Comment) bool {
	c, cols := cr.c, cr.cols
	if cr.at[ccReplied] >= 0 {
		b, ok, err := parseBool(cr.get(r, ccReplied))
		if err != nil {
			c.badRow(r.Line, cols["replied"]+1, "bad_boolean", "ingest.bad_boolean", cr.get(r, ccReplied))
			return false
		}
		if ok {
			cm.Replied = cr.flags.next()
			*cm.Replied = b
		}
	}
	s := cr.get(r, ccReplyTime)
	if s == "" {
		return true
	}
	rt, err := parseTime(s, cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["reply_timestamp"]+1, "bad_date", "ingest.bad_time", s)
		return false
	}
	if rt.Before(cm.Time) {
		c.badRow(r.Line, cols["reply_timestamp"]+1, "reply_before_comment", "ingest.reply_before_comment", s, cr.get(r, ccTime))
		return false
	}
	rt = rt.UTC()
	cm.ReplyTime = cr.times.next()
	*cm.ReplyTime = rt
	return true
}

// mergeComments de-duplicates comments by id (the later source wins),
// separates the account's replies, drops comments on other accounts' posts
// and checks reply order.
func mergeComments(cfg *report.Config, files []*commentFile, ds *report.Dataset) {
	sortBySource(files)
	m := dedupeComments(files, ds)
	kept := m.attachPosts(ds)
	m.splitReplies(cfg, kept, ds)
	sortComments(ds.Comments)
	sortComments(ds.Replies)
}

// sortBySource orders comment files by source, then path.
func sortBySource(files []*commentFile) {
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].c, files[j].c
		if a.rep.Source != b.rep.Source {
			return a.rep.Source < b.rep.Source
		}
		return a.path < b.path
	})
}

// commentEntry is one comment row with its file.
type commentEntry struct {
	cm *report.Comment
	c  *fileCtx
}

// commentMerge is the de-duplicated comment set.
type commentMerge struct {
	entries []commentEntry // every row, in source order
	slot    idIndex
	order   []int32 // the winning entry of each id, in first-seen order
}

// idIndex maps comment ids to slots. Numeric ids (Instagram's) are keyed
// by their value, which hashes faster than the string; others by string.
type idIndex struct {
	num map[uint64]int32
	str map[string]int32
}

func newIDIndex(n int) idIndex {
	return idIndex{num: make(map[uint64]int32, n), str: map[string]int32{}}
}

// numericID returns the value of an id of 1–19 digits without a leading
// zero, so that distinct strings never share a value.
func numericID(id string) (uint64, bool) {
	if len(id) == 0 || len(id) > 19 || id[0] == '0' {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, true
}

func (x idIndex) get(id string) (int32, bool) {
	if v, ok := numericID(id); ok {
		sl, ok := x.num[v]
		return sl, ok
	}
	sl, ok := x.str[id]
	return sl, ok
}

func (x idIndex) put(id string, sl int32) {
	if v, ok := numericID(id); ok {
		x.num[v] = sl
		return
	}
	x.str[id] = sl
}

// winner returns the winning row of a comment id.
func (m *commentMerge) winner(id string) (*report.Comment, bool) {
	sl, ok := m.slot.get(id)
	if !ok {
		return nil, false
	}
	return m.entries[m.order[sl]].cm, true
}

// dedupeComments keeps the later row of each comment id (the earlier one
// is counted as a duplicate) and records the sources' coverage.
func dedupeComments(files []*commentFile, ds *report.Dataset) *commentMerge {
	n := 0
	for _, f := range files {
		n += len(f.rows)
	}
	m := &commentMerge{entries: make([]commentEntry, 0, n), slot: newIDIndex(n)}
	for _, f := range files {
		for _, cm := range f.rows {
			k := int32(len(m.entries))
			m.entries = append(m.entries, commentEntry{cm, f.c})
			if sl, ok := m.slot.get(cm.ID); ok {
				m.entries[m.order[sl]].c.unuse("duplicate")
				m.order[sl] = k
			} else {
				m.slot.put(cm.ID, int32(len(m.order)))
				m.order = append(m.order, k)
			}
		}
	}
	commentCoverage(files, ds)
	return m
}

// commentCoverage sets each comments source's coverage (covers:, else P
// and Q) and which sources carry reply data.
func commentCoverage(files []*commentFile, ds *report.Dataset) {
	allCovered := true
	var covers []report.Range
	seen := map[int]bool{}
	for _, f := range files {
		si := f.c.rep.Source
		if !seen[si] {
			seen[si] = true
			if cv := f.c.src.Covers; cv != nil {
				covers = append(covers, *cv)
				ds.Sources[si].Coverage = cv
			} else {
				allCovered = false
			}
		}
		if f.hasFlag {
			ds.Sources[si].CarriesReplies = true
		}
		if cv := f.c.src.Covers; cv != nil {
			f.c.setCoverage(*cv, CoverageCovers)
		}
	}
	if allCovered && len(covers) > 0 {
		ds.CommentCover = covers
	}
}

// attachPosts links each winning comment to its post: comments on another
// account's post are skipped, comments on posts absent from the exports
// are kept and counted per file.
func (m *commentMerge) attachPosts(ds *report.Dataset) []commentEntry {
	postByKey := map[string]*report.Post{}
	postByID := map[string]*report.Post{}
	for _, p := range ds.Posts {
		postByKey[p.Key] = p
		if p.PostID != "" {
			postByID[p.PostID] = p
		}
	}
	absent := map[*fileCtx]int{}
	ident := map[string]string{}
	kept := make([]commentEntry, 0, len(m.order))
	for _, k := range m.order {
		e := m.entries[k]
		cm := e.cm
		key, ok := ident[cm.Permalink]
		if !ok {
			key = Identity(cm.Permalink)
			ident[cm.Permalink] = key
		}
		var p *report.Post
		if key != "" {
			p = postByKey[key]
		}
		if p == nil && cm.PostID != "" {
			p = postByID[cm.PostID]
		}
		switch {
		case p != nil && !p.Own:
			cm.PostKey = p.Key
			e.c.unuse("other_account_post")
			continue
		case p != nil:
			cm.PostKey = p.Key
		default:
			cm.PostKey = key
			if key == "" {
				cm.PostKey = cm.PostID
			}
			if len(ds.Posts) > 0 {
				absent[e.c]++
			}
		}
		kept = append(kept, e)
	}
	for c, n := range absent {
		c.warnf(0, 0, "ingest.comments_unknown_posts", n)
	}
	return kept
}

// splitReplies separates the account's reply rows from the comments; a
// reply earlier than its parent is a bad row.
func (m *commentMerge) splitReplies(cfg *report.Config, kept []commentEntry, ds *report.Dataset) {
	ds.Comments = slices.Grow(ds.Comments, len(kept))
	for _, e := range kept {
		cm, c := e.cm, e.c
		if cm.ParentID != "" {
			if parent, ok := m.winner(cm.ParentID); ok && cm.Time.Before(parent.Time) {
				c.unuseBad(cm.Line, 1, "reply_before_comment", "ingest.reply_before_parent", cm.ID, cm.ParentID)
				continue
			}
			if sameAccount(cm.Username, cfg.Account) {
				ds.Replies = append(ds.Replies, cm)
				ds.Sources[cm.Source].CarriesReplies = true
				continue
			}
		}
		ds.Comments = append(ds.Comments, cm)
	}
}

// sortComments orders by time, then id (ids are unique after the merge, so
// the order is total and the sort deterministic). It sorts packed keys
// (seconds, nanoseconds, index) and follows a pointer only to break a tie.
func sortComments(cs []*report.Comment) {
	type key struct {
		sec  int64
		nsec int32
		i    int32
	}
	keys := make([]key, len(cs))
	for i, c := range cs {
		keys[i] = key{c.Time.Unix(), int32(c.Time.Nanosecond()), int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		switch {
		case a.sec != b.sec:
			return cmp.Compare(a.sec, b.sec)
		case a.nsec != b.nsec:
			return cmp.Compare(a.nsec, b.nsec)
		}
		return strings.Compare(cs[a.i].ID, cs[b.i].ID)
	})
	sorted := make([]*report.Comment, len(cs))
	for i, k := range keys {
		sorted[i] = cs[k.i]
	}
	copy(cs, sorted)
}
