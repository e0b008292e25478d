package present

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/format"
)

// workbook decides the rows of the workbook's sheets. It runs after the
// terms are set (it labels every code through them).
func (b *builder) workbook() *doc.Workbook {
	r := b.r
	w := &doc.Workbook{Period: r.Period.ID, Days: r.Period.Days, Title: r.Meta.Title,
		Organization: r.Meta.Organization, Version: r.Meta.Version, ReportDate: dateVal(r.Meta.ReportDate)}
	w.Meta = b.wbMeta()
	w.KPIs = b.wbKPIs()
	w.Scores = b.wbScores()
	w.Indicators = make([]doc.IndicatorRow, len(r.Indicators))
	for i := range r.Indicators {
		w.Indicators[i] = b.wbIndicator(&r.Indicators[i])
	}
	w.Monthly = b.wbMonthly()
	w.Posts = make([]doc.PostRow, len(r.Posts))
	for i := range r.Posts {
		w.Posts[i] = b.wbPost(&r.Posts[i])
	}
	w.Content = b.wbContent()
	w.Daily = b.wbDaily()
	w.Audience = b.wbAudience()
	w.Comments = b.wbComments()
	w.Monitoring = b.wbMonitoring()
	w.Evidence = b.wbEvidence()
	w.Triangle = b.wbTriangulation()
	w.Informants = b.wbInformants()
	w.Quality = b.wbQuality()
	w.Method = b.wbMethodology()
	w.Formulas = b.wbFormulas()
	return w
}

// x returns the catalogue text of a workbook key ("xlsx.…").
func (b *builder) x(key string, args ...any) string { return b.l.cat.T(key, args...) }

// xOr returns the catalogue text of key, or fallback when absent.
func (b *builder) xOr(key, fallback string) string {
	if b.l.cat.Has(key) {
		return b.l.cat.T(key)
	}
	return fallback
}

// xCode returns the workbook label of code v under prefix, v itself when
// the catalogue has none, "" for "".
func (b *builder) xCode(prefix, v string) string {
	if v == "" {
		return ""
	}
	return b.xOr(prefix+v, v)
}

// wbVal is an indicator quantity as the workbook stores it (pp in points).
func (b *builder) wbVal(v *float64, unit string) doc.Value {
	out := b.val(v, unit)
	if v != nil && unit == "pp" {
		x := *v * 100
		out.Raw = &x
	}
	return out
}

// wbChange is the change of a quantity of unit: in points for rates.
func (b *builder) wbChange(c *float64, unit string) doc.Value {
	switch unit {
	case "ratio", "pp":
		if c == nil {
			return doc.Value{Unit: doc.UnitPP, Text: format.Null}
		}
		x := *c * 100
		return doc.Value{Raw: &x, Unit: doc.UnitPP, Text: format.Value(*c, "pp", b.l.lang)}
	}
	return b.val(c, unit)
}

// pctVal is a relative change (a fraction) as a doc.Value.
func (b *builder) pctVal(v *float64) doc.Value {
	if v == nil {
		return doc.Value{Unit: doc.UnitPercent, Text: format.Null}
	}
	x := *v
	return doc.Value{Raw: &x, Unit: doc.UnitPercent, Text: b.l.number(x, "pct")}
}

// ratioVal is a share as a doc.Value.
func (b *builder) ratioVal(v float64) doc.Value { return b.val(&v, doc.UnitRatio) }

// countOf is a float count as a doc.Value.
func (b *builder) countOf(v *float64) doc.Value { return b.val(v, doc.UnitCount) }

// dateVal is a date as a doc.Value (raw days since 1970-01-01, ISO text).
func dateVal(d report.Date) doc.Value {
	x := float64(d)
	return doc.Value{Raw: &x, Unit: doc.UnitDate, Text: d.String()}
}

// publishedVal reads a local publish time "2006-01-02T15:04" as a
// date-time value; a bare date is a date, anything else stays text.
func publishedVal(s string) doc.Value {
	if len(s) < 16 || s[10] != 'T' || s[13] != ':' {
		if d, err := report.ParseDate(s); err == nil {
			return dateVal(d)
		}
		return textVal(s)
	}
	d, err := report.ParseDate(s[:10])
	if err != nil {
		return textVal(s)
	}
	var h, m int
	if _, err := fmt.Sscanf(s[11:16], "%02d:%02d", &h, &m); err != nil || h > 23 || m > 59 {
		return textVal(s)
	}
	x := float64(d)*1440 + float64(h*60+m)
	return doc.Value{Raw: &x, Unit: doc.UnitDateTime, Text: strings.Replace(s[:16], "T", " ", 1)}
}

