package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
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
	rows     []report.Comment // PostKey not set yet; strings in strs
	pairs    []postRef        // what runs of rows say of their post; a row's PostKey indexes it until attachPosts
	strs     report.Strings
	hasFlag  bool // a replied column
	noReplys bool
}

// postRef is what a comment row says of its post.
type postRef struct {
	post report.Str // post id
	perm report.Str // permalink
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
	lastRaw  [2]string     // the last post id and permalink kept: rows come grouped by post
	lastStr  [2]report.Str // ... and their indexes
	// lastParent is the last parent id, lastParentStr its index.
	lastParent    string
	lastParentStr report.Str
	question      *question.Classifier // service.question_words
	users         internCache          // in front of cf.strs.Add for the authors
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
	cr := &commentReader{c: c, cf: &commentFile{c: c}, question: question.New(c.cfg.Service.QuestionWords)}
	if n := expectRows(in); n > 0 { // room for every row at once: no copies while the list grows
		cr.cf.rows = make([]report.Comment, 0, n)
		cr.cf.strs.Grow(n)
	}
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
			if i, q := cr.at[ccText], cr.question; i >= 0 { // classify on the parsing goroutine
				t.SetMark(func(r Record) bool { return q.Is(r.Get(i)) })
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
			pending = append(pending, Record{Fields: cloneAll(r.Fields), Line: r.Line, Marked: r.Marked, Mark: r.Mark})
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
		cr.cf.sortByLine()
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

// expectRows estimates the number of records of a file from the lines of
// its first bytes, with a little to spare (0 when unknown).
func expectRows(in *input) int {
	lines := bytes.Count(in.prefix, []byte{'\n'})
	if lines == 0 || in.size <= int64(len(in.prefix)) {
		return 0
	}
	n := in.size / int64(len(in.prefix)) * int64(lines)
	return int(min(n+n/32, 1<<24))
}

// keepLast returns the index of s with a one-entry cache in front:
// consecutive rows usually share their post.
func (cr *commentReader) keepLast(k int, s string) report.Str {
	if s != cr.lastRaw[k] || (s != "" && cr.lastStr[k] == 0) {
		cr.lastRaw[k] = s
		cr.lastStr[k] = cr.cf.strs.Add(s)
	}
	return cr.lastStr[k]
}

// keepParent returns the index of a parent id: consecutive replies often
// share their parent, which then takes one string.
func (cr *commentReader) keepParent(pid string) report.Str {
	if pid == "" {
		return 0
	}
	if pid != cr.lastParent || cr.lastParentStr == 0 {
		cr.lastParent, cr.lastParentStr = pid, cr.cf.strs.New(pid)
	}
	return cr.lastParentStr
}

// pairOf returns the index of ref in cf.pairs, adding it unless it is the
// last one (rows come grouped by post).
func (cf *commentFile) pairOf(ref postRef) report.Str {
	if n := len(cf.pairs); n == 0 || cf.pairs[n-1] != ref {
		cf.pairs = append(cf.pairs, ref)
	}
	return report.Str(len(cf.pairs) - 1)
}

// sortByLine puts the rows back in file order.
func (cf *commentFile) sortByLine() {
	idx := make([]int, len(cf.rows))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(cf.rows[a].Line, cf.rows[b].Line) })
	rows := make([]report.Comment, len(idx))
	for i, k := range idx {
		rows[i] = cf.rows[k]
	}
	cf.rows = rows
}

