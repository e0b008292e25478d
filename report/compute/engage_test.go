package compute

import (
	"math"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestEngageIndicators(t *testing.T) {
	t.Parallel()
	twoPosts := func(f *fixture) {
		f.add(ownPost("a", report.Image, at("2026-10-01 06:00"), inter(1000, 50, 10, 5, 5)), // 70
			ownPost("b", report.Reel, at("2026-10-08 06:00"), inter(2000, 100, 20, 10, 10)), // 140
			ownPost("c", report.Image, at("2026-10-09 06:00"), "likes= comments= shares= saves="),
			ownPost("d", report.Image, at("2026-10-10 06:00"), "reach= likes=40 comments=5 shares=3 saves=2"), // 50, no reach
			ownPost("q", report.Image, at("2026-09-10 06:00"), inter(500, 10, 0, 0, 0)))
	}
	followers := func(f *fixture) {
		f.series(report.SeriesFollowersTotal, rng("2026-09-30", "2026-10-30"),
			dv("2026-09-30", 9990), dv("2026-10-10", 10005), dv("2026-10-30", 10020))
	}
	igChannel := func(f *fixture, n float64) {
		f.cfg.Channels = []report.Channel{{Platform: "tiktok", Followers: fp(5), Active: true},
			{Platform: "Instagram", Followers: fp(n), Active: true}}
	}
	cases := []icase{
		{name: "interactions", id: "engage.interactions", n: 3, setup: twoPosts, want: 260, prev: fp(10)},
		{name: "interactions without interaction data", id: "engage.interactions", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) {
				f.add(ownPost("c", report.Image, at("2026-10-09 06:00"), "reach=10 likes= comments= shares= saves="))
			}},
		{name: "ER by reach (ratio of sums over posts with both)", id: "engage.er_reach", n: 2, setup: twoPosts,
			want: 210.0 / 3000, prev: fp(10.0 / 500)},
		{name: "ER by reach without reach", id: "engage.er_reach", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) {
				f.add(ownPost("d", report.Image, at("2026-10-10 06:00"), "reach=0 likes=40 comments=5 shares=3 saves=2"))
			}},
		{name: "ER by followers", id: "engage.er_followers", n: 3,
			setup: func(f *fixture) { twoPosts(f); followers(f) }, want: (260.0 / 3) / 10020, prev: fp(10.0 / 9990)},
		{name: "ER by followers without followers", id: "engage.er_followers", n: 0, null: report.ReasonNoData, setup: twoPosts},
		{name: "followers end from followers_total", id: "engage.followers_end", n: 2,
			setup: func(f *fixture) { followers(f); igChannel(f, 12000) }, want: 10020, prev: fp(9990)},
		{name: "followers end from the Instagram channel, same for Q", id: "engage.followers_end", n: 1,
			setup: func(f *fixture) { igChannel(f, 12000) }, want: 12000, prev: fp(12000)},
		{name: "followers end with a series outside P and no channel", id: "engage.followers_end", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) {
				f.series(report.SeriesFollowersTotal, rng("2026-09-01", "2026-09-30"), dv("2026-09-01", 100), dv("2026-09-30", 110))
			}, prev: fp(110)},
		{name: "followers end without any source", id: "engage.followers_end", n: 0, null: report.ReasonNoData},
		{name: "follower growth from totals (start = last total before P)", id: "engage.follower_growth", n: 2,
			setup: followers, want: 30.0 / 9990, prev: fp(0)},
		{name: "follower growth from the first total in P", id: "engage.follower_growth", n: 2,
			setup: func(f *fixture) {
				f.series(report.SeriesFollowersTotal, rng("2026-10-05", "2026-10-30"), dv("2026-10-05", 10000), dv("2026-10-30", 10100))
			}, want: 0.01, prevNo: report.ReasonNoCoverage},
		{name: "gross follower growth from follows", id: "engage.follower_growth", n: 31,
			setup: func(f *fixture) {
				igChannel(f, 1030)
				// missing days inside the coverage count as 0
				f.series(report.SeriesFollows, rng("2026-10-01", "2026-10-31"), dv("2026-10-01", 10), dv("2026-10-15", 20))
			}, want: 30.0 / 1000, prevNo: report.ReasonNoCoverage},
		{name: "gross follower growth needs follows covering P", id: "engage.follower_growth", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) {
				igChannel(f, 1030)
				f.series(report.SeriesFollows, rng("2026-10-02", "2026-10-31"), dv("2026-10-02", 10))
			}},
		{name: "follower growth without data", id: "engage.follower_growth", n: 0, null: report.ReasonNoData},
		{name: "daily reach mean over listed days", id: "engage.daily_reach_mean", n: 3,
			setup: func(f *fixture) {
				f.series(report.SeriesReach, rng("2026-09-01", "2026-11-01"), dv("2026-09-01", 10), dv("2026-10-01", 100),
					dv("2026-10-02", 200), dv("2026-10-05", 600), dv("2026-11-01", 9999))
			}, want: 300, prev: fp(10)},
		{name: "daily reach mean without coverage", id: "engage.daily_reach_mean", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) {
				f.series(report.SeriesReach, rng("2026-10-02", "2026-10-31"), dv("2026-10-02", 100), dv("2026-10-31", 200))
			}},
		{name: "daily reach mean without a series", id: "engage.daily_reach_mean", n: 0, null: report.ReasonNoData},
		{name: "weekly constancy", id: "engage.weekly_constancy", n: 5,
			setup: func(f *fixture) {
				// blocks 1–7, 8–14, 15–21, 22–28, 29–31: 70/7, 140/7, 0, 70/7, 30/3 = 10, 20, 0, 10, 10
				f.add(ownPost("a", report.Image, at("2026-10-07 23:59"), inter(100, 70, 0, 0, 0)),
					ownPost("b", report.Image, at("2026-10-08 00:00"), inter(100, 100, 0, 0, 0)),
					ownPost("c", report.Image, at("2026-10-14 12:00"), inter(100, 40, 0, 0, 0)),
					ownPost("d", report.Image, at("2026-10-22 12:00"), inter(100, 70, 0, 0, 0)),
					ownPost("e", report.Image, at("2026-10-31 12:00"), inter(100, 30, 0, 0, 0)),
					ownPost("x", report.Image, at("2026-10-16 12:00"), "likes= comments= shares= saves="))
			}, want: math.Sqrt(40) / 10},
		{name: "weekly constancy with mean 0", id: "engage.weekly_constancy", n: 0, null: report.ReasonZeroBase,
			setup: func(f *fixture) { f.add(ownPost("a", report.Image, at("2026-10-07 23:59"), inter(100, 0, 0, 0, 0))) }},
		{name: "weekly constancy with one block", id: "engage.weekly_constancy", n: 0, null: report.ReasonTooFew,
			setup: func(f *fixture) {
				p, _ := report.RangePeriod(day("2026-10-01"), day("2026-10-07"))
				f.cfg.Period, f.cfg.Compare = p, nil
				f.add(ownPost("a", report.Image, at("2026-10-07 23:59"), inter(100, 5, 0, 0, 0)))
			}},
		{name: "home audience", id: "engage.home_audience", n: 3,
			setup: func(f *fixture) {
				f.cfg.HomeRegion = []string{" Sukamaju ", "CIBEUREUM"}
				f.ds.Audience = &report.Audience{Cities: []report.Share{{Name: "Sukamaju, Jawa Barat", Share: 0.2},
					{Name: "cibeureum , Jawa Barat", Share: 0.1}, {Name: "Bandung, Jawa Barat", Share: 0.05}}}
			}, want: 0.3, prevNo: report.ReasonSnapshot},
		{name: "home audience needs the audience", id: "engage.home_audience", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) { f.cfg.HomeRegion = []string{"Sukamaju"} }},
		{name: "collaborations", id: "engage.collaborations", n: 8,
			setup: func(f *fixture) {
				f.add(collabPost("x1", at("2026-10-08 10:00")), collabPost("x2", at("2026-10-22 10:00")),
					collabPost("x0", at("2026-09-22 10:00")))
				caps := []string{
					"Info bersama @dinkes.test",  // counts
					"@kab.test info",             // the account itself
					"email info@dinkes.go.id",    // not a mention
					"(@Dinas_X) dan @kab.test",   // counts once
					"@KAB.TEST",                  // the account, upper case
					"terima kasih @dinkes.test.", // trailing dot is not part of the handle
				}
				for i, c := range caps {
					p := ownPost("p"+string(rune('a'+i)), report.Image, at("2026-10-10 10:00"), "")
					p.Caption = c
					f.add(p)
				}
			}, want: 5, prev: fp(1)},
	}
	runCases(t, cases)
}

