package ingest

import (
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
)

// Posts presets.
const (
	PresetContentEN = "mbs-content-en"
	PresetContentID = "mbs-content-id"
	PresetGraph     = "graph-media"
	PresetApifyPost = "apify-posts"
	PresetMapped    = "mapped"
)

// postPresets names the posts presets for the no-preset message.
const postPresets = "mbs-content-en, mbs-content-id, graph-media, apify-posts"

var postAliases = []alias{
	{"post_id", []string{"post id", "id postingan", "post_id", "media_id", "id"}},
	{"account_id", []string{"account id", "id akun", "account_id", "ig_id"}},
	{"username", []string{"account username", "nama pengguna akun", "username", "account_username", "owner_username", "ownerusername"}},
	{"caption", []string{"description", "deskripsi", "caption"}},
	{"timestamp", []string{"publish time", "waktu penerbitan", "timestamp", "published_at"}},
	{"permalink", []string{"permalink", "media_permalink", "url"}},
	{"shortcode", []string{"shortcode"}},
	{"type", []string{"post type", "jenis postingan", "media_type", "type"}},
	{"product_type", []string{"producttype", "media_product_type"}},
	{"views", []string{"views", "tayangan", "videoviewcount"}},
	{"reach", []string{"reach", "jangkauan"}},
	{"likes", []string{"likes", "suka", "like_count", "likescount"}},
	{"comments", []string{"comments", "komentar", "comments_count", "commentscount"}},
	{"shares", []string{"shares", "frekuensi dibagikan"}},
	{"saves", []string{"saves", "frekuensi disimpan", "saved"}},
	{"follows", []string{"follows", "mengikuti"}},
	{"replies", []string{"replies", "balasan"}},
	{"navigation", []string{"navigation", "navigasi"}},
	{"profile_visits", []string{"profile visits", "kunjungan profil", "profile_visits"}},
	{"link_clicks", []string{"link clicks", "klik tautan", "link_clicks"}},
	{"sticker_taps", []string{"sticker taps", "ketukan stiker", "sticker_taps"}},
	{"impressions", []string{"impressions", "impresi"}},
	{"duration", []string{"duration (sec)", "durasi (detik)", "duration"}},
	{"category", []string{"category", "kategori"}},
}

var metricCols = map[string]report.Metric{
	"views": report.Views, "reach": report.Reach, "likes": report.Likes, "comments": report.Comments,
	"shares": report.Shares, "saves": report.Saves, "follows": report.Follows, "replies": report.Replies,
	"navigation": report.Navigation, "profile_visits": report.ProfileVisits, "link_clicks": report.LinkClicks,
	"sticker_taps": report.StickerTaps, "impressions": report.Impressions, "duration": report.Duration,
}

// interactionCols are the four columns of interactions(p) (SPEC §4).
var interactionCols = []string{"likes", "comments", "shares", "saves"}

// postRow is one accepted row of a posts file.
type postRow struct {
	post *report.Post
	line int
}

// postFile is a read posts file, waiting for the merge.
type postFile struct {
	c    *fileCtx
	rows []postRow
	end  report.Date // last day of its coverage (export order)
}

// Where a file's coverage comes from (FileReport.CoverageFrom).
const (
	CoverageCovers   = "covers"
	CoverageFileName = "file_name"
	CoverageRows     = "rows"
)

var reMetaName = regexp.MustCompile(`^([A-Z][a-z]{2})-(\d{2})-(\d{4})_([A-Z][a-z]{2})-(\d{2})-(\d{4})`)

// metaNameRange reads the coverage in a Meta content export's file name:
// any name that starts with Meta's MMM-DD-YYYY_MMM-DD-YYYY pair, whatever
// follows it (owners rename the suffix).
func metaNameRange(p string) (report.Range, bool) {
	m := reMetaName.FindStringSubmatch(path.Base(p))
	if m == nil {
		return report.Range{}, false
	}
	from, err1 := time.Parse("Jan-02-2006", m[1]+"-"+m[2]+"-"+m[3])
	to, err2 := time.Parse("Jan-02-2006", m[4]+"-"+m[5]+"-"+m[6])
	if err1 != nil || err2 != nil || to.Before(from) {
		return report.Range{}, false
	}
	return report.Range{From: report.NewDate(from.Date()), To: report.NewDate(to.Date())}, true
}

// postType maps a post-type cell (SPEC §3); Apify's Image, Sidecar and
// Video too (a video whose product type is "clips" is a reel).
func postType(s, permalink, product string) (report.PostType, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ig image", "gambar ig", "image":
		return report.Image, true
	case "ig carousel", "carousel ig", "carousel_album", "sidecar":
		return report.Carousel, true
	case "ig reel", "reel ig", "reels":
		return report.Reel, true
	case "video":
		if strings.Contains(permalink, "/reel/") || strings.Contains(permalink, "/reels/") || strings.EqualFold(product, "clips") {
			return report.Reel, true
		}
		return report.Video, true
	case "ig story", "cerita ig", "story":
		return report.Story, true
	}
	return "", false
}

