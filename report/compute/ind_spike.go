package compute

import (
	"math"

	"github.com/rapor-id/rapor/report"
)

// Spike detection of manage.spike_days (SPEC §9).
const (
	spikeWindow  = 28     // trailing days a day is compared with
	spikeMinDays = 14     // of which at least this many must have a value
	spikeK       = 3      // robust z threshold
	madScale     = 1.4826 // MAD → standard deviation of a normal distribution
)

// spike is one spike day found on a period.
type spike struct {
	date          report.Date
	value, median float64
	bound         float64
}

// spikeScan is the outcome of the spike test on one period.
type spikeScan struct {
	metric string // views | reach | "" without a series
	tested int    // days of the period that could be tested
	spikes []spike
}

// spikeSeries returns the series spikes are looked for in: views when the
// project has any daily views value, else reach.
func (x *prep) spikeSeries() (*report.Series, string) {
	if s := x.series(report.SeriesViews); s != nil && len(s.Points) > 0 {
		return s, report.SeriesViews
	}
	if s := x.series(report.SeriesReach); s != nil && len(s.Points) > 0 {
		return s, report.SeriesReach
	}
	return nil, ""
}

// spikes tests every day of the period that has a value and at least 14
// valued days among the 28 before it: a spike when x > m + 3 × 1.4826 × MAD,
// or with MAD = 0 when x > 2 × m (both strict).
func (c *calc) spikes() spikeScan {
	if c.spikeScan != nil {
		return *c.spikeScan
	}
	s, metric := c.x.spikeSeries()
	out := spikeScan{metric: metric}
	for _, p := range pointsIn(s, c.p.Range()) {
		prior := pointsIn(s, report.Range{From: p.Date - spikeWindow, To: p.Date - 1})
		if len(prior) < spikeMinDays {
			continue
		}
		out.tested++
		xs := make([]float64, len(prior))
		for i, q := range prior {
			xs[i] = q.Value
		}
		m, _ := median(xs)
		for i := range xs {
			xs[i] = math.Abs(xs[i] - m)
		}
		mad, _ := median(xs)
		bound := m + spikeK*madScale*mad
		if mad == 0 {
			bound = 2 * m
		}
		if p.Value > bound {
			out.spikes = append(out.spikes, spike{date: p.Date, value: p.Value, median: m, bound: bound})
		}
	}
	c.spikeScan = &out
	return out
}

// manage.spike_days = the number of spike days; n = the days tested.
func manageSpikeDays(c *calc) val {
	sc := c.spikes()
	if sc.metric == "" {
		return null(report.ReasonNoData)
	}
	if sc.tested == 0 {
		return null(report.ReasonTooFew)
	}
	v := num(float64(len(sc.spikes)), sc.tested)
	if sc.metric == report.SeriesViews {
		v.note = c.x.viewsNote(c)
	}
	return v
}

// spikeDays is the breakdown of manage.spike_days: each spike day with its
// value and the own feed posts published that day or the day before.
func (x *prep) spikeDays(c *calc) []report.SpikeDay {
	sc := c.spikes()
	out := []report.SpikeDay{}
	for _, sp := range sc.spikes {
		start, end := x.bounds(report.Range{From: sp.date - 1, To: sp.date})
		var posts []*report.Post
		for _, p := range x.posts {
			if p.Own && isFeed(p.Type) && !p.Published.Before(start) && p.Published.Before(end) {
				posts = append(posts, p)
			}
		}
		out = append(out, report.SpikeDay{Date: sp.date, Metric: sc.metric, Value: sp.value,
			Median: sp.median, Bound: sp.bound, Posts: x.postRows(posts)})
	}
	return out
}

// impressionsToViews is the day Instagram replaced impressions by views.
var impressionsToViews = report.NewDate(2025, 4, 21)

// viewsNote returns the note on the views indicators (SPEC §9 "Data
// warnings") when a posts file has impressions but no views, or the report
// or comparison period spans 21 April 2025; else "".
func (x *prep) viewsNote(*calc) string {
	if x.viewsReplaced == nil {
		b := x.impressionsOnly()
		x.viewsReplaced = &b
	}
	if !*x.viewsReplaced {
		return ""
	}
	return x.t("compute.note.views_replaced")
}

// impressionsOnly decides the condition of viewsNote.
func (x *prep) impressionsOnly() bool {
	spans := func(r report.Range) bool { return r.From < impressionsToViews && r.To >= impressionsToViews }
	hit := spans(x.cfg.Period.Range()) || (x.cfg.Compare != nil && spans(x.cfg.Compare.Range()))
	if !hit {
		for _, p := range x.d.Posts {
			if p != nil && p.Metrics.HasCol(report.Impressions) && !p.Metrics.HasCol(report.Views) {
				hit = true
				break
			}
		}
	}
	return hit
}
