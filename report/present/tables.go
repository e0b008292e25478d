package present

import (
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// tableDef is a table without its number.
type tableDef struct {
	home, source string
	t            doc.Table
}

// indicatorTable lists results with value, previous, change, target,
// status and n, every value with its unit; nil without results.
func (b *builder) indicatorTable(title string, rs []*report.Result) *doc.Table {
	if len(rs) == 0 {
		return nil
	}
	t := &doc.Table{Caption: b.tableCaption(title, "meta"), Columns: []doc.Column{{Label: b.l.T("col.indicator")},
		{Label: b.l.T("col.value"), Num: true}, {Label: b.l.T("col.previous"), Num: true},
		{Label: b.l.T("col.change"), Num: true}, {Label: b.l.T("col.target")},
		{Label: b.l.T("col.status")}, {Label: b.l.T("col.n"), Num: true}}}
	for _, r := range rs {
		label := b.indicatorLabel(r)
		note := r.Note
		if few, n := b.tooFew(r); few {
			note = n
		}
		if note != "" {
			label += " (" + note + ")"
		}
		ch := b.change(r)
		st := b.status(r.Status)
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(label), Key: r.ID}, {Value: b.resultValue(r)},
			{Value: b.previousValue(r)}, {Value: doc.Value{Raw: ch.Raw, Unit: ch.Unit, Text: changeText(ch)}, Tone: ch.Tone},
			{Value: textVal(b.target(r))}, {Value: textVal(st.Label), Status: st.Code}, {Value: b.countVal(r.N)}})
	}
	return t
}

// postsTable lists posts with their metrics; nil without posts.
func (b *builder) postsTable(title string, posts []report.PostRow) *doc.Table {
	if len(posts) == 0 {
		return nil
	}
	t := &doc.Table{Caption: b.tableCaption(title, "meta"), Columns: b.cols("col.published", "col.format",
		"col.caption", "series.views", "series.reach", "col.interactions", "col.er")}
	t.Columns[1].Num, t.Columns[2].Num = false, false
	for _, p := range posts {
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(b.published(p.Published)), Key: p.Key},
			{Value: textVal(b.typeName(string(p.Type)))}, {Value: textVal(truncate(p.Caption, 160)), Link: safeLink(p.Permalink)},
			{Value: b.val(p.Views, doc.UnitCount)}, {Value: b.val(p.Reach, doc.UnitCount)},
			{Value: b.val(p.Interactions, doc.UnitCount)}, {Value: b.val(p.ER, doc.UnitRatio)}})
	}
	return t
}

// breakdownTables are the breakdowns shown as tables only, with their home.
func (b *builder) breakdownTables() []tableDef {
	bd := &b.r.Breakdowns
	var out []tableDef
	add := func(home, source string, t *doc.Table) {
		if t != nil && len(t.Rows) > 0 {
			out = append(out, tableDef{home, source, *t})
		}
	}
	add(homeListen, "meta", b.postsTableDef(b.l.T("table.top_posts"), bd.TopPosts))
	add(homeListen, "meta", b.postsTableDef(b.l.T("table.bottom_posts"), bd.BottomPosts))
	add(homeListen, "meta", b.groupTable(b.l.T("table.er_by_category"), "col.category", bd.ERByCategory))
	add(homeListen, "meta", b.hashtagTable())
	add(homeConversion, "comments", b.countTable(b.l.T("table.comment_sentiment"), "col.sentiment", bd.CommentSentiment))
	add(homeConversion, "comments", b.countTable(b.l.T("table.comment_category"), "col.category", bd.CommentCategory))
	add(homeMonitoring, "monitoring", b.countTable(b.l.T("table.cases_by_category"), "col.category", bd.CasesByCategory))
	add(homeMonitoring, "meta", b.spikeTable())
	add(homeHowWhen, "meta", b.erVariantsTable())
	if a := bd.Audience; a != nil {
		if len(a.AgeGender) == 0 {
			add(homeAudience, "meta", b.shareTable(b.l.T("table.genders"), "col.gender", a.Genders))
		}
		add(homeAudience, "meta", b.shareTable(b.l.T("table.countries"), "col.country", a.Countries))
	}
	return out
}

// postsTableDef is postsTable without a number (numbered when placed).
func (b *builder) postsTableDef(title string, posts []report.PostRow) *doc.Table {
	saved := b.num
	t := b.postsTable(title, posts)
	b.num = saved
	return t
}

