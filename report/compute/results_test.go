package compute

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func postsIn(f *fixture, month string, n int) {
	for i := 0; i < n; i++ {
		f.add(ownPost(month+string(rune('a'+i)), report.Image, at(month+"-10 10:00").Add(timeHours(i)), inter(100, 10, 0, 0, 0)))
	}
}

func TestChange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		oct, sep   int
		change     *float64
		changePct  *float64
		prevReason string
	}{
		{"rise", 4, 2, fp(2), fp(1), ""},
		{"fall", 1, 4, fp(-3), fp(-0.75), ""},
		{"zero base", 4, 0, fp(4), nil, ""},
		{"no change", 3, 3, fp(0), fp(0), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture()
			postsIn(f, "2026-10", tc.oct)
			postsIn(f, "2026-09", tc.sep)
			r := ind(t, f.run(t, "id"), "share.posts")
			if !eqPtr(r.Change, tc.change) || !eqPtr(r.ChangePct, tc.changePct) {
				t.Errorf("change = %v, change_pct = %v; want %v, %v", deref(r.Change), deref(r.ChangePct), deref(tc.change), deref(tc.changePct))
			}
		})
	}
	t.Run("missing previous", func(t *testing.T) {
		f := newFixture()
		f.ds.PostsCovers = f.ds.PostsCovers[1:]
		postsIn(f, "2026-10", 2)
		r := ind(t, f.run(t, "id"), "share.posts")
		if r.Previous != nil || r.Change != nil || r.ChangePct != nil || r.PreviousReason != report.ReasonNoCoverage {
			t.Errorf("previous %v (%q), change %v, pct %v", deref(r.Previous), r.PreviousReason, deref(r.Change), deref(r.ChangePct))
		}
	})
	t.Run("compare none", func(t *testing.T) {
		f := newFixture()
		f.cfg.Compare = nil
		postsIn(f, "2026-10", 2)
		rep := f.run(t, "id")
		if rep.Previous != nil {
			t.Errorf("previous period = %+v, want nil", rep.Previous)
		}
		for _, r := range rep.Indicators {
			if r.Previous != nil || r.PreviousReason != report.ReasonNoCompare {
				t.Errorf("%s previous = %v (%q)", r.ID, deref(r.Previous), r.PreviousReason)
			}
		}
	})
}

func eqPtr(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return near(*a, *b)
}

func TestStatusAndScores(t *testing.T) {
	t.Parallel()
	f := newFixture()
	postsIn(f, "2026-10", 6) // posts_per_week = 6/(31/7) ≈ 1.355; ER 0.1
	f.cfg.Channels = []report.Channel{{Platform: "instagram", Active: true}, {Platform: "x", Active: true}}
	f.cfg.Targets = []report.TargetEntry{
		{ID: "share.posts_per_week", Target: report.Target{Min: fp(7)}},       // not met
		{ID: "share.channels", Target: report.Target{Min: fp(2), Max: fp(2)}}, // met at equality
		{ID: "engage.er_reach", Target: report.Target{Min: fp(0.1)}},          // 60/600 = 0.1: met at full precision
		{ID: "engage.follower_growth", Target: report.Target{Min: fp(0.01)}},  // no value: no_data, not scored
		{ID: "share.longest_gap_days", Target: report.Target{Max: fp(3)}},     // gap ≥ 9.4 days: not met
	}
	rep := f.run(t, "id")
	want := map[string]string{
		"share.posts_per_week":   report.StatusNotMet,
		"share.channels":         report.StatusMet,
		"engage.er_reach":        report.StatusMet,
		"engage.follower_growth": report.StatusNoData,
		"share.longest_gap_days": report.StatusNotMet,
		"share.posts":            report.StatusNoTarget,
		"manage.comments":        report.StatusNoData,
	}
	for id, st := range want {
		if r := ind(t, rep, id); r.Status != st {
			t.Errorf("%s status = %s, want %s", id, r.Status, st)
		}
	}
	if r := ind(t, rep, "share.channels"); r.Target == nil || *r.Target.Min != 2 || *r.Target.Max != 2 {
		t.Errorf("target not carried: %+v", r.Target)
	}
	s := rep.StageScores
	// share: 1 met of 3 scored; engage: 1 of 1 (follower_growth has no value); others: none.
	if s.Share == nil || !near(*s.Share, 1.0/3) || s.Engage == nil || *s.Engage != 1 || s.Optimize != nil || s.Manage != nil {
		t.Fatalf("stage scores %v %v %v %v", deref(s.Share), deref(s.Optimize), deref(s.Manage), deref(s.Engage))
	}
	// overall = 2 met of 4 scored, not the mean of the stage scores (2/3)
	if s.Overall == nil || !near(*s.Overall, 2.0/4) {
		t.Errorf("overall = %v, want %v", deref(s.Overall), 2.0/4)
	}
}

