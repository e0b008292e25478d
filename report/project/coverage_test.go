package project

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestUncoveredDays(t *testing.T) {
	d := func(s string) report.Date {
		v, err := report.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	r := func(a, b string) report.Range { return report.Range{From: d(a), To: d(b)} }
	oct := r("2026-10-01", "2026-10-31")
	cases := []struct {
		name    string
		covered []report.Range
		want    string
	}{
		{"nothing", nil, "2026-10-01..2026-10-31"},
		{"whole", []report.Range{r("2026-09-01", "2026-11-30")}, ""},
		{"before and after only", []report.Range{r("2026-09-01", "2026-09-30"), r("2026-11-01", "2026-11-02")}, "2026-10-01..2026-10-31"},
		{"gap in the middle, unsorted", []report.Range{r("2026-10-20", "2026-10-31"), r("2026-10-01", "2026-10-10")}, "2026-10-11..2026-10-19"},
		{"one day at each end", []report.Range{r("2026-10-02", "2026-10-30")}, "2026-10-01, 2026-10-31"},
		{"overlapping", []report.Range{r("2026-10-01", "2026-10-20"), r("2026-10-05", "2026-10-25")}, "2026-10-26..2026-10-31"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinRanges(uncoveredDays(oct, tc.covered)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
