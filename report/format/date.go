package format

import (
	"fmt"
	"time"

	"github.com/rapor-id/rapor/report"
)

// Locale names (calendar data, not messages).
var (
	monthsID = [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		"Agustus", "September", "Oktober", "November", "Desember"}
	monthsEN = [12]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	// indexed by time.Weekday (Sunday = 0)
	weekdaysID = [7]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	weekdaysEN = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// Month returns the name of m in lang ("Oktober", "October"); "" when m is
// out of range.
func Month(m time.Month, lang string) string {
	if m < time.January || m > time.December {
		return ""
	}
	if report.NormLang(lang) == report.LangEN {
		return monthsEN[m-1]
	}
	return monthsID[m-1]
}

// Weekday returns the name of w in lang (Senin … Minggu, Monday … Sunday);
// "" when w is out of range.
func Weekday(w time.Weekday, lang string) string {
	if w < time.Sunday || w > time.Saturday {
		return ""
	}
	if report.NormLang(lang) == report.LangEN {
		return weekdaysEN[w]
	}
	return weekdaysID[w]
}

// Date formats d as "5 Oktober 2026" / "5 October 2026".
func Date(d report.Date, lang string) string {
	y, m, dd := d.YMD()
	return fmt.Sprintf("%d %s %d", dd, Month(m, lang), y)
}

// MonthYear formats the month of d as "Oktober 2026" / "October 2026".
func MonthYear(d report.Date, lang string) string {
	y, m, _ := d.YMD()
	return fmt.Sprintf("%s %d", Month(m, lang), y)
}

// Clock formats a time of day as "09.00" (id) or "09:00" (en).
func Clock(hour, min int, lang string) string {
	sep := "."
	if report.NormLang(lang) == report.LangEN {
		sep = ":"
	}
	return fmt.Sprintf("%02d%s%02d", hour, sep, min)
}

// DateRange formats an inclusive range of dates: "1–31 Oktober 2026",
// "1 September–31 Oktober 2026", "1 Desember 2025–28 Februari 2026".
func DateRange(r report.Range, lang string) string {
	fy, fm, fd := r.From.YMD()
	ty, tm, _ := r.To.YMD()
	switch {
	case r.From == r.To:
		return Date(r.From, lang)
	case fy == ty && fm == tm:
		return fmt.Sprintf("%d–%s", fd, Date(r.To, lang))
	case fy == ty:
		return fmt.Sprintf("%d %s–%s", fd, Month(fm, lang), Date(r.To, lang))
	}
	return Date(r.From, lang) + "–" + Date(r.To, lang)
}