func TestNoTargetsNoScores(t *testing.T) {
	t.Parallel()
	f := newFixture()
	postsIn(f, "2026-10", 3)
	s := f.run(t, "id").StageScores
	if s.Share != nil || s.Optimize != nil || s.Manage != nil || s.Engage != nil || s.Overall != nil {
		t.Errorf("scores without targets should be null: %+v", s)
	}
}

func TestResultFields(t *testing.T) {
	t.Parallel()
	f := newFixture()
	postsIn(f, "2026-10", 3)
	f.add(ownPost("big", report.Reel, at("2026-10-20 10:00"), inter(1234567, 5, 0, 0, 0)))
	for _, lang := range []string{"id", "en"} {
		rep := f.run(t, lang)
		if len(rep.Indicators) != len(specIndicators) {
			t.Fatalf("%d indicators, want %d", len(rep.Indicators), len(specIndicators))
		}
		for i, r := range rep.Indicators {
			row := specIndicators[i]
			if r.ID != row[0] || r.Unit != row[2] || r.Direction != row[3] || r.Stage != report.StageOf(row[0]) ||
				r.Subcomponent != r.Stage+"."+row[1] {
				t.Errorf("result %d = %s %s %s %s %s, want framework order and fields %v", i, r.ID, r.Stage, r.Subcomponent, r.Unit, r.Direction, row)
			}
			wantLabel := "L:" + r.ID
			if lang == "en" {
				wantLabel = "EN:" + r.ID
			}
			if r.Label != wantLabel || !strings.HasSuffix(r.Formula, ":"+r.ID) {
				t.Errorf("%s label %q formula %q", r.ID, r.Label, r.Formula)
			}
			if r.Value == nil && (r.Display != "—" || r.Reason == "") {
				t.Errorf("%s null value: display %q reason %q", r.ID, r.Display, r.Reason)
			}
		}
		med := ind(t, rep, "share.median_reach") // 100, 100, 100, 1234567 → 100
		wantDisp := map[string]string{"id": "100", "en": "100"}[lang]
		if med.Display != wantDisp {
			t.Errorf("%s display = %q", lang, med.Display)
		}
		er := ind(t, rep, "engage.er_reach") // 35 / 1234867
		if lang == "id" && er.Display != "0,0%" || lang == "en" && er.Display != "0.0%" {
			t.Errorf("er display %q", er.Display)
		}
		ppw := ind(t, rep, "share.posts_per_week") // 4/(31/7) = 0.903…
		if lang == "id" && ppw.Display != "0,9" {
			t.Errorf("posts_per_week display %q", ppw.Display)
		}
	}
}

func TestUnknownIndicator(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.fw.Indicators = append(f.fw.Indicators, report.IndicatorDef{ID: "share.magic", Subcomponent: "share.participate"})
	if _, err := Run(Input{Data: f.ds, Config: f.cfg, Framework: f.fw, Lang: "id"}); err == nil || !strings.Contains(err.Error(), "share.magic") {
		t.Errorf("err = %v, want an error naming share.magic", err)
	}
	if _, err := Run(Input{Config: f.cfg, Framework: f.fw}); err == nil {
		t.Errorf("nil Data should be an error")
	}
}

func TestEditedFramework(t *testing.T) {
	t.Parallel()
	f := newFixture()
	postsIn(f, "2026-10", 3)
	f.fw.Indicators = []report.IndicatorDef{f.fw.Indicators[25], f.fw.Indicators[0]} // er_reach, posts
	f.fw.Indicators[0].Unit = ""                                                     // falls back to compute's unit
	rep := f.run(t, "id")
	if len(rep.Indicators) != 2 || rep.Indicators[0].ID != "engage.er_reach" || rep.Indicators[1].ID != "share.posts" {
		t.Fatalf("order not the framework's: %v", rep.Indicators)
	}
	if rep.Indicators[0].Unit != "ratio" || rep.Indicators[0].Display != "10,0%" {
		t.Errorf("unit %q display %q", rep.Indicators[0].Unit, rep.Indicators[0].Display)
	}
}