// wbPeriod describes a period: "2026-10 (2026-10-01 to 2026-10-31, 31 days)".
func (b *builder) wbPeriod(p *report.PeriodInfo) string {
	if p == nil {
		return b.x("xlsx.meta.none")
	}
	return b.x("xlsx.meta.period_range", p.ID, p.From.String(), p.To.String(), p.Days)
}

// wbMeta are the facts under the summary's title.
func (b *builder) wbMeta() []doc.Item {
	m := &b.r.Meta
	var out []doc.Item
	add := func(key string, v doc.Value) { out = append(out, doc.Item{Label: b.x(key), Value: v}) }
	if m.Account != "" {
		add("xlsx.meta.account", textVal("@"+m.Account))
	}
	add("xlsx.meta.period", textVal(b.wbPeriod(&b.r.Period)))
	add("xlsx.meta.previous", textVal(b.wbPeriod(b.r.Previous)))
	add("xlsx.meta.timezone", textVal(m.Timezone))
	add("xlsx.meta.report_date", dateVal(m.ReportDate))
	if s := m.Signatory; s != nil {
		who := s.Name
		if s.Title != "" {
			who += ", " + s.Title
		}
		add("xlsx.meta.signatory", textVal(who))
	}
	add("xlsx.meta.version", textVal("rapor "+m.Version))
	return out
}

// wbKPIs are the headline tiles of the briefing as summary rows: the
// indicators first, then the tiles that are no indicator.
func (b *builder) wbKPIs() []doc.KPI {
	var out, other []doc.KPI
	for _, t := range b.d.Briefing.Tiles {
		if res := b.r.Indicator(t.ID); res != nil {
			row := b.wbIndicator(res)
			out = append(out, doc.KPI{Label: row.Label, Value: row.Value, Previous: row.Previous,
				Change: row.Change, ChangePct: row.ChangePct, TargetMin: row.TargetMin, TargetMax: row.TargetMax,
				Status: row.Status, Indicator: true})
			continue
		}
		v := textVal(t.Value.Text)
		if t.Value.Raw != nil {
			v = b.countOf(t.Value.Raw)
		}
		other = append(other, doc.KPI{Label: t.Label, Value: v, Previous: textVal(t.Previous.Text), Status: t.Status})
	}
	return append(out, other...)
}

// wbScores are the stage scores in stage order, then the overall score.
func (b *builder) wbScores() []doc.ScoreRow {
	var out []doc.ScoreRow
	for _, st := range report.StageIDs() {
		label := b.d.Terms.Stage(st)
		v := b.r.StageScores.Get(st)
		if v == nil {
			label = b.x("xlsx.score.missing", label)
		}
		out = append(out, doc.ScoreRow{Label: label, Value: b.val(v, doc.UnitRatio)})
	}
	return append(out, doc.ScoreRow{Label: b.x("xlsx.score.overall"), Value: b.val(b.r.StageScores.Overall, doc.UnitRatio), Overall: true})
}

// wbTypeLabel localises a value label that names a post type.
func (b *builder) wbTypeLabel(s string) string {
	for _, t := range []report.PostType{report.Image, report.Carousel, report.Reel, report.Video, report.Story} {
		if s == string(t) {
			return b.d.Terms.Type(s)
		}
	}
	return s
}

// wbFormula is a result's formula text, else its framework formula.
func (b *builder) wbFormula(res *report.Result) string {
	if res.Formula != "" {
		return res.Formula
	}
	if fw := b.r.Framework; fw != nil {
		if d := fw.Indicator(res.ID); d != nil {
			return d.Formula.In(b.l.lang)
		}
	}
	return ""
}

// wbSub returns the label of a sub-component given as "stage.sub" or "sub".
func (b *builder) wbSub(stage, sub string) string {
	code := sub
	if !strings.Contains(sub, ".") {
		code = stage + "." + sub
	}
	if l := b.d.Terms.Sub(code); l != code {
		return l
	}
	return sub
}

