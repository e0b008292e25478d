package compute

import (
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// Hand-worked cases for the 13 second-wave indicators (SPEC §9).

// flowSeries sets a daily series of metric from..to with value v on every
// day except the dates in skip.
func flowSeries(f *fixture, metric, from, to string, v float64, skip ...string) {
	var pts []report.DayValue
	missing := map[report.Date]bool{}
	for _, s := range skip {
		missing[day(s)] = true
	}
	for d := day(from); d <= day(to); d++ {
		if !missing[d] {
			pts = append(pts, report.DayValue{Date: d, Value: v})
		}
	}
	f.series(metric, rng(from, to), pts...)
}

func TestFollowerFlow(t *testing.T) {
	t.Parallel()
	totals := func(f *fixture) {
		f.series(report.SeriesFollowersTotal, rng("2026-09-30", "2026-10-31"),
			dv("2026-09-30", 1000), dv("2026-10-10", 1010), dv("2026-10-31", 1050))
	}
	cases := []icase{
		// 31 days × 4 follows, 2 October missing counts 0: 30 × 4 = 120.
		{name: "gained: missing day counts 0", id: "engage.followers_gained", n: 31,
			setup: func(f *fixture) { flowSeries(f, report.SeriesFollows, "2026-09-01", "2026-10-31", 4, "2026-10-02") },
			want:  120, prev: fp(120)},
		{name: "gained without a follows series", id: "engage.followers_gained", n: 0, null: report.ReasonNoData},
		{name: "gained: series not covering P", id: "engage.followers_gained", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) { flowSeries(f, report.SeriesFollows, "2026-10-02", "2026-10-31", 4) }},
		{name: "net: F_end − the last total before P", id: "engage.followers_net", n: 2, setup: totals, want: 50},
		{name: "net: first total in P without one before", id: "engage.followers_net", n: 2,
			setup: func(f *fixture) {
				f.series(report.SeriesFollowersTotal, rng("2026-10-10", "2026-10-31"), dv("2026-10-10", 1010), dv("2026-10-31", 1050))
			}, want: 40, prevNo: report.ReasonNoCoverage},
		{name: "net without totals", id: "engage.followers_net", n: 0, null: report.ReasonNoData},
		// An unfollows series covering P wins over gained − net: 31 × 2 − 2 missing days × 2 = 58.
		{name: "lost: Σ unfollows with missing days", id: "engage.followers_lost", n: 31,
			setup: func(f *fixture) {
				totals(f)
				flowSeries(f, report.SeriesFollows, "2026-10-01", "2026-10-31", 4)
				flowSeries(f, report.SeriesUnfollows, "2026-09-01", "2026-10-31", 2, "2026-10-05", "2026-10-06")
			}, want: 58},
		// No unfollows series: gained 124 − net 50 = 74.
		{name: "lost: gained − net", id: "engage.followers_lost", n: 31,
			setup: func(f *fixture) {
				totals(f)
				flowSeries(f, report.SeriesFollows, "2026-10-01", "2026-10-31", 4)
			}, want: 74},
		// An unfollows series that does not cover P is not used.
		{name: "lost: unfollows not covering P falls back", id: "engage.followers_lost", n: 31,
			setup: func(f *fixture) {
				totals(f)
				flowSeries(f, report.SeriesFollows, "2026-10-01", "2026-10-31", 4)
				flowSeries(f, report.SeriesUnfollows, "2026-10-05", "2026-10-31", 2)
			}, want: 74},
		// gained 31 − net 50 < 0: no data.
		{name: "lost: negative gained − net", id: "engage.followers_lost", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) {
				totals(f)
				flowSeries(f, report.SeriesFollows, "2026-10-01", "2026-10-31", 1)
			}},
		{name: "lost: unfollows not covering P, nothing else", id: "engage.followers_lost", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) { flowSeries(f, report.SeriesUnfollows, "2026-10-05", "2026-10-31", 2) }},
		{name: "lost: no series at all", id: "engage.followers_lost", n: 0, null: report.ReasonNoData},
	}
	runCases(t, cases)
}