func TestQuarterMonthly(t *testing.T) {
	t.Parallel()
	f := newFixture()
	q := period("2026-Q4")
	prev := q.Previous()
	f.cfg.Period, f.cfg.Compare = q, &prev
	f.ds.PostsCovers = []report.Range{rng("2026-07-01", "2026-12-31")}
	postsIn(f, "2026-09", 1)
	postsIn(f, "2026-10", 2)
	postsIn(f, "2026-11", 4)
	postsIn(f, "2026-12", 3)
	rep := f.run(t, "id")
	if r := ind(t, rep, "share.posts"); *r.Value != 9 || *r.Previous != 1 {
		t.Errorf("quarter posts = %v (previous %v)", deref(r.Value), deref(r.Previous))
	}
	if len(rep.Monthly) != 3 {
		t.Fatalf("%d months, want 3", len(rep.Monthly))
	}
	wantIDs := []string{"2026-10", "2026-11", "2026-12"}
	wantPosts := []float64{2, 4, 3}
	wantPrev := []float64{1, 2, 4}
	for i, m := range rep.Monthly {
		if m.Period.ID != wantIDs[i] || len(m.Indicators) != len(specIndicators) {
			t.Errorf("month %d: %s with %d indicators", i, m.Period.ID, len(m.Indicators))
			continue
		}
		r := m.Indicators[0]
		if r.ID != "share.posts" || *r.Value != wantPosts[i] || r.Previous == nil || *r.Previous != wantPrev[i] {
			t.Errorf("month %s posts = %v previous %v", m.Period.ID, deref(r.Value), deref(r.Previous))
		}
		if m.Period.Days != []int{31, 30, 31}[i] {
			t.Errorf("month %s days %d", m.Period.ID, m.Period.Days)
		}
	}
	// a month-by-month reach change compares each month with the one before
	if r := rep.Monthly[1].Indicators[9]; r.ID != "optimize.reach_change" || r.Value == nil || *r.Value != 0 {
		t.Errorf("November reach change = %v (%s)", deref(r.Value), r.Reason)
	}
	// a single month has no monthly breakdown
	g := newFixture()
	if m := g.run(t, "id").Monthly; m != nil {
		t.Errorf("monthly for one month = %v", m)
	}
}

func TestPartialMonthsCompareByDays(t *testing.T) {
	t.Parallel()
	p, _ := report.RangePeriod(day("2026-10-20"), day("2026-11-10"))
	m := p.Months()
	if len(m) != 2 {
		t.Fatalf("months %v", m)
	}
	if got := monthBefore(m[0]); got.From != day("2026-10-08") || got.To != day("2026-10-19") {
		t.Errorf("before %v: %v", m[0], got)
	}
	full := period("2026-11")
	if got := monthBefore(full); got.From != day("2026-10-01") || got.To != day("2026-10-31") {
		t.Errorf("before November: %v", got)
	}
}

// TestPosts checks the posts table. Captions and categories are copied as
// they are: the assembler (report/project) redacts the whole Report.
func TestPosts(t *testing.T) {
	t.Parallel()
	f := newFixture()
	p := ownPost("a", report.Image, at("2026-10-02 09:05"), inter(100, 10, 2, 1, 1))
	p.Caption = "Bersama Budi Santoso #HUT"
	p.Category = "Budi Santoso"
	q := ownPost("b", report.Reel, at("2026-10-01 23:00"), "views=5 likes=1 comments= shares= saves=")
	f.add(p, q, ownPost("s", report.Story, at("2026-10-03 10:00"), ""))
	rep := f.run(t, "id")
	if len(rep.Posts) != 2 || rep.Posts[0].Key != "b" || rep.Posts[1].Key != "a" {
		t.Fatalf("posts = %+v", rep.Posts)
	}
	a := rep.Posts[1]
	if a.Caption != "Bersama Budi Santoso #HUT" || a.Category != "Budi Santoso" || a.Published != "2026-10-02T09:05" {
		t.Errorf("row %+v", a)
	}
	if a.Interactions == nil || *a.Interactions != 14 || a.ER == nil || !near(*a.ER, 0.14) || *a.Reach != 100 {
		t.Errorf("row metrics %+v", a)
	}
	b := rep.Posts[0]
	if b.Reach != nil || b.ER != nil || b.Interactions == nil || *b.Interactions != 1 || *b.Views != 5 || b.Shares != nil {
		t.Errorf("row b %+v", b)
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	build := func() []byte {
		f := newFixture()
		withConversation(f)
		postsIn(f, "2026-10", 7)
		postsIn(f, "2026-09", 5)
		for i, p := range f.ds.Posts {
			p.Caption = "#Satu #dua #" + string(rune('a'+i%3))
			p.Category = []string{"layanan", "informasi"}[i%2]
		}
		b, err := json.Marshal(f.run(t, "id"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := build(), build()
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two runs differ")
	}
}
