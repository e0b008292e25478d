package compute

import "github.com/rapor-id/rapor/report"

// monthly computes every indicator on each calendar month's intersection
// with p when p touches more than one month. Each month is compared with the
// month before it (a partial month with the same number of days just before),
// unless the report has no comparison.
func (x *prep) monthly(p report.Period, compare bool) []report.MonthResults {
	months := p.Months()
	if len(months) < 2 {
		return nil
	}
	out := make([]report.MonthResults, 0, len(months))
	for _, m := range months {
		c := x.calcFor(m)
		c.cmp = nil
		if compare {
			c.cmp = x.calcFor(monthBefore(m))
		}
		out = append(out, report.MonthResults{Period: x.periodInfo(m), Indicators: x.results(c)})
	}
	return out
}

// monthBefore returns the comparison period of a month of the monthly
// breakdown: the previous calendar month for a whole month, else the same
// number of days just before.
func monthBefore(m report.Period) report.Period {
	y, mo, d := m.From.YMD()
	whole := d == 1 && m.To == report.NewDate(y, mo+1, 1)-1
	if whole {
		return m.Previous()
	}
	r, _ := report.RangePeriod(m.From, m.To)
	return r.Previous()
}
