package ingest

import (
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

// commentReader turns the rows of one comments file into comments.
type commentReader struct {
	c        *fileCtx
	cf       *commentFile
	cols     columns
	loc      *time.Location
	dayFirst bool
	likeFmt  numFormat
	intern   map[string]string
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
		ts, rts, lc := cr.cols.get(r, "timestamp"), cr.cols.get(r, "reply_timestamp"), cr.cols.get(r, "like_count")
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
	sort.SliceStable(cr.cf.rows, func(i, j int) bool { return cr.cf.rows[i].Line < cr.cf.rows[j].Line })
	return cr.cf
}

func cloneAll(fs []string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = strings.Clone(f)
	}
	return out
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

// row turns one data row into a comment, or skips it with a reason;
// cellRefuse refuses the file.
func (cr *commentReader) row(r Record) cell {
	c, cols := cr.c, cr.cols
	if !c.dataRow(r) {
		return cellSkip
	}
	cm := &report.Comment{File: c.path, Line: r.Line, Source: c.rep.Source, NoReplies: cr.cf.noReplys}
	if !cr.identify(r, cm) {
		return cellSkip
	}
	ts, err := parseTime(cols.get(r, "timestamp"), cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cols.get(r, "timestamp"))
		return cellSkip
	}
	cm.Time = ts.UTC()
	cm.Question = cr.question.Is(cols.get(r, "text")) // the text itself is not kept
	cm.Sentiment = cr.keep(cols.get(r, "sentiment"))
	cm.Category = cr.keep(cols.get(r, "category"))
	if s := cols.get(r, "like_count"); s != "" {
		v, ok, st := c.count(r.Line, cols["like_count"]+1, s, "like_count", cr.likeFmt)
		if st != cellOK {
			return st
		}
		if ok {
			cm.Likes = &v
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
	id, err := cleanID(cols.get(r, "comment_id"))
	if err != nil || id == "" {
		c.badRow(r.Line, cols["comment_id"]+1, "no_id", "ingest.no_comment_id", cols.get(r, "comment_id"))
		return false
	}
	cm.ID = strings.Clone(id)
	pid, _ := cleanID(cols.get(r, "parent_id"))
	cm.ParentID = strings.Clone(pid)
	postID, _ := cleanID(cols.get(r, "post_id"))
	cm.PostID = cr.keep(postID)
	cm.Permalink = cr.keep(cols.get(r, "permalink"))
	cm.Username = strings.Clone(cols.get(r, "username"))
	if cm.Username == "" {
		c.badRow(r.Line, cols["username"]+1, "no_username", "ingest.no_username")
		return false
	}
	return true
}

// reply reads the replied flag and the reply time; false skips the row.
func (cr *commentReader) reply(r Record, cm *report.Comment) bool {
	c, cols := cr.c, cr.cols
	if cols.has("replied") {
		b, ok, err := parseBool(cols.get(r, "replied"))
		if err != nil {
			c.badRow(r.Line, cols["replied"]+1, "bad_boolean", "ingest.bad_boolean", cols.get(r, "replied"))
			return false
		}
		if ok {
			cm.Replied = &b
		}
	}
	s := cols.get(r, "reply_timestamp")
	if s == "" {
		return true
	}
	rt, err := parseTime(s, cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["reply_timestamp"]+1, "bad_date", "ingest.bad_time", s)
		return false
	}
	if rt.Before(cm.Time) {
		c.badRow(r.Line, cols["reply_timestamp"]+1, "reply_before_comment", "ingest.reply_before_comment", s, cols.get(r, "timestamp"))
		return false
	}
	rt = rt.UTC()
	cm.ReplyTime = &rt
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
	slot    map[string]int32
	order   []int32 // the winning entry of each id, in first-seen order
}

// winner returns the winning row of a comment id.
func (m *commentMerge) winner(id string) (*report.Comment, bool) {
	sl, ok := m.slot[id]
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
	m := &commentMerge{entries: make([]commentEntry, 0, n), slot: make(map[string]int32, n)}
	for _, f := range files {
		for _, cm := range f.rows {
			k := int32(len(m.entries))
			m.entries = append(m.entries, commentEntry{cm, f.c})
			if sl, ok := m.slot[cm.ID]; ok {
				m.entries[m.order[sl]].c.unuse("duplicate")
				m.order[sl] = k
			} else {
				m.slot[cm.ID] = int32(len(m.order))
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
// the order is total and the sort deterministic).
func sortComments(cs []*report.Comment) {
	slices.SortFunc(cs, func(a, b *report.Comment) int {
		if c := a.Time.Compare(b.Time); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
