package compute

import (
	"math"
	"sort"

	"github.com/rapor-id/rapor/report"
)

// median returns the median of xs (the mean of the two middle values for an
// even count). xs is sorted in place. ok is false for an empty slice.
func median(xs []float64) (float64, bool) {
	n := len(xs)
	if n == 0 {
		return 0, false
	}
	sort.Float64s(xs)
	if n%2 == 1 {
		return xs[n/2], true
	}
	return (xs[n/2-1] + xs[n/2]) / 2, true
}

// p90 returns the nearest-rank 90th percentile: the ⌈0.9·n⌉-th smallest
// value. xs is sorted in place.
func p90(xs []float64) (float64, bool) {
	n := len(xs)
	if n == 0 {
		return 0, false
	}
	sort.Float64s(xs)
	// ⌈0.9·n⌉ in integers, avoiding 0.9·n rounding (e.g. 0.9·10 = 9.000000000000002).
	rank := (9*n + 9) / 10
	return xs[rank-1], true
}

// mean returns the arithmetic mean of xs.
func mean(xs []float64) (float64, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs)), true
}

// pstdev returns the population standard deviation of xs.
func pstdev(xs []float64) float64 {
	m, ok := mean(xs)
	if !ok {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)))
}

// finite reports whether v is a finite number.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// covers reports whether the union of ranges covers every day of r.
func covers(ranges []report.Range, r report.Range) bool {
	if !r.Valid() {
		return false
	}
	rs := make([]report.Range, 0, len(ranges))
	for _, x := range ranges {
		if x.Valid() {
			rs = append(rs, x)
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].From != rs[j].From {
			return rs[i].From < rs[j].From
		}
		return rs[i].To < rs[j].To
	})
	next := r.From // first day not yet known to be covered
	for _, x := range rs {
		if x.From > next {
			break
		}
		if x.To >= next {
			next = x.To + 1
		}
		if next > r.To {
			return true
		}
	}
	return next > r.To
}
