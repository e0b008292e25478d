package present

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

// T returns the catalogue text of key ("doc." is prepended).
func (l *loc) T(key string, args ...any) string { return l.cat.T("doc."+key, args...) }

// has reports whether the catalogue has key ("doc." is prepended).
func (l *loc) has(key string) bool { return l.cat.Has("doc." + key) }

// opt returns the text of key when the catalogue has it, else fallback.
func (l *loc) opt(key, fallback string) string {
	if l.has(key) {
		return l.T(key)
	}
	return fallback
}

// count formats an integer count.
func (l *loc) count(n int) string { return format.Number(float64(n), 0, l.lang) }

// number formats v by its unit without a unit word: counts with 0
// decimals, ratios as percentages (two significant digits below 0.1 %),
// pp with a sign, everything else with 1 decimal.
func (l *loc) number(v float64, unit string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return format.Null
	}
	switch unit {
	case "ratio", "score":
		if a := math.Abs(v); a > 0 && a < 0.001 {
			return smallPercent(v, l.lang)
		}
		return format.Percent(v, l.lang)
	case "pct":
		return signed(format.Percent(v, l.lang))
	case "count", "pp":
		return format.Value(v, unit, l.lang)
	}
	return format.Number(v, 1, l.lang)
}

// smallPercent shows a ratio below 0.1 % with up to two significant
// digits, trailing zeros dropped ("0,04%", "0,0012%"), so that it never
// reads as 0,0%.
func smallPercent(v float64, lang string) string {
	p := v * 100
	dec := 1
	for a := math.Abs(p); a < 1 && dec < 12; a *= 10 {
		dec++
	}
	s := format.Number(p, dec, lang)
	return strings.TrimRight(s, "0") + "%"
}

// withUnit formats v with its unit words ("9,9 per minggu", "3,0 jam",
// "12,3%", "+2,50 pp", "1.234").
func (l *loc) withUnit(v float64, unit string) string {
	s := l.number(v, unit)
	if s == format.Null {
		return s
	}
	switch unit {
	case "per_week", "per_day", "per_1k", "days", "hours":
		return l.T("unit."+unit, s)
	}
	return s
}

// signed puts "+" before a positive formatted number.
func signed(s string) string {
	if s == "" || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") || strings.Trim(s, "0.,% p") == "" {
		return s
	}
	return "+" + s
}

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

// clock formats "HH:MM" with the language's separator ("13.15", "13:15").
func (l *loc) clock(hhmm string) string {
	if len(hhmm) != 5 || hhmm[2] != ':' {
		return hhmm
	}
	h, err1 := strconv.Atoi(hhmm[:2])
	m, err2 := strconv.Atoi(hhmm[3:])
	if err1 != nil || err2 != nil {
		return hhmm
	}
	return format.Clock(h, m, l.lang)
}

// zoneName is WIB/WITA/WIT for the Indonesian zones, else the IANA name.
func zoneName(tz string) string {
	switch tz {
	case "Asia/Jakarta", "Asia/Pontianak":
		return "WIB"
	case "Asia/Makassar":
		return "WITA"
	case "Asia/Jayapura":
		return "WIT"
	}
	return tz
}

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
