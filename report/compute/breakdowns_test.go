package compute

import (
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestFormatsAndCategories(t *testing.T) {
	t.Parallel()
	f := newFixture()
	mk := func(key string, typ report.PostType, cat, spec string) {
		p := ownPost(key, typ, at("2026-10-05 10:00"), spec)
		p.Category = cat
		f.add(p)
	}
	mk("i1", report.Image, "layanan", inter(100, 10, 0, 0, 0))
	mk("i2", report.Image, "Layanan ", inter(300, 10, 0, 0, 0)) // a different spelling stays its own group
	mk("r1", report.Reel, "layanan", inter(100, 30, 0, 0, 0))
	mk("r2", report.Reel, "", "reach= likes=3 comments=0 shares=0 saves=0") // no reach
	mk("v1", report.Video, "hiburan", "reach=100 likes= comments= shares= saves=")
	f.add(ownPost("s1", report.Story, at("2026-10-05 10:00"), ""))
	b := f.run(t, "en").Breakdowns

	er := func(v float64) *float64 { return &v }
	wantMix := []report.GroupStat{
		{Name: "Image", Posts: 2, Share: 0.4, N: 2, ER: er(20.0 / 400)},
		{Name: "Reel", Posts: 2, Share: 0.4, N: 1, ER: er(0.3)},
		{Name: "Video", Posts: 1, Share: 0.2, N: 0},
	}
	if !reflect.DeepEqual(b.FormatMix, wantMix) {
		t.Errorf("format mix = %s", dump(b.FormatMix))
	}
	if len(b.ERByFormat) != 2 || b.ERByFormat[0].Name != "Image" || b.ERByFormat[1].Name != "Reel" {
		t.Errorf("ER by format = %s", dump(b.ERByFormat))
	}
	wantCat := []report.GroupStat{
		{Name: "layanan", Posts: 2, Share: 0.4, N: 2, ER: er(40.0 / 200)},
		{Name: "Layanan", Posts: 1, Share: 0.2, N: 1, ER: er(10.0 / 300)},
		{Name: "hiburan", Posts: 1, Share: 0.2, N: 0},
		{Name: "(no category)", Posts: 1, Share: 0.2, N: 0},
	}
	if !reflect.DeepEqual(b.ERByCategory, wantCat) {
		t.Errorf("ER by category = %s", dump(b.ERByCategory))
	}
}

func TestHeatmap(t *testing.T) {
	t.Parallel()
	f := newFixture()
	// Friday 2 Oct 12:10 and Friday 9 Oct 12:50: hour 12, ER 0.1 and 0.3
	f.add(ownPost("a", report.Image, at("2026-10-02 12:10"), inter(100, 10, 0, 0, 0)),
		ownPost("b", report.Image, at("2026-10-09 12:50"), inter(100, 30, 0, 0, 0)),
		// Sunday 4 Oct 10:30 in Los Angeles = Monday 5 Oct 00:30 in Jakarta
		ownPost("c", report.Image, atIn("2026-10-04 10:30", la), inter(200, 10, 0, 0, 0)),
		// Sunday 11 Oct 23:00
		ownPost("d", report.Image, at("2026-10-11 23:00"), inter(100, 50, 0, 0, 0)),
		ownPost("e", report.Image, at("2026-10-12 08:00"), "reach= likes=1 comments=0 shares=0 saves=0"))
	got := f.run(t, "id").Breakdowns.Heatmap
	want := []report.HeatCell{
		{Weekday: 0, Hour: 0, Posts: 1, MeanER: 0.05},
		{Weekday: 4, Hour: 12, Posts: 2, MeanER: 0.2},
		{Weekday: 6, Hour: 23, Posts: 1, MeanER: 0.5},
	}
	if len(got) != len(want) {
		t.Fatalf("heatmap = %s", dump(got))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Weekday != w.Weekday || g.Hour != w.Hour || g.Posts != w.Posts || !near(g.MeanER, w.MeanER) {
			t.Errorf("cell %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestTopBottom(t *testing.T) {
	t.Parallel()
	f := newFixture()
	// Reaches 1000 ×9, 50, 99, 100: median of 12 = 1000; 10 % = 100, so 50 and 99 are left out.
	ers := []int{50, 90, 10, 30, 30, 70, 20, 60, 80}
	for i, e := range ers {
		f.add(ownPost(string(rune('a'+i)), report.Image, at("2026-10-05 10:00").Add(timeHours(i)), inter(1000, e, 0, 0, 0)))
	}
	f.add(ownPost("low1", report.Image, at("2026-10-06 10:00"), inter(50, 40, 0, 0, 0)), // ER 0.8 but tiny reach
		ownPost("low2", report.Image, at("2026-10-06 11:00"), inter(99, 0, 0, 0, 0)),   // ER 0 but tiny reach
		ownPost("edge", report.Image, at("2026-10-06 12:00"), inter(100, 3, 0, 0, 0)),  // reach = 10 %: eligible, ER 0.03
		ownPost("tie", report.Image, at("2026-10-06 13:00"), inter(2000, 60, 0, 0, 0)), // ER 0.03, higher reach than "edge"
		ownPost("noint", report.Image, at("2026-10-06 14:00"), "reach=5000 likes= comments= shares= saves="))
	b := f.run(t, "id").Breakdowns
	keys := func(rows []report.PostRow) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Key)
		}
		return out
	}
	// Ties at 0.03: higher reach first ("tie" 2000 before "d"/"e" 1000, then "edge" 100);
	// d and e (ER 0.03, reach 1000) tie fully and go by key.
	if got := keys(b.TopPosts); !reflect.DeepEqual(got, []string{"b", "i", "f", "h", "a"}) {
		t.Errorf("top = %v", got)
	}
	if got := keys(b.BottomPosts); !reflect.DeepEqual(got, []string{"c", "g", "tie", "d", "e"}) {
		t.Errorf("bottom = %v", got)
	}
}

func TestTopBottomFewPosts(t *testing.T) {
	t.Parallel()
	f := newFixture()
	for i, e := range []int{10, 20, 30, 40, 50, 60, 70} {
		f.add(ownPost(string(rune('a'+i)), report.Image, at("2026-10-05 10:00"), inter(100, e, 0, 0, 0)))
	}
	b := f.run(t, "id").Breakdowns
	if len(b.TopPosts) != 5 || len(b.BottomPosts) != 2 || b.BottomPosts[0].Key != "a" || b.BottomPosts[1].Key != "b" {
		t.Errorf("top %d, bottom %+v", len(b.TopPosts), b.BottomPosts)
	}
	// Breakdowns show the posts present even when the exports do not cover P.
	f.ds.PostsCovers = []report.Range{rng("2026-10-01", "2026-10-15")}
	rep := f.run(t, "id")
	if b := rep.Breakdowns; len(b.TopPosts) != 5 || len(b.BottomPosts) != 2 || len(b.FormatMix) != 1 || len(rep.Posts) != 7 {
		t.Errorf("partial coverage: top %d, bottom %d, mix %v, posts %d", len(b.TopPosts), len(b.BottomPosts), b.FormatMix, len(rep.Posts))
	}
	if r := ind(t, rep, "share.median_reach"); r.Value != nil || r.Reason != report.ReasonNoCoverage {
		t.Errorf("median reach %v (%s)", deref(r.Value), r.Reason)
	}
}

func TestHashtags(t *testing.T) {
	t.Parallel()
	f := newFixture()
	caps := map[string]string{
		"a": "Info #KabTest #InfoPublik #2026",
		"b": "#kabtest dan #infopublik #infopublik lagi",
		"c": "Hari ini #KABTEST, #Ṡelamat",
		"d": "email a#b bukan tagar #ṡelamat",
	}
	reach := map[string]string{"a": "reach=100", "b": "reach=300", "c": "reach=", "d": "reach=50"}
	for _, k := range []string{"a", "b", "c", "d"} {
		p := ownPost(k, report.Image, at("2026-10-05 10:00"), reach[k])
		p.Caption = caps[k]
		f.add(p)
	}
	got := f.run(t, "id").Breakdowns.Hashtags
	want := []report.Hashtag{
		{Tag: "#kabtest", Posts: 3, MeanReach: 200},
		{Tag: "#infopublik", Posts: 2, MeanReach: 200},
		{Tag: "#ṡelamat", Posts: 2, MeanReach: 50},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("hashtags = %s", dump(got))
	}
}

func TestSeriesBreakdowns(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.add(ownPost("a", report.Image, at("2026-10-01 00:10"), ""), ownPost("b", report.Image, at("2026-10-01 23:50"), ""),
		ownPost("c", report.Image, at("2026-10-31 12:00"), ""), ownPost("s", report.Story, at("2026-10-02 12:00"), ""))
	f.series(report.SeriesReach, rng("2026-09-30", "2026-10-02"), dv("2026-09-30", 1), dv("2026-10-01", 2), dv("2026-10-02", 3))
	f.series(report.SeriesFollows, rng("2026-09-29", "2026-10-03"), dv("2026-09-29", 7), dv("2026-10-01", 5), dv("2026-10-03", 6))
	f.series(report.SeriesFollowersTotal, rng("2026-09-29", "2026-10-04"), dv("2026-09-29", 100), dv("2026-10-02", 110), dv("2026-10-04", 120))
	b := f.run(t, "id").Breakdowns
	if len(b.PostsPerDay) != 31 || b.PostsPerDay[0].Value != 2 || b.PostsPerDay[1].Value != 0 || b.PostsPerDay[30].Value != 1 ||
		b.PostsPerDay[30].Date != day("2026-10-31") {
		t.Errorf("posts per day = %v", b.PostsPerDay)
	}
	wantDaily := map[string][]report.DayValue{
		"reach":   {dv("2026-10-01", 2), dv("2026-10-02", 3)},
		"follows": {dv("2026-10-01", 5), dv("2026-10-02", 0), dv("2026-10-03", 6)},
	}
	if !reflect.DeepEqual(b.Daily, wantDaily) {
		t.Errorf("daily = %v", b.Daily)
	}
	wantTrend := []report.DayValue{dv("2026-10-01", 100), dv("2026-10-02", 110), dv("2026-10-03", 110), dv("2026-10-04", 120)}
	if !reflect.DeepEqual(b.FollowerTrend, wantTrend) {
		t.Errorf("follower trend = %v", b.FollowerTrend)
	}
}

func TestResponseAndLabelCounts(t *testing.T) {
	t.Parallel()
	f := newFixture()
	withConversation(f)
	f.ds.Comments[0].Sentiment = f.ds.CommentStrs.Add("Positif")
	f.ds.Comments[1].Sentiment = f.ds.CommentStrs.Add("negatif")
	f.ds.Comments[2].Sentiment = f.ds.CommentStrs.Add("positif")
	f.ds.CasesCover = []report.Range{rng("2026-10-01", "2026-10-31")}
	f.ds.Cases = []*report.Case{
		{ID: "1", DetectedAt: at("2026-10-02 10:00"), Category: "hoaks"},
		{ID: "2", DetectedAt: at("2026-10-03 10:00"), Category: "Keluhan"},
		{ID: "3", DetectedAt: at("2026-10-04 10:00"), Category: "HOAKS"},
		{ID: "4", DetectedAt: at("2026-10-05 10:00")},
		{ID: "5", DetectedAt: at("2026-09-05 10:00"), Category: "hoaks"},
	}
	b := f.run(t, "id").Breakdowns
	// reply delays 1 h, 3 h, 25 h; 2 unreplied
	wantRT := []report.Count{{Name: "≤ 1 jam", Count: 1}, {Name: "1–3 jam", Count: 1}, {Name: "3–6 jam"},
		{Name: "6–24 jam"}, {Name: "1–3 hari", Count: 1}, {Name: "> 3 hari"}, {Name: "belum dibalas", Count: 2}}
	if !reflect.DeepEqual(b.ResponseTimes, wantRT) {
		t.Errorf("response times = %v", b.ResponseTimes)
	}
	wantCases := []report.Count{{Name: "hoaks", Count: 2}, {Name: "(tanpa kategori)", Count: 1}, {Name: "keluhan", Count: 1}}
	if !reflect.DeepEqual(b.CasesByCategory, wantCases) {
		t.Errorf("cases by category = %v", b.CasesByCategory)
	}
	// 8 audience comments in October: 2 positive, 1 negative, 5 without a label
	wantSent := []report.Count{{Name: "(tanpa kategori)", Count: 5}, {Name: "positif", Count: 2}, {Name: "negatif", Count: 1}}
	if !reflect.DeepEqual(b.CommentSentiment, wantSent) {
		t.Errorf("sentiment = %v", b.CommentSentiment)
	}
	if b.CommentCategory != nil {
		t.Errorf("comment categories without a category column = %v", b.CommentCategory)
	}
}

func TestAudiencePassThrough(t *testing.T) {
	t.Parallel()
	f := newFixture()
	f.ds.Audience = &report.Audience{File: "exports/Budi.csv", Cities: []report.Share{{Name: "X", Share: 1}}}
	a := f.run(t, "id").Breakdowns.Audience
	if a == nil || a == f.ds.Audience || a.File != "exports/Budi.csv" || len(a.Cities) != 1 {
		t.Errorf("audience = %+v", a)
	}
}