// row turns one data row into a comment, or skips it with a reason;
// cellRefuse refuses the file.
func (cr *commentReader) row(r Record) cell {
	c, cols, strs := cr.c, cr.cols, &cr.cf.strs
	if !c.dataRow(r) {
		return cellSkip
	}
	cm := report.Comment{Line: int32(r.Line)}
	cm.SetSource(c.rep.Source)
	cm.SetNoReplies(cr.cf.noReplys)
	var ref postRef
	if !cr.identify(r, &cm, &ref) {
		return cellSkip
	}
	ts, err := parseTime(cr.get(r, ccTime), cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cr.get(r, ccTime))
		return cellSkip
	}
	cm.SetAt(report.InstantOf(ts))
	q := r.Mark
	if !r.Marked {
		q = cr.question.Is(cr.get(r, ccText))
	}
	cm.SetQuestion(q) // the text itself is not kept
	cm.Sentiment = strs.Add(cr.get(r, ccSentiment))
	cm.Category = strs.Add(cr.get(r, ccCategory))
	if s := cr.get(r, ccLikes); s != "" { // checked; compute does not use the value
		if _, _, st := c.count(r.Line, cols["like_count"]+1, s, "like_count", cr.likeFmt); st != cellOK {
			return st
		}
	}
	if !cr.reply(r, &cm, ts) {
		return cellSkip
	}
	c.use()
	cr.cf.rows = append(cr.cf.rows, cm)
	cr.cf.rows[len(cr.cf.rows)-1].PostKey = cr.cf.pairOf(ref)
	return cellOK
}

// identify sets the comment's id, parent, post and author; false skips
// the row.
func (cr *commentReader) identify(r Record, cm *report.Comment, ref *postRef) bool {
	c, cols, strs := cr.c, cr.cols, &cr.cf.strs
	id, err := cleanID(cr.get(r, ccID))
	if err != nil || id == "" {
		c.badRow(r.Line, cols["comment_id"]+1, "no_id", "ingest.no_comment_id", cr.get(r, ccID))
		return false
	}
	user := cr.get(r, ccUsername)
	if user == "" {
		c.badRow(r.Line, cols["username"]+1, "no_username", "ingest.no_username")
		return false
	}
	cm.ID = strs.New(id)
	pid, _ := cleanID(cr.get(r, ccParent))
	cm.ParentID = cr.keepParent(pid)
	postID, _ := cleanID(cr.get(r, ccPost))
	ref.post = cr.keepLast(0, postID)
	ref.perm = cr.keepLast(1, cr.get(r, ccPermalink))
	cm.Username = cr.users.add(strs, user)
	return true
}