func TestEngagementVariants(t *testing.T) {
	t.Parallel()
	// a: reach 1000, 40 likes, 5 comments, 3 shares, 2 saves = 50; views 2000; follows 3
	// b: reach 500, 10+2+1+2 = 15; views 0; follows 0 (a value)
	// c: reach 0 (left out of reach metrics); views 100; 4+0+0+1 = 5; follows 5
	// d: reach 800, no interaction columns; views blank; follows blank
	posts := func(f *fixture) {
		f.add(ownPost("a", report.Image, at("2026-10-02 09:00"), "views=2000 follows=3 "+inter(1000, 40, 5, 3, 2)),
			ownPost("b", report.Reel, at("2026-10-03 09:00"), "views=0 follows=0 "+inter(500, 10, 2, 1, 2)),
			ownPost("c", report.Image, at("2026-10-04 09:00"), "views=100 follows=5 "+inter(0, 4, 0, 0, 1)),
			ownPost("d", report.Image, at("2026-10-05 09:00"), "reach=800 views= follows= !likes !comments !shares !saves"))
	}
	cases := []icase{
		{name: "follows per 1k reach: 0 follows counts, 0 reach left out", id: "share.follows_per_1k_reach", n: 2,
			setup: posts, want: 3.0 / 1500 * 1000},
		{name: "follows per 1k reach: empty", id: "share.follows_per_1k_reach", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) { f.add(ownPost("a", report.Image, at("2026-10-02 09:00"), inter(1000, 1, 1, 1, 1))) }},
		{name: "amplification: Σ shares ÷ Σ reach", id: "optimize.amplification_rate", n: 2, setup: posts, want: 4.0 / 1500},
		{name: "applause: Σ likes ÷ Σ reach", id: "optimize.applause_rate", n: 2, setup: posts, want: 50.0 / 1500},
		{name: "amplification: empty", id: "optimize.amplification_rate", n: 0, null: report.ReasonNoData},
		// views > 0 and interaction data: a (50/2000) and c (5/100).
		{name: "ER by views: 0 and blank views left out", id: "engage.er_views", n: 2, setup: posts, want: 55.0 / 2100},
		{name: "ER by views: empty", id: "engage.er_views", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-02 09:00"), "views=0 "+inter(10, 1, 1, 1, 1)))
			}},
		// mean(50/1000, 15/500) = mean(0.05, 0.03) = 0.04, beside ER 65/1500.
		{name: "mean per-post ER", id: "engage.er_reach_mean", n: 2, setup: posts, want: 0.04},
		{name: "mean per-post ER: empty", id: "engage.er_reach_mean", n: 0, null: report.ReasonNoData},
	}
	runCases(t, cases)
}

func TestMentionERLift(t *testing.T) {
	t.Parallel()
	// Three posts mentioning another account (ER 30/600) and three that do
	// not (ER 18/600; one mentions only the account itself, one holds an
	// e-mail address).
	posts := func(f *fixture) {
		for i, c := range []string{"bersama @dinkes.test", "cc @Camat_Satu", "@puskesmas.a hadir"} {
			p := ownPost("m"+string(rune('1'+i)), report.Image, at("2026-10-0"+string(rune('2'+i))+" 09:00"), inter(200, 10, 0, 0, 0))
			p.Caption = c
			f.add(p)
		}
		for i, c := range []string{"info @kab.test", "tanpa sebutan", "email a@b.id"} {
			p := ownPost("o"+string(rune('1'+i)), report.Image, at("2026-10-1"+string(rune('2'+i))+" 09:00"), inter(200, 5, 1, 0, 0))
			p.Caption = c
			f.add(p)
		}
	}
	cases := []icase{
		{name: "lift = ER(mentions) ÷ ER(others) − 1", id: "engage.mention_er_lift", n: 6, setup: posts, want: 30.0/18.0 - 1},
		{name: "fewer than 3 posts on one side", id: "engage.mention_er_lift", n: 0, null: report.ReasonTooFew,
			setup: func(f *fixture) {
				posts(f)
				f.ds.Posts = f.ds.Posts[1:]
			}},
		{name: "ER of the other posts is 0", id: "engage.mention_er_lift", n: 0, null: report.ReasonZeroBase,
			setup: func(f *fixture) {
				posts(f)
				for _, p := range f.ds.Posts[3:] {
					p.Metrics = metrics(inter(200, 0, 0, 0, 0))
				}
			}},
	}
	runCases(t, cases)
}

