package html

import (
	"testing"
	"time"

	"github.com/rapor-id/rapor/internal/testenv"
)

// TestMarkdownHostileGrowsLinearly pins that no hostile Markdown is
// superlinear below the size cap (issue 15): doubling an input must not
// much more than double the CPU time of rendering it. Rendering the half
// twice is compared with rendering the whole once, each repeated until it
// took at least 60 ms of the rendering thread's CPU time (renderCPU), the
// better of two; a quadratic construct gives about 2 (those fixed by
// mdguard gave 1.9–4 per doubling), a linear one about 1.
func TestMarkdownHostileGrowsLinearly(t *testing.T) {
	testenv.Short(t, "renders pathological Markdown for seconds")
	const bound = 1.6
	half, whole := hostileMarkdownN(MaxMarkdown/2), hostileMarkdown()
	for name, src := range whole {
		r := growth(half[name], src)
		if r > bound {
			// once more: a burst of load on the machine can still skew one
			r = min(r, growth(half[name], src))
		}
		t.Logf("%-16s %.2f", name, r)
		if r > bound {
			t.Errorf("%s: rendering twice the size takes %.2f× the time of rendering the half twice (want ≤ %.1f: linear)", name, r, bound)
		}
	}
}

// growth returns CPU(render whole) / CPU(render half twice).
func growth(half, whole string) float64 {
	perRender := func(src string, times int) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 2 {
			reps, d := 0, time.Duration(0)
			for d < 60*time.Millisecond {
				d += renderCPU(func() {
					for range times {
						_, _ = RenderMarkdown(src)
					}
				})
				reps++
			}
			best = min(best, d/time.Duration(reps))
		}
		return best
	}
	return float64(perRender(whole, 1)) / float64(perRender(half, 2))
}
