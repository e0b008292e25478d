package ingest

import (
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// The cases of issue 17, each with a hand-made file that reproduces it.

// audience2023 is the 2023 audience layout: follower totals, sections of
// both platforms, an empty Facebook section followed by blank lines,
// "Top towns/cities","Value" headers.
const audience2023 = `sep=,
"Facebook followers"
"FB_PAGE","FOLLOW","UNIQUE_USERS"
"9100","",""

"Instagram followers"
"IG_ACCOUNT","FOLLOW","UNIQUE_USERS"
"2500","",""

"Instagram followers by gender and age"
"Age","Women","Men"
"18-24","10%","5%"
"25-34","50%","35%"
"Facebook followers by top towns/cities"


"Instagram followers by top towns/cities"
"Top towns/cities","Value"
"Sukamaju"," Jawa Barat","40%"
"Cibeureum","20%"

"Facebook followers by top countries"
"Top countries","Value"
"Indonesia","90%"
"Malaysia","5%"
"Instagram followers by top countries"
"Top countries","Value"
"Indonesia","97%"
`

// Case 1: a Facebook section title ends the Instagram section before it
// and never becomes an age bracket.
func TestAudience2023Layout(t *testing.T) {
	ds, f := loadOne(t, "Audience.csv", audience2023, report.Source{Kind: "audience"})
	a := ds.Audience
	if a == nil {
		t.Fatalf("not read: %v", keys(ds.Problems))
	}
	var ages []string
	for _, ag := range a.AgeGender {
		ages = append(ages, ag.Age)
	}
	if strings.Join(ages, "|") != "18-24|25-34" {
		t.Errorf("age brackets %q", ages)
	}
	if a.Followers == nil || *a.Followers != 2500 {
		t.Errorf("followers %v, want the Instagram total 2500", a.Followers)
	}
	if len(a.Cities) != 2 || a.Cities[0].Name != "Sukamaju, Jawa Barat" || a.Cities[0].Share != 0.4 {
		t.Errorf("cities %+v", a.Cities)
	}
	if len(a.Countries) != 1 || a.Countries[0].Share != 0.97 {
		t.Errorf("countries %+v", a.Countries)
	}
	// used: 1 total + 2 ages + 2 cities + 1 country; Facebook: 1 total + 2 countries
	if f.Preset != PresetAudience2024 || f.RowsUsed != 6 || f.RowsRead != 9 || f.Skipped["facebook_block"] != 3 {
		t.Errorf("preset %s used %d/%d skipped %v", f.Preset, f.RowsUsed, f.RowsRead, f.Skipped)
	}
	if len(ds.Problems) != 0 {
		t.Errorf("problems %v", keys(ds.Problems))
	}
}

// A totals line without a title starts a followers section; with several
// numbers the total is the FOLLOW column.
func TestAudienceTotalsLineWithoutTitle(t *testing.T) {
	file := "IG_ACCOUNT,FOLLOW,UNIQUE_USERS\n17841400000000009,3098,3001\n\nAge & gender\n,Women,Men\n18-24,10,5\n"
	ds, f := loadOne(t, "a.csv", file, report.Source{Kind: "audience"})
	if ds.Audience == nil || ds.Audience.Followers == nil || *ds.Audience.Followers != 3098 {
		t.Fatalf("followers: %+v %v", ds.Audience, keys(ds.Problems))
	}
	if f.RowsUsed != 2 || f.RowsRead != 2 {
		t.Errorf("used %d/%d", f.RowsUsed, f.RowsRead)
	}
}

// An Instagram section rapor does not read is skipped with one warning.
func TestAudienceUnknownInstagramSection(t *testing.T) {
	file := "Instagram followers by language\nLanguage,Value\nid,80%\nen,20%\nInstagram followers by top countries\nTop countries,Value\nIndonesia,97%\n"
	ds, f := loadOne(t, "a.csv", file, report.Source{Kind: "audience"})
	wantProblem(t, ds, "ingest.audience_unknown_section", 1, 1)
	if f.Skipped["outside_section"] != 2 || f.RowsUsed != 1 {
		t.Errorf("used %d skipped %v", f.RowsUsed, f.Skipped)
	}
}

const contentHeader = "Post ID,Account ID,Account username,Description,Publish time,Permalink,Post type,Views,Reach,Likes,Shares,Comments,Saves\n"

func contentRow(id, when, code string) string {
	return id + ",17841400000000009,kab.uji,Halo," + when + ",https://www.instagram.com/p/" + code + "/,IG image,100,90,5,1,2,3\n"
}

// Case 2: the coverage of a content export comes from any file name that
// starts with Meta's date pair, whatever follows.
func TestCoverageFromRenamedContentExport(t *testing.T) {
	rows := contentHeader + contentRow("18000000000000001", "02/20/2026 09:00", "AAA1") + contentRow("18000000000000002", "03/01/2026 09:00", "AAA2")
	for _, name := range []string{"Feb-10-2026_Mar-16-2026_instgram.csv", "Feb-10-2026_Mar-16-2026_Content level post .csv",
		"Feb-10-2026_Mar-16-2026.csv", "Feb-10-2026_Mar-16-2026_1234.csv"} {
		t.Run(name, func(t *testing.T) {
			_, f := loadOne(t, name, rows, report.Source{Kind: "posts"})
			want := report.Range{From: mustDate(t, "2026-02-10"), To: mustDate(t, "2026-03-16")}
			if f.Coverage == nil || *f.Coverage != want || f.CoverageFrom != CoverageFileName {
				t.Errorf("coverage %v from %q, want %v from the file name", f.Coverage, f.CoverageFrom, want)
			}
		})
	}
}

// covers: states what a file covers: it wins over the file name and the
// rows, on every kind.
func TestCoversOnEveryKind(t *testing.T) {
	covers := &report.Range{From: mustDate(t, "2026-02-01"), To: mustDate(t, "2026-03-31")}
	posts := contentHeader + contentRow("18000000000000001", "02/20/2026 09:00", "AAA1")
	daily := "sep=,\nReach\n\"Date\",\"Primary\"\n\"2026-02-10T00:00:00\",\"10\"\n\"2026-02-11T00:00:00\",\"12\"\n"
	cases := []struct{ name, file, kind string }{
		{"Feb-10-2026_Mar-16-2026_1.csv", posts, "posts"},
		{"dump.csv", posts, "posts"},
		{"Reach.csv", daily, "daily"},
		{"Audience.csv", audience2023, "audience"},
		{"c.csv", "comment_id,username,timestamp\n1,a,2026-02-10T10:00:00Z\n", "comments"},
		{"m.csv", "case_id,detected_at\nK1,2026-02-10 10:00\n", "monitoring"},
	}
	for _, tc := range cases {
		t.Run(tc.kind+" "+tc.name, func(t *testing.T) {
			ds, f := loadOne(t, tc.name, tc.file, report.Source{Kind: tc.kind, Covers: covers})
			if f.Coverage == nil || *f.Coverage != *covers || f.CoverageFrom != CoverageCovers {
				t.Errorf("coverage %v from %q, want covers: %v (%v)", f.Coverage, f.CoverageFrom, *covers, keys(ds.Problems))
			}
			switch tc.kind {
			case "posts":
				if ds.PostsCover == nil || *ds.PostsCover != *covers {
					t.Errorf("posts cover %v", ds.PostsCover)
				}
			case "daily":
				if s := ds.Series[report.SeriesReach]; s == nil || s.Coverage != *covers {
					t.Errorf("series %+v", s)
				}
			}
		})
	}
}

// A period covered only by the dates of a file's rows gets a warning;
// covers: or a Meta file name silence it.
func TestWarningWhenRowsAloneCoverThePeriod(t *testing.T) {
	rows := contentHeader + contentRow("18000000000000001", "02/20/2026 09:00", "AAA1") + contentRow("18000000000000002", "03/01/2026 09:00", "AAA2")
	period := report.Period{ID: "2026-02-10..2026-03-16", Kind: "range", From: mustDate(t, "2026-02-10"), To: mustDate(t, "2026-03-16")}
	load := func(name string, covers *report.Range) *report.Dataset {
		dir := project(t, map[string]string{name: rows})
		cfg := oneSource(t, dir, "kab.uji", report.Source{Kind: "posts", Files: []string{name}, Covers: covers})
		cfg.Period = period
		return Load(cfg, Options{})
	}
	ds := load("graph-dump.csv", nil)
	p := wantProblem(t, ds, "ingest.coverage_from_rows", 0, 0)
	if p.Severity != report.Warning || p.Args[0] != "2026-02-21" || p.Args[1] != "2026-03-02" || p.Args[2] != period.ID {
		t.Errorf("warning %+v", p)
	}
	if ds.Files[0].CoverageFrom != CoverageRows {
		t.Errorf("coverage from %q", ds.Files[0].CoverageFrom)
	}
	noProblem(t, load("graph-dump.csv", &report.Range{From: period.From, To: period.To}), "ingest.coverage_from_rows")
	noProblem(t, load("Feb-10-2026_Mar-16-2026_x.csv", nil), "ingest.coverage_from_rows")
}

// Case 3: a posts file without an interaction column warns, naming the
// columns; without reach it warns too.
func TestMissingInteractionColumns(t *testing.T) {
	file := "id,media_type,timestamp,permalink,like_count,comments_count,saved,reach\n" +
		"1,IMAGE,2026-02-10T10:00:00+0000,https://www.instagram.com/p/AAA1/,5,1,2,100\n"
	ds, _ := loadOne(t, "g.csv", file, report.Source{Kind: "posts"})
	p := wantProblem(t, ds, "ingest.no_interaction_columns", 1, 1)
	if p.Args[0] != "shares" || p.Severity != report.Warning {
		t.Errorf("warning %+v", p)
	}
	noProblem(t, ds, "ingest.no_reach_column")
	if _, ok := ds.Posts[0].Interactions(); ok {
		t.Error("a post without a shares column has no interaction data")
	}
	ds, _ = loadOne(t, "g.csv", strings.ReplaceAll(strings.ReplaceAll(file, ",reach", ""), ",100\n", "\n"), report.Source{Kind: "posts"})
	wantProblem(t, ds, "ingest.no_reach_column", 1, 1)
}

const untitledDaily = "\"Date\",\"Primary\"\n\"2026-05-25T00:00:00\",\"10\"\n\"2026-05-26T00:00:00\",\"12\"\n"

// Case 4: a daily file without its title line takes its metric from the
// source's metric: or a Meta file name (with a note); otherwise it is an
// error naming the missing title line.
func TestDailyWithoutTitleLine(t *testing.T) {
	ds, f := loadOne(t, "Reach.csv", untitledDaily, report.Source{Kind: "daily"})
	wantProblem(t, ds, "ingest.metric_from_file_name", 1, 1)
	if s := ds.Series[report.SeriesReach]; s == nil || len(s.Points) != 2 || f.RowsUsed != 2 {
		t.Errorf("reach series %+v, used %d", s, f.RowsUsed)
	}
	ds, _ = loadOne(t, "Jangkauan (1).csv", untitledDaily, report.Source{Kind: "daily"})
	if ds.Series[report.SeriesReach] == nil {
		t.Errorf("Jangkauan (1).csv: %v", keys(ds.Problems))
	}
	ds, f = loadOne(t, "data.csv", untitledDaily, report.Source{Kind: "daily", Metric: report.SeriesViews})
	if ds.Series[report.SeriesViews] == nil || len(ds.Problems) != 0 || f.RowsUsed != 2 {
		t.Errorf("metric: views: %v, %v", ds.Series, keys(ds.Problems))
	}
	ds, f = loadOne(t, "data.csv", untitledDaily, report.Source{Kind: "daily"})
	p := wantProblem(t, ds, "ingest.no_rows.no_title", 0, 0)
	if p.Severity != report.Error || f.RowsUsed != 0 {
		t.Errorf("%+v used %d", p, f.RowsUsed)
	}
}

// A data file with rows but none used is an error naming the likely cause.
func TestNoRowUsedIsAnError(t *testing.T) {
	cases := []struct{ name, file, kind, key string }{
		{"facebook only", "sep=,\nFacebook reach\n\"Date\",\"Primary\"\n\"2026-05-25\",\"1\"\n", "daily", "ingest.no_rows.facebook_only"},
		{"all blank", "date,reach\n2026-05-25,\n2026-05-26,\n", "daily", "ingest.no_rows.blank"},
		{"unknown metric", "sep=,\nKlik iklan\n\"Date\",\"Primary\"\n\"2026-05-25\",\"1\"\n", "daily", "ingest.no_rows.no_metric"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds, _ := loadOne(t, "x.csv", tc.file, report.Source{Kind: tc.kind})
			if p := wantProblem(t, ds, tc.key, 0, 0); p.Severity != report.Error {
				t.Errorf("%+v is not an error", p)
			}
		})
	}
}

