package ingest

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

// TestMergeCommentsAcrossFiles reads two comments sources that repeat ids
// (numeric and not, within a file and across files) and hold replies whose
// parent is in the other file, and checks the merged comments (ids, order,
// authors, post keys, flags), the account's replies and every file's row
// accounting.
func TestMergeCommentsAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	const head = "comment_id,parent_id,permalink,username,timestamp,replied,reply_timestamp,sentiment\n"
	files := map[string]string{
		"a.csv": head +
			"100,,https://www.instagram.com/p/AAA1/,ani,2026-02-10T10:00:00Z,ya,2026-02-10T11:00:00Z,positif\n" +
			"x7,,https://www.instagram.com/p/AAA1/,budi,2026-02-10T09:00:00Z,tidak,,\n" +
			"100,,https://www.instagram.com/p/AAA1/,ani,2026-02-10T10:05:00Z,ya,,negatif\n" + // duplicate in the file: this row wins here
			"205,x7,https://www.instagram.com/p/AAA1/,Kab.Uji,2026-02-10T09:30:00Z,,,\n" +
			"99,,https://www.instagram.com/p/BBB2/,cici,2026-02-10T09:00:00Z,,,\n",
		"b.csv": head +
			"x7,,https://www.instagram.com/p/AAA1/,budi,2026-02-10T08:00:00Z,ya,,\n" + // the later source wins
			"300,100,https://www.instagram.com/p/AAA1/,@kab.uji,2026-02-10T10:30:00Z,,,\n" +
			"301,100,https://www.instagram.com/p/AAA1/,kab.uji,2026-02-10T09:59:00Z,,,\n" + // before its parent's winning row
			"1000,,,dodi,2026-02-10T09:00:00Z,,,\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := oneSource(t, dir, "kab.uji", report.Source{Kind: "comments", Files: []string{"a.csv"}})
	cfg.Sources = append(cfg.Sources, report.Source{Kind: "comments", Files: []string{"b.csv"}})
	ds := Load(cfg, Options{})
	type row struct {
		ID, Parent, User, Post, Sentiment string
		Replied, Known                    bool
		Line                              int
	}
	read := func(cs []report.Comment) []row {
		var out []row
		for i := range cs {
			c := &cs[i]
			s := &ds.CommentStrs
			replied, known := c.Replied()
			out = append(out, row{s.Get(c.ID), s.Get(c.ParentID), s.Get(c.Username), s.Get(c.PostKey), s.Get(c.Sentiment),
				replied, known, int(c.Line)})
		}
		return out
	}
	wantComments := []row{
		{ID: "x7", User: "budi", Post: "AAA1", Replied: true, Known: true, Line: 2},
		{ID: "1000", User: "dodi", Line: 5},
		{ID: "99", User: "cici", Post: "BBB2", Line: 6},
		{ID: "100", User: "ani", Post: "AAA1", Sentiment: "negatif", Replied: true, Known: true, Line: 4},
	}
	if got := read(ds.Comments); !reflect.DeepEqual(got, wantComments) {
		t.Errorf("comments:\n got %+v\nwant %+v", got, wantComments)
	}
	wantReplies := []row{
		{ID: "205", Parent: "x7", User: "Kab.Uji", Post: "AAA1", Line: 5}, // after x7's winning row (08:00)
		{ID: "300", Parent: "100", User: "@kab.uji", Post: "AAA1", Line: 3},
	}
	if got := read(ds.Replies); !reflect.DeepEqual(got, wantReplies) {
		t.Errorf("replies:\n got %+v\nwant %+v", got, wantReplies)
	}
	wantFiles := map[string][3]int{ // read, used, skipped
		"a.csv": {5, 3, 2},
		"b.csv": {4, 3, 1},
	}
	for _, f := range ds.Files {
		w := wantFiles[f.Path]
		if got := [3]int{f.RowsRead, f.RowsUsed, f.SkippedTotal()}; got != w {
			t.Errorf("%s: read, used, skipped = %v (%v), want %v", f.Path, got, f.Skipped, w)
		}
	}
}

// TestSortComments checks the radix sort of comments against a plain sort
// by time then id, with many equal times, nanoseconds, and (for the
// comparison fallback) times centuries apart.
func TestSortComments(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, spread := range []time.Duration{time.Hour, 5 * 365 * 24 * time.Hour, 0} {
		var strs report.Strings
		var cs []report.Comment
		for i := range 5000 {
			at := base.Add(time.Duration(rng.Int64N(int64(max(spread, time.Second)))).Truncate(time.Minute))
			switch {
			case i%7 == 0:
				at = at.Add(time.Duration(rng.IntN(1e9)))
			case spread == 0 && i%2 == 0:
				at = time.Date(1700+rng.IntN(600), 1, 1, 0, 0, 0, 0, time.UTC)
			}
			cs = append(cs, report.CommentRow{ID: strconv.Itoa(rng.IntN(1e9)) + "x" + strconv.Itoa(i), Time: at}.Pack(&strs))
		}
		want := slices.Clone(cs)
		slices.SortFunc(want, func(a, b report.Comment) int {
			if c := a.At().Compare(b.At()); c != 0 {
				return c
			}
			return strings.Compare(strs.Get(a.ID), strs.Get(b.ID))
		})
		sortComments(cs, &strs)
		if !reflect.DeepEqual(cs, want) {
			t.Errorf("spread %v: the comments are not in time then id order", spread)
		}
	}
}
