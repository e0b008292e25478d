package main

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"time"
)

// exampleFiles holds the hand-written files of the example project (README,
// rapor.yaml, notes, narrative), copied unchanged by -example.
//
//go:embed example
var exampleFiles embed.FS

// zones loads the project and export time zones of the example.
func zones() (loc, exportLoc *time.Location, err error) {
	if loc, err = time.LoadLocation("Asia/Jakarta"); err != nil {
		return nil, nil, err
	}
	if exportLoc, err = time.LoadLocation("America/Los_Angeles"); err != nil {
		return nil, nil, err
	}
	return loc, exportLoc, nil
}

// writeExample writes the whole example project into t.
func writeExample(t *tree) (*exampleProject, error) {
	loc, exportLoc, err := zones()
	if err != nil {
		return nil, err
	}
	x, err := buildExample(loc, exportLoc)
	if err != nil {
		return nil, err
	}
	if n := writeContentExports(t, "exports", x.files, x.posts, exportLoc); n > 0 {
		return nil, fmt.Errorf("example: %d posts fall outside the content exports", n)
	}
	days := len(x.reach.values)
	writeDaily(t, "exports/harian/Jangkauan.csv", titleReach, &x.reach, 0, days)
	writeDaily(t, "exports/harian/Tayangan.csv", titleViews, &x.views, 0, days)
	writeDaily(t, "exports/harian/Pengikut.csv", titleFollows, &x.follows, 0, days)
	writeDaily(t, "exports/harian/Kunjungan.csv", titleProfileVisits, &x.visits, 0, days)
	// Unfollows as a wide CSV that misses 3 October (a data warning; the
	// day counts as 0 in engage.followers_lost).
	missing := x.unfollows.dayIndex(time.Date(2026, time.October, 3, 0, 0, 0, 0, time.UTC))
	writeWide(t, "exports/harian/berhenti-mengikuti.csv", "unfollows", &x.unfollows, 0, days,
		func(i int) bool { return i == missing })
	writeFollowersTotal(t, "exports/pengikut-total.csv", &x.followers)
	writeAudience(t, "exports/Audiens.csv", &x.audience)
	f := t.create("komentar.csv", false, false)
	f.writeString(commentsHeader + "\n")
	for _, c := range x.comments {
		writeComment(f, c)
	}
	f.close()
	t.writeFile("pemantauan.csv", []byte(exampleCases))
	coded, err := exampleQDPX()
	if err != nil {
		return nil, err
	}
	t.writeFile("coding/wawancara-humas.qdpx", coded)
	err = fs.WalkDir(exampleFiles, "example", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := exampleFiles.ReadFile(p)
		if err != nil {
			return err
		}
		t.writeFile(strings.TrimPrefix(p, "example/"), data)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return x, t.err
}