const apifyPosts = "id,type,shortCode,caption,timestamp,likesCount,commentsCount,videoViewCount,ownerUsername,url\n" +
	"3.94538E+18,Image,AAA1,Halo,2026-02-11T03:00:00.000Z,10,2,,kab.uji,https://www.instagram.com/p/AAA1/\n" +
	"3.94538E+18,Sidecar,AAA2,Dua,2026-02-12T03:00:00.000Z,5,1,,kab.uji,https://www.instagram.com/p/AAA2/\n" +
	"3.94538E+18,Video,AAA3,Tiga,2026-02-13T03:00:00.000Z,7,0,150,kab.uji,\n"

// Case 7: the Apify post scraper's CSV is the apify-posts preset: Excel's
// ids warn and rows join by shortcode; no reach says which indicators go.
func TestApifyPosts(t *testing.T) {
	ds, f := loadOne(t, "apify.csv", apifyPosts, report.Source{Kind: "posts"})
	if f.Preset != PresetApifyPost || f.RowsUsed != 3 || len(ds.Posts) != 3 {
		t.Fatalf("preset %q used %d posts %d: %v", f.Preset, f.RowsUsed, len(ds.Posts), keys(ds.Problems))
	}
	types := []report.PostType{ds.Posts[0].Type, ds.Posts[1].Type, ds.Posts[2].Type}
	if types[0] != report.Image || types[1] != report.Carousel || types[2] != report.Video {
		t.Errorf("types %v", types)
	}
	if ds.Posts[2].Key != "AAA3" || ds.Posts[0].PostID != "" || !ds.Posts[0].Own {
		t.Errorf("identity %+v", ds.Posts[2])
	}
	if v, _ := ds.Posts[2].Metrics.Get(report.Views); v != 150 {
		t.Errorf("views %v", v)
	}
	wantProblem(t, ds, "ingest.no_reach_column", 1, 1)
	if p := wantProblem(t, ds, "ingest.no_interaction_columns", 1, 1); p.Args[0] != "shares, saves" {
		t.Errorf("missing %v", p.Args)
	}
	if n := strings.Count(strings.Join(keys(ds.Problems), " "), "ingest.scientific_id"); n != 3 {
		t.Errorf("%d scientific-id warnings, want 3", n)
	}
	// joined with a Meta export by shortcode
	dir := project(t, map[string]string{"apify.csv": apifyPosts,
		"Feb-01-2026_Feb-28-2026_1.csv": contentHeader + contentRow("18000000000000001", "02/10/2026 19:00", "AAA1")})
	cfg := oneSource(t, dir, "kab.uji", report.Source{Kind: "posts", Files: []string{"Feb-01-2026_Feb-28-2026_1.csv", "apify.csv"}})
	ds = Load(cfg, Options{})
	if len(ds.Posts) != 3 || ds.Posts[0].Merged != 2 {
		t.Errorf("posts %d, first merged %d", len(ds.Posts), ds.Posts[0].Merged)
	}
}