var (
	reShortcode = regexp.MustCompile(`/(?:p|reel|reels|tv)/([A-Za-z0-9_-]+)`)
	reStory     = regexp.MustCompile(`/stories/[^/]+/(\d+)`)
)

// Identity returns a post's identity from its permalink: the shortcode, or
// "story:<id>" for stories; "" when the permalink has neither.
func Identity(permalink string) string {
	if m := reStory.FindStringSubmatch(permalink); m != nil {
		return "story:" + m[1]
	}
	if m := reShortcode.FindStringSubmatch(permalink); m != nil {
		return m[1]
	}
	return ""
}

func sameAccount(a, b string) bool {
	return strings.EqualFold(strings.TrimPrefix(strings.TrimSpace(a), "@"), strings.TrimPrefix(strings.TrimSpace(b), "@"))
}

// postReader turns the rows of one posts file into posts.
type postReader struct {
	c          *fileCtx
	cols       columns
	header     int // line of the header
	loc        *time.Location
	stats      map[int]*numStats // number shapes per metric column (first pass)
	order      dayOrder          // day/month order of the timestamps (first pass)
	fmts       map[string]numFormat
	dayFirst   bool
	hasAccount bool
	ownIDs     map[string]bool // account ids of rows whose username is the account
}

// readPosts reads one posts file in two streaming passes: the first checks
// the header and decides the columns' conventions (decimal comma, day
// order) and the account's ids over all rows, the second turns the rows
// into posts. No pass holds the file's records.
func readPosts(c *fileCtx, in *input) *postFile {
	t, ok := openStream(c, in)
	if !ok {
		return nil
	}
	var pr *postReader
	err := t.Each(func(r Record) error {
		switch {
		case r.Blank():
		case pr == nil:
			if pr = postHeader(c, t, r); pr == nil {
				return errStop
			}
			pr.header = r.Line
		default:
			pr.observe(r)
		}
		return nil
	})
	if !c.streamRead(err, pr != nil) {
		return nil
	}
	pr.decide(t)
	pf := &postFile{c: c}
	err = t.Each(func(r Record) error {
		if r.Line <= pr.header || r.Blank() || !c.dataRow(r) {
			return nil
		}
		p, st := pr.post(r)
		if st == cellRefuse {
			return errStop
		}
		if p != nil {
			c.use()
			pf.rows = append(pf.rows, postRow{post: p, line: r.Line})
		}
		return nil
	})
	if !c.streamRead(err, true) {
		return nil
	}
	pf.coverage()
	return pf
}

// postHeader checks the header of a posts file and picks its preset; nil
// refuses the file.
func postHeader(c *fileCtx, t *Text, header Record) *postReader {
	if wrappedLine(header) {
		c.errorf(header.Line, 1, "ingest.excel_wrapped")
		return nil
	}
	cols, norm, dup := mapColumns(header, c.src.Columns, postAliases)
	if foreignExport(c, header, norm, cols.has("type")) {
		return nil
	}
	if dup > 0 {
		c.errorf(header.Line, dup, "ingest.duplicate_header", header.Get(dup-1))
		return nil
	}
	pr := &postReader{c: c, cols: cols, loc: c.cfg.Loc}
	switch {
	case len(c.src.Columns) > 0:
		c.rep.Preset = PresetMapped
		if c.src.Loc != nil {
			pr.loc = c.src.Loc
		}
	case hasAll(norm, "publish time", "post type"):
		c.rep.Preset, pr.loc = PresetContentEN, c.cfg.ExportLoc
	case hasAll(norm, "waktu penerbitan", "jenis postingan"):
		c.rep.Preset, pr.loc = PresetContentID, c.cfg.ExportLoc
	case hasAll(norm, "media_type") && hasAny(norm, "timestamp", "published_at"):
		c.rep.Preset, pr.loc = PresetGraph, time.UTC
	case hasAll(norm, "shortcode", "type", "timestamp"):
		c.rep.Preset, pr.loc = PresetApifyPost, time.UTC
	default:
		noPreset(c, t.Records, header.Line, postPresets)
		return nil
	}
	if !requireColumns(c, header.Line, cols, "timestamp", "type") {
		return nil
	}
	if !cols.has("permalink") && !cols.has("post_id") && !cols.has("shortcode") {
		c.errorf(header.Line, 1, "ingest.missing_column", "permalink")
		return nil
	}
	warnMissingMetrics(c, header.Line, cols)
	pr.stats, pr.ownIDs = map[int]*numStats{}, map[string]bool{}
	for name := range metricCols {
		if i, ok := cols[name]; ok {
			pr.stats[i] = &numStats{}
		}
	}
	return pr
}

