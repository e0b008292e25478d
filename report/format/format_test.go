package format

import (
	"math"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

func TestNumber(t *testing.T) {
	tests := []struct {
		v      float64
		dec    int
		id, en string
	}{
		{0, 0, "0", "0"},
		{1234.5, 1, "1.234,5", "1,234.5"},
		{1234567.891, 2, "1.234.567,89", "1,234,567.89"},
		{999.5, 0, "1.000", "1,000"},
		{0.5, 0, "1", "1"},
		{-0.5, 0, "-1", "-1"},      // half away from zero, ASCII minus
		{2.5, 0, "3", "3"},         // not banker's rounding
		{2.675, 2, "2,68", "2.68"}, // shortest decimal form, not the binary 2.67499…
		{1.005, 2, "1,01", "1.01"},
		{-1234.45, 1, "-1.234,5", "-1,234.5"},
		{-0.04, 1, "0,0", "0.0"}, // rounds to zero: no minus
		{-0.05, 1, "-0,1", "-0.1"},
		{12, 1, "12,0", "12.0"},
		{99.96, 1, "100,0", "100.0"},
		{123456, 0, "123.456", "123,456"},
		{1e15, 0, "1.000.000.000.000.000", "1,000,000,000,000,000"},
		{0.000123, 3, "0,000", "0.000"},
		{0.0005, 3, "0,001", "0.001"},
		{math.NaN(), 1, Null, Null},
		{math.Inf(-1), 1, Null, Null},
	}
	for _, tc := range tests {
		if got := Number(tc.v, tc.dec, "id"); got != tc.id {
			t.Errorf("Number(%v, %d, id) = %q, want %q", tc.v, tc.dec, got, tc.id)
		}
		if got := Number(tc.v, tc.dec, "en"); got != tc.en {
			t.Errorf("Number(%v, %d, en) = %q, want %q", tc.v, tc.dec, got, tc.en)
		}
	}
}

func TestValue(t *testing.T) {
	tests := []struct {
		v      float64
		unit   string
		id, en string
	}{
		{48210, UnitCount, "48.210", "48,210"},
		{2016.5, UnitCount, "2.017", "2,017"},
		{0.123, UnitRatio, "12,3%", "12.3%"},
		{0.35, UnitRatio, "35,0%", "35.0%"},
		{-0.18015453436356244, UnitRatio, "-18,0%", "-18.0%"},
		{0.0032, UnitPP, "+0,32 pp", "+0.32 pp"},
		{-0.0032, UnitPP, "-0,32 pp", "-0.32 pp"},
		{0, UnitPP, "0,00 pp", "0.00 pp"},
		{0.009980487473658053, UnitPP, "+1,00 pp", "+1.00 pp"},
		{9.935483870967742, UnitPerWeek, "9,9", "9.9"},
		{0.1935483870967742, UnitPerDay, "0,2", "0.2"},
		{6.566666666666666, UnitDays, "6,6", "6.6"},
		{2.45, UnitHours, "2,5", "2.5"},
		{1234.56, UnitHours, "1.234,6", "1,234.6"},
		{math.Inf(1), UnitRatio, Null, Null},
	}
	for _, tc := range tests {
		if got := Value(tc.v, tc.unit, "id"); got != tc.id {
			t.Errorf("Value(%v, %s, id) = %q, want %q", tc.v, tc.unit, got, tc.id)
		}
		if got := Value(tc.v, tc.unit, "en"); got != tc.en {
			t.Errorf("Value(%v, %s, en) = %q, want %q", tc.v, tc.unit, got, tc.en)
		}
	}
}

func TestDates(t *testing.T) {
	d := report.NewDate(2026, time.October, 5)
	if got := Date(d, "id"); got != "5 Oktober 2026" {
		t.Errorf("Date id = %q", got)
	}
	if got := Date(d, "en"); got != "5 October 2026" {
		t.Errorf("Date en = %q", got)
	}
	if got := Date(report.NewDate(2026, time.May, 31), "id"); got != "31 Mei 2026" {
		t.Errorf("Date id May = %q", got)
	}
	if got := MonthYear(d, "id"); got != "Oktober 2026" {
		t.Errorf("MonthYear = %q", got)
	}
	if got := Clock(9, 0, "id"); got != "09.00" {
		t.Errorf("Clock id = %q", got)
	}
	if got := Clock(14, 59, "en"); got != "14:59" {
		t.Errorf("Clock en = %q", got)
	}
	ranges := []struct {
		from, to report.Date
		id       string
	}{
		{report.NewDate(2026, 10, 1), report.NewDate(2026, 10, 31), "1–31 Oktober 2026"},
		{report.NewDate(2026, 7, 1), report.NewDate(2026, 9, 30), "1 Juli–30 September 2026"},
		{report.NewDate(2025, 12, 1), report.NewDate(2026, 2, 28), "1 Desember 2025–28 Februari 2026"},
		{report.NewDate(2026, 10, 5), report.NewDate(2026, 10, 5), "5 Oktober 2026"},
	}
	for _, r := range ranges {
		if got := DateRange(report.Range{From: r.from, To: r.to}, "id"); got != r.id {
			t.Errorf("DateRange = %q, want %q", got, r.id)
		}
	}
}

func TestNames(t *testing.T) {
	wantID := []string{"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}
	wantEN := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	for i := 0; i < 7; i++ {
		w := time.Weekday((i + 1) % 7)
		if got := Weekday(w, "id"); got != wantID[i] {
			t.Errorf("Weekday(%v, id) = %q, want %q", w, got, wantID[i])
		}
		if got := Weekday(w, "en"); got != wantEN[i] {
			t.Errorf("Weekday(%v, en) = %q, want %q", w, got, wantEN[i])
		}
	}
	if Month(time.August, "id") != "Agustus" || Month(time.August, "en") != "August" {
		t.Errorf("Month August: %q %q", Month(time.August, "id"), Month(time.August, "en"))
	}
	if Month(13, "id") != "" || Weekday(9, "en") != "" {
		t.Errorf("out-of-range names should be empty")
	}
}
