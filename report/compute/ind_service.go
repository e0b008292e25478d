package compute

import "github.com/rapor-id/rapor/report"

// Second-wave service levels in working time and questions answered (SPEC §9).

// manage.replied_within_sla = replied with working time to reply ≤
// service.sla_hours ÷ (replied with a reply time + unreplied).
func manageWithinSLA(c *calc) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	sla := c.x.cfg.Service.SLAHours
	k := 0
	for _, h := range s.work {
		if h <= sla {
			k++
		}
	}
	n := len(s.work) + s.unreplied
	return ratio(float64(k), float64(n), n, report.ReasonNoData)
}

// manage.median_response_working_hours = median working time to reply.
func manageMedianWorkingResponse(c *calc) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	m, ok := median(append([]float64(nil), s.work...))
	if !ok {
		return null(report.ReasonNoData)
	}
	return num(m, len(s.work))
}

// manage.question_response_rate = replied ÷ (replied + unreplied) over the
// comments of C that are questions.
func manageQuestionResponseRate(c *calc) val {
	if v, ok := c.replyGate(); !ok {
		return v
	}
	s := c.responses()
	n := s.qReplied + s.qUnreplied
	return ratio(float64(s.qReplied), float64(n), n, report.ReasonNoData)
}
