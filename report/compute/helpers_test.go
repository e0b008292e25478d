package compute

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/rapor-id/rapor/report"
)

var (
	jkt = mustLoc("Asia/Jakarta")
	la  = mustLoc("America/Los_Angeles")
)

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// at parses "2006-01-02 15:04" as Jakarta local time.
func at(s string) time.Time { return atIn(s, jkt) }

func atIn(s string, loc *time.Location) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		panic(err)
	}
	return t
}

func tp(s string) *time.Time { t := at(s); return &t }

func day(s string) report.Date {
	d, err := report.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func rng(a, b string) report.Range { return report.Range{From: day(a), To: day(b)} }

func fp(v float64) *float64 { return &v }
func bp(v bool) *bool       { return &v }

func period(s string) report.Period {
	p, err := report.ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// metrics parses "reach=100 likes=5 saves=" into Metrics. Every one of views,
// reach, likes, comments, shares, saves is a column unless "!name" removes it;
// "name=" is a blank cell.
func metrics(spec string) report.Metrics {
	var ms report.Metrics
	byName := map[string]report.Metric{}
	for i, n := range report.MetricNames {
		byName[n] = report.Metric(i)
	}
	for _, m := range []report.Metric{report.Views, report.Reach, report.Likes, report.Comments, report.Shares, report.Saves} {
		ms.Cols |= 1 << m
	}
	for _, tok := range strings.Fields(spec) {
		if strings.HasPrefix(tok, "!") {
			ms.Cols &^= 1 << byName[tok[1:]]
			continue
		}
		name, v, _ := strings.Cut(tok, "=")
		m, ok := byName[name]
		if !ok {
			panic("unknown metric " + name)
		}
		ms.Cols |= 1 << m
		if v == "" {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			panic(err)
		}
		ms.Set(m, f)
	}
	return ms
}

// inter is a metrics spec with the four interaction metrics and reach.
func inter(reach, likes, comments, shares, saves int) string {
	return "reach=" + strconv.Itoa(reach) + " likes=" + strconv.Itoa(likes) + " comments=" +
		strconv.Itoa(comments) + " shares=" + strconv.Itoa(shares) + " saves=" + strconv.Itoa(saves)
}

func ownPost(key string, typ report.PostType, when time.Time, spec string) *report.Post {
	return &report.Post{Key: key, Own: true, Username: "kab.test", Type: typ, Published: when,
		Metrics: metrics(spec), Permalink: "https://www.instagram.com/p/" + key + "/"}
}

func collabPost(key string, when time.Time) *report.Post {
	return &report.Post{Key: key, Own: false, Username: "dinkes.test", Type: report.Reel,
		Published: when, Metrics: metrics("reach=100 likes=1 comments=0 shares=0 saves=0")}
}

// fixture is a hand-made project: period 2026-10 compared with 2026-09 in
// Asia/Jakarta, account kab.test, posts exports covering both months.
type fixture struct {
	ds  *report.Dataset
	cfg *report.Config
	fw  *report.Framework
}

// setComments packs rows as the Dataset's comments.
func (f *fixture) setComments(rows []report.CommentRow) {
	f.ds.Comments = nil
	f.ds.AddComments(rows...)
}

// setReplies packs rows as the Dataset's reply rows by the account.
func (f *fixture) setReplies(rows []report.CommentRow) {
	f.ds.Replies = nil
	f.ds.AddReplies(rows...)
}

// comments returns the Dataset's comments in readable form.
func (f *fixture) comments() []report.CommentRow {
	out := make([]report.CommentRow, len(f.ds.Comments))
	for i := range f.ds.Comments {
		out[i] = f.ds.Comments[i].Row(&f.ds.CommentStrs)
	}
	return out
}

func newFixture() *fixture {
	p := period("2026-10")
	q := p.Previous()
	return &fixture{
		ds: &report.Dataset{
			PostsCovers: []report.Range{rng("2026-09-01", "2026-09-30"), rng("2026-10-01", "2026-10-31")},
			Series:      map[string]*report.Series{},
		},
		cfg: &report.Config{
			Account: "kab.test", Language: "id", Timezone: "Asia/Jakarta", Loc: jkt,
			Period: p, Compare: &q,
		},
		fw: testFramework(),
	}
}

func (f *fixture) add(ps ...*report.Post) { f.ds.Posts = append(f.ds.Posts, ps...) }

// withComments sets up comments source 0 (carries reply data) covering both months.
func (f *fixture) withComments() {
	f.ds.Sources = []report.SourceInfo{{Kind: report.KindComments, CarriesReplies: true,
		Coverage: &report.Range{From: day("2026-09-01"), To: day("2026-10-31")}}}
	f.ds.CommentCover = []report.Range{rng("2026-09-01", "2026-10-31")}
}

func (f *fixture) series(metric string, cover report.Range, pts ...report.DayValue) {
	f.ds.Series[metric] = &report.Series{Metric: metric, Points: pts, Coverage: cover}
}

func dv(date string, v float64) report.DayValue { return report.DayValue{Date: day(date), Value: v} }

func (f *fixture) run(t *testing.T, lang string) *report.Report {
	t.Helper()
	rep, err := Run(Input{Data: f.ds, Config: f.cfg, Framework: f.fw, Lang: lang})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return rep
}

// specIndicators is the indicator tables of SPEC §4 and §9: id, sub-component, unit, direction.
var specIndicators = [][4]string{
	{"share.posts", "participate", "count", "higher"},
	{"share.posts_per_week", "participate", "per_week", "higher"},
	{"share.stories_per_day", "participate", "per_day", "higher"},
	{"share.active_days", "participate", "ratio", "higher"},
	{"share.longest_gap_days", "participate", "days", "lower"},
	{"share.reel_share", "participate", "ratio", "none"},
	{"share.channels", "connect", "count", "higher"},
	{"share.median_reach", "connect", "count", "higher"},
	{"share.median_views", "connect", "count", "higher"},
	{"optimize.reach_change", "listen_learn", "ratio", "higher"},
	{"optimize.er_change", "listen_learn", "pp", "higher"},
	{"optimize.save_share_rate", "listen_learn", "ratio", "higher"},
	{"optimize.best_format", "listen_learn", "ratio", "none"},
	{"optimize.best_slot", "listen_learn", "ratio", "none"},
	{"optimize.conversation_rate", "authentic_conversation", "count", "higher"},
	{"manage.comments", "quick_response", "count", "none"},
	{"manage.response_rate", "quick_response", "ratio", "higher"},
	{"manage.median_response_hours", "quick_response", "hours", "lower"},
	{"manage.p90_response_hours", "quick_response", "hours", "lower"},
	{"manage.replied_within_24h", "quick_response", "ratio", "higher"},
	{"manage.replied_within_1h", "real_time", "ratio", "higher"},
	{"manage.cases", "media_monitoring", "count", "none"},
	{"manage.cases_resolved", "media_monitoring", "ratio", "higher"},
	{"manage.median_clarify_hours", "media_monitoring", "hours", "lower"},
	{"engage.interactions", "how_when", "count", "higher"},
	{"engage.er_reach", "how_when", "ratio", "higher"},
	{"engage.er_followers", "know_audience", "ratio", "higher"},
	{"engage.followers_end", "know_audience", "count", "higher"},
	{"engage.follower_growth", "know_audience", "ratio", "higher"},
	{"engage.daily_reach_mean", "know_audience", "count", "higher"},
	{"engage.weekly_constancy", "how_when", "ratio", "lower"},
	{"engage.home_audience", "know_audience", "ratio", "higher"},
	{"engage.collaborations", "influencers_communities", "count", "higher"},
	// SPEC §9, the second wave.
	{"share.follows_per_1k_reach", "connect", "per_1k", "higher"},
	{"engage.followers_gained", "know_audience", "count", "higher"},
	{"engage.followers_net", "know_audience", "count", "higher"},
	{"engage.followers_lost", "know_audience", "count", "lower"},
	{"optimize.amplification_rate", "listen_learn", "ratio", "higher"},
	{"optimize.applause_rate", "listen_learn", "ratio", "higher"},
	{"engage.er_views", "how_when", "ratio", "higher"},
	{"engage.er_reach_mean", "how_when", "ratio", "higher"},
	{"engage.mention_er_lift", "influencers_communities", "ratio", "none"},
	{"manage.spike_days", "media_monitoring", "count", "none"},
	{"manage.replied_within_sla", "quick_response", "ratio", "higher"},
	{"manage.median_response_working_hours", "quick_response", "hours", "lower"},
	{"manage.question_response_rate", "quick_response", "ratio", "higher"},
}

// testFramework is a framework with every indicator of SPEC §4 in its order.
func testFramework() *report.Framework {
	fw := &report.Framework{Name: "test", Version: "1"}
	subs := map[string][]string{}
	var stages []string
	for _, row := range specIndicators {
		st := report.StageOf(row[0])
		if _, ok := subs[st]; !ok {
			stages = append(stages, st)
		}
		found := false
		for _, s := range subs[st] {
			found = found || s == row[1]
		}
		if !found {
			subs[st] = append(subs[st], row[1])
		}
		fw.Indicators = append(fw.Indicators, report.IndicatorDef{
			ID: row[0], Subcomponent: st + "." + row[1],
			Label:   report.Text{ID: "L:" + row[0], EN: "EN:" + row[0]},
			Formula: report.Text{ID: "F:" + row[0], EN: "FEN:" + row[0]},
			Unit:    row[2], Direction: row[3],
		})
	}
	for _, st := range stages {
		s := report.Stage{ID: st, Label: report.Text{ID: st, EN: st}}
		for _, sc := range subs[st] {
			s.Subcomponents = append(s.Subcomponents, report.Subcomponent{ID: sc})
		}
		fw.Stages = append(fw.Stages, s)
	}
	return fw
}

// ind returns the result of id or fails.
func ind(t *testing.T, rep *report.Report, id string) *report.Result {
	t.Helper()
	r := rep.Indicator(id)
	if r == nil {
		t.Fatalf("no result for %s", id)
	}
	return r
}

// close reports whether got equals want at relative tolerance 1e-9.
func near(got, want float64) bool {
	if want == 0 {
		return math.Abs(got) < 1e-12
	}
	return math.Abs(got-want) <= 1e-9*math.Abs(want)
}

// icase is one indicator test: a setup on the default fixture and the
// expected value (or null with reason), n and value label. A negative n is
// not checked.
type icase struct {
	name   string
	id     string
	setup  func(f *fixture)
	want   float64
	null   string // expected reason when the value is null
	n      int
	label  string
	prev   *float64 // expected previous when set
	prevNo string   // expected previous reason when set
}

func runCases(t *testing.T, cases []icase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture()
			if c.setup != nil {
				c.setup(f)
			}
			r := ind(t, f.run(t, "id"), c.id)
			if c.null != "" {
				if r.Value != nil || r.Reason != c.null {
					t.Fatalf("%s = %v (reason %q), want null with reason %q", c.id, deref(r.Value), r.Reason, c.null)
				}
				if r.Status != report.StatusNoData {
					t.Errorf("status = %s, want no_data", r.Status)
				}
			} else {
				if r.Value == nil {
					t.Fatalf("%s = null (reason %q), want %v", c.id, r.Reason, c.want)
				}
				if !near(*r.Value, c.want) {
					t.Errorf("%s = %.12g, want %.12g", c.id, *r.Value, c.want)
				}
			}
			if c.n >= 0 && r.N != c.n {
				t.Errorf("%s n = %d, want %d", c.id, r.N, c.n)
			}
			if r.ValueLabel != c.label {
				t.Errorf("%s value_label = %q, want %q", c.id, r.ValueLabel, c.label)
			}
			if c.prev != nil && (r.Previous == nil || !near(*r.Previous, *c.prev)) {
				t.Errorf("%s previous = %v (reason %q), want %v", c.id, deref(r.Previous), r.PreviousReason, *c.prev)
			}
			if c.prevNo != "" && (r.Previous != nil || r.PreviousReason != c.prevNo) {
				t.Errorf("%s previous = %v (reason %q), want null with reason %q", c.id, deref(r.Previous), r.PreviousReason, c.prevNo)
			}
		})
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func timeHours(h int) time.Duration { return time.Duration(h) * time.Hour }

func dump(v any) string { b, _ := json.Marshal(v); return string(b) }
