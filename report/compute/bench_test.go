package compute

import (
	"strconv"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

// bigFixture is a five-year project: 20,000 posts and 1,000,000 comments,
// reported for the year 2026 (with its monthly breakdown) against 2025.
func bigFixture() *fixture {
	f := newFixture()
	y := period("2026")
	prev := y.Previous()
	f.cfg.Period, f.cfg.Compare = y, &prev
	start := at("2022-01-01 00:00")
	end := at("2027-01-01 00:00")
	f.ds.PostsCovers = []report.Range{{From: report.DateOf(start, jkt), To: report.DateOf(end, jkt) - 1}}
	step := end.Sub(start) / 20000
	types := []report.PostType{report.Image, report.Carousel, report.Reel, report.Video, report.Story}
	for i := 0; i < 20000; i++ {
		p := ownPost("p"+strconv.Itoa(i), types[i%5], start.Add(time.Duration(i)*step),
			inter(1000+i%977, 50+i%89, i%13, i%7, i%11))
		p.Caption = "Info #KabTest #tag" + strconv.Itoa(i%40) + " bersama @dinas" + strconv.Itoa(i%3)
		f.add(p)
	}
	f.withComments()
	f.ds.Sources[0].Coverage = &report.Range{From: report.DateOf(start, jkt), To: report.DateOf(end, jkt) - 1}
	f.ds.CommentCover = []report.Range{*f.ds.Sources[0].Coverage}
	cstep := end.Sub(start) / 1000000
	f.ds.Comments = make([]report.Comment, 0, 1000000)
	for i := 0; i < 1000000; i++ {
		c := report.CommentRow{ID: strconv.Itoa(i), Username: "w", Time: start.Add(time.Duration(i) * cstep)}
		if i%3 == 0 {
			f.ds.AddReplies(report.CommentRow{ID: "r" + c.ID, ParentID: c.ID, Username: "kab.test",
				Time: c.Time.Add(time.Duration(i%50) * time.Hour)})
		}
		f.ds.AddComments(c)
	}
	return f
}

func BenchmarkRunFiveYears(b *testing.B) {
	f := bigFixture()
	in := Input{Data: f.ds, Config: f.cfg, Framework: f.fw, Lang: "id"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Run(in); err != nil {
			b.Fatal(err)
		}
	}
}
