package xlsx

import (
	"io"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// BenchmarkWrite writes the test fixture (300 posts, 61 days).
func BenchmarkWrite(b *testing.B) {
	r := fixtureReport("id")
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, Options{Lang: "id", Document: docFor(r, "id")}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteLarge writes a five-year report: 20,000 posts and 1,826
// days of daily series (the scale project of SPEC §8).
func BenchmarkWriteLarge(b *testing.B) {
	r := largeReport()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, Options{Lang: "id", Document: docFor(r, "id")}); err != nil {
			b.Fatal(err)
		}
	}
}

// largeReport is the fixture scaled to five years and 20,000 posts.
func largeReport() *report.Report {
	r := fixtureReport("id")
	from := report.NewDate(2021, 11, 1)
	to := report.NewDate(2026, 10, 31)
	r.Period = report.PeriodInfo{ID: "2021-11-01..2026-10-31", From: from, To: to, Days: int(to-from) + 1}
	r.Posts = fixturePosts(from, r.Period.Days, 20000)
	bd := &r.Breakdowns
	bd.Daily = map[string][]report.DayValue{}
	bd.FollowerTrend, bd.PostsPerDay = nil, nil
	for d := from; d <= to; d++ {
		i := float64(d - from)
		for _, k := range []string{report.SeriesReach, report.SeriesViews, report.SeriesFollows, report.SeriesProfileVisits} {
			bd.Daily[k] = append(bd.Daily[k], report.DayValue{Date: d, Value: 1000 + i})
		}
		bd.FollowerTrend = append(bd.FollowerTrend, report.DayValue{Date: d, Value: 40000 + i})
		bd.PostsPerDay = append(bd.PostsPerDay, report.DayValue{Date: d, Value: float64(int(i) % 20)})
	}
	return r
}
