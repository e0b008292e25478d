package config

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
	"gopkg.in/yaml.v3"
)

// loadZone loads an IANA zone name. "Local" and "" are refused: they would
// make the report depend on the machine it is built on.
func loadZone(name string) (*time.Location, bool) {
	if name == "" || name == "Local" {
		return nil, false
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, false
	}
	return loc, true
}

// periods reads period, compare and report_date, applying the --period
// override and the defaults (compare: previous; report_date: the day after
// the period).
func (w *walker) periods(o *object, opts Options, cfg *report.Config) {
	if f := o.get("period"); f != nil {
		if p, ok := w.relative(f, opts, cfg); ok {
			cfg.Period = p
		} else if p, ok := w.period(f.val, f.name); ok {
			cfg.Period = p
		}
	}
	if opts.Period != "" {
		cfg.Period = w.periodFlag(opts, cfg)
	}
	have := cfg.Period.ID != ""
	if have {
		prev := cfg.Period.Previous()
		cfg.Compare = &prev
	}
	if f := o.get("compare"); f != nil {
		n := f.val
		switch {
		case n.Kind == yaml.ScalarNode && n.Value == "previous":
		case n.Kind == yaml.ScalarNode && n.Value == "none":
			cfg.Compare = nil
		case n.Kind == yaml.ScalarNode && n.Value == "previous_year":
			if have {
				prev := cfg.Period.PreviousYear()
				cfg.Compare = &prev
			}
		default:
			if q, ok := w.period(n, f.name); ok {
				cfg.Compare = &q
				if have && q.To >= cfg.Period.From && q.From <= cfg.Period.To {
					w.warnAt(n, "config.compare_overlaps", q.ID, cfg.Period.ID)
				}
			}
		}
	}
	if f := o.get("report_date"); f != nil {
		cfg.ReportDate, _ = w.date(f.val, f.name)
	} else if have {
		cfg.ReportDate = cfg.Period.To + 1
	}
}

// periodFlag reads the --period override: an absolute period, or a
// relative one resolved against the local date of opts.Now.
func (w *walker) periodFlag(opts Options, cfg *report.Config) report.Period {
	cfg.RunDate, cfg.Relative = 0, ""
	if _, ok := report.RelativePeriod(opts.Period, 0); ok {
		if opts.Now.IsZero() {
			w.probs.Add(report.Errorf(w.path, 0, 0, "config.relative_no_date", opts.Period))
			return report.Period{}
		}
		cfg.RunDate = report.DateOf(opts.Now, cfg.Loc)
		cfg.Relative = opts.Period
		p, _ := report.RelativePeriod(opts.Period, cfg.RunDate)
		return p
	}
	p, err := report.ParsePeriod(opts.Period)
	if err != nil {
		w.probs.Add(report.Errorf(w.path, 0, 0, "config.bad_period_flag", opts.Period))
		return report.Period{}
	}
	if key, args := spanProblem(p); key != "" {
		w.probs.Add(report.Errorf(w.path, 0, 0, key, append([]any{"--period"}, args...)...))
		return report.Period{}
	}
	return p
}

// relative reads a relative period (last-month …) at f against the local
// date of opts.Now; ok is false when f is not one.
func (w *walker) relative(f *field, opts Options, cfg *report.Config) (report.Period, bool) {
	n := f.val
	if n.Kind != yaml.ScalarNode {
		return report.Period{}, false
	}
	name := strings.TrimSpace(n.Value)
	if _, ok := report.RelativePeriod(name, 0); !ok {
		return report.Period{}, false
	}
	if opts.Now.IsZero() {
		w.errAt(n, "config.relative_no_date", name)
		return report.Period{}, true
	}
	loc := cfg.Loc
	if loc == nil {
		loc = time.UTC
	}
	cfg.RunDate = report.DateOf(opts.Now, loc)
	cfg.Relative = name
	p, _ := report.RelativePeriod(name, cfg.RunDate)
	return p, true
}

// period reads a period: one of the string forms of report.ParsePeriod, or a
// mapping {from, to}.
func (w *walker) period(n *yaml.Node, name string) (report.Period, bool) {
	switch n.Kind {
	case yaml.ScalarNode:
		p, err := report.ParsePeriod(n.Value)
		if err == nil {
			return p, w.saneSpan(n, name, p)
		}
		if a, b, ok := strings.Cut(n.Value, ".."); ok {
			from, err1 := report.ParseDate(a)
			to, err2 := report.ParseDate(b)
			if err1 == nil && err2 == nil && to < from {
				w.errAt(n, "config.period_order", name, to.String(), from.String())
				return report.Period{}, false
			}
		}
	case yaml.MappingNode:
		r, ok := w.dateRange(n, name, name+".")
		if !ok {
			return report.Period{}, false
		}
		p, _ := report.RangePeriod(r.From, r.To)
		return p, w.saneSpan(n, name, p)
	}
	w.errAt(n, "config.bad_period", name, describe(n))
	return report.Period{}, false
}

// Sane periods (issue 15 item 8: 0001-01-01..9999-12-31 ran 46 s at 4.8 GB
// and failed in the workbook library): every date in MinYear..MaxYear, at
// most MaxPeriodYears long.
const (
	MinYear        = 2000
	MaxYear        = 2100
	MaxPeriodYears = 20
)

// saneSpan reports an error at n when p is outside the sane span.
func (w *walker) saneSpan(n *yaml.Node, name string, p report.Period) bool {
	key, args := spanProblem(p)
	if key == "" {
		return true
	}
	w.errAt(n, key, append([]any{name}, args...)...)
	return false
}

// spanProblem returns the message key and arguments (after the name) when
// p is outside the sane span, else "".
func spanProblem(p report.Period) (string, []any) {
	fy, fm, fd := p.From.YMD()
	ty, _, _ := p.To.YMD()
	if fy < MinYear || ty > MaxYear {
		return "config.period_years", []any{p.From.String(), p.To.String(), MinYear, MaxYear}
	}
	if p.To >= report.NewDate(fy+MaxPeriodYears, fm, fd) {
		return "config.period_too_long", []any{p.From.String(), p.To.String(), MaxPeriodYears}
	}
	return "", nil
}

// dateRange reads a mapping {from, to} of dates with to >= from; prefix
// names its keys in PosOf.
func (w *walker) dateRange(n *yaml.Node, name, prefix string) (report.Range, bool) {
	o := w.mapping(n, name, prefix, []string{"from", "to"}, []string{"from", "to"})
	if o == nil {
		return report.Range{}, false
	}
	from, to := o.get("from"), o.get("to")
	if from == nil || to == nil {
		return report.Range{}, false
	}
	a, ok1 := w.date(from.val, from.name)
	b, ok2 := w.date(to.val, to.name)
	if !ok1 || !ok2 {
		return report.Range{}, false
	}
	if b < a {
		w.errAt(to.val, "config.period_order", name, b.String(), a.String())
		return report.Range{}, false
	}
	return report.Range{From: a, To: b}, true
}

// localFile checks that the file named by f (relative to dir unless
// absolute) exists, and when exts is given, that its extension is one of
// them.
func (w *walker) localFile(f *field, dir string, exts []string) {
	n := f.val
	name := strings.TrimSpace(n.Value)
	if exts != nil && !contains(exts, strings.ToLower(filepath.Ext(name))) {
		w.errAt(n, "config.bad_extension", f.name, name, strings.Join(exts, ", "))
		return
	}
	st, err := os.Stat(Resolve(dir, name))
	if err != nil || !st.Mode().IsRegular() {
		w.errAt(n, "config.file_missing", f.name, name)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