// spikeFixture gives views from 2026-09-03 (28 days before 1 October):
// 90 and 110 alternating (median 100, MAD 10, bound 100 + 3 × 1.4826 × 10 =
// 144.478), with October values set by the caller.
func spikeFixture(f *fixture, oct map[string]float64) {
	var pts []report.DayValue
	i := 0
	for d := day("2026-09-03"); d <= day("2026-10-31"); d++ {
		v := 90.0
		if i%2 == 1 {
			v = 110
		}
		i++
		if o, ok := oct[d.String()]; ok {
			v = o
		}
		pts = append(pts, report.DayValue{Date: d, Value: v})
	}
	f.series(report.SeriesViews, rng("2026-09-03", "2026-10-31"), pts...)
}

func TestSpikeDays(t *testing.T) {
	t.Parallel()
	cases := []icase{
		// 1 October: 145 > 144.478 is a spike; 144 on 3 October is not
		// (its window holds 145: median 110, MAD 10, bound 154.478).
		{name: "robust z: one spike, every day tested", id: "manage.spike_days", n: 31,
			setup: func(f *fixture) { spikeFixture(f, map[string]float64{"2026-10-01": 145, "2026-10-03": 144}) },
			want:  1},
		// 28 days of 100: MAD = 0, so x > 2 × 100; 200 is not (strict), 201 is.
		{name: "MAD = 0: twice the median, strictly", id: "manage.spike_days", n: 1,
			setup: func(f *fixture) {
				flowSeries(f, report.SeriesViews, "2026-09-03", "2026-10-01", 100)
				f.ds.Series[report.SeriesViews].Points[28].Value = 201
			}, want: 1},
		{name: "MAD = 0: equal to twice the median is no spike", id: "manage.spike_days", n: 1,
			setup: func(f *fixture) {
				flowSeries(f, report.SeriesViews, "2026-09-03", "2026-10-01", 100)
				f.ds.Series[report.SeriesViews].Points[28].Value = 200
			}, want: 0},
		{name: "MAD = 0 with median 0: any positive value", id: "manage.spike_days", n: 1,
			setup: func(f *fixture) {
				flowSeries(f, report.SeriesViews, "2026-09-03", "2026-10-01", 0)
				f.ds.Series[report.SeriesViews].Points[28].Value = 1
			}, want: 1},
		// 1..14 October: 14 October has 13 valued days before it, not 14.
		{name: "fewer than 14 trailing days: nothing testable", id: "manage.spike_days", n: 0, null: report.ReasonTooFew,
			setup: func(f *fixture) { flowSeries(f, report.SeriesViews, "2026-10-01", "2026-10-14", 100) }},
		{name: "exactly 14 trailing days: one day tested", id: "manage.spike_days", n: 1,
			setup: func(f *fixture) { flowSeries(f, report.SeriesViews, "2026-10-01", "2026-10-15", 100) }, want: 0},
		// Without views the reach series is used.
		{name: "reach when there are no views", id: "manage.spike_days", n: 1,
			setup: func(f *fixture) {
				flowSeries(f, report.SeriesReach, "2026-09-03", "2026-10-01", 100)
				f.ds.Series[report.SeriesReach].Points[28].Value = 500
			}, want: 1},
		{name: "no daily series", id: "manage.spike_days", n: 0, null: report.ReasonNoData},
	}
	runCases(t, cases)
}

