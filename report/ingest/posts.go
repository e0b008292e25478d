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
	PresetMapped    = "mapped"
)

var postAliases = []alias{
	{"post_id", []string{"post id", "id postingan", "post_id", "media_id", "id"}},
	{"account_id", []string{"account id", "id akun", "account_id", "ig_id"}},
	{"username", []string{"account username", "nama pengguna akun", "username", "account_username", "owner_username"}},
	{"caption", []string{"description", "deskripsi", "caption"}},
	{"timestamp", []string{"publish time", "waktu penerbitan", "timestamp", "published_at"}},
	{"permalink", []string{"permalink", "media_permalink"}},
	{"type", []string{"post type", "jenis postingan", "media_type"}},
	{"views", []string{"views", "tayangan"}},
	{"reach", []string{"reach", "jangkauan"}},
	{"likes", []string{"likes", "suka", "like_count"}},
	{"comments", []string{"comments", "komentar", "comments_count"}},
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

var reMetaName = regexp.MustCompile(`^([A-Z][a-z]{2})-(\d{2})-(\d{4})_([A-Z][a-z]{2})-(\d{2})-(\d{4})_\d+`)

// metaNameRange reads the coverage in a Meta content export's file name.
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

var facebookHeaders = []string{"page id", "page name", "id halaman", "nama halaman", "is crosspost", "reactions, comments and shares"}
var tiktokHeaders = []string{"video link", "total likes", "video views", "tautan video"}

// postType maps a post-type cell (SPEC §3).
func postType(s, permalink string) (report.PostType, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ig image", "gambar ig", "image":
		return report.Image, true
	case "ig carousel", "carousel ig", "carousel_album":
		return report.Carousel, true
	case "ig reel", "reel ig", "reels":
		return report.Reel, true
	case "video":
		if strings.Contains(permalink, "/reel/") || strings.Contains(permalink, "/reels/") {
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

// readPosts reads one posts file.
func readPosts(c *fileCtx, in *input) *postFile {
	t, hi, ok := openTable(c, in)
	if !ok {
		return nil
	}
	header := t.Records[hi]
	if wrappedLine(header) {
		c.errorf(header.Line, 1, "ingest.excel_wrapped")
		return nil
	}
	cols, norm, dup := mapColumns(header, c.src.Columns, postAliases)
	switch {
	case hasAny(norm, facebookHeaders...):
		c.errorf(header.Line, 1, "ingest.facebook_export")
		return nil
	case hasAny(norm, tiktokHeaders...) && !cols.has("type"):
		c.errorf(header.Line, 1, "ingest.tiktok_export")
		return nil
	}
	if dup > 0 {
		c.errorf(header.Line, dup, "ingest.duplicate_header", header.Get(dup-1))
		return nil
	}
	loc := c.cfg.Loc
	switch {
	case len(c.src.Columns) > 0:
		c.rep.Preset = PresetMapped
	case hasAll(norm, "publish time", "post type"):
		c.rep.Preset = PresetContentEN
		loc = c.cfg.ExportLoc
	case hasAll(norm, "waktu penerbitan", "jenis postingan"):
		c.rep.Preset = PresetContentID
		loc = c.cfg.ExportLoc
	case hasAll(norm, "media_type") && (hasAny(norm, "timestamp", "published_at")):
		c.rep.Preset = PresetGraph
		loc = time.UTC
	default:
		noPreset(c, t.Records, header.Line, "mbs-content-en, mbs-content-id, graph-media")
		return nil
	}
	if c.src.Loc != nil && c.rep.Preset == PresetMapped {
		loc = c.src.Loc
	}
	for _, need := range []string{"timestamp", "type"} {
		if !cols.has(need) {
			c.errorf(header.Line, 1, "ingest.missing_column", need)
			return nil
		}
	}
	if !cols.has("permalink") && !cols.has("post_id") {
		c.errorf(header.Line, 1, "ingest.missing_column", "permalink")
		return nil
	}
	data := t.Records[hi+1:]
	fmts := columnFormats(t, data, cols)
	dayFirst := decideDayFirst(columnCells(data, cols, "timestamp"), c.rep.Preset == PresetMapped && c.cfg.Language == "id")
	hasAccount := cols.has("username") || cols.has("account_id")

	// own account ids: the ids of rows whose username is the account
	ownIDs := map[string]bool{}
	if cols.has("account_id") && cols.has("username") {
		for _, r := range data {
			if sameAccount(cols.get(r, "username"), c.cfg.Account) {
				if id := cols.get(r, "account_id"); id != "" {
					ownIDs[id] = true
				}
			}
		}
	}
	pf := &postFile{c: c}
	var lo, hi2 report.Date
	for _, r := range data {
		if r.Blank() {
			continue
		}
		c.read()
		p := &report.Post{File: c.path, Line: r.Line}
		p.Permalink = cols.get(r, "permalink")
		typ, ok := postType(cols.get(r, "type"), p.Permalink)
		if !ok {
			c.skip("unknown_post_type")
			c.warnf(r.Line, cols["type"]+1, "ingest.unknown_post_type", cols.get(r, "type"))
			continue
		}
		p.Type = typ
		ts, err := parseTime(cols.get(r, "timestamp"), loc, dayFirst)
		if err != nil {
			c.badRow(r.Line, cols["timestamp"]+1, "bad_date", "ingest.bad_time", cols.get(r, "timestamp"))
			continue
		}
		p.Published = ts.UTC()
		id, err := cleanID(cols.get(r, "post_id"))
		if err != nil {
			c.warnf(r.Line, cols["post_id"]+1, "ingest.scientific_id", cols.get(r, "post_id"))
		}
		p.PostID = id
		p.Key = Identity(p.Permalink)
		if p.Key == "" {
			p.Key = id
		}
		if p.Key == "" {
			c.badRow(r.Line, 1, "no_identity", "ingest.no_identity")
			continue
		}
		p.AccountID, _ = cleanID(cols.get(r, "account_id"))
		p.Username = cols.get(r, "username")
		p.Own = !hasAccount || sameAccount(p.Username, c.cfg.Account) || (p.AccountID != "" && ownIDs[p.AccountID])
		p.Caption = cols.get(r, "caption")
		p.Category = cols.get(r, "category")
		bad := false
		for name, m := range metricCols {
			if !cols.has(name) {
				continue
			}
			p.Metrics.Cols |= 1 << m
		}
		for _, name := range sortedKeys(metricCols) {
			if !cols.has(name) {
				continue
			}
			m := metricCols[name]
			v, ok, err := parseCount(cols.get(r, name), fmts[name])
			if err == errExcelMonth {
				c.errorf(r.Line, cols[name]+1, "ingest.excel_month", cols.get(r, name))
				return nil
			}
			if err != nil {
				reason := "bad_number"
				if err == errNegative {
					reason = "negative_number"
				}
				c.badRow(r.Line, cols[name]+1, reason, "ingest.bad_number", cols.get(r, name), name)
				bad = true
				break
			}
			if ok {
				p.Metrics.Set(m, v)
			}
		}
		if bad {
			continue
		}
		p.Merged = 1
		c.use()
		pf.rows = append(pf.rows, postRow{post: p, line: r.Line})
		d := report.DateOf(p.Published, c.cfg.Loc)
		if lo == 0 && hi2 == 0 || d < lo {
			lo = d
		}
		if d > hi2 {
			hi2 = d
		}
	}
	if rg, ok := metaNameRange(c.path); ok {
		c.rep.Coverage = &rg
	} else if len(pf.rows) > 0 {
		c.rep.Coverage = &report.Range{From: lo, To: hi2}
	}
	if c.rep.Coverage != nil {
		pf.end = c.rep.Coverage.To
	}
	return pf
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
