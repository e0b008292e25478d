package ingest

import (
	"testing"
	"time"
)

// slowTime parses with the layouts only (parseTime without the fast path).
func slowTime(s string, loc *time.Location) (time.Time, error) {
	for _, l := range offsetLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	for _, l := range naiveISO {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errBadTime
}

func TestFastISOAgreesWithLayouts(t *testing.T) {
	loc := mustLoc(t, "Asia/Jakarta")
	cases := []string{
		"2026-10-05T09:30:00+07:00", "2026-10-05T09:30:00+0700", "2026-10-05 09:30:00+07", "2026-03-12 16:56:57.097+00",
		"2025-02-01T19:06:00.000Z", "2026-10-05T09:30:00Z", "2026-10-05 09:30", "2026-10-05T09:30", "2026-10-05 09:30:15",
		"2026-10-05T23:59:59.999999999-05:30", "2024-02-29 00:00:00", "2026-02-29 10:00", "2026-13-01 10:00", "2026-10-05T24:00:00",
		"2026-10-05 09:30:00+7", "2026-10-05 09:30:00 +07:00", "2026-10-05T09:30:00.+07:00", "2026-1-05 09:30",
	}
	for _, s := range cases {
		fast, ok := fastISO(s, loc)
		slow, err := slowTime(s, loc)
		if ok && (err != nil || !fast.Equal(slow)) {
			t.Errorf("%q: fast %v, layouts %v %v", s, fast, slow, err)
		}
	}
}

func FuzzFastISO(f *testing.F) {
	for _, s := range []string{"2026-10-05T09:30:00+07:00", "2026-03-12 16:56:57.097+00", "2025-02-01T19:06:00.000Z", "2026-10-05 09:30"} {
		f.Add(s)
	}
	loc, _ := time.LoadLocation("Asia/Jakarta")
	f.Fuzz(func(t *testing.T, s string) {
		fast, ok := fastISO(s, loc)
		if !ok {
			return
		}
		slow, err := slowTime(s, loc)
		if err != nil || !fast.Equal(slow) {
			t.Fatalf("%q: fast %v, layouts %v %v", s, fast, slow, err)
		}
	})
}
