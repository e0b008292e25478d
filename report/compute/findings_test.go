package compute

import (
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// richFixture has posts in both months, comments and targets.
func richFixture() *fixture {
	f := newFixture()
	withConversation(f)
	// October: 3 reels at ER 0.3 (Friday 12:xx twice), 3 images at ER 0.1; September: 5 images at ER 0.1.
	for i, at0 := range []string{"2026-10-02 12:10", "2026-10-09 12:20", "2026-10-14 08:00"} {
		f.add(ownPost("r"+string(rune('a'+i)), report.Reel, at(at0), inter(1000, 300, 0, 0, 0)))
	}
	for i := 0; i < 3; i++ {
		f.add(ownPost("i"+string(rune('a'+i)), report.Image, at("2026-10-20 10:00").Add(timeHours(24*i)), inter(1000, 100, 0, 0, 0)))
	}
	for i := 0; i < 5; i++ {
		f.add(ownPost("q"+string(rune('a'+i)), report.Image, at("2026-09-10 10:00").Add(timeHours(24*i)), inter(500, 50, 0, 0, 0)))
	}
	return f
}

func TestFindings(t *testing.T) {
	t.Parallel()
	f := richFixture()
	f.cfg.Targets = []report.TargetEntry{
		{ID: "share.posts_per_week", Target: report.Target{Min: fp(7)}},
		{ID: "manage.median_response_hours", Target: report.Target{Max: fp(2)}},
		{ID: "engage.er_reach", Target: report.Target{Min: fp(0.05)}},
	}
	got := f.run(t, "id").Findings
	// posts_per_week = 6/(31/7) = 1.35 (< 7); median response 3 h (> 2). Relative changes with n ≥ 5:
	// manage.comments 8 vs 1 (+700 %), engage.interactions 1200 vs 250 (+380 %), engage.er_reach
	// 0.2 vs 0.1 (+100 %), share.posts 6 vs 5 (+20 %), … : the two largest are kept.
	want := []string{
		"L:share.posts_per_week tercatat 1,4 per minggu, di bawah target minimal 7,0 per minggu.",
		"L:manage.median_response_hours tercatat 3,0 jam, di atas target maksimal 2,0 jam.",
		"L:manage.comments naik 700,0% dibanding periode sebelumnya (dari 1 menjadi 8).",
		"L:engage.interactions naik 380,0% dibanding periode sebelumnya (dari 250 menjadi 1.200).",
		// no best format: Reel rests on 3 posts (< 5)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%q\nwant\n%q", got, want)
	}
}

func TestFindingsMoreUnmetAndEnglish(t *testing.T) {
	t.Parallel()
	f := richFixture()
	f.cfg.Targets = []report.TargetEntry{
		{ID: "share.posts_per_week", Target: report.Target{Min: fp(7)}},
		{ID: "share.reel_share", Target: report.Target{Min: fp(0.9)}},
		{ID: "manage.response_rate", Target: report.Target{Min: fp(0.9)}},
	}
	got := f.run(t, "en").Findings
	if len(got) != 5 {
		t.Fatalf("%d findings: %q", len(got), got)
	}
	if got[0] != "EN:share.posts_per_week was 1.4 per week, below the minimum target of 7.0 per week." ||
		got[1] != "2 other targets were not met either: EN:share.reel_share, EN:manage.response_rate." {
		t.Errorf("unmet findings = %q", got[:2])
	}
}

// TestFindingsAllMetSmallGroupsAndResponse: the best format (3 posts) and
// the best slot (2 posts) rest on fewer than 5 posts and are not stated.
func TestFindingsAllMetSmallGroupsAndResponse(t *testing.T) {
	t.Parallel()
	f := richFixture()
	f.cfg.Targets = []report.TargetEntry{{ID: "engage.er_reach", Target: report.Target{Min: fp(0.05)}}}
	// No September posts export and no September comment: no previous values, so no changes.
	f.ds.PostsCovers = f.ds.PostsCovers[1:]
	var cms []report.CommentRow
	for _, c := range f.comments() {
		if c.ID != "c8" {
			cms = append(cms, c)
		}
	}
	f.setComments(cms)
	got := f.run(t, "id").Findings
	want := []string{
		"Satu-satunya indikator yang memiliki target mencapai targetnya.",
		"Median waktu respons terhadap komentar warga 3,0 jam (P90 25,0 jam); 66,7% komentar dibalas.",
		"Dalam periode ini terbit 6 unggahan feed (1,4 per minggu).",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%q\nwant\n%q", got, want)
	}
}

func TestFindingsFillIn(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.add(ownPost("a", report.Image, at("2026-10-05 10:00"), inter(100, 10, 0, 0, 0)))
	got := f.run(t, "id").Findings
	want := []string{
		"Dalam periode ini terbit 1 unggahan feed (0,2 per minggu).",
		"Tingkat keterlibatan terhadap jangkauan (ER) sebesar 10,0%.",
		"Data periode ini belum cukup untuk menyusun temuan lain.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%q\nwant\n%q", got, want)
	}
}

// TestChangeSize: a rate's change is stated in pp, a count's in %.
func TestChangeSize(t *testing.T) {
	t.Parallel()
	x := &prep{lang: "id"}
	f := func(v float64) *float64 { return &v }
	for _, c := range []struct {
		r    report.Result
		want string
	}{
		{report.Result{Unit: "ratio", Change: f(0.2822), ChangePct: f(29.962)}, "28,22 pp"},
		{report.Result{Unit: "ratio", Change: f(-0.0177), ChangePct: f(-0.27)}, "1,77 pp"},
		{report.Result{Unit: "count", Change: f(12), ChangePct: f(0.429)}, "42,9%"},
		{report.Result{Unit: "hours", Change: f(-5.8), ChangePct: f(-0.817)}, "81,7%"},
	} {
		if got := x.changeSize(c.r); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.r.Unit, *c.r.Change, got, c.want)
		}
	}
}
