package present

import (
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// TestPublishedVal: a local publish time is a date-time value in minutes
// since 1970, a bare date a date, anything unreadable stays text (so the
// workbook shows it as the export had it).
func TestPublishedVal(t *testing.T) {
	d, err := report.ParseDate("2026-10-05")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		unit string
		raw  float64
	}{
		{"2026-10-05T17:30", doc.UnitDateTime, float64(d)*1440 + 17*60 + 30},
		{"2026-10-05T00:00:59", doc.UnitDateTime, float64(d) * 1440},
		{"2026-10-05", doc.UnitDate, float64(d)},
		{"2026-10-05T25:00", doc.UnitNone, 0},
		{"2026-10-05T17:61", doc.UnitNone, 0},
		{"5 Oktober", doc.UnitNone, 0},
		{"", doc.UnitNone, 0},
	}
	for _, tt := range tests {
		v := publishedVal(tt.in)
		if v.Unit != tt.unit {
			t.Errorf("%q: unit %q, want %q", tt.in, v.Unit, tt.unit)
			continue
		}
		if tt.unit == doc.UnitNone {
			if v.Raw != nil || v.Text != tt.in {
				t.Errorf("%q: %+v, want the text unchanged", tt.in, v)
			}
			continue
		}
		if v.Raw == nil || *v.Raw != tt.raw {
			t.Errorf("%q: raw %v, want %v", tt.in, v.Raw, tt.raw)
		}
	}
}

// TestWorkbookValueScale: indicator quantities in pp are stored in points,
// other units as they are; a change of a rate is in points, of a count in
// its unit; a missing number keeps its unit (a formatted blank cell).
func TestWorkbookValueScale(t *testing.T) {
	b := newTestBuilder("en")
	tests := []struct {
		name    string
		got     doc.Value
		unit    string
		raw     *float64
		wantNil bool
	}{
		{"pp value", b.wbVal(fp(0.025), "pp"), doc.UnitPP, fp(2.5), false},
		{"ratio value", b.wbVal(fp(0.025), "ratio"), doc.UnitRatio, fp(0.025), false},
		{"per week", b.wbVal(fp(4.5), "per_week"), doc.UnitPerWeek, fp(4.5), false},
		{"ratio change", b.wbChange(fp(-0.01), "ratio"), doc.UnitPP, fp(-1), false},
		{"count change", b.wbChange(fp(12), "count"), doc.UnitCount, fp(12), false},
		{"no value", b.wbVal(nil, "hours"), doc.UnitHours, nil, true},
		{"no change", b.wbChange(nil, "pp"), doc.UnitPP, nil, true},
	}
	for _, tt := range tests {
		if tt.got.Unit != tt.unit {
			t.Errorf("%s: unit %q, want %q", tt.name, tt.got.Unit, tt.unit)
		}
		switch {
		case tt.wantNil && tt.got.Raw != nil:
			t.Errorf("%s: raw %v, want none", tt.name, *tt.got.Raw)
		case !tt.wantNil && (tt.got.Raw == nil || *tt.got.Raw != *tt.raw):
			t.Errorf("%s: raw %v, want %v", tt.name, tt.got.Raw, *tt.raw)
		}
	}
}
