package compute

import "github.com/rapor-id/rapor/report"

// reachOf returns reach(p); ok is false when it is blank or 0 (SPEC §4: such
// a post is left out of reach-based metrics).
func reachOf(p *report.Post) (float64, bool) {
	v, ok := p.Metrics.Get(report.Reach)
	if !ok || v <= 0 {
		return 0, false
	}
	return v, true
}

// metric returns a metric value, 0 when blank.
func metric(p *report.Post, m report.Metric) float64 {
	v, _ := p.Metrics.Get(m)
	return v
}

// postER returns the per-post ER interactions(p) ÷ reach(p); ok is false
// without reach or interaction data.
func postER(p *report.Post) (float64, bool) {
	r, ok := reachOf(p)
	if !ok {
		return 0, false
	}
	i, ok := p.Interactions()
	if !ok {
		return 0, false
	}
	return i / r, true
}

// erOf returns the ER (ratio of sums) of posts having both reach and
// interaction data, and how many posts it rests on.
func erOf(posts []*report.Post) (er float64, n int, ok bool) {
	si, sr := 0.0, 0.0
	for _, p := range posts {
		r, okR := reachOf(p)
		i, okI := p.Interactions()
		if !okR || !okI {
			continue
		}
		si += i
		sr += r
		n++
	}
	if sr == 0 {
		return 0, n, false
	}
	return si / sr, n, true
}