// wbIndicator is one indicator's row.
func (b *builder) wbIndicator(res *report.Result) doc.IndicatorRow {
	var tmin, tmax *float64
	if res.Target != nil {
		tmin, tmax = res.Target.Min, res.Target.Max
	}
	v := b.wbVal(res.Value, res.Unit)
	v.Label = b.wbTypeLabel(res.ValueLabel)
	p := b.wbVal(res.Previous, res.Unit)
	p.Label = b.wbTypeLabel(res.PreviousLabel)
	t := b.d.Terms
	return doc.IndicatorRow{
		ID: res.ID, Stage: t.Stage(res.Stage), Subcomponent: b.wbSub(res.Stage, res.Subcomponent),
		Label: b.indicatorLabel(res), Value: v, Previous: p,
		Change: b.wbChange(res.Change, res.Unit), ChangePct: b.pctVal(res.ChangePct),
		TargetMin: b.wbVal(tmin, res.Unit), TargetMax: b.wbVal(tmax, res.Unit),
		Status: doc.Status{Code: res.Status, Label: t.Status(res.Status)},
		N:      res.N, PreviousN: res.PreviousN,
		Reason: t.Reason(res.Reason), PreviousReason: t.Reason(res.PreviousReason),
		UnitName: t.Unit(res.Unit), Direction: b.xCode("xlsx.dir.", res.Direction), Note: res.Note,
		Formula: b.wbFormula(res),
	}
}

