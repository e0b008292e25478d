package worktime

import (
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

var jkt, _ = time.LoadLocation("Asia/Jakarta")

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, jkt)
	if err != nil {
		panic(err)
	}
	return t
}

func date(s string) report.Date {
	d, err := report.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// 2026-10-09 is a Friday; Monday 2026-10-12 is a holiday in these cases.
func TestBetween(t *testing.T) {
	def := report.DefaultService()
	hol := def
	hol.Holidays = []report.Date{date("2026-10-12")}
	late := def
	late.Start, late.End = 20*60, 24*60
	weekend := def
	weekend.Days = []time.Weekday{time.Saturday}
	cases := []struct {
		name   string
		s      report.Service
		t1, t2 string
		want   time.Duration
	}{
		{"inside one window", def, "2026-10-14 09:00", "2026-10-14 10:30", 90 * time.Minute},
		{"before service hours", def, "2026-10-14 06:00", "2026-10-14 07:59", 0},
		{"starts before, ends inside", def, "2026-10-14 07:00", "2026-10-14 09:00", time.Hour},
		{"after hours to next morning", def, "2026-10-14 17:00", "2026-10-15 08:30", 30 * time.Minute},
		{"over a weekend", def, "2026-10-09 15:00", "2026-10-12 09:00", 2 * time.Hour},
		{"over a weekend and a holiday", hol, "2026-10-09 15:00", "2026-10-13 09:00", 2 * time.Hour},
		{"wholly on a holiday", hol, "2026-10-12 09:00", "2026-10-12 15:00", 0},
		{"wholly on a weekend", def, "2026-10-10 09:00", "2026-10-11 15:00", 0},
		{"a full working week", def, "2026-10-12 00:00", "2026-10-19 00:00", 40 * time.Hour},
		{"end at 24:00", late, "2026-10-14 23:00", "2026-10-15 21:00", 2 * time.Hour},
		{"window end is inclusive of the reply instant", def, "2026-10-14 15:00", "2026-10-14 16:00", time.Hour},
		{"reversed interval", def, "2026-10-14 10:00", "2026-10-14 09:00", 0},
		{"service on Saturdays only", weekend, "2026-10-09 08:00", "2026-10-12 08:00", 8 * time.Hour},
	}
	for _, c := range cases {
		got := New(c.s, jkt).Between(at(c.t1), at(c.t2))
		if got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRealElapsed: windows are wall-clock times measured in real elapsed
// time, so a DST change inside a window changes its length.
func TestRealElapsed(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip(err)
	}
	s := report.DefaultService()
	s.Days = []time.Weekday{time.Sunday}
	s.Start, s.End = 0, 24*60
	c := New(s, ams)
	// Sunday 29 March 2026: clocks go from 02:00 to 03:00, the day has 23 h.
	from := time.Date(2026, 3, 29, 0, 0, 0, 0, ams)
	to := time.Date(2026, 3, 30, 0, 0, 0, 0, ams)
	if got := c.Between(from, to); got != 23*time.Hour {
		t.Errorf("DST day: %v, want 23h", got)
	}
}

func TestZeroCalendar(t *testing.T) {
	var s report.Service
	if got := New(s, nil).Hours(at("2026-10-14 09:00"), at("2026-10-15 09:00")); got != 0 {
		t.Errorf("no windows: %v", got)
	}
}
