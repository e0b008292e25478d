package ingest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// The input defects of issue 15 (items 3 and 7; items 1 and 11 in
// TestBoundedReading and report/config).

// An unclosed quote that swallows a line break where the next line starts
// like a record is a bad row with its line, not a silently merged row.
func TestUnclosedQuoteIsABadRow(t *testing.T) {
	file := "comment_id,username,timestamp,text\n" +
		"1,ani,2026-01-01T10:00:00Z,\"hello\n" +
		"2,budi,2026-01-01T11:00:00Z,hi\n" +
		"3,cici,2026-01-01T12:00:00Z,\"ok\"\n" +
		"4,dedi,2026-01-01T13:00:00Z,fine\n"
	ds, f := loadOne(t, "c.csv", file, report.Source{Kind: "comments"})
	p := wantProblem(t, ds, "ingest.unclosed_quote", 2, 1)
	if p.Args[0] != 3 {
		t.Errorf("swallowed line %v, want 3", p.Args[0])
	}
	if f.Skipped["unclosed_quote"] != 1 || f.RowsRead != 2 {
		t.Errorf("read %d skipped %v", f.RowsRead, f.Skipped)
	}
	// a caption with line breaks and commas is not a swallowed record
	ok := contentHeader + "18000000000000001,17841400000000009,kab.uji,\"Makan, minum,\ntidur, ulangi, lagi, dan, lagi, dan, lagi, dan, lagi, x, y\",02/20/2026 09:00,https://www.instagram.com/p/AAA1/,IG image,100,90,5,1,2,3\n"
	ds, f = loadOne(t, "Feb-01-2026_Feb-28-2026_1.csv", ok, report.Source{Kind: "posts"})
	if f.RowsUsed != 1 || len(ds.Problems) != 0 {
		t.Errorf("caption with a line break: used %d, %v", f.RowsUsed, keys(ds.Problems))
	}
}

// A file cut in the middle of its last record names it as truncated, not
// as an unknown post type.
func TestTruncatedLastRecord(t *testing.T) {
	file := contentHeader + contentRow("18000000000000001", "02/20/2026 09:00", "AAA1") +
		"18000000000000002,17841400000000009,kab.uji,Ha"
	ds, f := loadOne(t, "Feb-01-2026_Feb-28-2026_1.csv", file, report.Source{Kind: "posts"})
	wantProblem(t, ds, "ingest.truncated_record", 3, 4)
	noProblem(t, ds, "ingest.unknown_post_type")
	if f.Skipped["truncated_record"] != 1 || f.RowsUsed != 1 {
		t.Errorf("used %d skipped %v", f.RowsUsed, f.Skipped)
	}
	// a complete last line without a line end is not truncated
	ds, f = loadOne(t, "Feb-01-2026_Feb-28-2026_1.csv", strings.TrimSuffix(contentHeader+contentRow("18000000000000001", "02/20/2026 09:00", "AAA1"), "\n"), report.Source{Kind: "posts"})
	if f.RowsUsed != 1 || len(ds.Problems) != 0 {
		t.Errorf("used %d, %v", f.RowsUsed, keys(ds.Problems))
	}
}

// Excel's "CSV (Macintosh)" ends lines with a lone CR.
func TestCROnlyLineEndings(t *testing.T) {
	daily := "sep=,\rReach\r\"Date\",\"Primary\"\r\"2026-05-25T00:00:00\",\"10\"\r\"2026-05-26T00:00:00\",\"12\"\r"
	ds, f := loadOne(t, "r.csv", daily, report.Source{Kind: "daily"})
	if f.RowsUsed != 2 || len(ds.Problems) != 0 || ds.Series[report.SeriesReach] == nil {
		t.Fatalf("used %d, %v", f.RowsUsed, keys(ds.Problems))
	}
	posts := strings.ReplaceAll(contentHeader+contentRow("18000000000000001", "02/20/2026 09:00", "AAA1")+contentRow("18000000000000002", "02/21/2026 09:00", "AAA2"), "\n", "\r")
	ds, f = loadOne(t, "Feb-01-2026_Feb-28-2026_1.csv", posts, report.Source{Kind: "posts"})
	if f.RowsUsed != 2 || len(ds.Problems) != 0 {
		t.Errorf("posts: used %d, %v", f.RowsUsed, keys(ds.Problems))
	}
	if p := problem(ds, "ingest.duplicate_header"); p != nil {
		t.Errorf("CR-only read as a duplicate header: %+v", p)
	}
}

