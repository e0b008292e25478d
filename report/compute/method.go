package compute

import (
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
)

// methodNotes are the methodology sentences on the second-wave settings
// (SPEC §9): the relative period and the date of the run, the service
// windows and SLA, the question rule, the target tolerance, and the
// engagement-rate variants side by side.
func (x *prep) methodNotes(rep *report.Report) []string {
	cfg := x.cfg
	var out []string
	if cfg.Relative != "" {
		out = append(out, x.t("compute.method.relative", cfg.Relative, cfg.Period.ID,
			format.Date(cfg.RunDate, x.lang), cfg.Timezone))
	}
	s := cfg.Service
	days := make([]string, len(s.Days))
	for i, d := range s.Days {
		days[i] = format.Weekday(d, x.lang)
	}
	holidays := make([]string, len(s.Holidays))
	for i, d := range s.Holidays {
		holidays[i] = format.Date(d, x.lang)
	}
	none := x.t("compute.method.none")
	out = append(out, x.t("compute.method.service",
		format.Clock(s.Start/60, s.Start%60, x.lang), format.Clock(s.End/60, s.End%60, x.lang),
		orNone(strings.Join(days, ", "), none), orNone(strings.Join(holidays, ", "), none),
		format.Number(s.SLAHours, 1, x.lang)))
	out = append(out, x.t("compute.method.questions", orNone(strings.Join(s.QuestionWords, ", "), none)))
	for _, t := range cfg.Targets {
		if t.Target.Near != nil && *t.Target.Near > 0 {
			out = append(out, x.t("compute.method.near"))
			break
		}
	}
	var vs []string
	for _, v := range rep.Breakdowns.ERVariants {
		shown := format.Null
		if v.Value != nil {
			shown = format.Percent(*v.Value, x.lang)
		}
		vs = append(vs, v.Label+" "+shown)
	}
	if len(vs) > 0 {
		out = append(out, x.t("compute.method.er_variants", strings.Join(vs, "; ")))
	}
	return out
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}