func TestSpikeBreakdown(t *testing.T) {
	t.Parallel()
	f := newFixture()
	spikeFixture(f, map[string]float64{"2026-10-12": 500})
	f.add(ownPost("before", report.Image, at("2026-10-10 23:59"), inter(10, 1, 1, 1, 1)),
		ownPost("daybefore", report.Reel, at("2026-10-11 08:00"), inter(10, 1, 1, 1, 1)),
		ownPost("sameday", report.Image, at("2026-10-12 23:59"), inter(10, 1, 1, 1, 1)),
		ownPost("after", report.Image, at("2026-10-13 00:00"), inter(10, 1, 1, 1, 1)),
		collabPost("collab", at("2026-10-12 10:00")))
	rep := f.run(t, "id")
	sd := rep.Breakdowns.SpikeDays
	if len(sd) != 1 || sd[0].Date != day("2026-10-12") || sd[0].Value != 500 || sd[0].Metric != report.SeriesViews {
		t.Fatalf("spike days = %s", dump(sd))
	}
	if sd[0].Median != 100 || !near(sd[0].Bound, 100+3*1.4826*10) {
		t.Errorf("median %v bound %v", sd[0].Median, sd[0].Bound)
	}
	var keys []string
	for _, p := range sd[0].Posts {
		keys = append(keys, p.Key)
	}
	if dump(keys) != `["daybefore","sameday"]` {
		t.Errorf("posts of the spike = %v, want daybefore and sameday", keys)
	}
}

// serviceFixture sets the default service hours (08:00-16:00 Mon-Fri), a
// holiday on Monday 12 October 2026 and an SLA of 8 working hours, with:
//
//	s1 Fri 9 Oct 15:00 → Tue 13 Oct 09:00   1 h Fri + weekend + holiday + 1 h Tue = 2 h
//	s2 Wed 14 Oct 06:00 → 07:30              before service hours: 0 h
//	s3 Wed 14 Oct 07:00 → 09:00              1 h
//	s4 Thu 15 Oct 08:00 → Fri 16 Oct 08:00   exactly 8 h: within the SLA (inclusive)
//	s5 Thu 15 Oct 08:00 → Fri 16 Oct 08:01   8 h 1 min: not within
//	s6 Thu 15 Oct 10:00, unreplied, a question
//	s7 Thu 15 Oct 11:00, replied without a reply time, a question
func serviceFixture(f *fixture) {
	f.withComments()
	f.cfg.Service = report.DefaultService()
	f.cfg.Service.Holidays = []report.Date{day("2026-10-12")}
	reply := func(id, from, to string, q bool) report.CommentRow {
		return report.CommentRow{ID: id, Username: "w" + id, Time: at(from), Replied: bp(true), ReplyTime: tp(to), Question: q}
	}
	f.setComments([]report.CommentRow{
		reply("s1", "2026-10-09 15:00", "2026-10-13 09:00", true),
		reply("s2", "2026-10-14 06:00", "2026-10-14 07:30", false),
		reply("s3", "2026-10-14 07:00", "2026-10-14 09:00", true),
		reply("s4", "2026-10-15 08:00", "2026-10-16 08:00", false),
		reply("s5", "2026-10-15 08:00", "2026-10-16 08:01", false),
		{ID: "s6", Username: "w6", Time: at("2026-10-15 10:00"), Replied: bp(false), Question: true},
		{ID: "s7", Username: "w7", Time: at("2026-10-15 11:00"), Replied: bp(true), Question: true},
	})
}