// requireColumns reports the first missing required column (false).
func requireColumns(c *fileCtx, line int, cols columns, names ...string) bool {
	for _, need := range names {
		if !cols.has(need) {
			c.errorf(line, 1, "ingest.missing_column", need)
			return false
		}
	}
	return true
}

// warnMissingMetrics gives the per-file warnings of SPEC §4: without one of
// the four interaction columns the file's posts have no interaction data,
// without reach no reach-based indicator can use them.
func warnMissingMetrics(c *fileCtx, line int, cols columns) {
	var missing []string
	for _, name := range interactionCols {
		if !cols.has(name) {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		c.warnf(line, 1, "ingest.no_interaction_columns", strings.Join(missing, ", "))
	}
	if !cols.has("reach") {
		c.warnf(line, 1, "ingest.no_reach_column")
	}
}

// observe adds one data row to what decides the conventions and the
// account's ids.
func (pr *postReader) observe(r Record) {
	cols := pr.cols
	for name := range metricCols {
		if i, ok := cols[name]; ok {
			pr.stats[i].add(r.Get(i))
		}
	}
	pr.order.add(cols.get(r, "timestamp"))
	if cols.has("account_id") && cols.has("username") && sameAccount(cols.get(r, "username"), pr.c.cfg.Account) {
		if id := cols.get(r, "account_id"); id != "" && !pr.ownIDs[id] {
			pr.ownIDs[strings.Clone(id)] = true
		}
	}
}

// decide fixes the columns' conventions after the first pass.
func (pr *postReader) decide(t *Text) {
	pr.fmts = map[string]numFormat{}
	for name := range metricCols {
		if i, ok := pr.cols[name]; ok {
			pr.fmts[name] = pr.stats[i].decide(t.Delimiter == ';')
		}
	}
	pr.dayFirst = pr.order.result(pr.c.rep.Preset == PresetMapped && pr.c.cfg.Language == "id")
	pr.hasAccount = pr.cols.has("username") || pr.cols.has("account_id")
}

// post turns one data row into a post; nil skips the row (already
// counted), cellRefuse refuses the file.
func (pr *postReader) post(r Record) (*report.Post, cell) {
	c, cols := pr.c, pr.cols
	p := &report.Post{File: c.path, Line: r.Line, Merged: 1}
	p.Permalink = strings.Clone(cols.get(r, "permalink")) // kept: must not pin the record
	if p.Permalink == "" && cols.get(r, "shortcode") != "" {
		p.Permalink = "https://www.instagram.com/p/" + cols.get(r, "shortcode") + "/"
	}
	typ, ok := postType(cols.get(r, "type"), p.Permalink, cols.get(r, "product_type"))
	if !ok {
		c.skip("unknown_post_type")
		c.warnf(r.Line, cols["type"]+1, "ingest.unknown_post_type", cols.get(r, "type"))
		return nil, cellSkip
	}
	p.Type = typ
	ts, err := parseTime(cols.get(r, "timestamp"), pr.loc, pr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cols.get(r, "timestamp"))
		return nil, cellSkip
	}
	p.Published = ts.UTC()
	if !pr.identify(r, p) {
		return nil, cellSkip
	}
	p.Caption = strings.Clone(cols.get(r, "caption"))
	p.Category = strings.Clone(cols.get(r, "category"))
	if st := pr.metrics(r, p); st != cellOK {
		return nil, st
	}
	return p, cellOK
}

// identify sets the post's identity and account; false skips the row.
func (pr *postReader) identify(r Record, p *report.Post) bool {
	c, cols := pr.c, pr.cols
	id, err := cleanID(cols.get(r, "post_id"))
	if err != nil {
		c.warnf(r.Line, cols["post_id"]+1, "ingest.scientific_id", cols.get(r, "post_id"))
	}
	p.PostID = strings.Clone(id)
	p.Key = Identity(p.Permalink)
	if p.Key == "" {
		p.Key = p.PostID
	}
	if p.Key == "" {
		c.badRow(r.Line, 1, "no_identity", "ingest.no_identity")
		return false
	}
	aid, _ := cleanID(cols.get(r, "account_id"))
	p.AccountID = strings.Clone(aid)
	p.Username = strings.Clone(cols.get(r, "username"))
	p.Own = !pr.hasAccount || sameAccount(p.Username, c.cfg.Account) || (p.AccountID != "" && pr.ownIDs[p.AccountID])
	return true
}

