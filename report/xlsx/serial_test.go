package xlsx

import (
	"strconv"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// TestTimeSerialExactMinute checks every minute of several days: the
// serial as a workbook stores it (15 significant digits, cut off as
// excelize does) is never before the exact minute and less than a second
// after it, so 17:30 reads 17:30 in every spreadsheet program.
func TestTimeSerialExactMinute(t *testing.T) {
	for _, day := range []string{"2026-10-01", "2026-10-31", "1999-12-31", "2030-06-15"} {
		d, err := report.ParseDate(day)
		if err != nil {
			t.Fatal(err)
		}
		for m := 0; m < 1440; m++ {
			stored := truncate15(timeSerial(d, m))
			exact := float64(d) + excelEpoch + float64(m)/1440
			if secs := (stored - exact) * 86400; stored < exact || secs > 1 {
				t.Fatalf("%s minute %d: stored serial %.17g is %g s from the exact minute %.17g", day, m, stored, secs, exact)
			}
		}
	}
}

// truncate15 cuts v off at 15 significant digits, as excelize writes it.
func truncate15(v float64) float64 {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	n := 0
	for i, c := range s {
		if c >= '0' && c <= '9' {
			n++
			if n > 15 {
				s = s[:i]
				break
			}
		}
	}
	out, _ := strconv.ParseFloat(s, 64)
	return out
}

// TestDateOf: a date value is a date cell, a date-time value (minutes since
// 1970) the serial timeSerial stores, no value a plain blank, text a text
// cell.
func TestDateOf(t *testing.T) {
	d, err := report.ParseDate("2026-10-05")
	if err != nil {
		t.Fatal(err)
	}
	day, minutes := float64(d), float64(d)*1440+17*60+30
	tests := []struct {
		name string
		in   doc.Value
		want cell
	}{
		{"date", doc.Value{Raw: &day, Unit: doc.UnitDate}, cell{day + excelEpoch, styDate}},
		{"date-time", doc.Value{Raw: &minutes, Unit: doc.UnitDateTime}, cell{timeSerial(d, 17*60+30), styDT}},
		{"none", doc.Value{}, blank},
		{"text", doc.Value{Text: "kemarin"}, text("kemarin")},
	}
	for _, tt := range tests {
		if got := dateOf(tt.in); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