// Case 5: a kind hint names only a kind whose reader accepts the file, and
// row accounting adds up in every refused file.
func TestKindHints(t *testing.T) {
	cases := []struct {
		name, file, kind, key string
		hint                  string
	}{
		{"apify posts given as comments", apifyPosts, "comments", "ingest.wrong_kind", "posts"},
		{"daily given as posts", "sep=,\nReach\n\"Date\",\"Primary\"\n\"2026-05-25\",\"1\"\n", "posts", "ingest.wrong_kind", "daily"},
		// a daily title without a daily block: the daily reader refuses it, so no hint
		{"damaged file with a daily title, given as audience", "Jangkauan\nfoo,bar,baz\nqux,1,2\n", "audience", "ingest.no_preset", ""},
		// an audience title over bad rows: the audience reader refuses it, so no hint
		{"damaged audience given as daily", "Negara teratas\nfoo\nx,y,z\n", "daily", "ingest.no_preset", ""},
		{"comments given as monitoring", "comment_id,username,timestamp\n1,a,2026-02-10T10:00:00Z\n", "monitoring", "ingest.wrong_kind", "comments"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds, _ := loadOne(t, "x.csv", tc.file, report.Source{Kind: tc.kind})
			p := problem(ds, tc.key)
			if p == nil {
				t.Fatalf("no %s among %v", tc.key, keys(ds.Problems))
			}
			if tc.hint != "" && p.Args[0] != tc.hint {
				t.Errorf("hint %v, want %s", p.Args[0], tc.hint)
			}
			noProblem(t, ds, "ingest.daily_outside_block")
		})
	}
}

// Case 6: TikTok Studio files (content, overview, followers) are named as
// TikTok under any kind.
func TestTikTokStudioFiles(t *testing.T) {
	cases := []struct{ name, file, kind string }{
		{"content", "Video title,Video link,Post time,Total likes,Total comments,Total shares,Total views\nx,https://www.tiktok.com/@a/video/1,2026-02-10,1,2,3,4\n", "posts"},
		{"overview", "\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n\"2026-02-10\",\"10\",\"2\",\"3\",\"1\",\"0\"\n", "daily"},
		{"followers", "Date,Followers,Difference in followers from previous day\n2026-02-10,100,2\n", "daily"},
		{"overview as comments", "\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n\"2026-02-10\",\"10\",\"2\",\"3\",\"1\",\"0\"\n", "comments"},
		{"content as audience", "Video title,Video link,Post time,Total likes\nx,y,z,1\n", "audience"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds, _ := loadOne(t, "tiktok.csv", tc.file, report.Source{Kind: tc.kind})
			wantProblem(t, ds, "ingest.tiktok_export", 1, 1)
		})
	}
}
