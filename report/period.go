package report

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Period is a named reporting period: local dates From..To inclusive.
type Period struct {
	ID   string `json:"id"`   // "2026-10", "2026-Q3", "2026-H1", "2026", "2026-10-01..2026-10-31"
	Kind string `json:"-"`    // month, quarter, half, year, range
	From Date   `json:"from"` // first day
	To   Date   `json:"to"`   // last day
}

// Range returns the period's date range.
func (p Period) Range() Range { return Range{p.From, p.To} }

// Days returns the number of days in p.
func (p Period) Days() int { return p.Range().Days() }

var (
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-[Qq]([1-4])$`)
	reHalf    = regexp.MustCompile(`^(\d{4})-[Hh]([12])$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reRange   = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$`)
)

// ParsePeriod parses the period forms of SPEC §1/§2:
// 2026-10, 2026-Q3, 2026-H1, 2026, and 2026-10-01..2026-10-31.
func ParsePeriod(s string) (Period, error) {
	if m := reMonth.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return Period{}, fmt.Errorf("month %d out of range", mo)
		}
		return monthsPeriod(s, "month", y, mo, 1), nil
	}
	if m := reQuarter.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		return monthsPeriod(fmt.Sprintf("%d-Q%d", y, q), "quarter", y, (q-1)*3+1, 3), nil
	}
	if m := reHalf.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		h, _ := strconv.Atoi(m[2])
		return monthsPeriod(fmt.Sprintf("%d-H%d", y, h), "half", y, (h-1)*6+1, 6), nil
	}
	if m := reYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return monthsPeriod(s, "year", y, 1, 12), nil
	}
	if m := reRange.FindStringSubmatch(s); m != nil {
		from, err := ParseDate(m[1])
		if err != nil {
			return Period{}, err
		}
		to, err := ParseDate(m[2])
		if err != nil {
			return Period{}, err
		}
		return RangePeriod(from, to)
	}
	return Period{}, fmt.Errorf("%q is not a period (expected 2026-10, 2026-Q3, 2026-H1, 2026 or 2026-10-01..2026-10-31)", s)
}

// RangePeriod returns the period from..to (inclusive).
func RangePeriod(from, to Date) (Period, error) {
	if to < from {
		return Period{}, fmt.Errorf("period ends (%s) before it starts (%s)", to, from)
	}
	return Period{ID: from.String() + ".." + to.String(), Kind: "range", From: from, To: to}, nil
}

func monthsPeriod(id, kind string, y, m, n int) Period {
	from := NewDate(y, time.Month(m), 1)
	to := NewDate(y, time.Month(m+n), 1) - 1
	return Period{ID: id, Kind: kind, From: from, To: to}
}

// Previous returns the comparison period "previous" of SPEC §2: the previous
// month/quarter/half/year, or for a from/to range the same number of days
// just before.
func (p Period) Previous() Period {
	y, m, _ := p.From.YMD()
	switch p.Kind {
	case "month":
		q := monthsPeriod("", "month", y, int(m)-1, 1)
		yy, mm, _ := q.From.YMD()
		q.ID = fmt.Sprintf("%04d-%02d", yy, int(mm))
		return q
	case "quarter":
		q := monthsPeriod("", "quarter", y, int(m)-3, 3)
		yy, mm, _ := q.From.YMD()
		q.ID = fmt.Sprintf("%d-Q%d", yy, (int(mm)-1)/3+1)
		return q
	case "half":
		q := monthsPeriod("", "half", y, int(m)-6, 6)
		yy, mm, _ := q.From.YMD()
		q.ID = fmt.Sprintf("%d-H%d", yy, (int(mm)-1)/6+1)
		return q
	case "year":
		return monthsPeriod(strconv.Itoa(y-1), "year", y-1, 1, 12)
	}
	n := p.Days()
	q, _ := RangePeriod(p.From-Date(n), p.From-1)
	return q
}

// Months returns each calendar month's intersection with p, in order.
func (p Period) Months() []Period {
	var out []Period
	for d := p.From; d <= p.To; {
		y, m, _ := d.YMD()
		end := NewDate(y, m+1, 1) - 1
		if end > p.To {
			end = p.To
		}
		out = append(out, Period{ID: fmt.Sprintf("%04d-%02d", y, int(m)), Kind: "month", From: d, To: end})
		d = end + 1
	}
	return out
}

// PreviousYear returns the comparison period "previous_year" of SPEC §9: the
// same dates one year earlier, 29 February becoming 28 February at either end.
func (p Period) PreviousYear() Period {
	back := func(d Date) Date {
		y, m, dd := d.YMD()
		if m == time.February && dd == 29 {
			dd = 28
		}
		return NewDate(y-1, m, dd)
	}
	q := Period{Kind: p.Kind, From: back(p.From), To: back(p.To)}
	y, m, _ := q.From.YMD()
	switch p.Kind {
	case "month":
		q.ID = fmt.Sprintf("%04d-%02d", y, int(m))
	case "quarter":
		q.ID = fmt.Sprintf("%d-Q%d", y, (int(m)-1)/3+1)
	case "half":
		q.ID = fmt.Sprintf("%d-H%d", y, (int(m)-1)/6+1)
	case "year":
		q.ID = strconv.Itoa(y)
	default:
		q.Kind = "range"
		q.ID = q.From.String() + ".." + q.To.String()
	}
	return q
}

// RelativePeriods are the relative period names of SPEC §9 and the months
// of their calendar unit.
var RelativePeriods = []string{"last-month", "last-quarter", "last-half", "last-year"}

// RelativePeriod resolves a relative period name against today (the local
// date of the run): the complete calendar unit before the one holding today.
// ok is false when name is not a relative period.
func RelativePeriod(name string, today Date) (Period, bool) {
	y, m, _ := today.YMD()
	mo := int(m)
	var cur Period
	switch name {
	case "last-month":
		cur = monthsPeriod(fmt.Sprintf("%04d-%02d", y, mo), "month", y, mo, 1)
	case "last-quarter":
		q := (mo-1)/3 + 1
		cur = monthsPeriod(fmt.Sprintf("%d-Q%d", y, q), "quarter", y, (q-1)*3+1, 3)
	case "last-half":
		h := (mo-1)/6 + 1
		cur = monthsPeriod(fmt.Sprintf("%d-H%d", y, h), "half", y, (h-1)*6+1, 6)
	case "last-year":
		cur = monthsPeriod(strconv.Itoa(y), "year", y, 1, 12)
	default:
		return Period{}, false
	}
	return cur.Previous(), true
}
