package config

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestSpanProblem(t *testing.T) {
	t.Parallel()
	cases := []struct{ period, key string }{
		{"2026-10", ""},
		{"2000", ""},
		{"2100", ""},
		{"2001-01-01..2020-12-31", ""},
		{"2001-01-01..2021-01-01", "config.period_too_long"},
		{"1999-12-31..2000-01-31", "config.period_years"},
		{"0001-01-01..9999-12-31", "config.period_years"},
	}
	for _, c := range cases {
		p, err := report.ParsePeriod(c.period)
		if err != nil {
			t.Fatalf("%s: %v", c.period, err)
		}
		if key, _ := spanProblem(p); key != c.key {
			t.Errorf("%s: %q, want %q", c.period, key, c.key)
		}
	}
}
