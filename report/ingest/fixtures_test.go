package ingest

import (
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestOwnFixtures covers what the real samples lack: Indonesian content,
// daily and audience files, stories, a `;` + decimal-comma Windows-1252
// re-save, BOM-less UTF-16, and a Graph-API comments dump mapped with
// columns:.
func TestOwnFixtures(t *testing.T) {
	type want struct {
		preset, enc, delim string
		used, read         int
		skipped            map[string]int
		problems           []string
	}
	cases := []struct {
		name string
		src  report.Source
		want want
	}{
		{"indonesian content export", report.Source{Kind: "posts", Files: []string{"posts-id/Oct-01-2026_Oct-31-2026_111.csv"}},
			want{"mbs-content-id", EncUTF8BOM, ",", 5, 6, map[string]int{"unknown_post_type": 1}, []string{"ingest.unknown_post_type"}}},
		{"indonesian daily utf-16", report.Source{Kind: "daily", Files: []string{"daily-jangkauan-utf16.csv"}},
			want{"mbs-daily", EncUTF16LE, ",", 10, 10, map[string]int{}, nil}},
		{"bom-less utf-16 with a negative value", report.Source{Kind: "daily", Files: []string{"daily-tayangan-utf16-nobom.csv"}},
			want{"mbs-daily", EncUTF16LENoB, ",", 30, 31, map[string]int{"negative_number": 1}, []string{"ingest.bad_number"}}},
		{"indonesian audience utf-16", report.Source{Kind: "audience", Files: []string{"audience-id-utf16.csv"}},
			want{"mbs-audience-2025", EncUTF16LE, ",", 7, 7, map[string]int{}, nil}},
		{"semicolon cp1252 audience", report.Source{Kind: "audience", Files: []string{"audience-semicolon-cp1252.csv"}},
			want{"mbs-audience-2025", EncCP1252, ";", 4, 4, map[string]int{}, nil}},
		{"semicolon cp1252 posts", report.Source{Kind: "posts", Files: []string{"posts-semicolon-cp1252.csv"}},
			want{"mbs-content-en", EncCP1252, ";", 2, 2, map[string]int{}, nil}},
		{"graph comments mapped", report.Source{Kind: "comments", Files: []string{"comments-graph-mapped.csv"},
			Columns: map[string]string{"comment_id": "id", "replied": "respondido", "reply_timestamp": "resposta_timestamp", "permalink": "media_permalink"}},
			want{"mapped", EncUTF8, ",", 4, 5, map[string]int{"reply_before_comment": 1}, []string{"ingest.too_many_bad_rows", "ingest.reply_before_comment"}}},
		{"canonical comments", report.Source{Kind: "comments", Files: []string{"comments-canonical.csv"}},
			want{"canonical", EncUTF8, ",", 3, 6, map[string]int{"bad_number": 1, "duplicate": 1, "reply_before_comment": 1},
				[]string{"ingest.too_many_bad_rows", "ingest.bad_number", "ingest.reply_before_parent"}}},
		{"monitoring", report.Source{Kind: "monitoring", Files: []string{"monitoring.csv"}},
			want{"monitoring", EncUTF8, ",", 1, 3, map[string]int{"bad_date": 1, "before_detected": 1},
				[]string{"ingest.too_many_bad_rows", "ingest.before_detected", "ingest.bad_time"}}},
		{"long daily", report.Source{Kind: "daily", Files: []string{"daily-long.csv"}},
			want{"long", EncUTF8, ",", 3, 5, map[string]int{"facebook_block": 1, "unknown_metric": 1},
				[]string{"ingest.too_many_bad_rows", "ingest.unknown_metric"}}},
		{"excel month damage", report.Source{Kind: "audience", Files: []string{"audience-excel-month.csv"}},
			want{"mbs-audience-2025", EncUTF8, ";", 0, 0, map[string]int{}, []string{"ingest.excel_month"}}},
		{"facebook export", report.Source{Kind: "posts", Files: []string{"facebook-posts.csv"}},
			want{"", EncUTF8BOM, ",", 0, 0, map[string]int{}, []string{"ingest.facebook_export"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := oneSource(t, "testdata", "kab.uji", tc.src)
			ds := Load(cfg, Options{})
			f := ds.Files[0]
			got := want{f.Preset, f.Encoding, f.Delimiter, f.RowsUsed, f.RowsRead, f.Skipped, keys(ds.Problems)}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
			if f.RowsRead != f.RowsUsed+f.SkippedTotal() {
				t.Errorf("rows_read %d != used %d + skipped %d", f.RowsRead, f.RowsUsed, f.SkippedTotal())
			}
		})
	}
}

func TestIndonesianContent(t *testing.T) {
	cfg := oneSource(t, "testdata", "kab.uji", report.Source{Kind: "posts",
		Files: []string{"posts-id/Oct-01-2026_Nov-15-2026_112.csv", "posts-id/Oct-01-2026_Oct-31-2026_111.csv"}})
	ds := Load(cfg, Options{})
	byKey := map[string]*report.Post{}
	for _, p := range ds.Posts {
		byKey[p.Key] = p
	}
	if len(ds.Posts) != 5 {
		t.Fatalf("%d posts, want 5", len(ds.Posts))
	}
	// the export ending 2026-11-15 is later than the one ending 10-31: its values win
	reel := byKey["AbCdEfGhIj2"]
	if v, _ := reel.Metrics.Get(report.Reach); v != 2900 {
		t.Errorf("reach %v, want 2900 from the later export", v)
	}
	// a blank in the later export never overwrites a value
	if v, ok := reel.Metrics.Get(report.Likes); !ok || v != 200 {
		t.Errorf("likes %v %v, want 200 kept", v, ok)
	}
	// Mengikuti only exists in the earlier file, but it holds the post: the column counts
	if !reel.Metrics.HasCol(report.Follows) || reel.Merged != 2 {
		t.Errorf("cols/merged: %v %d", reel.Metrics.HasCol(report.Follows), reel.Merged)
	}
	story := byKey["story:3456789012345678901"]
	if story == nil || story.Type != report.Story || !story.Own || !ds.HasStoryRows {
		t.Fatalf("story: %+v", story)
	}
	if v, _ := story.Metrics.Get(report.Navigation); v != 120 {
		t.Errorf("navigation %v", v)
	}
	collab := byKey["AbCdEfGhIj5"]
	if collab.Own {
		t.Errorf("dinkes.uji row is a collaboration")
	}
	// 09/30/2026 18:30 Los Angeles = 2026-10-01 08:30 Jakarta (crosses midnight)
	first := byKey["AbCdEfGhIj1"]
	if got := report.DateOf(first.Published, cfg.Loc).String(); got != "2026-10-01" {
		t.Errorf("local date %s, want 2026-10-01", got)
	}
	if first.Published.In(cfg.Loc).Hour() != 8 {
		t.Errorf("local hour %d", first.Published.In(cfg.Loc).Hour())
	}
	if ds.Files[1].Merged != 1 && ds.Files[0].Merged != 1 {
		t.Errorf("merge not counted: %+v %+v", ds.Files[0], ds.Files[1])
	}
	if ds.PostsCover == nil || ds.PostsCover.To.String() != "2026-11-15" {
		t.Errorf("coverage %+v", ds.PostsCover)
	}
}

func TestSemicolonDecimals(t *testing.T) {
	cfg := oneSource(t, "testdata", "kab.uji", report.Source{Kind: "audience", Files: []string{"audience-semicolon-cp1252.csv"}})
	a := Load(cfg, Options{}).Audience
	if len(a.Cities) != 3 || a.Cities[0].Share != 0.311 || a.Cities[2].Name != "Café Town" {
		t.Errorf("cities %+v", a.Cities)
	}
	if *a.AgeGender[1].Women != 0.196 {
		t.Errorf("age %+v", a.AgeGender[1])
	}
	cfg = oneSource(t, "testdata", "kab.uji", report.Source{Kind: "posts", Files: []string{"posts-semicolon-cp1252.csv"}})
	ds := Load(cfg, Options{})
	if v, _ := ds.Posts[0].Metrics.Get(report.Views); v != 1234 {
		t.Errorf("views %v, want 1234 (Indonesian thousands)", v)
	}
	if ds.Posts[0].Caption != "Café – layanan" {
		t.Errorf("caption %q", ds.Posts[0].Caption)
	}
}

func TestCommentReplies(t *testing.T) {
	cfg := oneSource(t, "testdata", "kab.uji", report.Source{Kind: "comments", Files: []string{"comments-canonical.csv"}})
	ds := Load(cfg, Options{})
	if len(ds.Replies) != 1 || ds.CommentStrs.Get(ds.Replies[0].ParentID) != "9001" {
		t.Fatalf("replies %+v", ds.Replies)
	}
	if !ds.Sources[0].CarriesReplies {
		t.Error("reply rows by the account mean the source carries reply data")
	}
	if len(ds.Comments) != 2 || ds.Comments[0].Line != 7 {
		t.Errorf("comments: %d, first from line %d (the later duplicate, line 7, wins)", len(ds.Comments), ds.Comments[0].Line)
	}
}
