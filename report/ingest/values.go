package ingest

import (
	"errors"
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
	if semicolon {
		return numFormat{decimalComma: true}
	}
	var comma, dot, enThousands, idThousands, nonblank int
	for _, c := range cells {
		c = cleanNum(c)
		if c == "" {
			continue
		}
		nonblank++
		switch {
		case reIDThousands.MatchString(c):
			idThousands++
		case reENThousands.MatchString(c) && strings.Contains(c, ","):
			enThousands++
		case reCommaDecimal.MatchString(c):
			comma++
		case reDotDecimal.MatchString(c):
			dot++
		}
	}
	if comma > 0 && dot == 0 && enThousands == 0 {
		return numFormat{decimalComma: true}
	}
	if idThousands > 0 && idThousands == nonblank {
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
)

// parseNum parses a metric cell. ok is false for a blank cell ("not
// reported"). A trailing % is dropped (the caller scales percentages).
func parseNum(s string, f numFormat) (v float64, ok bool, err error) {
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
	if err != nil || v != v {
		return 0, false, errNotNumber
	}
	return v, true, nil
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
	if reSci.MatchString(s) {
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

var reSlashDate = regexp.MustCompile(`^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}`)

// decideDayFirst decides day/month order for a column of slash dates: any
// first part > 12 means day first, any second part > 12 means month first,
// otherwise def.
func decideDayFirst(cells []string, def bool) bool {
	for _, c := range cells {
		m := reSlashDate.FindStringSubmatch(c)
		if m == nil {
			continue
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a > 12 {
			return true
		}
		if b > 12 {
			return false
		}
	}
	return def
}

// parseTime parses a timestamp. Values with an offset keep it; naive values
// are read in loc. dayFirst decides slash dates.
func parseTime(s string, loc *time.Location, dayFirst bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errBlank
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