// metrics reads the metric cells of a row.
func (pr *postReader) metrics(r Record, p *report.Post) cell {
	for _, name := range sortedKeys(metricCols) {
		if !pr.cols.has(name) {
			continue
		}
		m := metricCols[name]
		p.Metrics.Cols |= 1 << m
		v, ok, st := pr.c.count(r.Line, pr.cols[name]+1, pr.cols.get(r, name), name, pr.fmts[name])
		if st != cellOK {
			return st
		}
		if ok {
			p.Metrics.Set(m, v)
		}
	}
	return cellOK
}

// coverage sets the file's coverage: covers: of its source, else the range
// in a Meta file name, else the range of its rows' local dates.
func (pf *postFile) coverage() {
	c := pf.c
	if c.src.Covers != nil {
		c.setCoverage(*c.src.Covers, CoverageCovers)
	} else if rg, ok := metaNameRange(c.path); ok {
		c.setCoverage(rg, CoverageFileName)
	} else if len(pf.rows) > 0 {
		rg := report.Range{From: report.DateOf(pf.rows[0].post.Published, c.cfg.Loc)}
		rg.To = rg.From
		for _, row := range pf.rows {
			d := report.DateOf(row.post.Published, c.cfg.Loc)
			rg.From, rg.To = min(rg.From, d), max(rg.To, d)
		}
		c.setCoverage(rg, CoverageRows)
	}
	if c.rep.Coverage != nil {
		pf.end = c.rep.Coverage.To
	}
}

// mergePosts merges posts from all files by identity: files in export
// order (coverage end, source order, path); the later file wins field by
// field, a blank never overwrites a value.
func mergePosts(cfg *report.Config, files []*postFile, ds *report.Dataset) {
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i], files[j]
		if a.end != b.end {
			return a.end < b.end
		}
		if a.c.rep.Source != b.c.rep.Source {
			return a.c.rep.Source < b.c.rep.Source
		}
		return a.c.path < b.c.path
	})
	byKey := map[string]*report.Post{}
	byID := map[string]*report.Post{}
	var order []*report.Post
	for _, f := range files {
		if f.c.rep.Coverage != nil {
			ds.PostsCovers = append(ds.PostsCovers, *f.c.rep.Coverage)
		}
		for _, row := range f.rows {
			p := row.post
			if p.Own && p.Type == report.Story {
				ds.HasStoryRows = true
			}
			old := byKey[p.Key]
			if old == nil && p.PostID != "" {
				old = byID[p.PostID]
			}
			if old == nil {
				p.Files = []string{f.c.path}
				byKey[p.Key] = p
				if p.PostID != "" {
					byID[p.PostID] = p
				}
				order = append(order, p)
				continue
			}
			mergeInto(old, p)
			old.Files = append(old.Files, f.c.path)
			f.c.rep.Merged++
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		if !order[i].Published.Equal(order[j].Published) {
			return order[i].Published.Before(order[j].Published)
		}
		return order[i].Key < order[j].Key
	})
	ds.Posts = order
	if len(ds.PostsCovers) > 0 {
		u := ds.PostsCovers[0]
		for _, r := range ds.PostsCovers[1:] {
			if r.From < u.From {
				u.From = r.From
			}
			if r.To > u.To {
				u.To = r.To
			}
		}
		ds.PostsCover = &u
	}
}

// mergeInto merges the later row n into p: non-blank fields of n win.
func mergeInto(p, n *report.Post) {
	setS := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	setS(&p.PostID, n.PostID)
	setS(&p.AccountID, n.AccountID)
	setS(&p.Username, n.Username)
	setS(&p.Caption, n.Caption)
	setS(&p.Permalink, n.Permalink)
	setS(&p.Category, n.Category)
	if !n.Published.IsZero() {
		p.Published = n.Published
	}
	p.Type = n.Type
	p.Own = n.Own
	for m := report.Metric(0); m < report.NumMetrics; m++ {
		if v, ok := n.Metrics.Get(m); ok {
			p.Metrics.Set(m, v)
		}
	}
	p.Metrics.Cols |= n.Metrics.Cols
	p.Merged++
	p.File, p.Line = n.File, n.Line
}

// checkNightPosts warns when more than 25 % of own posts fall between 00:00
// and 04:59 local time (a sign export_timezone is wrong).
func checkNightPosts(cfg *report.Config, ds *report.Dataset) {
	own, night := 0, 0
	for _, p := range ds.Posts {
		if !p.Own || p.Type == report.Story {
			continue
		}
		own++
		if h := p.Published.In(cfg.Loc).Hour(); h < 5 {
			night++
		}
	}
	if own >= 4 && night*4 > own {
		pos := cfg.PosOf["export_timezone"]
		ds.Problems.Add(report.Warnf(cfg.Path, pos.Line, pos.Col, "ingest.night_posts", night, own, cfg.ExportTimezone))
	}
}
