package ingest

import (
	"sort"
	"time"

	"github.com/rapor-id/rapor/report"
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

// readComments reads one comments file.
func readComments(c *fileCtx, raw []byte) *commentFile {
	t, ok := openTable(c, raw)
	if !ok {
		return nil
	}
	hi := firstNonBlank(t.Records)
	if hi < 0 {
		c.errorf(0, 0, "ingest.empty_file")
		return nil
	}
	header := t.Records[hi]
	if wrappedLine(header) {
		c.errorf(header.Line, 1, "ingest.excel_wrapped")
		return nil
	}
	cols, norm, dup := mapColumns(header, c.src.Columns, commentAliases)
	if dup > 0 {
		c.errorf(header.Line, dup, "ingest.duplicate_header", header.Get(dup-1))
		return nil
	}
	loc := c.cfg.Loc
	if c.src.Loc != nil {
		loc = c.src.Loc
	}
	cf := &commentFile{c: c}
	switch {
	case len(c.src.Columns) > 0:
		c.rep.Preset = PresetMapped
	case hasAll(norm, "ownerusername", "posturl"):
		c.rep.Preset = PresetApify
		cf.noReplys = true
		loc = time.UTC
	case hasAll(norm, "comment_id"):
		c.rep.Preset = PresetCanonical
	case hasAll(norm, "id", "timestamp") && hasAny(norm, "username", "from_username"):
		c.rep.Preset = PresetGraphComments
		loc = time.UTC
	default:
		noPreset(c, t.Records, header.Line, "canonical, graph-comments, apify-comments (or columns:)")
		return nil
	}
	for _, need := range []string{"comment_id", "username", "timestamp"} {
		if !cols.has(need) {
			c.errorf(header.Line, 1, "ingest.missing_column", need)
			return nil
		}
	}
	cf.hasFlag = cols.has("replied")
	data := t.Records[hi+1:]
	dayFirst := decideDayFirst(columnCells(data, cols, "timestamp"), c.cfg.Language == "id")
	likeFmt := decideNumFormat(columnCells(data, cols, "like_count"), t.Delimiter == ';')
	for _, r := range data {
		if r.Blank() {
			continue
		}
		c.read()
		cm := &report.Comment{File: c.path, Line: r.Line, Source: c.rep.Source, NoReplies: cf.noReplys}
		id, err := cleanID(cols.get(r, "comment_id"))
		if err != nil || id == "" {
			c.badRow(r.Line, cols["comment_id"]+1, "no_id", "ingest.no_comment_id", cols.get(r, "comment_id"))
			continue
		}
		cm.ID = id
		cm.ParentID, _ = cleanID(cols.get(r, "parent_id"))
		cm.PostID, _ = cleanID(cols.get(r, "post_id"))
		cm.Permalink = cols.get(r, "permalink")
		cm.Username = cols.get(r, "username")
		if cm.Username == "" {
			c.badRow(r.Line, cols["username"]+1, "no_username", "ingest.no_username")
			continue
		}
		ts, err := parseTime(cols.get(r, "timestamp"), loc, dayFirst)
		if err != nil {
			c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cols.get(r, "timestamp"))
			continue
		}
		cm.Time = ts.UTC()
		cm.Text = cols.get(r, "text")
		cm.Sentiment = cols.get(r, "sentiment")
		cm.Category = cols.get(r, "category")
		if s := cols.get(r, "like_count"); s != "" {
			v, ok, err := parseCount(s, likeFmt)
			if err != nil {
				c.badRow(r.Line, cols["like_count"]+1, "bad_number", "ingest.bad_number", s, "like_count")
				continue
			}
			if ok {
				cm.Likes = &v
			}
		}
		if cols.has("replied") {
			b, ok, err := parseBool(cols.get(r, "replied"))
			if err != nil {
				c.badRow(r.Line, cols["replied"]+1, "bad_boolean", "ingest.bad_boolean", cols.get(r, "replied"))
				continue
			}
			if ok {
				cm.Replied = &b
			}
		}
		if s := cols.get(r, "reply_timestamp"); s != "" {
			rt, err := parseTime(s, loc, dayFirst)
			if err != nil {
				c.badRow(r.Line, cols["reply_timestamp"]+1, "bad_date", "ingest.bad_time", s)
				continue
			}
			if rt.Before(ts) {
				c.badRow(r.Line, cols["reply_timestamp"]+1, "reply_before_comment", "ingest.reply_before_comment", s, cols.get(r, "timestamp"))
				continue
			}
			rt = rt.UTC()
			cm.ReplyTime = &rt
		}
		c.use()
		cf.rows = append(cf.rows, cm)
	}
	return cf
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
	ctxOf := map[*report.Comment]*fileCtx{}
	win := map[string]*report.Comment{}
	var order []string
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
			ctxOf[cm] = f.c
			if old, ok := win[cm.ID]; ok {
				oc := ctxOf[old]
				oc.rep.RowsUsed--
				oc.skip("duplicate")
			} else {
				order = append(order, cm.ID)
			}
			win[cm.ID] = cm
		}
	}
	if allCovered && len(covers) > 0 {
		ds.CommentCover = covers
	}
	absent := map[*fileCtx]int{}
	var kept []*report.Comment
	for _, id := range order {
		cm := win[id]
		c := ctxOf[cm]
		key := Identity(cm.Permalink)
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
		kept = append(kept, cm)
	}
	// reply rows: by the account, with a parent; a reply earlier than its
	// parent is a bad row
	byID := map[string]*report.Comment{}
	for _, cm := range kept {
		byID[cm.ID] = cm
	}
	for _, cm := range kept {
		c := ctxOf[cm]
		if cm.ParentID != "" {
			if par, ok := byID[cm.ParentID]; ok && cm.Time.Before(par.Time) {
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

func sortComments(cs []*report.Comment) {
	sort.SliceStable(cs, func(i, j int) bool {
		if !cs[i].Time.Equal(cs[j].Time) {
			return cs[i].Time.Before(cs[j].Time)
		}
		return cs[i].ID < cs[j].ID
	})
}
