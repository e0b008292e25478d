package ingest

import (
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// numFormat is the number convention of one column, decided once for the
// column (never per cell).
type numFormat struct {
	decimalComma bool // "10,6" = 10.6; "." groups thousands
}

var (
	reIDThousands  = regexp.MustCompile(`^-?\d{1,3}(\.\d{3})+$`)
	reCommaDecimal = regexp.MustCompile(`^-?\d+,\d+%?$`)
	reDotDecimal   = regexp.MustCompile(`^-?\d+\.\d+%?$`)
	reENThousands  = regexp.MustCompile(`^-?\d{1,3}(,\d{3})+(\.\d+)?$`)
	// A number Excel turned into a date: "9.авг", "20-Jun", "3.Mei", "9.àâã".
	reExcelMonth = regexp.MustCompile(`^\d{1,2}[.\-/ ]\pL{3,}\.?$|^\pL{3,}[.\-/ ]\d{1,2}$`)
)

// decideNumFormat decides the decimal convention of a column: a `;`
// delimiter implies a decimal comma; otherwise a cell like "10,6" (and no
// cell like "10.6" or "1,234.5") means a decimal comma, and a column whose
// values all look like "1.234" or "1.234.567" is Indonesian thousands.
func decideNumFormat(cells []string, semicolon bool) numFormat {
	var st numStats
	for _, c := range cells {
		st.add(c)
	}
	return st.decide(semicolon)
}

// numStats counts the number shapes of a column, cell by cell, so that a
// streamed file can decide its convention at the end.
type numStats struct {
	comma, dot, enThousands, idThousands, nonblank int
}

// sensitive reports whether a cell's value depends on the convention.
func numSensitive(c string) bool { return hasPointOrComma(c) }

// hasPointOrComma reports whether c holds a '.' or ','; it runs on every
// number cell, and IndexByte is vectorised where ContainsAny is not.
func hasPointOrComma(c string) bool {
	return strings.IndexByte(c, '.') >= 0 || strings.IndexByte(c, ',') >= 0
}

func (s *numStats) add(c string) {
	c = cleanNum(c)
	if c == "" {
		return
	}
	s.nonblank++
	if !hasPointOrComma(c) {
		return // a plain integer: none of the patterns below can match
	}
	switch {
	case reIDThousands.MatchString(c):
		s.idThousands++
	case reENThousands.MatchString(c) && strings.Contains(c, ","):
		s.enThousands++
	case reCommaDecimal.MatchString(c):
		s.comma++
	case reDotDecimal.MatchString(c):
		s.dot++
	}
}

func (s numStats) decide(semicolon bool) numFormat {
	if semicolon {
		return numFormat{decimalComma: true}
	}
	if s.comma > 0 && s.dot == 0 && s.enThousands == 0 {
		return numFormat{decimalComma: true}
	}
	if s.idThousands > 0 && s.idThousands == s.nonblank {
		return numFormat{decimalComma: true}
	}
	return numFormat{}
}

func cleanNum(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "\u00a0", "")
	s = strings.ReplaceAll(s, "\u202f", "")
	s = strings.ReplaceAll(s, " ", "")
	return s
}

var (
	errNotNumber   = errors.New("not a number")
	errNegative    = errors.New("negative")
	errExcelMonth  = errors.New("excel month")
	errSciNotation = errors.New("scientific notation")
	errTooBig      = errors.New("too large")
)

// MaxValue bounds every number read: no Instagram count comes near it, and
// sums of a million such values stay finite (SPEC §8: never +Inf).
const MaxValue = 1e15

// parseNum parses a metric cell. ok is false for a blank cell ("not
// reported"). A trailing % is dropped (the caller scales percentages).
func parseNum(s string, f numFormat) (v float64, ok bool, err error) {
	if v, ok := plainCount(s); ok {
		return v, true, nil
	}
	return parseNumFull(s, f)
}

// parseNumFull is parseNum without the shortcut for plain digits.
func parseNumFull(s string, f numFormat) (v float64, ok bool, err error) {
	c := cleanNum(s)
	if c == "" {
		return 0, false, nil
	}
	if reExcelMonth.MatchString(c) {
		return 0, false, errExcelMonth
	}
	c = strings.TrimSuffix(c, "%")
	if f.decimalComma {
		c = strings.ReplaceAll(c, ".", "")
		c = strings.ReplaceAll(c, ",", ".")
	} else {
		c = strings.ReplaceAll(c, ",", "")
	}
	v, err = strconv.ParseFloat(c, 64)
	if errors.Is(err, strconv.ErrRange) && !math.IsInf(v, 0) {
		v, err = 0, nil // below the smallest float: 0
	}
	switch {
	case errors.Is(err, strconv.ErrRange) || err == nil && math.Abs(v) > MaxValue:
		return 0, false, errTooBig
	case err != nil || v != v:
		return 0, false, errNotNumber
	}
	return v, true, nil
}

// plainCount reads a cell of 1 to 15 ASCII digits (most counts) without
// the cleaning, the month check and ParseFloat that give it the same value:
// it is below MaxValue and exact in a float64.
func plainCount(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 15 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int64(d)
	}
	return float64(n), true
}

