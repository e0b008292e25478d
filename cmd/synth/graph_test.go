package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGraphCommentsShape checks -comments-shape graph: the Graph-API
// header, +0000 offsets, each post's comments newest first, every reply row
// right after its comment (or its comment's other replies), rows not sorted
// by time over the file, and as many rows as -comments.
func TestGraphCommentsShape(t *testing.T) {
	dir := generate(t, "-posts", "200", "-comments", "3000", "-years", "1", "-seed", "3", "-comments-shape", "graph")
	f, err := os.Open(filepath.Join(dir, "komentar.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != graphCommentsHeader {
		t.Fatalf("header %q, want %q", got, graphCommentsHeader)
	}
	if len(recs)-1 != 3000 {
		t.Fatalf("%d rows, want 3000", len(recs)-1)
	}
	var lastTop time.Time
	lastPost, lastID, unsorted := "", "", false
	var prev time.Time
	for i, r := range recs[1:] {
		id, post, parent, ts := r[0], r[1], r[2], r[5]
		if !strings.HasSuffix(ts, "+0000") {
			t.Fatalf("row %d: timestamp %q has no +0000 offset", i+2, ts)
		}
		at, err := time.Parse("2006-01-02T15:04:05-0700", ts)
		if err != nil {
			t.Fatalf("row %d: %v", i+2, err)
		}
		if at.Before(prev) {
			unsorted = true
		}
		prev = at
		switch {
		case parent == "":
			if post == lastPost && at.After(lastTop) {
				t.Fatalf("row %d: comment newer than the one before it on post %s", i+2, post)
			}
			lastTop, lastID = at, id
		case parent != lastID || post != lastPost:
			t.Fatalf("row %d: reply to %s does not follow its comment (last comment %s)", i+2, parent, lastID)
		}
		lastPost = post
	}
	if !unsorted {
		t.Fatal("the rows are sorted by time; a Graph-API dump is not")
	}
}
