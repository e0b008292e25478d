package config

import (
	"reflect"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

// load loads yml (with the base files) and fails on any error.
func load(t *testing.T, yml string, opts Options) *report.Config {
	t.Helper()
	cfg, probs := Load(project(t, ptr(yml), baseFiles...), opts)
	if cfg == nil || len(errorsOf(probs)) > 0 {
		t.Fatalf("Load: %v", probs)
	}
	return cfg
}

func TestServiceDefaults(t *testing.T) {
	t.Parallel()
	cfg := load(t, base, Options{})
	if !reflect.DeepEqual(cfg.Service, report.DefaultService()) {
		t.Errorf("service = %+v, want the defaults", cfg.Service)
	}
	s := cfg.Service
	if s.Start != 480 || s.End != 960 || s.SLAHours != 8 || len(s.Days) != 5 || len(s.Holidays) != 0 || len(s.QuestionWords) != 18 {
		t.Errorf("defaults %+v", s)
	}
}

func TestServiceGiven(t *testing.T) {
	t.Parallel()
	cfg := load(t, base+`service:
  hours: "07:30-24:00"
  days: [Sat, sun]
  holidays: [2026-10-12, 2026-12-25]
  sla_hours: 4.5
  question_words: ["di mana", info]
`, Options{})
	want := report.Service{Start: 450, End: 1440, Days: []time.Weekday{time.Saturday, time.Sunday},
		Holidays:      []report.Date{report.NewDate(2026, 10, 12), report.NewDate(2026, 12, 25)},
		SLAHours:      4.5,
		QuestionWords: []string{"di mana", "info"}}
	if !reflect.DeepEqual(cfg.Service, want) {
		t.Errorf("service = %+v\nwant %+v", cfg.Service, want)
	}
	// A list given replaces the default; keys not given keep theirs.
	cfg = load(t, base+"service: {question_words: []}\n", Options{})
	if len(cfg.Service.QuestionWords) != 0 || cfg.Service.SLAHours != 8 {
		t.Errorf("empty question_words: %+v", cfg.Service)
	}
}

func TestTargetNear(t *testing.T) {
	t.Parallel()
	cfg := load(t, base+`target_near: 0.1
targets:
  share.posts: {min: 9}
  share.posts_per_week: {min: 2, near: 0.2}
  engage.er_reach: {min: 0.05, near: 0}
`, Options{})
	got := map[string]float64{}
	for _, te := range cfg.Targets {
		if te.Target.Near == nil {
			t.Fatalf("%s: near not set", te.ID)
		}
		got[te.ID] = *te.Target.Near
	}
	want := map[string]float64{"share.posts": 0.1, "share.posts_per_week": 0.2, "engage.er_reach": 0}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("near = %v, want %v", got, want)
	}
	cfg = load(t, base+"targets:\n  share.posts: {min: 9}\n", Options{})
	if cfg.Targets[0].Target.Near != nil || cfg.TargetNear != nil {
		t.Error("near set without target_near")
	}
}

func TestComparePreviousYear(t *testing.T) {
	t.Parallel()
	cases := []struct{ period, from, to, id string }{
		{"2026-10", "2025-10-01", "2025-10-31", "2025-10"},
		{"2028-02", "2027-02-01", "2027-02-28", "2027-02"}, // leap month: 29 February → 28 February
		{"2028-Q1", "2027-01-01", "2027-03-31", "2027-Q1"},
		{"2028-02-29..2028-03-05", "2027-02-28", "2027-03-05", "2027-02-28..2027-03-05"},
		{"2027-03-01..2028-02-29", "2026-03-01", "2027-02-28", "2026-03-01..2027-02-28"},
	}
	for _, c := range cases {
		yml := "title: T\naccount: acc\nperiod: " + c.period + "\ncompare: previous_year\nsources:\n  - {kind: notes, path: \"notes/*.yaml\"}\n"
		cfg := load(t, yml, Options{})
		q := cfg.Compare
		if q == nil || q.From.String() != c.from || q.To.String() != c.to || q.ID != c.id {
			t.Errorf("%s: compare = %+v, want %s..%s (%s)", c.period, q, c.from, c.to, c.id)
		}
	}
}

func TestRelativePeriods(t *testing.T) {
	t.Parallel()
	// 17:30 UTC on 31 March 2026 is already 1 April in Jakarta: the local
	// date decides.
	now := time.Date(2026, 3, 31, 17, 30, 0, 0, time.UTC)
	cases := []struct{ name, id, from, to string }{
		{"last-month", "2026-03", "2026-03-01", "2026-03-31"},
		{"last-quarter", "2026-Q1", "2026-01-01", "2026-03-31"},
		{"last-half", "2025-H2", "2025-07-01", "2025-12-31"},
		{"last-year", "2025", "2025-01-01", "2025-12-31"},
	}
	for _, c := range cases {
		yml := "title: T\naccount: acc\nperiod: " + c.name + "\nsources:\n  - {kind: notes, path: \"notes/*.yaml\"}\n"
		for _, viaFlag := range []bool{false, true} {
			opts := Options{Now: now}
			if viaFlag {
				opts.Period = c.name
				yml = base
			}
			cfg := load(t, yml, opts)
			p := cfg.Period
			if p.ID != c.id || p.From.String() != c.from || p.To.String() != c.to {
				t.Errorf("%s (flag %v): period %+v, want %s %s..%s", c.name, viaFlag, p, c.id, c.from, c.to)
			}
			if cfg.RunDate != report.NewDate(2026, 4, 1) || cfg.Relative != c.name {
				t.Errorf("%s: run date %s, relative %q", c.name, cfg.RunDate, cfg.Relative)
			}
			if cfg.ReportDate != p.To+1 || cfg.Compare == nil || cfg.Compare.To != p.From-1 {
				t.Errorf("%s: report date %s, compare %+v", c.name, cfg.ReportDate, cfg.Compare)
			}
		}
	}
	// An absolute --period over a relative period: no run date.
	cfg := load(t, "title: T\naccount: acc\nperiod: last-month\nsources:\n  - {kind: notes, path: \"notes/*.yaml\"}\n",
		Options{Now: now, Period: "2026-10"})
	if cfg.RunDate != 0 || cfg.Relative != "" || cfg.Period.ID != "2026-10" {
		t.Errorf("absolute flag: %+v", cfg)
	}
	// --period last-month without a date is an error.
	_, probs := Load(project(t, ptr(base), baseFiles...), Options{Period: "last-month"})
	if errs := errorsOf(probs); len(errs) != 1 || errs[0].Key != "config.relative_no_date" {
		t.Errorf("flag without a date: %v", probs)
	}
}