// parseCount parses a non-negative metric.
func parseCount(s string, f numFormat) (float64, bool, error) {
	v, ok, err := parseNum(s, f)
	if err == nil && ok && v < 0 {
		return 0, false, errNegative
	}
	return v, ok, err
}

var reSci = regexp.MustCompile(`^\d(\.\d+)?[eE]\+?\d+$`)

// cleanID returns an ID as a string; Excel's scientific notation
// ("1.83552E+16") gives errSciNotation and an empty id.
func cleanID(s string) (string, error) {
	s = strings.TrimSpace(s)
	if (strings.IndexByte(s, 'e') >= 0 || strings.IndexByte(s, 'E') >= 0) && reSci.MatchString(s) {
		return "", errSciNotation
	}
	return s, nil
}

// Timestamp layouts with an explicit offset.
var offsetLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05-07",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05-0700",
	"2006-01-02 15:04:05-07",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04Z07:00",
}

// Naive layouts (no zone): ISO forms.
var naiveISO = []string{
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
}

var naiveMDY = []string{"1/2/2006 15:04", "1/2/2006 15:04:05", "1/2/2006", "1/2/2006 3:04 PM", "1-2-2006 15:04"}
var naiveDMY = []string{"2/1/2006 15:04", "2/1/2006 15:04:05", "2/1/2006", "2/1/2006 3:04 PM", "2-1-2006 15:04"}

// slashDate matches the start of a slash or dash date, like the regexp
// `^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}`, and returns its first two parts.
// It runs on every timestamp cell, so it is written out by hand.
func slashDate(c string) (a, b int, ok bool) {
	i := 0
	for i < len(c) && (c[i] == ' ' || c[i] == '\t' || c[i] == '\n' || c[i] == '\f' || c[i] == '\r') {
		i++
	}
	part := func(max int) (int, bool) {
		n, j := 0, i
		for j < len(c) && j-i < max && '0' <= c[j] && c[j] <= '9' {
			n = n*10 + int(c[j]-'0')
			j++
		}
		if j == i {
			return 0, false
		}
		i = j
		return n, true
	}
	sep := func() bool {
		if i < len(c) && (c[i] == '/' || c[i] == '-') {
			i++
			return true
		}
		return false
	}
	if a, ok = part(2); !ok || !sep() {
		return 0, 0, false
	}
	if b, ok = part(2); !ok || !sep() {
		return 0, 0, false
	}
	start := i
	if _, ok = part(4); !ok || i-start != 4 {
		return 0, 0, false
	}
	return a, b, true
}

// decideDayFirst decides day/month order for a column of slash dates: the
// first cell whose first part is > 12 means day first, whose second part is
// > 12 means month first; otherwise def.
func decideDayFirst(cells []string, def bool) bool {
	var o dayOrder
	for _, c := range cells {
		if o.add(c) {
			break
		}
	}
	return o.result(def)
}

// dayOrder decides day/month order cell by cell.
type dayOrder struct {
	decided, dayFirst bool
}

// add looks at one cell and reports whether the order is decided.
func (o *dayOrder) add(c string) bool {
	if o.decided || !strings.Contains(c, "/") && !strings.Contains(c, "-") {
		return o.decided
	}
	a, b, ok := slashDate(c)
	if !ok {
		return false
	}
	switch {
	case a > 12:
		o.decided, o.dayFirst = true, true
	case b > 12:
		o.decided, o.dayFirst = true, false
	}
	return o.decided
}

func (o dayOrder) result(def bool) bool {
	if o.decided {
		return o.dayFirst
	}
	return def
}

// dateSensitive reports whether a cell's value depends on the day/month order.
func dateSensitive(c string) bool {
	_, _, ok := slashDate(c)
	return ok
}

// parseTime parses a timestamp. Values with an offset keep it; naive values
// are read in loc. dayFirst decides slash dates.
func parseTime(s string, loc *time.Location, dayFirst bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errBlank
	}
	if t, ok := fastISO(s, loc); ok {
		return t, nil
	}
	if _, _, ok := slashDate(s); ok {
		return parseSlash(s, loc, dayFirst) // no ISO layout starts like a slash date
	}
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
	return parseSlash(s, loc, dayFirst)
}

// parseSlash parses a naive slash or dash date (month or day first).
func parseSlash(s string, loc *time.Location, dayFirst bool) (time.Time, error) {
	ls := naiveMDY
	if dayFirst {
		ls = naiveDMY
	}
	for _, l := range ls {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errBadTime
}

var (
	errBlank   = errors.New("blank")
	errBadTime = errors.New("bad time")
)

// parseBool reads true/false, t/f, 1/0, ya/tidak, yes/no (case-insensitive);
// ok false for blank.
func parseBool(s string) (v bool, ok bool, err error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return false, false, nil
	case "true", "t", "1", "ya", "yes", "y":
		return true, true, nil
	case "false", "f", "0", "tidak", "no", "n", "tdk":
		return false, true, nil
	}
	return false, false, errors.New("not a boolean")
}
