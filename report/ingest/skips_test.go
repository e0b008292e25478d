package ingest

import (
	"sort"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestSkipReasonsPerReader: every reason each reader skips rows for, with a
// hand-made file that has exactly one such row, and every reason of
// SkipReasons met by at least one case.
func TestSkipReasonsPerReader(t *testing.T) {
	const (
		commentsHead = "comment_id,parent_id,permalink,username,timestamp,like_count,replied,reply_timestamp\n"
		okComment    = "1,,https://www.instagram.com/p/AAA1/,ani,2026-02-10T10:00:00Z,1,ya,2026-02-10T11:00:00Z\n"
		monitorHead  = "case_id,detected_at,responded_at\n"
		okCase       = "K1,2026-02-10 10:00,2026-02-10 11:00\n"
		dailyBlock   = "sep=,\nReach\n\"Date\",\"Primary\"\n\"2026-02-10\",\"10\"\n"
		demoHead     = "breakdown_type,breakdown_value,count\ncity,Sukamaju,10\n"
		audSections  = "Top countries\nIndonesia,Malaysia\n90,5\n"
	)
	post := func(typ, permalink, likes string) string {
		return "18000000000000001,17841400000000009,kab.uji,Halo,02/20/2026 09:00," + permalink + "," + typ + ",100,90," + likes + ",1,2,3\n"
	}
	okPost := contentRow("18000000000000009", "02/21/2026 09:00", "OK1")
	cases := []struct {
		reader, reason string
		files          map[string]string // a second file makes duplicates and superseded rows
		kind           string
	}{
		{"posts", "unknown_post_type", map[string]string{"p.csv": contentHeader + okPost + post("IG live", "https://www.instagram.com/p/AAA1/", "5")}, "posts"},
		{"posts", "bad_date", map[string]string{"p.csv": contentHeader + okPost + "1,2,kab.uji,x,yesterday,https://www.instagram.com/p/AAA1/,IG image,1,1,1,1,1,1\n"}, "posts"},
		{"posts", "no_identity", map[string]string{"p.csv": contentHeader + okPost + ",17841400000000009,kab.uji,Halo,02/20/2026 09:00,,IG image,100,90,5,1,2,3\n"}, "posts"},
		{"posts", "bad_number", map[string]string{"p.csv": contentHeader + okPost + post("IG image", "https://www.instagram.com/p/AAA1/", "lima")}, "posts"},
		{"posts", "negative_number", map[string]string{"p.csv": contentHeader + okPost + post("IG image", "https://www.instagram.com/p/AAA1/", "-5")}, "posts"},
		{"posts", "truncated_record", map[string]string{"p.csv": contentHeader + okPost + "18000000000000002,1784"}, "posts"},
		{"daily blocks", "facebook_block", map[string]string{"d.csv": dailyBlock + "Facebook reach\n\"Date\",\"Primary\"\n\"2026-02-10\",\"3\"\n"}, "daily"},
		{"daily blocks", "unknown_metric", map[string]string{"d.csv": dailyBlock + "Klik iklan\n\"Date\",\"Primary\"\n\"2026-02-10\",\"3\"\n"}, "daily"},
		{"daily blocks", "outside_block", map[string]string{"d.csv": "sep=,\nReach\n\"2026-02-09\",\"1\"\n\"Date\",\"Primary\"\n\"2026-02-10\",\"10\"\n"}, "daily"},
		{"daily blocks", "bad_date", map[string]string{"d.csv": dailyBlock + "\"10 Feb\",\"3\"\n"}, "daily"},
		{"daily blocks", "bad_number", map[string]string{"d.csv": dailyBlock + "\"2026-02-11\",\"tiga\"\n"}, "daily"},
		{"daily blocks", "negative_number", map[string]string{"d.csv": dailyBlock + "\"2026-02-11\",\"-3\"\n"}, "daily"},
		{"daily blocks", "blank_value", map[string]string{"d.csv": dailyBlock + "\"2026-02-11\",\"\"\n"}, "daily"},
		{"daily blocks", "superseded", map[string]string{"d1.csv": dailyBlock, "d2.csv": dailyBlock}, "daily"},
		{"daily long", "facebook_block", map[string]string{"d.csv": "date,metric,value\n2026-02-10,reach,1\n2026-02-10,facebook reach,2\n"}, "daily"},
		{"daily long", "unknown_metric", map[string]string{"d.csv": "date,metric,value\n2026-02-10,reach,1\n2026-02-10,klik,2\n"}, "daily"},
		{"daily wide", "blank_value", map[string]string{"d.csv": "date,reach,views\n2026-02-10,1,2\n2026-02-11,,\n"}, "daily"},
		{"daily wide", "unclosed_quote", map[string]string{"d.csv": "date,reach,views\n2026-02-09,1,2\n2026-02-10,1,\"2\n2026-02-11,3,4\n2026-02-12,5,6\n"}, "daily"},
		{"audience sections", "facebook_block", map[string]string{"a.csv": audSections + "Facebook followers by top countries\nTop countries,Value\nIndonesia,80%\n"}, "audience"},
		{"audience sections", "outside_section", map[string]string{"a.csv": audSections + "Negara\n"}, "audience"},
		{"audience sections", "bad_number", map[string]string{"a.csv": audSections + "\nAge & gender\n,Women,Men\n18-24,lima,3\n25-34,4,3\n"}, "audience"},
		{"audience demographics", "superseded", map[string]string{"a1.csv": demoHead, "a2.csv": demoHead}, "audience"},
		{"audience demographics", "unknown_breakdown", map[string]string{"a.csv": demoHead + "language,id,3\n"}, "audience"},
		{"audience demographics", "bad_number", map[string]string{"a.csv": demoHead + "city,Cibeureum,x\n"}, "audience"},
		{"comments", "no_id", map[string]string{"c.csv": commentsHead + okComment + ",,,budi,2026-02-10T10:00:00Z,,,\n"}, "comments"},
		{"comments", "no_username", map[string]string{"c.csv": commentsHead + okComment + "2,,,,2026-02-10T10:00:00Z,,,\n"}, "comments"},
		{"comments", "bad_date", map[string]string{"c.csv": commentsHead + okComment + "2,,,budi,kemarin,,,\n"}, "comments"},
		{"comments", "bad_number", map[string]string{"c.csv": commentsHead + okComment + "2,,,budi,2026-02-10T10:00:00Z,x,,\n"}, "comments"},
		{"comments", "bad_boolean", map[string]string{"c.csv": commentsHead + okComment + "2,,,budi,2026-02-10T10:00:00Z,,mungkin,\n"}, "comments"},
		{"comments", "reply_before_comment", map[string]string{"c.csv": commentsHead + okComment + "2,,,budi,2026-02-10T10:00:00Z,,,2026-02-10T09:00:00Z\n"}, "comments"},
		{"comments", "duplicate", map[string]string{"c1.csv": commentsHead + okComment, "c2.csv": commentsHead + okComment}, "comments"},
		{"monitoring", "bad_date", map[string]string{"m.csv": monitorHead + okCase + "K2,besok,\n"}, "monitoring"},
		{"monitoring", "before_detected", map[string]string{"m.csv": monitorHead + okCase + "K2,2026-02-10 10:00,2026-02-09 10:00\n"}, "monitoring"},
	}
	met := map[string]bool{}
	for _, tc := range cases {
		t.Run(tc.reader+" "+tc.reason, func(t *testing.T) {
			dir := project(t, tc.files)
			var names []string
			for n := range tc.files {
				names = append(names, n)
			}
			sort.Strings(names)
			ds := Load(oneSource(t, dir, "kab.uji", report.Source{Kind: tc.kind, Files: names}), Options{})
			total := 0
			for _, f := range ds.Files {
				checkAccounting(t, f)
				total += f.Skipped[tc.reason]
			}
			if total != 1 {
				var got []map[string]int
				for _, f := range ds.Files {
					got = append(got, f.Skipped)
				}
				t.Errorf("%d rows skipped for %s, want 1: %v %v", total, tc.reason, got, keys(ds.Problems))
			}
			if ds.Files[0].RowsUsed == 0 && len(ds.Files) == 1 {
				t.Errorf("the good row was not used: %v", keys(ds.Problems))
			}
		})
		met[tc.reason] = true
	}
	// other_account_post needs a posts source beside the comments
	t.Run("comments other_account_post", func(t *testing.T) {
		dir := project(t, map[string]string{
			"Feb-01-2026_Feb-28-2026_1.csv": contentHeader + okPost + "18000000000000002,17841400000000777,dinkes.uji,Kolab,02/20/2026 09:00,https://www.instagram.com/p/COL1/,IG image,1,1,1,1,1,1\n",
			"c.csv":                         commentsHead + okComment + "2,,https://www.instagram.com/p/COL1/,budi,2026-02-10T10:00:00Z,,,\n"})
		cfg := oneSource(t, dir, "kab.uji", report.Source{Kind: "posts", Files: []string{"Feb-01-2026_Feb-28-2026_1.csv"}})
		cfg.Sources = append(cfg.Sources, report.Source{Kind: "comments", Files: []string{"c.csv"}, Index: 1})
		ds := Load(cfg, Options{})
		f := ds.Files[1]
		checkAccounting(t, f)
		if f.Skipped["other_account_post"] != 1 || f.RowsUsed != 1 {
			t.Errorf("used %d skipped %v", f.RowsUsed, f.Skipped)
		}
	})
	met["other_account_post"] = true
	// The reasons of coded qualitative data come from report/qda, whose
	// tests skip a selection for each (TestMapping, TestConventions and the
	// real samples); readCoded only counts them.
	for _, r := range []string{"no_source_text", "out_of_range", "splits_character", "empty_text",
		"ignored_code", "rating_only", "unmapped_code"} {
		met[r] = true
	}
	for _, r := range SkipReasons {
		if !met[r] {
			t.Errorf("no test case skips a row for %q", r)
		}
	}
}
