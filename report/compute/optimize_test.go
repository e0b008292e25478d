package compute

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestOptimizeIndicators(t *testing.T) {
	t.Parallel()
	// erPosts adds n posts of type typ in October with the given ER (interactions ÷ 100 reach).
	erPosts := func(f *fixture, prefix string, typ report.PostType, ers ...int) {
		for i, e := range ers {
			f.add(ownPost(prefix+string(rune('a'+i)), typ, at("2026-10-10 10:00").AddDate(0, 0, i), inter(100, e, 0, 0, 0)))
		}
	}
	cases := []icase{
		{name: "reach change", id: "optimize.reach_change", n: 2,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "reach=100"),
					ownPost("b", report.Image, at("2026-10-02 06:00"), "reach=300"),
					ownPost("q", report.Image, at("2026-09-02 06:00"), "reach=100"))
			}, want: 1.0, prevNo: report.ReasonNotApplicable},
		{name: "reach change without comparison", id: "optimize.reach_change", n: 0, null: report.ReasonNoCompare,
			setup: func(f *fixture) {
				f.cfg.Compare = nil
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "reach=100"))
			}, prevNo: report.ReasonNoCompare},
		{name: "reach change without September export", id: "optimize.reach_change", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) {
				f.ds.PostsCovers = f.ds.PostsCovers[1:]
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "reach=100"))
			}},
		{name: "reach change without reach in the comparison", id: "optimize.reach_change", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) { f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "reach=100")) }},
		{name: "ER change in fractions", id: "optimize.er_change", n: 1,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), inter(1000, 50, 10, 5, 5)), // 70/1000
					ownPost("q", report.Image, at("2026-09-01 06:00"), inter(1000, 40, 5, 3, 2))) // 50/1000
			}, want: 0.02, prevNo: report.ReasonNotApplicable},
		{name: "save/share rate", id: "optimize.save_share_rate", n: 2,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), inter(1000, 50, 1, 5, 15)),
					// blank shares count 0; the post has interaction data
					ownPost("b", report.Image, at("2026-10-02 06:00"), "reach=1000 likes=3 comments=0 shares= saves=10"),
					// no reach: left out
					ownPost("c", report.Image, at("2026-10-03 06:00"), "reach= likes=3 comments=0 shares=50 saves=50"),
					// all four blank: no interaction data, left out
					ownPost("d", report.Image, at("2026-10-04 06:00"), "reach=500 likes= comments= shares= saves="),
					// saves column absent: no interaction data
					ownPost("e", report.Image, at("2026-10-05 06:00"), "reach=500 likes=1 comments=1 shares=99 !saves"))
			}, want: 30.0 / 2000},
		{name: "save/share rate without posts", id: "optimize.save_share_rate", n: 0, null: report.ReasonNoData},
		{name: "best format needs three posts", id: "optimize.best_format", n: 3, label: "Reel",
			setup: func(f *fixture) {
				erPosts(f, "i", report.Image, 10, 20, 30) // 60/300 = 0.2
				erPosts(f, "r", report.Reel, 30, 30, 30)  // 0.3
				erPosts(f, "c", report.Carousel, 90, 90)  // only two
				erPosts(f, "v", report.Video, 80, 80)
				f.add(ownPost("vx", report.Video, at("2026-10-20 10:00"), "reach= likes=80 comments=0 shares=0 saves=0")) // no reach
			}, want: 0.3},
		{name: "best format tie goes to image before carousel", id: "optimize.best_format", n: 3, label: "Gambar",
			setup: func(f *fixture) {
				erPosts(f, "c", report.Carousel, 10, 20, 30)
				erPosts(f, "i", report.Image, 20, 20, 20)
			}, want: 0.2},
		{name: "best format with too few posts", id: "optimize.best_format", n: 0, null: report.ReasonTooFew,
			setup: func(f *fixture) { erPosts(f, "i", report.Image, 10, 20) }},
		{name: "best slot", id: "optimize.best_slot", n: 2, label: "Jumat 12.00–14.59",
			setup: func(f *fixture) {
				// Friday 2 and 9 October, 12:10 and 14:59: ER 0.1 and 0.3 → mean 0.2
				f.add(ownPost("f1", report.Image, at("2026-10-02 12:10"), inter(100, 10, 0, 0, 0)),
					ownPost("f2", report.Reel, at("2026-10-09 14:59"), inter(200, 60, 0, 0, 0)),
					// Monday 5 and 12 October 09:00: 0.1 and 0.2 → 0.15
					ownPost("m1", report.Image, at("2026-10-05 09:00"), inter(100, 10, 0, 0, 0)),
					ownPost("m2", report.Image, at("2026-10-12 10:30"), inter(100, 20, 0, 0, 0)),
					// a lone Saturday post with ER 0.9 does not make a cell
					ownPost("s1", report.Image, at("2026-10-03 09:00"), inter(100, 90, 0, 0, 0)),
					// Friday 15:00 is the next block
					ownPost("f3", report.Image, at("2026-10-16 15:00"), inter(100, 99, 0, 0, 0)))
			}, want: 0.2},
		{name: "best slot tie goes to the earliest cell from Monday", id: "optimize.best_slot", n: 2, label: "Senin 00.00–02.59",
			setup: func(f *fixture) {
				f.add(ownPost("f1", report.Image, at("2026-10-02 12:10"), inter(100, 20, 0, 0, 0)),
					ownPost("f2", report.Image, at("2026-10-09 13:00"), inter(100, 20, 0, 0, 0)),
					// Sunday 2026-10-04 17:30 in Los Angeles is Monday 2026-10-05 07:30 in Jakarta (block 06–08)
					ownPost("m0", report.Image, atIn("2026-10-04 17:30", la), inter(100, 99, 0, 0, 0)),
					// Sunday 2026-10-11 10:30 in Los Angeles is Monday 2026-10-12 00:30 in Jakarta
					ownPost("m1", report.Image, atIn("2026-10-11 10:30", la), inter(100, 10, 0, 0, 0)),
					ownPost("m2", report.Image, at("2026-10-19 02:59"), inter(100, 30, 0, 0, 0)))
			}, want: 0.2},
		{name: "best slot with too few posts per cell", id: "optimize.best_slot", n: 0, null: report.ReasonTooFew,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-02 12:10"), inter(100, 20, 0, 0, 0)),
					ownPost("b", report.Image, at("2026-10-09 12:10"), "reach= likes=3 comments=0 shares=0 saves=0"))
			}},
		{name: "conversation rate", id: "optimize.conversation_rate", n: 3,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), inter(100, 1, 10, 0, 0)),
					ownPost("b", report.Image, at("2026-10-02 06:00"), inter(0, 1, 20, 0, 0)),
					ownPost("c", report.Image, at("2026-10-03 06:00"), "likes=5 comments= shares= saves="),
					ownPost("d", report.Image, at("2026-10-04 06:00"), "likes= comments= shares= saves="))
			}, want: 10},
	}
	runCases(t, cases)
}

func TestBestSlotLabelEnglish(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.add(ownPost("f1", report.Image, at("2026-10-02 21:10"), inter(100, 10, 0, 0, 0)),
		ownPost("f2", report.Image, at("2026-10-09 23:59"), inter(100, 30, 0, 0, 0)))
	r := ind(t, f.run(t, "en"), "optimize.best_slot")
	if r.ValueLabel != "Friday 21:00–23:59" {
		t.Errorf("label = %q", r.ValueLabel)
	}
	if r.Display != "Friday 21:00–23:59 (20.0%)" {
		t.Errorf("display = %q", r.Display)
	}
}
