package ingest

import "time"

// fastISO parses the common ISO forms quickly — YYYY-MM-DD[T| ]HH:MM[:SS[.frac]]
// followed by nothing (naive, read in loc), Z, ±HH, ±HHMM or ±HH:MM — and
// reports false for anything else (parseTime then tries its layouts). It
// gives the same instant as time.Parse for what it accepts (a test checks).
func fastISO(s string, loc *time.Location) (time.Time, bool) {
	if len(s) < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' {
		return time.Time{}, false
	}
	num := func(a, b int) (int, bool) {
		n := 0
		for i := a; i < b; i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(0, 4)
	mo, ok2 := num(5, 7)
	d, ok3 := num(8, 10)
	h, ok4 := num(11, 13)
	mi, ok5 := num(14, 16)
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return time.Time{}, false
	}
	i := 16
	sec, nsec := 0, 0
	hasSec := i < len(s) && s[i] == ':'
	if hasSec {
		if len(s) < i+3 {
			return time.Time{}, false
		}
		v, ok := num(i+1, i+3)
		if !ok {
			return time.Time{}, false
		}
		sec, i = v, i+3
		if i < len(s) && s[i] == '.' {
			j := i + 1
			scale := 100000000
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if scale > 0 {
					nsec += int(s[j]-'0') * scale
					scale /= 10
				}
				j++
			}
			if j == i+1 {
				return time.Time{}, false
			}
			i = j
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) || h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	rest := s[i:]
	switch {
	case rest == "":
		return time.Date(y, time.Month(mo), d, h, mi, sec, nsec, loc), true
	case rest == "Z":
		return time.Date(y, time.Month(mo), d, h, mi, sec, nsec, time.UTC), true
	case rest[0] == '+' || rest[0] == '-':
		var oh, om int
		var ok bool
		if !hasSec && len(rest) != 6 {
			return time.Time{}, false // like the layouts: without seconds only ±HH:MM
		}
		switch len(rest) {
		case 3: // ±HH
			oh, ok = numIn(rest[1:3])
		case 5: // ±HHMM
			oh, ok = numIn(rest[1:3])
			if ok {
				om, ok = numIn(rest[3:5])
			}
		case 6: // ±HH:MM
			if rest[3] != ':' {
				return time.Time{}, false
			}
			oh, ok = numIn(rest[1:3])
			if ok {
				om, ok = numIn(rest[4:6])
			}
		}
		if !ok || oh > 23 || om > 59 {
			return time.Time{}, false
		}
		off := (oh*60 + om) * 60
		if rest[0] == '-' {
			off = -off
		}
		t := time.Date(y, time.Month(mo), d, h, mi, sec, nsec, time.UTC)
		return t.Add(-time.Duration(off) * time.Second), true
	}
	return time.Time{}, false
}

func numIn(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
