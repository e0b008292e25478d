package ingest

import (
	"regexp"
	"strconv"
	"testing"
	"time"
)

// TestSlashDateMatchesRegexp checks the hand-written matcher against the
// regexp it replaces.
func TestSlashDateMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}`)
	cells := []string{"", "1/2/2024", "13/2/2024 10:00", " 12-31-2024", "\t3/14/2024", "123/1/2024", "1/123/2024",
		"1/2/202", "1/2/20245", "1//2024", "/1/2024", "2024-01-02", "01/02/2024", "1-2/2024", "a1/2/2024",
		"1/2/2024x", "１/2/2024", "1/2", "1/2/", "99/99/9999", "2026-10-03T08:00:00+0000", "10/3/2026 8:00 PM"}
	for _, c := range cells {
		m := re.FindStringSubmatch(c)
		a, b, ok := slashDate(c)
		if ok != (m != nil) {
			t.Errorf("slashDate(%q) ok = %v, regexp %v", c, ok, m != nil)
			continue
		}
		if ok {
			wa, _ := strconv.Atoi(m[1])
			wb, _ := strconv.Atoi(m[2])
			if a != wa || b != wb {
				t.Errorf("slashDate(%q) = %d, %d; regexp %d, %d", c, a, b, wa, wb)
			}
		}
	}
}

// FuzzSlashDate compares the matcher with the regexp on any input.
func FuzzSlashDate(f *testing.F) {
	re := regexp.MustCompile(`^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}`)
	f.Add("13/2/2024 10:00")
	f.Add(" 1-2-2024")
	f.Fuzz(func(t *testing.T, c string) {
		m := re.FindStringSubmatch(c)
		a, b, ok := slashDate(c)
		if ok != (m != nil) {
			t.Fatalf("slashDate(%q) ok = %v, regexp %v", c, ok, m != nil)
		}
		if ok {
			wa, _ := strconv.Atoi(m[1])
			wb, _ := strconv.Atoi(m[2])
			if a != wa || b != wb {
				t.Fatalf("slashDate(%q) = %d, %d; regexp %d, %d", c, a, b, wa, wb)
			}
		}
	})
}

// TestParseTimeSlashShortcut checks that parseTime gives what trying every
// layout in turn gives (the slash-date shortcut skips the ISO layouts).
func TestParseTimeSlashShortcut(t *testing.T) {
	jkt, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Skip(err)
	}
	every := func(s string, dayFirst bool) (time.Time, bool) {
		ls := append(append([]string{}, offsetLayouts...), naiveISO...)
		if dayFirst {
			ls = append(ls, naiveDMY...)
		} else {
			ls = append(ls, naiveMDY...)
		}
		for i, l := range ls {
			var tm time.Time
			var err error
			if i < len(offsetLayouts) {
				tm, err = time.Parse(l, s)
			} else {
				tm, err = time.ParseInLocation(l, s, jkt)
			}
			if err == nil {
				return tm, true
			}
		}
		return time.Time{}, false
	}
	for _, s := range []string{"10/03/2026 08:15", "3/10/2026", "13/10/2026 8:05", "10-3-2026 08:15", "10/3/2026 8:05 PM",
		"1/2/2026 15:04:05", "2026-10-03 08:15", "2026-10-03T08:15:00+0700", "31/31/2026", "1/2/20261"} {
		for _, df := range []bool{false, true} {
			want, wok := every(s, df)
			got, err := parseTime(s, jkt, df)
			if (err == nil) != wok || !got.Equal(want) {
				t.Errorf("parseTime(%q, dayFirst=%v) = %v, %v; every layout: %v, %v", s, df, got, err, want, wok)
			}
		}
	}
}
