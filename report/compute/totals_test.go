package compute

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestSeriesSum(t *testing.T) {
	t.Parallel()
	d := func(s string) report.Date {
		v, err := report.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// 1..10 October listed, with 5 October missing (a gap inside the span)
	s := &report.Series{Metric: report.SeriesViews, Coverage: report.Range{From: d("2026-10-01"), To: d("2026-10-10")}}
	for day := d("2026-10-01"); day <= d("2026-10-10"); day++ {
		if day != d("2026-10-05") {
			s.Points = append(s.Points, report.DayValue{Date: day, Value: float64(day - d("2026-10-01") + 1)})
		}
	}
	cases := []struct {
		name     string
		from, to string
		want     float64 // -1 = nil
	}{
		{"whole span, gap left out", "2026-10-01", "2026-10-10", 55 - 5},
		{"inside", "2026-10-02", "2026-10-03", 5},
		{"starts before the span", "2026-09-30", "2026-10-03", -1},
		{"ends after the span", "2026-10-09", "2026-10-11", -1},
	}
	for _, tc := range cases {
		got := seriesSum(s, report.Range{From: d(tc.from), To: d(tc.to)})
		switch {
		case tc.want < 0 && got != nil:
			t.Errorf("%s: %v, want nil", tc.name, *got)
		case tc.want >= 0 && (got == nil || *got != tc.want):
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
