package datawarn

import (
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

func d(s string) report.Date {
	v, err := report.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// series lists every day of from..to except skip.
func series(metric, from, to string, skip ...string) *report.Series {
	s := &report.Series{Metric: metric, Coverage: report.Range{From: d(from), To: d(to)}}
	gone := map[report.Date]bool{}
	for _, x := range skip {
		gone[d(x)] = true
	}
	for x := d(from); x <= d(to); x++ {
		if !gone[x] {
			s.Points = append(s.Points, report.DayValue{Date: x, Value: 1})
		}
	}
	return s
}

func TestGaps(t *testing.T) {
	p, _ := report.ParsePeriod("2026-10")
	q := p.Previous()
	cfg := &report.Config{Path: "proj/rapor.yaml", Period: p, Compare: &q,
		Sources: []report.Source{{Kind: report.KindPosts}, {Kind: report.KindDaily, Pos: report.Pos{Line: 9, Col: 5}}}}
	ds := &report.Dataset{Series: map[string]*report.Series{
		// a gap in August (outside P and Q) and two in P
		report.SeriesUnfollows: series("unfollows", "2026-08-01", "2026-10-31", "2026-08-10", "2026-10-05", "2026-10-07"),
		// a gap in Q
		report.SeriesViews: series("views", "2026-09-01", "2026-10-31", "2026-09-30"),
		// complete
		report.SeriesReach: series("reach", "2026-09-01", "2026-10-31"),
		// a short series: days after its coverage are not missing
		report.SeriesFollows: series("follows", "2026-10-01", "2026-10-10"),
	}}
	probs := Gaps(cfg, ds)
	if len(probs) != 2 {
		t.Fatalf("problems %+v, want 2", probs)
	}
	cat := msg.MustLoad("en")
	views, unf := cat.Format(probs[0]), cat.Format(probs[1])
	for _, want := range []string{"proj/rapor.yaml:9:5", "views", " 1 days", "2026-09-30"} {
		if !strings.Contains(views, want) {
			t.Errorf("views warning %q lacks %q", views, want)
		}
	}
	for _, want := range []string{"unfollows", " 2 days", "2026-10-05, 2026-10-07", "count 0"} {
		if !strings.Contains(unf, want) {
			t.Errorf("unfollows warning %q lacks %q", unf, want)
		}
	}
	if strings.Contains(unf, "2026-08-10") || probs[0].Severity != report.Warning {
		t.Errorf("outside P and Q or not a warning: %q", unf)
	}
}

func TestManyDates(t *testing.T) {
	p, _ := report.ParsePeriod("2026-10")
	s := series("reach", "2026-10-01", "2026-10-31", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
		"2026-10-06", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-11", "2026-10-12", "2026-10-13", "2026-10-14")
	got := list(Missing(s, []report.Range{p.Range()}))
	if !strings.HasSuffix(got, "2026-10-12, …") || strings.Count(got, ",") != 10 {
		t.Errorf("list = %q", got)
	}
	if Gaps(nil, nil) != nil {
		t.Error("nil input")
	}
}

func TestCatalogue(t *testing.T) {
	entries := msgtest.Catalogue(t, "datawarn")
	msgtest.Covers(t, "datawarn", entries, msgtest.UsedKeys(t, "datawarn", "*.go"))
}