// wbMonthly is every indicator month by month.
func (b *builder) wbMonthly() doc.Monthly {
	var m doc.Monthly
	if len(b.r.Monthly) == 0 {
		return m
	}
	idx := make([]map[string]*report.Result, len(b.r.Monthly))
	for i := range b.r.Monthly {
		m.Months = append(m.Months, b.r.Monthly[i].Period.ID)
		idx[i] = map[string]*report.Result{}
		for j := range b.r.Monthly[i].Indicators {
			res := &b.r.Monthly[i].Indicators[j]
			idx[i][res.ID] = res
		}
	}
	for k := range b.r.Indicators {
		res := &b.r.Indicators[k]
		row := doc.MonthlyRow{ID: res.ID, Label: b.indicatorLabel(res), UnitName: b.d.Terms.Unit(res.Unit)}
		for i := range b.r.Monthly {
			var v *float64
			if x := idx[i][res.ID]; x != nil {
				v = x.Value
			}
			row.Values = append(row.Values, b.wbVal(v, res.Unit))
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// wbPost is one post's row.
func (b *builder) wbPost(p *report.PostRow) doc.PostRow {
	return doc.PostRow{Published: publishedVal(p.Published), Type: b.d.Terms.Type(string(p.Type)),
		Category: p.Category, Caption: p.Caption, Views: b.countOf(p.Views), Reach: b.countOf(p.Reach),
		Likes: b.countOf(p.Likes), Comments: b.countOf(p.Comments), Shares: b.countOf(p.Shares),
		Saves: b.countOf(p.Saves), Interactions: b.countOf(p.Interactions), ER: b.val(p.ER, doc.UnitRatio),
		Permalink: p.Permalink, Key: p.Key}
}

// wbContent are the content breakdowns.
func (b *builder) wbContent() doc.Content {
	bd := &b.r.Breakdowns
	groups := func(gs []report.GroupStat, name func(string) string) []doc.Group {
		var out []doc.Group
		for _, s := range gs {
			out = append(out, doc.Group{Name: name(s.Name), Posts: s.Posts, Share: b.ratioVal(s.Share),
				N: s.N, ER: b.val(s.ER, doc.UnitRatio)})
		}
		return out
	}
	asIs := func(s string) string { return s }
	c := doc.Content{FormatMix: groups(bd.FormatMix, b.d.Terms.Type), ERByFormat: groups(bd.ERByFormat, b.d.Terms.Type),
		ERByCategory: groups(bd.ERByCategory, asIs), Heatmap: b.wbHeatmap()}
	for _, h := range bd.Hashtags {
		mr := h.MeanReach
		c.Hashtags = append(c.Hashtags, doc.Hashtag{Tag: h.Tag, Posts: h.Posts, MeanReach: b.countOf(&mr)})
	}
	for i := range bd.TopPosts {
		c.TopPosts = append(c.TopPosts, b.wbPost(&bd.TopPosts[i]))
	}
	for i := range bd.BottomPosts {
		c.BottomPosts = append(c.BottomPosts, b.wbPost(&bd.BottomPosts[i]))
	}
	return c
}

// wbHeatmap is the mean per-post ER by hour × weekday, empty without data.
func (b *builder) wbHeatmap() []doc.HeatRow {
	cells := b.r.Breakdowns.Heatmap
	if len(cells) == 0 {
		return nil
	}
	var grid [24][7]*float64
	for _, c := range cells {
		if c.Hour >= 0 && c.Hour < 24 && c.Weekday >= 0 && c.Weekday < 7 && c.Posts > 0 {
			v := c.MeanER
			grid[c.Hour][c.Weekday] = &v
		}
	}
	rows := make([]doc.HeatRow, 24)
	for h := range rows {
		rows[h].Hour = fmt.Sprintf("%02d", h)
		for d := 0; d < 7; d++ {
			rows[h].Values = append(rows[h].Values, b.val(grid[h][d], doc.UnitRatio))
		}
	}
	return rows
}

// wbDailySeries is one value column of the daily sheet with its values.
type wbDailySeries struct {
	col    doc.DailyColumn
	values map[report.Date]float64
}

// wbDaily is the daily sheet: the four daily metrics in order, the
// follower trend, posts per day, then any other series by name; events and
// spike days in a last column.
func (b *builder) wbDaily() doc.Daily {
	cols := b.wbDailySeries()
	dates := map[report.Date]bool{}
	for _, c := range cols {
		for d := range c.values {
			dates[d] = true
		}
	}
	events := map[report.Date][]string{}
	for _, e := range b.r.Meta.Events {
		if e.Date >= b.r.Period.From && e.Date <= b.r.Period.To {
			events[e.Date] = append(events[e.Date], e.Label)
			dates[e.Date] = true
		}
	}
	for _, s := range b.r.Breakdowns.SpikeDays { // manage.spike_days
		events[s.Date] = append(events[s.Date], b.x("xlsx.spike", b.xOr("xlsx.col."+s.Metric, s.Metric)))
		dates[s.Date] = true
	}
	order := make([]report.Date, 0, len(dates))
	for d := range dates {
		order = append(order, d)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	out := doc.Daily{HasEvents: len(events) > 0}
	for _, c := range cols {
		out.Columns = append(out.Columns, c.col)
	}
	for _, d := range order {
		row := doc.DailyRow{Date: dateVal(d), Events: strings.Join(events[d], "; ")}
		for _, c := range cols {
			if v, ok := c.values[d]; ok {
				row.Values = append(row.Values, b.val(&v, doc.UnitCount))
			} else {
				row.Values = append(row.Values, doc.Value{})
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// wbDailySeries returns the daily value columns that have data.
func (b *builder) wbDailySeries() []wbDailySeries {
	bd := &b.r.Breakdowns
	var cols []wbDailySeries
	add := func(key, header string, pts []report.DayValue) {
		if len(pts) == 0 {
			return
		}
		m := make(map[report.Date]float64, len(pts))
		for _, p := range pts {
			if finiteNum(p.Value) {
				m[p.Date] = p.Value
			}
		}
		cols = append(cols, wbDailySeries{col: doc.DailyColumn{Key: key, Header: header}, values: m})
	}
	known := []string{report.SeriesReach, report.SeriesViews, report.SeriesFollows, report.SeriesProfileVisits}
	for _, k := range known {
		add(k, b.xOr("xlsx.col."+k, k), bd.Daily[k])
	}
	add("followers", b.x("xlsx.col.followers"), bd.FollowerTrend)
	add("posts", b.x("xlsx.col.posts"), bd.PostsPerDay)
	for _, k := range keysOutside(bd.Daily, known) {
		add(k, b.xOr("xlsx.col."+k, k), bd.Daily[k])
	}
	return cols
}

// finiteNum reports whether v is a finite number.
func finiteNum(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// wbAudience is the audience snapshot, nil without one.
func (b *builder) wbAudience() *doc.AudienceData {
	a := b.r.Breakdowns.Audience
	if a == nil {
		return nil
	}
	shares := func(ss []report.Share) []doc.Share {
		var out []doc.Share
		for _, s := range ss {
			out = append(out, doc.Share{Name: s.Name, Share: b.ratioVal(s.Share)})
		}
		return out
	}
	out := &doc.AudienceData{File: a.File, Followers: b.countOf(a.Followers), Ages: shares(a.Ages),
		Genders: shares(a.Genders), Cities: shares(a.Cities), Countries: shares(a.Countries)}
	for _, x := range a.AgeGender {
		out.AgeGender = append(out.AgeGender, doc.AgeShare{Age: x.Age, Women: b.val(x.Women, doc.UnitRatio),
			Men: b.val(x.Men, doc.UnitRatio)})
	}
	return out
}

// wbKeyFigures are "indicator | value | n" rows for the ids present.
func (b *builder) wbKeyFigures(ids ...string) []doc.KeyFigure {
	var out []doc.KeyFigure
	for _, id := range ids {
		res := b.r.Indicator(id)
		if res == nil {
			continue
		}
		out = append(out, doc.KeyFigure{Label: b.indicatorLabel(res), Value: b.wbVal(res.Value, res.Unit), N: res.N})
	}
	return out
}

// wbCounts are named counts.
func wbCounts(cs []report.Count) []doc.Count {
	var out []doc.Count
	for _, c := range cs {
		out = append(out, doc.Count{Name: c.Name, Count: c.Count})
	}
	return out
}

// wbComments are the comment aggregates and the most-commented posts.
func (b *builder) wbComments() doc.Comments {
	bd := &b.r.Breakdowns
	return doc.Comments{
		KeyFigures: b.wbKeyFigures("manage.comments", "manage.response_rate", "manage.median_response_hours",
			"manage.p90_response_hours", "manage.replied_within_24h", "manage.replied_within_1h",
			"optimize.conversation_rate"),
		ResponseTimes: wbCounts(bd.ResponseTimes), Sentiment: wbCounts(bd.CommentSentiment),
		Category: wbCounts(bd.CommentCategory), MostCommented: b.mostCommented(10),
	}
}

// mostCommented returns up to n posts with the most comments (ties keep
// publish order).
func (b *builder) mostCommented(n int) []doc.PostRow {
	posts := b.r.Posts
	var idx []int
	for i := range posts {
		if c := posts[i].Comments; c != nil && *c > 0 {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(i, j int) bool { return *posts[idx[i]].Comments > *posts[idx[j]].Comments })
	if len(idx) > n {
		idx = idx[:n]
	}
	var out []doc.PostRow
	for _, i := range idx {
		out = append(out, b.wbPost(&posts[i]))
	}
	return out
}

// wbMonitoring are the monitoring figures, cases with shares and spike days.
func (b *builder) wbMonitoring() doc.Monitoring {
	m := doc.Monitoring{KeyFigures: b.wbKeyFigures("manage.cases", "manage.cases_resolved",
		"manage.median_clarify_hours", "manage.spike_days")}
	cases := b.r.Breakdowns.CasesByCategory
	total := 0
	for _, c := range cases {
		total += c.Count
	}
	for _, c := range cases {
		row := doc.CaseRow{Name: c.Name, Count: c.Count}
		if total > 0 {
			row.Share = b.ratioVal(float64(c.Count) / float64(total))
		}
		m.Cases = append(m.Cases, row)
	}
	for _, s := range b.r.Breakdowns.SpikeDays {
		var posts []string
		for _, p := range s.Posts {
			c := []rune(p.Caption)
			if len(c) > 60 {
				c = append(c[:60], '…')
			}
			posts = append(posts, strings.Replace(p.Published, "T", " ", 1)+" "+b.d.Terms.Type(string(p.Type))+": "+string(c))
		}
		v, bound := s.Value, s.Bound
		m.Spikes = append(m.Spikes, doc.SpikeRow{Date: dateVal(s.Date), Series: b.xOr("xlsx.col."+s.Metric, s.Metric),
			Value: b.countOf(&v), Bound: b.countOf(&bound), Posts: strings.Join(posts, " · ")})
	}
	return m
}

// wbEvidence is every coded segment of the notes, one row each.
func (b *builder) wbEvidence() []doc.EvidenceRow {
	var out []doc.EvidenceRow
	for _, ev := range b.r.Evidence {
		for _, group := range [][]report.Quote{ev.Interviews, ev.Observations, ev.Documents} {
			for _, q := range group {
				row := doc.EvidenceRow{Code: ev.Code, Stage: b.d.Terms.Stage(ev.Stage),
					Subcomponent: b.wbSub(ev.Stage, ev.Code), Kind: b.xCode("xlsx.notekind.", q.Kind),
					NoteID: q.NoteID, Who: q.Who, Role: q.Role, Time: q.Time, Setting: q.Setting,
					Assessment: b.xCode("xlsx.assess.", q.Assessment), Text: q.Text}
				if q.Date != 0 {
					row.Date = dateVal(q.Date)
				}
				out = append(out, row)
			}
		}
	}
	return out
}

// verdictKeys are the assessments shown as columns of the triangulation.
var verdictKeys = []string{"optimal", "belum_optimal", "tidak_ada"}

// wbTriangulation is the triangulation matrix.
func (b *builder) wbTriangulation() doc.Triangulation {
	var t doc.Triangulation
	for _, k := range verdictKeys {
		t.Verdicts = append(t.Verdicts, b.x("xlsx.assess."+k))
	}
	freq := map[string]int{}
	for _, c := range b.r.CodeFreq {
		freq[c.Name] += c.Count
	}
	for _, tr := range b.r.Triangulation {
		labels := make([]string, len(tr.Indicators)) // labels, never ids
		for i, id := range tr.Indicators {
			labels[i] = b.d.Terms.Indicator(id)
		}
		row := doc.TriangulateRow{Code: tr.Code, Stage: b.d.Terms.Stage(tr.Stage), Subcomponent: b.wbSub(tr.Stage, tr.Code),
			Met: tr.Met, WithTarget: tr.WithTarget, Indicators: strings.Join(labels, ", "),
			Interviews: tr.Interviews, Observations: tr.Observations, Documents: tr.Documents, Coded: freq[tr.Code],
			Other: otherVerdicts(tr.Verdicts), Verdict: b.xCode("xlsx.assess.", tr.Verdict)}
		for _, k := range verdictKeys {
			row.Verdicts = append(row.Verdicts, tr.Verdicts[k])
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// otherVerdicts lists assessment counts outside verdictKeys, "key: n" sorted.
func otherVerdicts(v map[string]int) string {
	keys := keysOutside(v, verdictKeys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s: %d", k, v[k])
	}
	return strings.Join(parts, "; ")
}

// wbInformants is the codes × informants table (segments per code and
// informant pseudonym), codes and informants in order of first appearance;
// nil without coded informants.
func (b *builder) wbInformants() *doc.CodeInformants {
	if len(b.r.CodeInformants) == 0 {
		return nil
	}
	out := &doc.CodeInformants{}
	ci, pi := map[string]int{}, map[string]int{}
	for _, c := range b.r.CodeInformants {
		if _, ok := ci[c.Code]; !ok {
			ci[c.Code] = len(out.Rows)
			out.Rows = append(out.Rows, doc.InformantRow{Code: c.Code})
		}
		if _, ok := pi[c.Informant]; !ok {
			pi[c.Informant] = len(out.People)
			out.People = append(out.People, c.Informant)
		}
	}
	for i := range out.Rows {
		out.Rows[i].Counts = make([]int, len(out.People))
	}
	for _, c := range b.r.CodeInformants {
		out.Rows[ci[c.Code]].Counts[pi[c.Informant]] += c.Count
	}
	return out
}

// wbQuality is the data-quality record of every input file.
func (b *builder) wbQuality() doc.Quality {
	var q doc.Quality
	reasonSet := map[string]bool{}
	for _, fr := range b.r.DataQuality {
		if fr == nil {
			continue
		}
		for k := range fr.Skipped {
			reasonSet[k] = true
		}
	}
	reasons := make([]string, 0, len(reasonSet))
	for k := range reasonSet {
		reasons = append(reasons, k)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		q.Reasons = append(q.Reasons, b.x("xlsx.col.skipped_reason", r))
	}
	for _, fr := range b.r.DataQuality {
		if fr == nil {
			continue
		}
		row := doc.QualityRow{Path: fr.Path, Kind: b.d.Terms.Kind(fr.Kind), Preset: fr.Preset, Encoding: fr.Encoding,
			Delimiter: fr.Delimiter, RowsRead: fr.RowsRead, RowsUsed: fr.RowsUsed, Skipped: fr.SkippedTotal(),
			Warnings: strings.Join(fr.Warnings, "\n"), Size: int(fr.Size), SHA256: fr.SHA256}
		if fr.Delimiter == "\t" {
			row.Delimiter = b.x("xlsx.delim.tab")
		}
		if fr.Coverage != nil {
			row.From, row.To = dateVal(fr.Coverage.From), dateVal(fr.Coverage.To)
		}
		for _, r := range reasons {
			row.ByReason = append(row.ByReason, fr.Skipped[r])
		}
		q.Files = append(q.Files, row)
	}
	return q
}

// wbMethodology is the methodology as labelled texts: framework, period,
// time zones, ER, number conventions, limitations, privacy, settings, tool.
func (b *builder) wbMethodology() doc.Methodology {
	r := b.r
	var items []doc.Fact
	add := func(key, text string) { items = append(items, doc.Fact{Label: b.x(key), Text: text}) }
	if fw := r.Framework; fw != nil {
		// a name readers know, not the framework's id ("luttrell (1)")
		name := fw.Name
		if fw.Name == "luttrell" {
			name = b.x("xlsx.method.framework_luttrell", fw.Version)
		} else if fw.Version != "" {
			name += " (" + fw.Version + ")"
		}
		add("xlsx.method.framework", name)
		if fw.Citation != "" {
			add("xlsx.method.citation", fw.Citation)
		}
	}
	add("xlsx.method.period", b.wbPeriod(&r.Period))
	add("xlsx.method.previous", b.wbPeriod(r.Previous))
	add("xlsx.method.timezone", r.Meta.Timezone)
	add("xlsx.method.export_timezone", r.Meta.ExportTZ)
	add("xlsx.method.er", b.x("xlsx.method.er_text"))
	add("xlsx.method.numbers", b.x("xlsx.method.numbers_text"))
	add("xlsx.method.limits", b.x("xlsx.method.limits_reach"))
	add("xlsx.method.limits", b.x("xlsx.method.limits_lifetime"))
	yes := b.x("xlsx.no")
	if r.Meta.Pseudonymize {
		yes = b.x("xlsx.yes")
	}
	add("xlsx.method.privacy", b.x("xlsx.method.privacy_text", yes, r.Meta.Redactions))
	for _, n := range r.MethodNotes {
		add("xlsx.method.settings", n)
	}
	add("xlsx.method.tool", "rapor "+r.Meta.Version)
	return doc.Methodology{Items: items}
}

// wbFormulas is one row per framework indicator (or, without a framework,
// per computed indicator): id, formula, label, sub-component, unit,
// direction.
func (b *builder) wbFormulas() []doc.FormulaRow {
	var out []doc.FormulaRow
	t := b.d.Terms
	if fw := b.r.Framework; fw != nil && len(fw.Indicators) > 0 {
		for _, d := range fw.Indicators {
			st := report.StageOf(d.Subcomponent)
			out = append(out, doc.FormulaRow{ID: d.ID, Formula: d.Formula.In(b.l.lang), Label: d.Label.In(b.l.lang),
				Subcomponent: b.wbSub(st, d.Subcomponent), UnitName: t.Unit(d.Unit), Direction: b.xCode("xlsx.dir.", d.Direction)})
		}
		return out
	}
	for i := range b.r.Indicators {
		res := &b.r.Indicators[i]
		out = append(out, doc.FormulaRow{ID: res.ID, Formula: strings.TrimSpace(b.wbFormula(res)),
			Label: b.indicatorLabel(res), Subcomponent: b.wbSub(res.Stage, res.Subcomponent),
			UnitName: t.Unit(res.Unit), Direction: b.xCode("xlsx.dir.", res.Direction)})
	}
	return out
}

// keysOutside returns the keys of m that are not in known, sorted.
func keysOutside[V any](m map[string]V, known []string) []string {
	var keys []string
	for k := range m {
		if !slices.Contains(known, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
