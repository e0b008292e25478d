package present

import (
	"regexp"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// headline are the indicators of the headline tiles (SPEC §9), in order;
// views is not an indicator and is inserted second.
var headline = []string{"engage.followers_end", "engage.daily_reach_mean", "share.posts",
	"engage.er_reach", "manage.response_rate", "manage.median_response_hours"}

// briefing builds the first screen: verdict, tiles, scores, radar,
// findings, top posts and the narratives that belong to no stage.
func (b *builder) briefing() doc.Briefing {
	var br doc.Briefing
	br.Overall, br.Stages = b.scores()
	br.Verdict = b.verdict(br.Overall)
	br.Tiles = b.tiles()
	br.Radar = b.radar(br.Stages)
	br.Findings = b.r.Findings
	br.TopPosts = b.topPosts()
	for _, n := range b.r.Narratives {
		if n.Stage == "" || !b.stageKnown(n.Stage) {
			br.Narratives = append(br.Narratives, b.narrative(n))
		}
		if n.Stage == report.StageRecommendations {
			br.Recommendations = append(br.Recommendations, doc.Narrative{Path: n.Path, Markdown: n.Markdown})
		}
	}
	return br
}

func (b *builder) stageKnown(id string) bool {
	for _, s := range b.stages {
		if s.ID == id {
			return true
		}
	}
	return false
}

// tiles are the headline tiles, always shown, then every other indicator
// that has a target.
func (b *builder) tiles() []doc.Tile {
	var out []doc.Tile
	shown := map[string]bool{}
	for i, id := range headline {
		if i == 1 {
			out = append(out, b.viewsTile())
		}
		shown[id] = true
		r := b.r.Indicator(id)
		if r == nil {
			out = append(out, doc.Tile{ID: id, Label: b.l.opt("tile."+id, id),
				Value:  doc.Value{Text: b.l.T("tile.missing"), Reason: b.l.T("tile.missing")},
				Status: b.status(report.StatusNoData)})
			continue
		}
		t := b.tile(r)
		switch id {
		case "engage.followers_end":
			t.Label = b.l.T("tile.followers")
			t.Extra = b.followersNet()
		case "share.posts":
			if q := b.r.Indicator("share.posts_per_week"); q != nil && q.Value != nil {
				v := b.val(q.Value, q.Unit)
				t.Extra = &v
			}
		}
		out = append(out, t)
	}
	for i := range b.r.Indicators {
		r := &b.r.Indicators[i]
		if r.Target != nil && !shown[r.ID] {
			out = append(out, b.tile(r))
		}
	}
	return out
}

// tile is the card of one indicator.
func (b *builder) tile(r *report.Result) doc.Tile {
	t := doc.Tile{ID: r.ID, Label: b.indicatorLabel(r), Value: b.resultValue(r), Previous: b.previousValue(r),
		Change: b.change(r), Target: b.target(r), Gap: b.gapText(r), Status: b.status(r.Status), Note: r.Note}
	if few, note := b.tooFew(r); few {
		t.Note = note
	}
	return t
}

// viewsTile is Σ daily views over the period and the comparison period
// (Breakdowns.SeriesTotals), shown like a count indicator: previous value
// and change in %; a period the daily views do not wholly cover has no
// value, and the tile says why.
func (b *builder) viewsTile() doc.Tile {
	r := &report.Result{ID: "views", Unit: doc.UnitCount, Direction: "higher", Status: report.StatusNoTarget,
		Reason: report.ReasonNoData, PreviousReason: report.ReasonNoData}
	for _, t := range b.r.Breakdowns.SeriesTotals {
		if t.Metric != report.SeriesViews {
			continue
		}
		r.Value, r.Previous = t.Value, t.Previous
		if t.Value == nil {
			r.Reason = report.ReasonNoCoverage
		}
		if t.Previous == nil && b.r.Previous != nil {
			r.PreviousReason = report.ReasonNoCoverage
		}
	}
	if b.r.Previous == nil {
		r.PreviousReason = report.ReasonNoCompare
	}
	if r.Value != nil && r.Previous != nil {
		d := *r.Value - *r.Previous
		r.Change = &d
		if *r.Previous != 0 {
			pct := d / *r.Previous
			r.ChangePct = &pct
		}
	}
	if r.Value == nil {
		r.Status = report.StatusNoData
	}
	t := b.tile(r)
	t.Label = b.l.T("tile.views")
	return t
}

// followersNet is the net change of followers over the period: the
// engage.followers_net indicator when the framework has it, else the last
// minus the first value of the follower trend.
func (b *builder) followersNet() *doc.Value {
	var net *float64
	if r := b.r.Indicator("engage.followers_net"); r != nil && r.Value != nil {
		net = r.Value
	} else if ft := b.r.Breakdowns.FollowerTrend; len(ft) >= 2 {
		d := ft[len(ft)-1].Value - ft[0].Value
		net = &d
	}
	if net == nil {
		return nil
	}
	v := b.val(net, doc.UnitCount)
	v.Text = b.l.T("tile.followers_net", signed(v.Text))
	return &v
}

// scores are the overall and stage scores: targets met ÷ targets with data.
func (b *builder) scores() (doc.Score, []doc.Score) {
	met, with := map[string]int{}, map[string]int{}
	for _, r := range b.r.Indicators {
		if r.Target == nil || r.Value == nil || r.Status == report.StatusNoTarget {
			continue
		}
		with[r.Stage]++
		with[""]++
		if r.Status == report.StatusMet {
			met[r.Stage]++
			met[""]++
		}
	}
	overall := b.score("overall", b.l.T("score.overall_label"), b.r.StageScores.Overall, met[""], with[""])
	var stages []doc.Score
	for _, s := range b.stages {
		stages = append(stages, b.score(s.ID, s.Label, b.r.StageScores.Get(s.ID), met[s.ID], with[s.ID]))
	}
	return overall, stages
}

func (b *builder) score(id, label string, v *float64, met, with int) doc.Score {
	s := doc.Score{Stage: id, Label: label, Met: met, WithData: with, Value: b.val(v, doc.UnitScore)}
	if v == nil || with == 0 {
		s.Value.Reason = b.l.T("score.none_formula")
		s.Value.Text = b.l.T("score.none_short")
		s.Formula = s.Value.Reason
		return s
	}
	s.Formula = b.l.T("score.formula", met, with, met, with, s.Value.Text)
	return s
}

// verdict is the one-sentence verdict of the briefing.
func (b *builder) verdict(o doc.Score) string {
	p := b.periodText(b.r.Period)
	if o.WithData == 0 {
		return b.l.T("verdict.none", p)
	}
	return b.l.T("verdict.sentence", o.Met, o.WithData, p)
}

// radar is the stage-score radar; a stage without a score is labelled.
func (b *builder) radar(stages []doc.Score) *doc.Figure {
	any := false
	f := &doc.Figure{Kind: doc.FigureRadar, Unit: doc.UnitScore}
	s := doc.Series{Name: b.l.T("col.score")}
	t := doc.Table{Columns: []doc.Column{{Label: b.l.T("col.stage")}, {Label: b.l.T("col.score"), Num: true}}}
	for _, sc := range stages {
		f.Categories = append(f.Categories, sc.Label)
		s.Values = append(s.Values, sc.Value)
		any = any || sc.Value.Raw != nil
		t.Rows = append(t.Rows, []doc.Cell{{Value: textVal(sc.Label)}, {Value: sc.Value}})
	}
	if !any {
		return nil
	}
	f.Series = []doc.Series{s}
	f.Caption = b.figureCaption("chart_stage_scores", b.l.T("chart.stage_scores"), "mixed")
	t.Caption = f.Caption
	f.Table = t
	return f
}

// topPosts are the first three of the top posts by ER.
func (b *builder) topPosts() []doc.PostCard {
	var out []doc.PostCard
	for _, p := range b.r.Breakdowns.TopPosts {
		if len(out) == 3 {
			break
		}
		c := doc.PostCard{Date: b.published(p.Published), Format: b.typeName(string(p.Type)), Link: safeLink(p.Permalink)}
		for _, m := range []struct {
			key  string
			v    *float64
			unit string
		}{{"col.reach", p.Reach, doc.UnitCount}, {"col.views", p.Views, doc.UnitCount}, {"col.er", p.ER, doc.UnitRatio}} {
			v := b.val(m.v, m.unit)
			c.Metrics = append(c.Metrics, doc.Fact{Label: b.l.T(m.key), Text: v.Text})
			c.Values = append(c.Values, v)
		}
		out = append(out, c)
	}
	return out
}

// linkRE accepts the post links rapor shows (https, no spaces or quotes).
var linkRE = regexp.MustCompile(`^https://[^\s"'<>]+$`)

// safeLink returns an https permalink, or "".
func safeLink(s string) string {
	if linkRE.MatchString(s) {
		return s
	}
	return ""
}

// typeName localises a post type ("carousel" → "Karosel").
func (b *builder) typeName(name string) string { return b.l.opt("type."+name, name) }

// published formats "2006-01-02T15:04" as "5 Okt 2026 09.00 WIB".
func (b *builder) published(s string) string {
	if len(s) < 10 {
		return s
	}
	d, err := report.ParseDate(s[:10])
	if err != nil {
		return s
	}
	out := b.l.shortDate(d) + " " + s[:4]
	if len(s) >= 16 && s[10] == 'T' {
		out += " " + b.l.clock(s[11:16])
		if z := zoneName(b.tz()); z != "" {
			out += " " + z
		}
	}
	return out
}

// tz is the report's time zone.
func (b *builder) tz() string {
	return or(b.r.Meta.Timezone, b.r.Period.Timezone)
}

// periodText is "1–31 Oktober 2026 (31 hari)".
func (b *builder) periodText(p report.PeriodInfo) string {
	r := report.Range{From: p.From, To: p.To}
	if !r.Valid() {
		return p.ID
	}
	return b.l.T("period_text", b.l.rangeText(&r), r.Days())
}

// subtitle is the running header: account and period.
func (b *builder) subtitle() string {
	var parts []string
	if a := b.r.Meta.Account; a != "" {
		parts = append(parts, "@"+strings.TrimPrefix(a, "@"))
	}
	parts = append(parts, b.periodText(b.r.Period))
	return strings.Join(parts, " · ")
}

// narrative is a narrative file with a note when it is written in another
// language than the report's (no file in the report language exists).
func (b *builder) narrative(n report.Narrative) doc.Narrative {
	out := doc.Narrative{Path: n.Path, Markdown: n.Markdown}
	if n.Lang != "" && report.NormLang(n.Lang) != b.l.lang {
		out.Note = b.l.T("narrative.other_language", n.Path)
	}
	return out
}
