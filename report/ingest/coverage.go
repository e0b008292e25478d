package ingest

import "github.com/rapor-id/rapor/report"

// warnRowCoverage warns when days of a period are covered by posts files
// only through their rows' dates (no covers: and no Meta file name): the
// export may cover more than its first and last post, and the report
// cannot know it.
func warnRowCoverage(cfg *report.Config, files []*postFile) {
	periods := []report.Period{cfg.Period}
	if cfg.Compare != nil {
		periods = append(periods, *cfg.Compare)
	}
	var stated []report.Range
	for _, f := range files {
		if cv := f.c.rep.Coverage; cv != nil && f.c.rep.CoverageFrom != CoverageRows {
			stated = append(stated, *cv)
		}
	}
	for _, f := range files {
		cv := f.c.rep.Coverage
		if cv == nil || f.c.rep.CoverageFrom != CoverageRows {
			continue
		}
		for _, p := range periods {
			from, to := max(cv.From, p.From), min(cv.To, p.To)
			if from > to || p.From == 0 || coveredBy(stated, from, to) {
				continue
			}
			f.c.warnf(0, 0, "ingest.coverage_from_rows", cv.From.String(), cv.To.String(), p.ID)
			break
		}
	}
}

// coveredBy reports whether the ranges cover every day from..to.
func coveredBy(rs []report.Range, from, to report.Date) bool {
	for d := from; d <= to; {
		next := d
		for _, r := range rs {
			if r.Contains(d) && r.To >= next {
				next = r.To + 1
			}
		}
		if next == d {
			return false
		}
		d = next
	}
	return true
}
