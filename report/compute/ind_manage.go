package compute

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// manage.comments = |C|.
func manageComments(c *calc) val {
	if v, ok := c.commentsGate(); !ok {
		return v
	}
	return num(float64(len(c.cm)), len(c.cm))
}

// responseStats are the counts behind the response metrics of a period.
type responseStats struct {
	replied, unreplied   int
	hours                []float64 // reply time − comment time of replied comments with a reply time
	work                 []float64 // working hours of the same, in the same order
	qReplied, qUnreplied int       // the same counts over questions
}

// responses gathers the response metrics' inputs over C, counting only
// comments from sources that carry reply data and whose state is known. The
// result is memoised; callers sort copies of hours, never hours itself.
func (c *calc) responses() responseStats {
	if c.resp != nil {
		return *c.resp
	}
	var s responseStats
	for _, st := range c.cm {
		if !st.resp {
			continue
		}
		if !st.replied {
			s.unreplied++
			if st.question {
				s.qUnreplied++
			}
			continue
		}
		s.replied++
		if st.question {
			s.qReplied++
		}
		if st.timed {
			s.hours = append(s.hours, st.hours)
			s.work = append(s.work, st.work)
		}
	}
	c.resp = &s
	return s
}

// manage.response_rate = replied ÷ (replied + unreplied) over C.
func manageResponseRate(c *calc) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	n := s.replied + s.unreplied
	return ratio(float64(s.replied), float64(n), n, report.ReasonNoData)
}

// manage.median_response_hours = median reply delay in hours.
func manageMedianResponse(c *calc) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	m, ok := median(append([]float64(nil), s.hours...))
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(s.hours))
}

// manage.p90_response_hours = nearest-rank P90 of the reply delays.
func manageP90Response(c *calc) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	m, ok := p90(append([]float64(nil), s.hours...))
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(s.hours))
}

// within returns replied-with-a-reply-time within limit hours ÷ (replied with
// a reply time + unreplied).
func within(c *calc, limit float64) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	k := 0
	for _, h := range s.hours {
		if h <= limit {
			k++
		}
	}
	n := len(s.hours) + s.unreplied
	return ratio(float64(k), float64(n), n, report.ReasonNoData)
}

// manage.replied_within_24h.
func manageWithin24h(c *calc) val { return within(c, 24) }

// manage.replied_within_1h.
func manageWithin1h(c *calc) val { return within(c, 1) }

// manage.cases = monitoring cases detected in the period.
func manageCases(c *calc) val {
	if v, ok := c.casesGate(); !ok {
		return v
	}
	return num(float64(len(c.cases)), len(c.cases))
}

// resolvedStatus are the status values that mean resolved (case-insensitive).
var resolvedStatus = map[string]bool{"selesai": true, "resolved": true, "closed": true,
	"ditutup": true, "tuntas": true, "done": true}

// resolved reports whether a case is resolved.
func resolved(k *report.Case) bool {
	return resolvedStatus[strings.ToLower(strings.TrimSpace(k.Status))] || k.ResolvedAt != nil
}

// manage.cases_resolved = resolved cases ÷ cases.
func manageCasesResolved(c *calc) val {
	if v, ok := c.casesGate(); !ok {
		return v
	}
	n := 0
	for _, k := range c.cases {
		if resolved(k) {
			n++
		}
	}
	return ratio(float64(n), float64(len(c.cases)), len(c.cases), report.ReasonNoData)
}

// manage.median_clarify_hours = median (responded_at − detected_at) in hours
// over cases with responded_at.
func manageMedianClarify(c *calc) val {
	if v, ok := c.casesGate(); !ok {
		return v
	}
	var xs []float64
	for _, k := range c.cases {
		if k.RespondedAt != nil {
			xs = append(xs, k.RespondedAt.Sub(k.DetectedAt).Hours())
		}
	}
	m, ok := median(xs)
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(xs))
}