// reply reads the replied flag and the reply time; false skips the row.
func (cr *commentReader) reply(r Record, cm *report.Comment, at time.Time) bool {
	c, cols := cr.c, cr.cols
	if cr.at[ccReplied] >= 0 {
		b, ok, err := parseBool(cr.get(r, ccReplied))
		if err != nil {
			c.badRow(r.Line, cols["replied"]+1, "bad_boolean", "ingest.bad_boolean", cr.get(r, ccReplied))
			return false
		}
		if ok {
			cm.SetReplied(b)
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
	if rt.Before(at) {
		c.badRow(r.Line, cols["reply_timestamp"]+1, "reply_before_comment", "ingest.reply_before_comment", s, cr.get(r, ccTime))
		return false
	}
	cm.SetReplyTime(rt)
	return true
}

// mergeComments de-duplicates comments by id (the later source wins),
// separates the account's replies, drops comments on other accounts' posts
// and checks reply order.
func mergeComments(cfg *report.Config, files []*commentFile, ds *report.Dataset) {
	sortBySource(files)
	m := joinComments(files)
	m.dedupe()
	commentCoverage(files, ds)
	m.attachPosts(ds)
	m.splitReplies(cfg, ds)
	ds.CommentStrs = *m.strs
	// The two lists share nothing but the strings, which sorting only
	// reads: the replies sort on another goroutine meanwhile.
	var wg sync.WaitGroup
	wg.Go(func() { sortComments(ds.Replies, m.strs) })
	sortComments(ds.Comments, m.strs)
	wg.Wait()
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

// commentMerge is every comment row of every file, in source order, with
// its strings in one table.
type commentMerge struct {
	strs  *report.Strings
	rows  []report.Comment
	pairs []postRef  // what rows say of their post, by the row's PostKey until attachPosts
	files []*fileCtx // files[i] holds rows[ends[i-1]:ends[i]]
	ends  []int
	// win[k] is the winning row of the id first seen at row k (the id's
	// last row), -1 when k is not the first row of its id or the winner
	// was dropped.
	win []int32
	ids idLookup
}

// joinComments puts the rows of every file into one list and one string
// table (the first file's: one file, the usual case, copies nothing).
func joinComments(files []*commentFile) *commentMerge {
	m := &commentMerge{strs: &report.Strings{}}
	if len(files) == 0 {
		return m
	}
	m.strs = &files[0].strs
	if len(files) == 1 {
		m.rows, m.pairs = files[0].rows, files[0].pairs
	}
	for i, f := range files {
		m.files = append(m.files, f.c)
		if len(files) > 1 {
			remap := func(s report.Str) report.Str { return s }
			if i > 0 {
				remap = remapper(m.strs, &f.strs)
			}
			offset := report.Str(len(m.pairs))
			for _, ref := range f.pairs {
				m.pairs = append(m.pairs, postRef{remap(ref.post), remap(ref.perm)})
			}
			for _, cm := range f.rows {
				cm.ID, cm.ParentID, cm.Username = remap(cm.ID), remap(cm.ParentID), remap(cm.Username)
				cm.Sentiment, cm.Category = remap(cm.Sentiment), remap(cm.Category)
				cm.PostKey += offset
				m.rows = append(m.rows, cm)
			}
			f.rows, f.pairs = nil, nil
		}
		m.ends = append(m.ends, len(m.rows))
	}
	return m
}

// remapper copies the strings of from into to and returns the map of the
// indexes.
func remapper(to, from *report.Strings) func(report.Str) report.Str {
	idx := make([]report.Str, from.Len())
	for i := 1; i < len(idx); i++ {
		idx[i] = to.New(from.Get(report.Str(i)))
	}
	return func(s report.Str) report.Str { return idx[s] }
}

// fileOf returns the file of row k.
func (m *commentMerge) fileOf(k int) *fileCtx {
	i, _ := slices.BinarySearch(m.ends, k+1)
	return m.files[i]
}

// idLookup finds the winning row of a comment id. Numeric ids (Instagram's)
// are sorted by value, so that no map is built for a million of them;
// other ids are in a map.
type idLookup struct {
	num []timeKey           // id value (k) and row (i), by value then row
	str map[string][2]int32 // the first and the last row of the id
}

// dedupe keeps the last row of each comment id (the earlier ones are
// counted as duplicates) at the place of the id's first row.
func (m *commentMerge) dedupe() {
	m.win = make([]int32, len(m.rows))
	m.ids = idLookup{num: make([]timeKey, 0, len(m.rows)), str: map[string][2]int32{}}
	for k := range m.rows {
		m.win[k] = -1
		id := m.strs.Get(m.rows[k].ID)
		if v, ok := report.NumericID(id); ok {
			m.ids.num = append(m.ids.num, timeKey{v, int32(k)})
			continue
		}
		if fl, ok := m.ids.str[id]; ok {
			m.fileOf(int(fl[1])).unuse("duplicate")
			m.win[fl[0]] = int32(k)
			m.ids.str[id] = [2]int32{fl[0], int32(k)}
			continue
		}
		m.ids.str[id] = [2]int32{int32(k), int32(k)}
		m.win[k] = int32(k)
	}
	num := m.ids.num
	radixSort(num) // stable: the rows of an id stay in order
	for i := 0; i < len(num); {
		j := i + 1
		for j < len(num) && num[j].k == num[i].k {
			m.fileOf(int(num[j-1].i)).unuse("duplicate")
			j++
		}
		m.win[num[i].i] = num[j-1].i
		i = j
	}
}

// winner returns the winning row of a comment id.
func (m *commentMerge) winner(id string) (int32, bool) {
	if v, ok := report.NumericID(id); ok {
		num := m.ids.num
		i := sort.Search(len(num), func(i int) bool { return num[i].k > v })
		if i == 0 || num[i-1].k != v {
			return 0, false
		}
		return num[i-1].i, true
	}
	fl, ok := m.ids.str[id]
	return fl[1], ok
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

// postOf is where a postRef leads: the post key, and whether the post is
// another account's or absent from the exports.
type postOf struct {
	key    report.Str
	other  bool
	absent bool
}

// attachPosts links each winning comment to its post: comments on another
// account's post are skipped, comments on posts absent from the exports
// are kept and counted per file.
func (m *commentMerge) attachPosts(ds *report.Dataset) {
	postByKey := map[string]*report.Post{}
	postByID := map[string]*report.Post{}
	for _, p := range ds.Posts {
		postByKey[p.Key] = p
		if p.PostID != "" {
			postByID[p.PostID] = p
		}
	}
	resolve := func(ref postRef) postOf {
		key := Identity(m.strs.Get(ref.perm))
		postID := m.strs.Get(ref.post)
		var p *report.Post
		if key != "" {
			p = postByKey[key]
		}
		if p == nil && postID != "" {
			p = postByID[postID]
		}
		switch {
		case p != nil:
			return postOf{key: m.strs.Add(p.Key), other: !p.Own}
		case key == "":
			return postOf{key: ref.post, absent: len(ds.Posts) > 0}
		}
		return postOf{key: m.strs.Add(key), absent: len(ds.Posts) > 0}
	}
	seen := map[postRef]postOf{}
	var last postRef
	var lastOf postOf
	have := false
	absent := map[*fileCtx]int{}
	for first, k := range m.win {
		if k < 0 {
			continue
		}
		ref := m.pairs[m.rows[k].PostKey]
		if !have || ref != last {
			of, ok := seen[ref]
			if !ok {
				of = resolve(ref)
				seen[ref] = of
			}
			last, lastOf, have = ref, of, true
		}
		m.rows[k].PostKey = lastOf.key
		switch {
		case lastOf.other:
			m.fileOf(int(k)).unuse("other_account_post")
			m.win[first] = -1
		case lastOf.absent:
			absent[m.fileOf(int(k))]++
		}
	}
	for c, n := range absent {
		c.warnf(0, 0, "ingest.comments_unknown_posts", n)
	}
}

// splitReplies separates the account's reply rows from the comments; a
// reply earlier than its parent is a bad row.
func (m *commentMerge) splitReplies(cfg *report.Config, ds *report.Dataset) {
	const comment, reply, dropped = 0, 1, 2
	fate := make([]uint8, len(m.rows)) // by winning row
	account := map[report.Str]bool{}
	for _, k := range m.win {
		if k < 0 {
			continue
		}
		cm := &m.rows[k]
		if cm.ParentID == 0 {
			continue
		}
		if p, ok := m.winner(m.strs.Get(cm.ParentID)); ok && cm.At().Before(m.rows[p].At()) {
			m.fileOf(int(k)).unuseBad(int(cm.Line), 1, "reply_before_comment", "ingest.reply_before_parent",
				m.strs.Get(cm.ID), m.strs.Get(cm.ParentID))
			fate[k] = dropped
			continue
		}
		own, ok := account[cm.Username]
		if !ok {
			own = sameAccount(m.strs.Get(cm.Username), cfg.Account)
			account[cm.Username] = own
		}
		if own {
			fate[k] = reply
		}
	}
	// The kept rows are packed in place (the row kept at n comes from a
	// row at n or later, which the loop has not reached yet), then the
	// replies are swapped behind the comments: sortComments orders both.
	n := 0
	for _, k := range m.win {
		if k < 0 || fate[k] == dropped {
			continue
		}
		m.rows[n] = m.rows[k]
		fate[n] = fate[k]
		n++
	}
	i, j := 0, n
	for {
		for i < j && fate[i] == comment {
			i++
		}
		for i < j && fate[j-1] == reply {
			j--
		}
		if i >= j {
			break
		}
		m.rows[i], m.rows[j-1] = m.rows[j-1], m.rows[i]
		fate[i], fate[j-1] = comment, reply
	}
	ds.Comments = m.rows[:i:i]
	if n > i {
		ds.Replies = m.rows[i:n:n]
		for _, r := range ds.Replies {
			ds.Sources[r.Source()].CarriesReplies = true
		}
	}
	m.rows, m.pairs, m.win, m.ids = nil, nil, nil, idLookup{}
}

// sortComments orders by time, then id (ids are unique after the merge, so
// the order is total and the sort deterministic). It sorts packed keys
// (time, index) with a radix sort, orders equal times by id, and then
// moves the comments in place.
func sortComments(cs []report.Comment, strs *report.Strings) {
	if len(cs) < 2 {
		return
	}
	minSec, maxSec := cs[0].At().Sec, cs[0].At().Sec
	sorted := true
	for i := range cs {
		at := cs[i].At()
		minSec, maxSec = min(minSec, at.Sec), max(maxSec, at.Sec)
		if i > 0 && sorted {
			if c := cs[i-1].At().Compare(at); c > 0 || c == 0 && strs.Get(cs[i-1].ID) > strs.Get(cs[i].ID) {
				sorted = false
			}
		}
	}
	if sorted {
		return
	}
	byID := func(a, b timeKey) int { return strings.Compare(strs.Get(cs[a.i].ID), strs.Get(cs[b.i].ID)) }
	keys := make([]timeKey, len(cs))
	if uint64(maxSec-minSec) < 1<<33 { // seconds and nanoseconds (< 2^30) fit 63 bits
		for i := range cs {
			at := cs[i].At()
			keys[i] = timeKey{uint64(at.Sec-minSec)<<30 | uint64(at.Nsec), int32(i)}
		}
		radixSort(keys)
		for i := 0; i < len(keys); { // equal times by id
			j := i + 1
			for j < len(keys) && keys[j].k == keys[i].k {
				j++
			}
			if j-i > 1 {
				slices.SortFunc(keys[i:j], byID)
			}
			i = j
		}
	} else { // times centuries apart
		for i := range keys {
			keys[i].i = int32(i)
		}
		slices.SortFunc(keys, func(a, b timeKey) int {
			if c := cs[a.i].At().Compare(cs[b.i].At()); c != 0 {
				return c
			}
			return byID(a, b)
		})
	}
	// cs[i] becomes cs[keys[i].i], one cycle of the permutation at a time.
	for i := range keys {
		if keys[i].i < 0 {
			continue
		}
		tmp := cs[i]
		j := i
		for {
			k := int(keys[j].i)
			keys[j].i = -1
			if k == i {
				cs[j] = tmp
				break
			}
			cs[j] = cs[k]
			j = k
		}
	}
}

// timeKey is a key and a row index: a comment's packed time, or its
// numeric id.
type timeKey struct {
	k uint64
	i int32
}

// radixSort sorts keys by k, stably, a byte at a time from the lowest;
// bytes that are the same in every key are skipped.
func radixSort(keys []timeKey) {
	if len(keys) < 2 {
		return
	}
	tmp := make([]timeKey, len(keys))
	src, dst := keys, tmp
	for shift := 0; shift < 64; shift += 8 {
		var count [256]int
		for _, x := range src {
			count[byte(x.k>>shift)]++
		}
		if count[byte(src[0].k>>shift)] == len(src) {
			continue
		}
		pos := 0
		for b, c := range count {
			count[b] = pos
			pos += c
		}
		for _, x := range src {
			d := byte(x.k >> shift)
			dst[count[d]] = x
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
