package ingest

import (
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestRealSamples reads every real export in ../shared/instagram-samples and
// checks kind, preset, encoding, delimiter, coverage and the exact rows used
// and skipped by reason.
func TestRealSamples(t *testing.T) {
	needDir(t, samplesDir)
	type want struct {
		preset, enc, delim string
		cov                *report.Range
		used, read         int
		skipped            map[string]int
		problems           []string // problem keys, in order
	}
	graphCols := map[string]string{"comment_id": "id", "replied": "respondido",
		"reply_timestamp": "resposta_timestamp", "permalink": "media_permalink"}
	followCols := map[string]string{"date": "data", "followers_total": "total_seguidores",
		"follows": "novos_seguidores", "unfollows": "unfollows"}
	cases := []struct {
		file, kind, account string
		columns             map[string]string
		want                want
	}{
		{"apify-comments-scraper-2025.csv", "comments", "nobody", nil,
			want{"apify-comments", EncUTF8BOM, ",", nil, 119, 119, map[string]int{}, nil}},
		{"excel-damaged-ig-posts-2025-vintagerest.csv", "posts", "vintagerest.bg", nil,
			want{"", EncUTF8BOM, ",", nil, 0, 0, map[string]int{}, []string{"ingest.excel_wrapped"}}},
		{"graphapi-db-comments-with-replies-2026-comidadedragao.csv", "comments", "comidadedragao", nil,
			want{"graph-comments", EncUTF8, ",", nil, 343, 343, map[string]int{}, nil}},
		{"graphapi-db-comments-with-replies-2026-comidadedragao.csv", "comments", "comidadedragao", graphCols,
			want{"mapped", EncUTF8, ",", nil, 343, 343, map[string]int{}, nil}},
		{"graphapi-db-follower-demographics-2026-comidadedragao.csv", "audience", "comidadedragao", nil,
			want{"graph-demographics", EncUTF8, ",", nil, 86, 86, map[string]int{}, nil}},
		{"graphapi-db-followers-daily-2026-comidadedragao.csv", "daily", "comidadedragao", followCols,
			want{"mapped", EncUTF8, ",", rng(t, "2025-02-01", "2026-05-02"), 428, 428, map[string]int{}, nil}},
		{"graphapi-db-followers-daily-2026-comidadedragao.csv", "daily", "comidadedragao", nil,
			want{"", EncUTF8, ",", nil, 0, 0, map[string]int{}, []string{"ingest.no_preset"}}},
		{"graphapi-db-media-insights-2026-comidadedragao.csv", "posts", "comidadedragao", nil,
			want{"graph-media", EncUTF8, ",", rng(t, "2026-01-06", "2026-05-03"), 88, 88, map[string]int{}, []string{"ingest.night_posts"}}},
		{"mbs-audience-2024-tabbed-mh4u.csv", "audience", "mh4u", nil,
			want{"mbs-audience-2024", EncUTF16LE, "tab", nil, 17, 44, map[string]int{"facebook_block": 27}, nil}},
		{"mbs-daily-follows-2023-mh4u.csv", "daily", "mh4u", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2023-07-08", "2024-03-04"), 229, 471, map[string]int{"facebook_block": 242}, nil}},
		{"mbs-daily-reach-2023-tabbed-mh4u.csv", "daily", "mh4u", nil,
			want{"mbs-daily", EncUTF16LE, "tab", rng(t, "2023-07-08", "2024-03-05"), 242, 484, map[string]int{"facebook_block": 242}, nil}},
		{"mbs-daily-visits-2023-mh4u.csv", "daily", "mh4u", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2023-07-08", "2024-03-05"), 242, 484, map[string]int{"facebook_block": 242}, nil}},
		{"mbs-ig-audience-2026-elitravelguy.csv", "audience", "elitravelguy", nil,
			want{"mbs-audience-2025", EncUTF16LE, ",", nil, 10, 10, map[string]int{}, nil}},
		{"mbs-ig-daily-follows-2026-elitravelguy.csv", "daily", "elitravelguy", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2026-05-25", "2026-06-13"), 20, 20, map[string]int{}, nil}},
		{"mbs-ig-daily-interactions-2026-elitravelguy.csv", "daily", "elitravelguy", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2026-05-25", "2026-06-21"), 28, 28, map[string]int{}, nil}},
		{"mbs-ig-daily-link-clicks-2026-elitravelguy.csv", "daily", "elitravelguy", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2026-05-25", "2026-06-21"), 28, 28, map[string]int{}, nil}},
		{"mbs-ig-daily-profile-visits-2026-elitravelguy.csv", "daily", "elitravelguy", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2026-05-25", "2026-06-21"), 28, 28, map[string]int{}, nil}},
		{"mbs-ig-daily-reach-2026-elitravelguy.csv", "daily", "elitravelguy", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2026-05-25", "2026-06-21"), 28, 28, map[string]int{}, nil}},
		{"mbs-ig-daily-views-2026-elitravelguy.csv", "daily", "elitravelguy", nil,
			want{"mbs-daily", EncUTF16LE, ",", rng(t, "2026-05-25", "2026-06-21"), 28, 28, map[string]int{}, nil}},
		{"mbs-ig-posts-2026-elitravelguy.csv", "posts", "elitravelguy", nil,
			want{"mbs-content-en", EncUTF8BOM, ",", rng(t, "2026-05-27", "2026-06-21"), 21, 21, map[string]int{}, []string{"ingest.night_posts"}}},
	}
	seen := map[string]bool{}
	for _, tc := range cases {
		seen[tc.file] = true
		name := tc.file
		if tc.columns != nil {
			name += "+columns"
		}
		t.Run(name, func(t *testing.T) {
			cfg := oneSource(t, samplesDir, tc.account, report.Source{Kind: tc.kind, Files: []string{tc.file}, Columns: tc.columns})
			ds := Load(cfg, Options{})
			f := ds.Files[0]
			got := want{f.Preset, f.Encoding, f.Delimiter, f.Coverage, f.RowsUsed, f.RowsRead, f.Skipped, keys(ds.Problems)}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
			if f.RowsRead != f.RowsUsed+f.SkippedTotal() {
				t.Errorf("rows_read %d != used %d + skipped %d", f.RowsRead, f.RowsUsed, f.SkippedTotal())
			}
		})
	}
	// every sample file is covered by a case
	all, _ := filepathGlob(samplesDir + "/*.csv")
	for _, f := range all {
		if !seen[f] {
			t.Errorf("sample %s has no test case", f)
		}
	}
}

// TestSampleContents checks what was read, not only counts.
func TestSampleContents(t *testing.T) {
	needDir(t, samplesDir)
	t.Run("collab rows are not own", func(t *testing.T) {
		cfg := oneSource(t, samplesDir, "@ElitravelGuy", report.Source{Kind: "posts", Files: []string{"mbs-ig-posts-2026-elitravelguy.csv"}})
		ds := Load(cfg, Options{})
		own, other := 0, 0
		for _, p := range ds.Posts {
			if p.Own {
				own++
			} else {
				other++
				if p.Username != "caryjack" {
					t.Errorf("collab row of %q", p.Username)
				}
				if _, ok := p.Metrics.Get(report.Reach); ok {
					t.Errorf("collab reach should be blank")
				}
			}
		}
		if own != 20 || other != 1 {
			t.Errorf("own %d other %d, want 20 and 1", own, other)
		}
		p := ds.Posts[0]
		if p.Key == "" || p.PostID == "" || len(p.PostID) < 17 {
			t.Errorf("identity: %+v", p)
		}
	})
	t.Run("mapped graph comments carry replies", func(t *testing.T) {
		cfg := oneSource(t, samplesDir, "comidadedragao", report.Source{Kind: "comments",
			Files:   []string{"graphapi-db-comments-with-replies-2026-comidadedragao.csv"},
			Columns: map[string]string{"comment_id": "id", "replied": "respondido", "reply_timestamp": "resposta_timestamp", "permalink": "media_permalink"}})
		ds := Load(cfg, Options{})
		if !ds.Sources[0].CarriesReplies {
			t.Fatal("a replied column means the source carries reply data")
		}
		yes, no, withTime := 0, 0, 0
		for _, c := range ds.Comments {
			if replied, known := c.Replied(); known && replied {
				yes++
			} else if known {
				no++
			}
			if _, ok := c.ReplyTime(); ok {
				withTime++
			}
		}
		if yes != 109 || no != 234 || withTime != 17 {
			t.Errorf("replied %d, unreplied %d, with reply time %d; want 109, 234, 17", yes, no, withTime)
		}
	})
	t.Run("2024 audience", func(t *testing.T) {
		cfg := oneSource(t, samplesDir, "mh4u", report.Source{Kind: "audience", Files: []string{"mbs-audience-2024-tabbed-mh4u.csv"}})
		a := Load(cfg, Options{}).Audience
		if a == nil || a.Followers == nil || *a.Followers != 3098 {
			t.Fatalf("followers total: %+v", a)
		}
		if len(a.AgeGender) != 6 || *a.AgeGender[0].Women != 0.121 || *a.AgeGender[0].Men != 0.017 {
			t.Errorf("age gender: %+v", a.AgeGender[0])
		}
		if len(a.Cities) != 5 || a.Cities[0].Name != "Kyiv, Ukraine" || a.Cities[0].Share != 0.201 {
			t.Errorf("cities: %+v", a.Cities)
		}
		if len(a.Countries) != 5 || a.Countries[0].Name != "Ukraine" || a.Countries[0].Share != 0.8 {
			t.Errorf("countries: %+v", a.Countries)
		}
	})
	t.Run("2025 audience", func(t *testing.T) {
		cfg := oneSource(t, samplesDir, "x", report.Source{Kind: "audience", Files: []string{"mbs-ig-audience-2026-elitravelguy.csv"}})
		a := Load(cfg, Options{}).Audience
		if len(a.Cities) != 10 || a.Cities[0].Name != "New York, NY" || a.Cities[0].Share != 0.017 {
			t.Errorf("cities: %+v", a.Cities)
		}
		if len(a.AgeGender) == 0 || a.AgeGender[0].Men == nil || a.AgeGender[0].Women == nil {
			t.Errorf("age gender: %+v", a.AgeGender)
		}
	})
	t.Run("two-block daily keeps the Instagram block", func(t *testing.T) {
		cfg := oneSource(t, samplesDir, "x", report.Source{Kind: "daily", Files: []string{"mbs-daily-follows-2023-mh4u.csv"}})
		ds := Load(cfg, Options{})
		s := ds.Series[report.SeriesFollows]
		if s == nil || len(s.Points) != 229 {
			t.Fatalf("follows series: %+v", s)
		}
		if len(ds.Series) != 1 {
			t.Errorf("series: %v", len(ds.Series))
		}
	})
}