func TestHomeAudienceNone(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.cfg.HomeRegion = []string{"Sukamaju"}
	f.ds.Audience = &report.Audience{Cities: []report.Share{{Name: "Bandung, Jawa Barat", Share: 0.2},
		{Name: "Sukamaju Baru, Jawa Barat", Share: 0.043}}}
	r := ind(t, f.run(t, "id"), "engage.home_audience")
	if r.Value == nil || *r.Value != 0 {
		t.Fatalf("value = %v, want 0", deref(r.Value))
	}
	if !strings.Contains(r.Note, "4,3%") {
		t.Errorf("note %q should give the smallest listed share 4,3%%", r.Note)
	}
}

func TestGrossGrowthNote(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.cfg.Channels = []report.Channel{{Platform: "instagram", Followers: fp(1030), Active: true}}
	f.series(report.SeriesFollows, rng("2026-10-01", "2026-10-31"), dv("2026-10-01", 30))
	rep := f.run(t, "en")
	if r := ind(t, rep, "engage.follower_growth"); !strings.Contains(r.Note, "gross growth") {
		t.Errorf("note = %q, want the gross-growth note", r.Note)
	}
	if r := ind(t, rep, "engage.followers_end"); r.Note == "" {
		t.Errorf("followers_end from the channel should say so")
	}
}