func TestServiceLevels(t *testing.T) {
	t.Parallel()
	cases := []icase{
		// within: s1 (2 h), s2 (0 h), s3 (1 h), s4 (8 h) of 5 timed + 1 unreplied.
		{name: "within SLA over weekend, holiday and early hours", id: "manage.replied_within_sla", n: 6,
			setup: serviceFixture, want: 4.0 / 6},
		{name: "within SLA without comments sources", id: "manage.replied_within_sla", n: 0, null: report.ReasonNoData},
		// working hours 2, 0, 1, 8, 8+1/60: median 2.
		{name: "median working hours", id: "manage.median_response_working_hours", n: 5, setup: serviceFixture, want: 2},
		{name: "median working hours: no reply with a time", id: "manage.median_response_working_hours", n: 0,
			null: report.ReasonNoData, setup: func(f *fixture) {
				serviceFixture(f)
				f.ds.Comments = f.ds.Comments[5:]
			}},
		// questions: s1, s3, s7 replied; s6 unreplied → 3 ÷ 4.
		{name: "question response rate", id: "manage.question_response_rate", n: 4, setup: serviceFixture, want: 3.0 / 4},
		{name: "question response rate: no questions", id: "manage.question_response_rate", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) {
				serviceFixture(f)
				for i := range f.ds.Comments {
					f.ds.Comments[i].SetQuestion(false)
				}
			}},
	}
	runCases(t, cases)
}

func TestNearStatus(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		v    float64
		t    report.Target
		want string
	}{
		{"min met", 10, report.Target{Min: fp(10), Near: fp(0.1)}, report.StatusMet},
		{"min within 10 % (inclusive)", 9, report.Target{Min: fp(10), Near: fp(0.1)}, report.StatusNear},
		{"min beyond 10 %", 8.99, report.Target{Min: fp(10), Near: fp(0.1)}, report.StatusNotMet},
		{"max within 10 %", 6.6, report.Target{Max: fp(6), Near: fp(0.1)}, report.StatusNear},
		{"max beyond 10 %", 6.61, report.Target{Max: fp(6), Near: fp(0.1)}, report.StatusNotMet},
		{"near 0 switches it off", 9.99, report.Target{Min: fp(10), Near: fp(0)}, report.StatusNotMet},
		{"no near", 9.99, report.Target{Min: fp(10)}, report.StatusNotMet},
		{"a bound of 0 is never near", -0.0001, report.Target{Min: fp(0), Near: fp(0.5)}, report.StatusNotMet},
		{"min and max: the missed max counts", 11, report.Target{Min: fp(5), Max: fp(10), Near: fp(0.1)}, report.StatusNear},
		{"min and max: the missed min counts", 4, report.Target{Min: fp(5), Max: fp(10), Near: fp(0.1)}, report.StatusNotMet},
		{"negative bound uses |bound|", -11, report.Target{Min: fp(-10), Near: fp(0.1)}, report.StatusNear},
	}
	for _, c := range cases {
		if got := status(fp(c.v), &c.t); got != c.want {
			t.Errorf("%s: status(%v) = %s, want %s", c.name, c.v, got, c.want)
		}
	}
}

// TestNearInScores: near counts in a score's denominator, not as met.
func TestNearInScores(t *testing.T) {
	t.Parallel()
	f := newFixture()
	for i := 0; i < 9; i++ { // 9 posts in October: 9 ÷ (31/7) = 2.03 per week
		f.add(ownPost("p"+string(rune('a'+i)), report.Image, at("2026-10-0"+string(rune('1'+i))+" 09:00"), inter(100, 1, 1, 1, 1)))
	}
	f.cfg.Targets = []report.TargetEntry{
		{ID: "share.posts_per_week", Target: report.Target{Min: fp(2.2), Near: fp(0.1)}},
		{ID: "share.posts", Target: report.Target{Min: fp(9)}},
	}
	rep := f.run(t, "en")
	if s := ind(t, rep, "share.posts_per_week").Status; s != report.StatusNear {
		t.Fatalf("posts_per_week status %s, want near", s)
	}
	if rep.StageScores.Share == nil || *rep.StageScores.Share != 0.5 {
		t.Errorf("share score = %v, want 0.5 (1 met of 2 with a target)", deref(rep.StageScores.Share))
	}
}

