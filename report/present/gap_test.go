package present

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestGap: the gap a briefing tile shows (doc.Tile.Gap) is signed, in the
// indicator's unit, a rate's in percentage points, and empty when the
// target is met or there is no value.
func TestGap(t *testing.T) {
	b := newTestBuilder("id")
	tests := []struct {
		name  string
		value float64
		unit  string
		tgt   report.Target
		want  string // "" when met
	}{
		{"below minimum per week", 4.5, "per_week", report.Target{Min: fp(7)}, "−2,5 per minggu"},
		{"rate below minimum in points", 0.45, "ratio", report.Target{Min: fp(0.6)}, "−15,00 pp"},
		{"above maximum hours", 9, "hours", report.Target{Max: fp(6)}, "+3,0 jam"},
		{"count below", 900, "count", report.Target{Min: fp(1000)}, "−100"},
		{"met", 8, "per_week", report.Target{Min: fp(7)}, ""},
		{"inside min and max", 0.7, "ratio", report.Target{Min: fp(0.6), Max: fp(1)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &report.Result{Value: fp(tt.value), Unit: tt.unit, Target: &tt.tgt}
			got := b.gapText(r)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, ok := gap(&report.Result{Unit: "count", Target: &report.Target{Min: fp(1)}}); ok {
		t.Error("a value without data has a gap")
	}
}
