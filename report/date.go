package report

import (
	"fmt"
	"time"
)

// Date is a civil (calendar) date, counted in days since 1970-01-01.
// It has no time zone: callers convert instants with DateOf.
type Date int32

// NewDate returns the Date for year, month, day (normalised like time.Date).
func NewDate(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// DateOf returns the calendar date of instant t in loc.
func DateOf(t time.Time, loc *time.Location) Date {
	y, m, d := t.In(loc).Date()
	return NewDate(y, m, d)
}

// ParseDate parses YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return NewDate(t.Date()), nil
}

// Time returns 00:00 of d in loc.
func (d Date) Time(loc *time.Location) time.Time {
	y, m, dd := d.YMD()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// YMD returns the year, month and day of d.
func (d Date) YMD() (int, time.Month, int) {
	return time.Unix(int64(d)*86400, 0).UTC().Date()
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return time.Unix(int64(d)*86400, 0).UTC().Weekday()
}

// AddDays returns d+n.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// String formats d as YYYY-MM-DD.
func (d Date) String() string {
	y, m, dd := d.YMD()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}

// MarshalText implements encoding.TextMarshaler (YYYY-MM-DD).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Range is an inclusive range of calendar dates.
type Range struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// Days returns the number of days in r (0 when empty).
func (r Range) Days() int {
	if r.To < r.From {
		return 0
	}
	return int(r.To-r.From) + 1
}

// Contains reports whether d lies in r.
func (r Range) Contains(d Date) bool { return d >= r.From && d <= r.To }

// Covers reports whether r covers all of o.
func (r Range) Covers(o Range) bool { return r.From <= o.From && r.To >= o.To }

// Valid reports whether r is non-empty.
func (r Range) Valid() bool { return r.To >= r.From }
