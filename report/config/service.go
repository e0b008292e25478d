package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
)

// serviceKeys are the keys of service: (SPEC §9).
var serviceKeys = []string{"hours", "days", "holidays", "sla_hours", "question_words"}

// weekdays are the accepted day names of service.days.
var weekdays = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// reHours is service.hours: HH:MM-HH:MM.
var reHours = regexp.MustCompile(`^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$`)

// parseHours reads "08:00-16:00" into minutes after midnight; 24:00 is
// allowed as an end, and the end must be after the start (a window crossing
// midnight is refused).
func parseHours(s string) (start, end int, err error) {
	m := reHours.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, fmt.Errorf("not HH:MM-HH:MM")
	}
	n := make([]int, 4)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	start, end = n[0]*60+n[1], n[2]*60+n[3]
	switch {
	case n[0] > 23 || n[1] > 59 || n[3] > 59 || n[2] > 24 || (n[2] == 24 && n[3] != 0):
		return 0, 0, fmt.Errorf("not a time of day")
	case end <= start:
		return 0, 0, fmt.Errorf("ends before it starts")
	}
	return start, end, nil
}

// service reads service: over the defaults; a list given replaces the
// default list, never adds to it.
func (w *walker) service(f *field) report.Service {
	s := report.DefaultService()
	o := w.mapping(f.val, f.name, "service.", serviceKeys, nil)
	if o == nil {
		return s
	}
	if g := o.get("hours"); g != nil {
		if v, ok := w.text(g); ok {
			if a, b, err := parseHours(v); err == nil {
				s.Start, s.End = a, b
			} else {
				w.errAt(g.val, "config.bad_service_hours", v)
			}
		}
	}
	if g := o.get("days"); g != nil {
		s.Days = nil
		items, _ := w.list(g.val, g.name)
		for _, it := range items {
			name, ok := w.str(it, g.name)
			if !ok {
				continue
			}
			if d, known := weekdays[strings.ToLower(strings.TrimSpace(name))]; known {
				s.Days = append(s.Days, d)
			} else {
				w.errAt(it, "config.bad_weekday", name)
			}
		}
	}
	if g := o.get("holidays"); g != nil {
		s.Holidays = nil
		items, _ := w.list(g.val, g.name)
		for _, it := range items {
			if d, ok := w.date(it, g.name); ok {
				s.Holidays = append(s.Holidays, d)
			}
		}
	}
	if g := o.get("sla_hours"); g != nil {
		if v, ok := w.nonNegative(g); ok {
			s.SLAHours = v
		}
	}
	if g := o.get("question_words"); g != nil {
		s.QuestionWords = w.strings(g)
	}
	return s
}

// nonNegative reads a number ≥ 0.
func (w *walker) nonNegative(f *field) (float64, bool) {
	v, ok := w.number(f.val, f.name)
	if !ok {
		return 0, false
	}
	if v < 0 {
		n := f.val
		w.errAt(n, "config.negative", f.name, describe(n))
		return 0, false
	}
	return v, true
}

// applyNear gives every target without its own near the project-wide
// target_near.
func applyNear(targets []report.TargetEntry, near *float64) {
	if near == nil {
		return
	}
	for i := range targets {
		if targets[i].Target.Near == nil {
			v := *near
			targets[i].Target.Near = &v
		}
	}
}
