// Package format renders numbers, dates and times for display in the report
// languages (SPEC §4 "Display"): Bahasa Indonesia (`id`: 1.234,5 · 12,3% ·
// 5 Oktober 2026 · 09.00) and English (`en`: 1,234.5 · 12.3% · 5 October 2026
// · 09:00). Any language other than "en" is treated as "id".
//
// Rounding is half away from zero on the shortest decimal form of the number
// (2.675 shows as 2.68, as a reader expects), and the minus sign is ASCII.
package format

import (
	"math"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Null is what a missing (null or non-finite) value displays as.
const Null = "—"

// seps returns the thousands and decimal separators of lang.
func seps(lang string) (thousands, decimal byte) {
	if report.NormLang(lang) == report.LangEN {
		return ',', '.'
	}
	return '.', ','
}

// Number formats v with the given number of decimals (0 and up), thousands
// separators and the decimal mark of lang. Non-finite values give Null.
func Number(v float64, decimals int, lang string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Null
	}
	if decimals < 0 {
		decimals = 0
	}
	neg, intPart, frac := roundHalfAway(v, decimals)
	th, dm := seps(lang)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(th)
		}
		b.WriteByte(intPart[i])
	}
	if decimals > 0 {
		b.WriteByte(dm)
		b.WriteString(frac)
	}
	return b.String()
}

// roundHalfAway rounds |v| to decimals places, half away from zero, working on
// the shortest decimal representation of v. It returns the sign (false when
// the rounded value is zero), the integer digits and exactly decimals
// fraction digits.
func roundHalfAway(v float64, decimals int) (neg bool, intPart, frac string) {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	ip, fp, _ := strings.Cut(s, ".")
	digits := []byte(ip + fp)
	keep := len(ip) + decimals // digits to keep
	roundUp := false
	if keep < len(digits) {
		roundUp = digits[keep] >= '5'
		digits = digits[:keep]
	}
	for len(digits) < keep {
		digits = append(digits, '0')
	}
	if roundUp {
		i := len(digits) - 1
		for ; i >= 0; i-- {
			if digits[i] == '9' {
				digits[i] = '0'
				continue
			}
			digits[i]++
			break
		}
		if i < 0 {
			digits = append([]byte{'1'}, digits...)
		}
	}
	n := len(digits) - decimals
	intPart = strings.TrimLeft(string(digits[:n]), "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = string(digits[n:])
	zero := strings.Trim(string(digits), "0") == ""
	return v < 0 && !zero, intPart, frac
}

// Units of indicators (SPEC §4).
const (
	UnitCount   = "count"
	UnitRatio   = "ratio"
	UnitPP      = "pp"
	UnitPerWeek = "per_week"
	UnitPerDay  = "per_day"
	UnitDays    = "days"
	UnitHours   = "hours"
	UnitPer1k   = "per_1k" // per 1,000 (e.g. follows per 1,000 reach)
)

// Value formats v by its unit: counts with 0 decimals, ratios as percentages
// with 1 decimal (`12,3%`), percentage points with 2 decimals and an explicit
// sign (`+0,32 pp`; a value that rounds to zero shows no sign), everything
// else with 1 decimal. Non-finite values give Null.
func Value(v float64, unit, lang string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Null
	}
	switch unit {
	case UnitCount:
		return Number(v, 0, lang)
	case UnitRatio:
		return Number(v*100, 1, lang) + "%"
	case UnitPP:
		s := Number(v*100, 2, lang)
		if !strings.HasPrefix(s, "-") && strings.Trim(s, "0.,") != "" {
			s = "+" + s
		}
		return s + " pp"
	}
	return Number(v, 1, lang)
}

// Percent formats a fraction as a percentage with 1 decimal (0.123 → 12,3%).
func Percent(v float64, lang string) string { return Value(v, UnitRatio, lang) }
