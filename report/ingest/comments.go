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
	var d rune
	if c.src.Delimiter != "" {
		d = []rune(c.src.Delimiter)[0]
	}
	t, err := openText(in, d)
	if err != nil {
		c.errorf(0, 0, "ingest.decode_failed", err.Error())
		return nil
	}
	c.rep.Encoding = t.Encoding
	c.rep.Delimiter = DelimName(t.Delimiter)
	cr := &commentReader{c: c, cf: &commentFile{c: c}, intern: map[string]string{},
		question: question.New(c.cfg.Service.QuestionWords)}
	var header Record
	var pending []Record
	var likes numStats
	var order dayOrder
	err = t.Each(func(r Record) error {
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
		cr.row(r)
		return nil
	})
	if errors.Is(err, errStop) {
		return nil // start recorded why
	}
	if err != nil {
		c.readFailed(err)
		return nil
	}
	if header.Fields == nil {
		c.errorf(0, 0, "ingest.empty_file")
		return nil
	}
	cr.dayFirst = order.result(c.cfg.Language == "id")
	cr.likeFmt = likes.decide(t.Delimiter == ';')
	for _, r := range pending {
		cr.row(r)
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
	for _, need := range []string{"comment_id", "username", "timestamp"} {
		if !cols.has(need) {
			c.errorf(header.Line, 1, "ingest.missing_column", need)
			return false
		}
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

// row turns one data row into a comment, or skips it with a reason.
func (cr *commentReader) row(r Record) {
	c, cols := cr.c, cr.cols
	c.read()
	cm := &report.Comment{File: c.path, Line: r.Line, Source: c.rep.Source, NoReplies: cr.cf.noReplys}
	id, err := cleanID(cols.get(r, "comment_id"))
	if err != nil || id == "" {
		c.badRow(r.Line, cols["comment_id"]+1, "no_id", "ingest.no_comment_id", cols.get(r, "comment_id"))
		return
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
		return
	}
	ts, err := parseTime(cols.get(r, "timestamp"), cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cols.get(r, "timestamp"))
		return
	}
	cm.Time = ts.UTC()
	cm.Question = cr.question.Is(cols.get(r, "text")) // the text itself is not kept
	cm.Sentiment = cr.keep(cols.get(r, "sentiment"))
	cm.Category = cr.keep(cols.get(r, "category"))
	if s := cols.get(r, "like_count"); s != "" {
		v, ok, err := parseCount(s, cr.likeFmt)
		if err != nil {
			c.badRow(r.Line, cols["like_count"]+1, "bad_number", "ingest.bad_number", s, "like_count")
			return
		}
		if ok {
			cm.Likes = &v
		}
	}
	if cols.has("replied") {
		b, ok, err := parseBool(cols.get(r, "replied"))
		if err != nil {
			c.badRow(r.Line, cols["replied"]+1, "bad_boolean", "ingest.bad_boolean", cols.get(r, "replied"))
			return
		}
		if ok {
			cm.Replied = &b
		}
	}
	if s := cols.get(r, "reply_timestamp"); s != "" {
		rt, err := parseTime(s, cr.loc, cr.dayFirst)
		if err != nil {
			c.badRow(r.Line, cols["reply_timestamp"]+1, "bad_date", "ingest.bad_time", s)
			return
		}
		if rt.Before(ts) {
			c.badRow(r.Line, cols["reply_timestamp"]+1, "reply_before_comment", "ingest.reply_before_comment", s, cols.get(r, "timestamp"))
			return
		}
		rt = rt.UTC()
		cm.ReplyTime = &rt
	}
	c.use()
	cr.cf.rows = append(cr.cf.rows, cm)
}

// mergeComments de-duplicates comments by id (the later source wins),
// separates the account's replies, drops comments on other accounts' posts
// and checks reply order.
func mergeComments(cfg *report.Config, files []*commentFile, ds *report.Dataset) {
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].c, files[j].c
		if a.rep.Source != b.rep.Source {
			return a.rep.Source < b.rep.Source
		}
		return a.path < b.path
	})
	postByKey := map[string]*report.Post{}
	postByID := map[string]*report.Post{}
	for _, p := range ds.Posts {
		postByKey[p.Key] = p
		if p.PostID != "" {
			postByID[p.PostID] = p
		}
	}
	// entries in source order; win maps a comment id to its winning entry
	type entry struct {
		cm *report.Comment
		c  *fileCtx
	}
	n := 0
	for _, f := range files {
		n += len(f.rows)
	}
	entries := make([]entry, 0, n)
	slot := make(map[string]int32, n) // comment id -> its place in order
	var order []int32                 // winning entry of each id, in first-seen order
	allCovered := true
	var covers []report.Range
	seenSource := map[int]bool{}
	for _, f := range files {
		si := f.c.rep.Source
		if !seenSource[si] {
			seenSource[si] = true
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
		if f.c.src.Covers != nil {
			f.c.rep.Coverage = f.c.src.Covers
		}
		for _, cm := range f.rows {
			k := int32(len(entries))
			entries = append(entries, entry{cm, f.c})
			if sl, ok := slot[cm.ID]; ok {
				oc := entries[order[sl]].c
				oc.rep.RowsUsed--
				oc.skip("duplicate")
				order[sl] = k
			} else {
				slot[cm.ID] = int32(len(order))
				order = append(order, k)
			}
		}
	}
	if allCovered && len(covers) > 0 {
		ds.CommentCover = covers
	}
	absent := map[*fileCtx]int{}
	ident := map[string]string{}
	kept := make([]entry, 0, len(order))
	for _, k := range order {
		e := entries[k]
		cm, c := e.cm, e.c
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
		if p != nil {
			cm.PostKey = p.Key
			if !p.Own {
				c.rep.RowsUsed--
				c.skip("other_account_post")
				continue
			}
		} else {
			cm.PostKey = key
			if key == "" {
				cm.PostKey = cm.PostID
			}
			if len(ds.Posts) > 0 {
				absent[c]++
			}
		}
		kept = append(kept, e)
	}
	// reply rows: by the account, with a parent; a reply earlier than its
	// parent is a bad row
	for _, e := range kept {
		cm, c := e.cm, e.c
		if cm.ParentID != "" {
			if sl, ok := slot[cm.ParentID]; ok && cm.Time.Before(entries[order[sl]].cm.Time) {
				c.rep.RowsUsed--
				c.badRow(cm.Line, 1, "reply_before_comment", "ingest.reply_before_parent", cm.ID, cm.ParentID)
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
	for c, n := range absent {
		c.warnf(0, 0, "ingest.comments_unknown_posts", n)
	}
	sortComments(ds.Comments)
	sortComments(ds.Replies)
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