func (b *builder) groupTable(title, colKey string, gs []report.GroupStat) *doc.Table {
	if len(gs) == 0 {
		return nil
	}
	t := &doc.Table{Caption: doc.Caption{Title: title}, Columns: b.cols(colKey, "col.posts", "col.share", "col.n", "col.er")}
	for _, g := range gs {
		share := g.Share
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(g.Name)}, {Value: b.postsVal(g.Posts)},
			{Value: b.val(&share, doc.UnitRatio)}, {Value: b.postsVal(g.N)}, {Value: b.val(g.ER, doc.UnitRatio)}})
	}
	return t
}

func (b *builder) hashtagTable() *doc.Table {
	hs := b.r.Breakdowns.Hashtags
	if len(hs) == 0 {
		return nil
	}
	t := &doc.Table{Caption: doc.Caption{Title: b.l.T("table.hashtags")}, Columns: b.cols("col.hashtag", "col.posts", "col.mean_reach")}
	for _, h := range hs {
		mr := h.MeanReach
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(hashtag(h.Tag))}, {Value: b.postsVal(h.Posts)}, {Value: b.val(&mr, doc.UnitCount)}})
	}
	return t
}

// hashtag writes a tag with exactly one "#".
func hashtag(tag string) string { return "#" + strings.TrimLeft(tag, "#") }

func (b *builder) countTable(title, colKey string, cs []report.Count) *doc.Table {
	if len(cs) == 0 {
		return nil
	}
	t := &doc.Table{Caption: doc.Caption{Title: title}, Columns: b.cols(colKey, "col.count")}
	for _, c := range cs {
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(c.Name)}, {Value: b.countVal(c.Count)}})
	}
	return t
}

func (b *builder) shareTable(title, colKey string, ss []report.Share) *doc.Table {
	if len(ss) == 0 {
		return nil
	}
	t := &doc.Table{Caption: doc.Caption{Title: title}, Columns: b.cols(colKey, "col.share")}
	for _, s := range ss {
		v := s.Share
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(s.Name)}, {Value: b.val(&v, doc.UnitRatio)}})
	}
	return t
}

// homeHowWhen is the sub-component of the engagement-rate variants table.
const homeHowWhen = "engage.how_when"

// erVariantsTable sets the engagement-rate variants side by side.
func (b *builder) erVariantsTable() *doc.Table {
	vs := b.r.Breakdowns.ERVariants
	if len(vs) == 0 {
		return nil
	}
	t := &doc.Table{Caption: doc.Caption{Title: b.l.T("table.er_variants")}, Columns: b.cols("col.indicator", "col.value", "col.n")}
	for _, v := range vs {
		label := v.Label
		if r := b.r.Indicator(v.ID); r != nil {
			label = b.indicatorLabel(r)
		}
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(label), Key: v.ID}, {Value: b.val(v.Value, doc.UnitRatio)}, {Value: b.postsVal(v.N)}})
	}
	return t
}

// spikeTable lists the spike days with their value and the own posts of
// that day and the day before.
func (b *builder) spikeTable() *doc.Table {
	sd := b.r.Breakdowns.SpikeDays
	if len(sd) == 0 {
		return nil
	}
	t := &doc.Table{Caption: doc.Caption{Title: b.l.T("table.spike_days")}, Columns: b.cols("col.date", "col.series",
		"col.value", "col.spike_median", "col.spike_bound", "col.spike_posts")}
	t.Columns[1].Num, t.Columns[5].Num = false, false
	for _, s := range sd {
		v, m, bound := s.Value, s.Median, s.Bound
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(b.l.date(s.Date))}, {Value: textVal(b.l.T("series." + s.Metric))},
			{Value: b.val(&v, doc.UnitCount)}, {Value: b.val(&m, doc.UnitCount)}, {Value: b.val(&bound, doc.UnitCount)},
			{Value: textVal(b.spikePosts(s.Posts))}})
	}
	return t
}

// spikePosts describes the posts of a spike day: time, format and the start
// of the caption, one after another.
func (b *builder) spikePosts(ps []report.PostRow) string {
	if len(ps) == 0 {
		return "—"
	}
	out := ""
	for i, p := range ps {
		if i > 0 {
			out += " · "
		}
		out += b.published(p.Published) + " " + b.typeName(string(p.Type)) + ": " + truncate(p.Caption, 80)
	}
	return out
}
