package compute

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestShareIndicators(t *testing.T) {
	t.Parallel()
	story := func(key, when string) *report.Post {
		p := ownPost(key, report.Story, at(when), "reach=10 likes=0 shares=0")
		return p
	}
	cases := []icase{
		{name: "posts counts own feed posts in P only", id: "share.posts", n: 2,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-03 10:00"), ""),
					ownPost("b", report.Reel, at("2026-10-31 23:59"), ""),
					story("s", "2026-10-05 10:00"),
					collabPost("c", at("2026-10-06 10:00")),
					ownPost("sep", report.Image, at("2026-09-30 23:00"), ""),
					ownPost("nov", report.Image, at("2026-11-01 00:00"), ""),
					&report.Post{Key: "nodate", Own: true, Type: report.Image})
			}, want: 2, prev: fp(1)},
		{name: "posts bucketed by local date across midnight", id: "share.posts", n: 1,
			setup: func(f *fixture) {
				// 2026-09-30 10:30 in Los Angeles is 2026-10-01 00:30 in Jakarta: October.
				f.add(ownPost("a", report.Image, atIn("2026-09-30 10:30", la), ""))
				// 2026-10-31 10:00 in Los Angeles is 2026-11-01 00:00 in Jakarta: November.
				f.add(ownPost("b", report.Image, atIn("2026-10-31 10:00", la), ""))
				// 2026-09-01 09:59 in Los Angeles is 2026-09-01 23:59 in Jakarta: September.
				f.add(ownPost("c", report.Image, atIn("2026-09-01 09:59", la), ""))
			}, want: 1, prev: fp(1)},
		{name: "posts without a posts source", id: "share.posts", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) { f.ds.PostsCovers = nil }},
		{name: "posts with a coverage gap", id: "share.posts", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) {
				f.ds.PostsCovers = []report.Range{rng("2026-10-01", "2026-10-15"), rng("2026-10-17", "2026-10-31")}
			}},
		{name: "posts with adjacent coverage; no September export", id: "share.posts", n: 0, want: 0,
			setup: func(f *fixture) {
				f.ds.PostsCovers = []report.Range{rng("2026-10-16", "2026-11-30"), rng("2026-10-01", "2026-10-15")}
			}, prevNo: report.ReasonNoCoverage},
		{name: "posts per week", id: "share.posts_per_week", n: 3,
			setup: func(f *fixture) {
				for _, k := range []string{"a", "b", "c"} {
					f.add(ownPost(k, report.Image, at("2026-10-10 10:00"), ""))
				}
			}, want: 3.0 / (31.0 / 7.0), prev: fp(0)},
		{name: "stories per day", id: "share.stories_per_day", n: 2,
			setup: func(f *fixture) {
				f.ds.HasStoryRows = true
				f.add(story("s1", "2026-10-02 17:30"), story("s2", "2026-10-30 17:30"),
					story("s3", "2026-09-30 17:30"), ownPost("a", report.Image, at("2026-10-02 10:00"), ""))
			}, want: 2.0 / 31, prev: fp(1.0 / 30)},
		{name: "stories per day without story rows", id: "share.stories_per_day", n: 0, null: report.ReasonNoData},
		{name: "stories per day zero when story rows exist elsewhere", id: "share.stories_per_day", n: 0, want: 0,
			setup: func(f *fixture) { f.ds.HasStoryRows = true }},
		{name: "active days counts posts and stories by local date", id: "share.active_days", n: 5,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 08:00"), ""),
					ownPost("b", report.Reel, at("2026-10-01 20:00"), ""),
					ownPost("c", report.Image, at("2026-10-02 23:59"), ""),
					story("s1", "2026-10-02 17:30"), story("s2", "2026-10-03 00:00"),
					collabPost("x", at("2026-10-04 10:00")))
			}, want: 3.0 / 31},
		{name: "longest gap without posts is D", id: "share.longest_gap_days", n: 0, want: 31, prev: fp(30)},
		{name: "longest gap between posts", id: "share.longest_gap_days", n: 2,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 12:00"), ""),
					ownPost("b", report.Image, at("2026-10-20 00:00"), ""))
			}, want: 18.5},
		{name: "longest gap from the period start", id: "share.longest_gap_days", n: 1,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Carousel, at("2026-10-31 06:00"), ""))
				f.add(story("s", "2026-10-02 10:00")) // stories do not break a gap
			}, want: 30.25},
		{name: "longest gap to the period end", id: "share.longest_gap_days", n: 1,
			setup: func(f *fixture) { f.add(ownPost("a", report.Video, at("2026-10-01 06:00"), "")) },
			want:  30.75},
		{name: "reel share", id: "share.reel_share", n: 4,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Reel, at("2026-10-01 06:00"), ""),
					ownPost("b", report.Video, at("2026-10-02 06:00"), ""),
					ownPost("c", report.Image, at("2026-10-03 06:00"), ""),
					ownPost("d", report.Carousel, at("2026-10-04 06:00"), ""),
					collabPost("x", at("2026-10-04 10:00")))
			}, want: 0.25},
		{name: "reel share without posts", id: "share.reel_share", n: 0, null: report.ReasonNoData},
		{name: "channels active", id: "share.channels", n: 2,
			setup: func(f *fixture) {
				f.cfg.Channels = []report.Channel{{Platform: "instagram", Active: true},
					{Platform: "tiktok", Active: true}, {Platform: "x", Active: false}}
			}, want: 2, prevNo: report.ReasonSnapshot},
		{name: "channels not listed", id: "share.channels", n: 0, null: report.ReasonNoData},
		{name: "median reach skips blank and zero reach", id: "share.median_reach", n: 4,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "reach=100"),
					ownPost("b", report.Image, at("2026-10-02 06:00"), "reach=300"),
					ownPost("c", report.Image, at("2026-10-03 06:00"), "reach="),
					ownPost("d", report.Image, at("2026-10-04 06:00"), "reach=0"),
					ownPost("e", report.Image, at("2026-10-05 06:00"), "reach=200"),
					ownPost("f", report.Image, at("2026-10-06 06:00"), "reach=400"),
					ownPost("g", report.Image, at("2026-09-06 06:00"), "reach=50"))
			}, want: 250, prev: fp(50)},
		{name: "median reach odd count", id: "share.median_reach", n: 3,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "reach=100"),
					ownPost("b", report.Image, at("2026-10-02 06:00"), "reach=300"),
					ownPost("c", report.Image, at("2026-10-03 06:00"), "reach=200"))
			}, want: 200, prevNo: report.ReasonNoData},
		{name: "median views keeps zero views, skips blanks", id: "share.median_views", n: 2,
			setup: func(f *fixture) {
				f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), "views=10"),
					ownPost("b", report.Image, at("2026-10-02 06:00"), "views=0"),
					ownPost("c", report.Image, at("2026-10-03 06:00"), "views="),
					ownPost("d", report.Image, at("2026-10-03 06:00"), "!views"))
			}, want: 5},
	}
	runCases(t, cases)
}
