package html

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
	"github.com/rapor-id/rapor/report/msg"
)

// loc renders labels and numbers in the report language.
type loc struct {
	lang string
	cat  *msg.Catalog
}

func newLoc(lang string) (*loc, error) {
	if lang != "en" {
		lang = "id"
	}
	cat, err := msg.Load(lang)
	if err != nil {
		return nil, err
	}
	return &loc{lang: lang, cat: cat}, nil
}

// T returns the catalogue text of key ("html." is prepended when missing).
func (l *loc) T(key string, args ...any) string {
	if !strings.HasPrefix(key, "html.") {
		key = "html." + key
	}
	return l.cat.T(key, args...)
}

// has reports whether the catalogue has key.
func (l *loc) has(key string) bool { return l.cat.Has("html." + key) }

// num formats v with dec decimals.
func (l *loc) num(v float64, dec int) string { return format.Number(v, dec, l.lang) }

// count formats an integer count.
func (l *loc) count(n int) string { return format.Number(float64(n), 0, l.lang) }

// val formats an optional value by unit ("—" for nil).
func (l *loc) val(v *float64, unit string) string {
	if v == nil {
		return format.Null
	}
	return format.Value(*v, unit, l.lang)
}

// pct formats a fraction as a percentage.
func (l *loc) pct(v float64) string { return format.Percent(v, l.lang) }

// date formats a date in full ("5 Oktober 2026").
func (l *loc) date(d report.Date) string { return format.Date(d, l.lang) }

// shortDate formats a date for chart axes ("5 Okt").
func (l *loc) shortDate(d report.Date) string {
	_, m, dd := d.YMD()
	return strconv.Itoa(dd) + " " + l.monthAbbr(m)
}

// monthAbbr returns the first three letters of the month name ("Okt").
func (l *loc) monthAbbr(m time.Month) string { return abbr(format.Month(m, l.lang)) }

// abbr returns the first three runes of s.
func abbr(s string) string {
	if utf8.RuneCountInString(s) > 3 {
		return string([]rune(s)[:3])
	}
	return s
}

// rangeText formats a date range ("1–31 Oktober 2026").
func (l *loc) rangeText(r *report.Range) string {
	if r == nil || !r.Valid() {
		return format.Null
	}
	return format.DateRange(*r, l.lang)
}

// weekday returns the name of a Monday-first weekday index (0 = Monday).
func (l *loc) weekday(i int) string {
	return format.Weekday(report.Date(4+i).Weekday(), l.lang) // 1970-01-05 was a Monday
}

// round rounds v to dec decimals for chart data (JSON stays short and exact).
func round(v float64, dec int) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	p := math.Pow(10, float64(dec))
	return math.Round(v*p) / p
}

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