// Numbers that would overflow are bad rows at path:line:col, never +Inf
// reaching an encoder, and audience shares of that size never become 0.
func TestNumbersTooLarge(t *testing.T) {
	cases := []struct {
		name, file, kind string
		line, col        int
	}{
		{"post reach 1e308", contentHeader + strings.Replace(contentRow("18000000000000001", "02/20/2026 09:00", "AAA1"), ",90,", ",1e308,", 1), "posts", 2, 9},
		{"post views 1e400", contentHeader + strings.Replace(contentRow("18000000000000001", "02/20/2026 09:00", "AAA1"), ",100,", ",1e400,", 1), "posts", 2, 8},
		{"daily value", "sep=,\nReach\n\"Date\",\"Primary\"\n\"2026-05-25\",\"1e308\"\n", "daily", 4, 2},
		{"demographics count", "breakdown_type,breakdown_value,count\ncity,Sukamaju,1e308\ncity,Cibeureum,10\n", "audience", 2, 3},
		{"audience share", "Top countries\nIndonesia,Malaysia\n1e308,3\n", "audience", 3, 1},
		{"age share", "Age & gender\n,Women,Men\n18-24,1e308,3\n", "audience", 3, 2},
		{"comment likes", "comment_id,username,timestamp,like_count\n1,a,2026-02-10T10:00:00Z,1e308\n", "comments", 2, 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds, _ := loadOne(t, "Feb-01-2026_Feb-28-2026_1.csv", tc.file, report.Source{Kind: tc.kind})
			wantProblem(t, ds, "ingest.number_too_large", tc.line, tc.col)
			for _, p := range ds.Posts {
				for _, v := range p.Metrics.V {
					if math.IsInf(v, 0) || v > MaxValue {
						t.Errorf("value %v kept", v)
					}
				}
			}
			if a := ds.Audience; a != nil {
				if _, err := json.Marshal(a); err != nil {
					t.Error(err)
				}
				for _, s := range append(a.Cities, a.Countries...) {
					if s.Share == 0 {
						t.Errorf("share %+v became 0", s)
					}
				}
			}
		})
	}
}

// Lines and records have caps: a 2 MB line, or a quote that swallows 5 MB
// of short lines, refuse the file at their line without reading it whole.
func TestCSVCaps(t *testing.T) {
	long := "comment_id,username,timestamp,text\n1,a,2026-02-10T10:00:00Z,x\n2,b,2026-02-10T10:00:00Z," + strings.Repeat("x", 2<<20) + "\n"
	ds, f := loadOne(t, "c.csv", long, report.Source{Kind: "comments"})
	wantProblem(t, ds, "ingest.line_too_long", 3, 1)
	if f.RowsRead != 0 {
		t.Errorf("refused file read %d rows", f.RowsRead)
	}
	swallow := "comment_id,username,timestamp,text\n1,a,2026-02-10T10:00:00Z,x\n2,b,2026-02-10T10:00:00Z,\"open\n" +
		strings.Repeat(strings.Repeat("y", 99)+"\n", 50_000)
	ds, _ = loadOne(t, "c.csv", swallow, report.Source{Kind: "comments"})
	wantProblem(t, ds, "ingest.record_too_long", 3, 1)
}

// Every input kind has a cap, checked before the file is read.
func TestSizeCaps(t *testing.T) {
	for _, kind := range []string{"posts", "daily", "audience", "comments", "monitoring", "notes"} {
		dir := t.TempDir()
		p := filepath.Join(dir, "big.csv")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(MaxSize(kind) + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
		ds := Load(oneSource(t, dir, "kab.uji", report.Source{Kind: kind, Files: []string{"big.csv"}}), Options{})
		pr := wantProblem(t, ds, "ingest.too_large", 0, 0)
		if !strings.HasSuffix(pr.Args[0].(string), "MB") && !strings.HasSuffix(pr.Args[0].(string), "KB") {
			t.Errorf("%s: cap %v", kind, pr.Args)
		}
	}
}

// A file of bad rows keeps at most MaxRowWarnings warnings, and says how
// many more there are.
func TestBadRowWarningsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("comment_id,username,timestamp\n")
	for i := 0; i < MaxRowWarnings+50; i++ {
		fmt.Fprintf(&b, "%d,a,not a time\n", i+1)
	}
	ds, f := loadOne(t, "c.csv", b.String(), report.Source{Kind: "comments"})
	if f.Skipped["bad_date"] != MaxRowWarnings+50 {
		t.Errorf("skipped %v", f.Skipped)
	}
	n := strings.Count(strings.Join(keys(ds.Problems), " "), "ingest.bad_time")
	if n != MaxRowWarnings {
		t.Errorf("%d warnings kept, want %d", n, MaxRowWarnings)
	}
	if p := wantProblem(t, ds, "ingest.more_bad_rows", 0, 0); p.Args[0] != 50 {
		t.Errorf("%+v", p)
	}
}
