// Package worktime measures working time: the part of an interval that falls
// inside the service windows of SPEC §9 (local wall-clock hours on service
// days that are not holidays), in real elapsed time.
package worktime

import (
	"time"

	"github.com/rapor-id/rapor/report"
)

// Calendar holds the service windows of one project. Its zero value has no
// windows (every interval takes 0 working time).
type Calendar struct {
	loc        *time.Location
	start, end int // minutes after local midnight; end ≤ 1440
	days       [7]bool
	holidays   map[report.Date]bool
}

// New returns the calendar of service s in loc (UTC when nil).
func New(s report.Service, loc *time.Location) *Calendar {
	if loc == nil {
		loc = time.UTC
	}
	c := &Calendar{loc: loc, start: s.Start, end: s.End, holidays: map[report.Date]bool{}}
	for _, d := range s.Days {
		if d >= time.Sunday && d <= time.Saturday {
			c.days[d] = true
		}
	}
	for _, h := range s.Holidays {
		c.holidays[h] = true
	}
	return c
}

// Serves reports whether date d is a service day (a service weekday that is
// not a holiday).
func (c *Calendar) Serves(d report.Date) bool {
	return c.days[d.Weekday()] && !c.holidays[d]
}

// window returns the service window of date d as instants.
func (c *Calendar) window(d report.Date) (time.Time, time.Time) {
	y, m, dd := d.YMD()
	from := time.Date(y, m, dd, c.start/60, c.start%60, 0, 0, c.loc)
	to := time.Date(y, m, dd, c.end/60, c.end%60, 0, 0, c.loc) // 24:00 normalises to the next midnight
	return from, to
}

// Between returns the working time inside [t1, t2]; 0 when t2 is not after t1.
func (c *Calendar) Between(t1, t2 time.Time) time.Duration {
	if !t2.After(t1) || c.end <= c.start {
		return 0
	}
	var sum time.Duration
	last := report.DateOf(t2, c.loc)
	for d := report.DateOf(t1, c.loc); d <= last; d++ {
		if !c.Serves(d) {
			continue
		}
		from, to := c.window(d)
		if from.Before(t1) {
			from = t1
		}
		if to.After(t2) {
			to = t2
		}
		if to.After(from) {
			sum += to.Sub(from)
		}
	}
	return sum
}

// Hours returns Between(t1, t2) in hours.
func (c *Calendar) Hours(t1, t2 time.Time) float64 { return c.Between(t1, t2).Hours() }