func TestViewsNote(t *testing.T) {
	t.Parallel()
	withViews := func(f *fixture) {
		f.add(ownPost("a", report.Image, at("2026-10-02 09:00"), "views=100 "+inter(50, 1, 1, 1, 1)))
	}
	f := newFixture()
	withViews(f)
	if n := ind(t, f.run(t, "en"), "share.median_views").Note; n != "" {
		t.Errorf("note without impressions: %q", n)
	}
	f = newFixture()
	withViews(f)
	old := ownPost("old", report.Image, at("2025-03-02 09:00"), "impressions=300 !views "+inter(50, 1, 1, 1, 1))
	f.add(old)
	rep := f.run(t, "en")
	for _, id := range []string{"share.median_views", "engage.er_views"} {
		if n := ind(t, rep, id).Note; n == "" || !strings.Contains(n, "21 April 2025") {
			t.Errorf("%s note = %q, want the impressions → views note", id, n)
		}
	}
	// A period spanning 21 April 2025.
	f = newFixture()
	f.cfg.Period = period("2025-04")
	f.cfg.Compare = nil
	f.ds.PostsCovers = []report.Range{rng("2025-04-01", "2025-04-30")}
	f.add(ownPost("a", report.Image, at("2025-04-22 09:00"), "views=100 "+inter(50, 1, 1, 1, 1)))
	if n := ind(t, f.run(t, "id"), "share.median_views").Note; n == "" {
		t.Error("no note for a period spanning 21 April 2025")
	}
}

// TestERVariants: the variants side by side, in the breakdowns.
func TestERVariants(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.add(ownPost("a", report.Image, at("2026-10-02 09:00"), "views=200 "+inter(100, 5, 0, 0, 0)),
		ownPost("b", report.Image, at("2026-10-03 09:00"), "views=200 "+inter(300, 3, 0, 0, 0)))
	rep := f.run(t, "en")
	got := map[string]float64{}
	for _, v := range rep.Breakdowns.ERVariants {
		if v.Value != nil {
			got[v.ID] = *v.Value
		}
	}
	want := map[string]float64{"engage.er_reach": 8.0 / 400, "engage.er_reach_mean": (0.05 + 0.01) / 2, "engage.er_views": 8.0 / 400}
	for id, w := range want {
		if !near(got[id], w) {
			t.Errorf("%s = %v, want %v", id, got[id], w)
		}
	}
	if len(rep.Breakdowns.ERVariants) != 4 || rep.Breakdowns.ERVariants[3].ID != "engage.er_followers" {
		t.Errorf("variants %s", dump(rep.Breakdowns.ERVariants))
	}
}

// TestMethodNotes: the methodology names the run date of a relative period,
// the service windows with their holidays, the question words and the ER
// variants.
func TestMethodNotes(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.cfg.Relative, f.cfg.RunDate = "last-month", day("2026-11-03")
	f.cfg.Service = report.DefaultService()
	f.cfg.Service.Holidays = []report.Date{day("2026-10-12")}
	f.cfg.Targets = []report.TargetEntry{{ID: "share.posts", Target: report.Target{Min: fp(9), Near: fp(0.1)}}}
	f.add(ownPost("a", report.Image, at("2026-10-02 09:00"), "views=200 "+inter(100, 5, 0, 0, 0)))
	notes := strings.Join(f.run(t, "en").MethodNotes, "\n")
	for _, want := range []string{"last-month (2026-10)", "3 November 2026", "Asia/Jakarta", "08:00–16:00",
		"Monday, Tuesday, Wednesday, Thursday, Friday", "12 October 2026", "8.0 working hours", "apa, apakah",
		"nearly met", "EN:engage.er_reach 5.0%"} {
		if !strings.Contains(notes, want) {
			t.Errorf("methodology notes lack %q:\n%s", want, notes)
		}
	}
	f.cfg.Relative = ""
	if notes := strings.Join(f.run(t, "id").MethodNotes, "\n"); strings.Contains(notes, "tanggal proses") {
		t.Errorf("a run date without a relative period:\n%s", notes)
	}
}
