// Package datawarn finds silent gaps in the data (SPEC §9 "Data warnings"):
// days missing inside a daily series' own coverage, within the report or
// comparison period. Each gap becomes a warning naming the dates, placed at
// the daily source entry of rapor.yaml (a series merges every daily file).
package datawarn

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// maxDates is how many missing dates a warning lists before "…".
const maxDates = 10

// Gaps returns one warning per daily series with days missing inside its
// coverage within P or Q, in the order of report.SeriesNames.
func Gaps(cfg *report.Config, ds *report.Dataset) report.Problems {
	if cfg == nil || ds == nil || len(ds.Series) == 0 {
		return nil
	}
	pos := report.Pos{}
	for _, s := range cfg.Sources {
		if s.Kind == report.KindDaily {
			pos = s.Pos
			break
		}
	}
	periods := []report.Range{cfg.Period.Range()}
	if cfg.Compare != nil {
		periods = append(periods, cfg.Compare.Range())
	}
	var out report.Problems
	for _, name := range report.SeriesNames {
		s := ds.Series[name]
		if s == nil || len(s.Points) == 0 {
			continue
		}
		missing := Missing(s, periods)
		if len(missing) == 0 {
			continue
		}
		out.Add(report.Warnf(cfg.Path, pos.Line, pos.Col, "datawarn.missing_days",
			name, len(missing), list(missing), s.Coverage.From.String(), s.Coverage.To.String()))
	}
	return out
}

// Missing returns the dates inside s's coverage and inside one of periods
// that s has no value for, ascending and without repeats.
func Missing(s *report.Series, periods []report.Range) []report.Date {
	have := make(map[report.Date]bool, len(s.Points))
	for _, p := range s.Points {
		have[p.Date] = true
	}
	seen := map[report.Date]bool{}
	var out []report.Date
	for d := s.Coverage.From; d <= s.Coverage.To; d++ {
		if have[d] || seen[d] || !inAny(d, periods) {
			continue
		}
		seen[d] = true
		out = append(out, d)
	}
	return out
}

func inAny(d report.Date, rs []report.Range) bool {
	for _, r := range rs {
		if d >= r.From && d <= r.To {
			return true
		}
	}
	return false
}

// list joins the dates, at most maxDates of them, then "…".
func list(ds []report.Date) string {
	parts := make([]string, 0, maxDates+1)
	for i, d := range ds {
		if i == maxDates {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, d.String())
	}
	return strings.Join(parts, ", ")
}
