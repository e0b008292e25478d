package project

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// periodCoverage checks that the posts and daily files cover the period
// (SPEC §9 "Period coverage"): when such files exist but none covers any
// day of the period it is an error naming the period and each file's
// coverage; when some days are covered by none it is a warning naming them.
// A project without posts or daily files (a fresh `rapor init`) is not
// checked here: its indicators are "no data" with their reasons.
func periodCoverage(cfg *report.Config, files []*report.FileReport) report.Problems {
	var ranges []report.Range
	var listed []string
	for _, f := range files {
		if f.Kind != "posts" && f.Kind != "daily" {
			continue
		}
		cov := "–"
		if f.Coverage != nil && f.Coverage.Valid() {
			ranges = append(ranges, *f.Coverage)
			cov = f.Coverage.From.String() + ".." + f.Coverage.To.String()
		}
		listed = append(listed, f.Path+" "+cov)
	}
	if len(listed) == 0 {
		return nil
	}
	p := cfg.Period
	uncovered := uncoveredDays(p.Range(), ranges)
	pos := cfg.PosOf["period"]
	periodText := p.ID + " (" + p.From.String() + ".." + p.To.String() + ")"
	switch {
	case len(uncovered) == 0:
		return nil
	case rangeDays(uncovered) == p.Days():
		return report.Problems{report.Errorf(cfg.Path, pos.Line, pos.Col, "build.period_uncovered",
			periodText, strings.Join(listed, "; "))}
	default:
		return report.Problems{report.Warnf(cfg.Path, pos.Line, pos.Col, "build.period_partly_covered",
			periodText, joinRanges(uncovered))}
	}
}

// uncoveredDays returns the runs of days of p that no range covers.
func uncoveredDays(p report.Range, covered []report.Range) []report.Range {
	sort.Slice(covered, func(i, j int) bool { return covered[i].From < covered[j].From })
	var out []report.Range
	next := p.From // first day of p not yet known to be covered
	for _, c := range covered {
		if c.To < next {
			continue
		}
		if c.From > p.To {
			break
		}
		if c.From > next {
			out = append(out, report.Range{From: next, To: c.From.AddDays(-1)})
		}
		next = c.To.AddDays(1)
		if next > p.To {
			return out
		}
	}
	return append(out, report.Range{From: next, To: p.To})
}

func rangeDays(rs []report.Range) int {
	n := 0
	for _, r := range rs {
		n += r.Days()
	}
	return n
}

func joinRanges(rs []report.Range) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		if r.From == r.To {
			parts[i] = r.From.String()
		} else {
			parts[i] = r.From.String() + ".." + r.To.String()
		}
	}
	return strings.Join(parts, ", ")
}
