package report

import "testing"

func TestNumericID(t *testing.T) {
	tests := []struct {
		id   string
		want uint64
		ok   bool
	}{
		{"17912345678901234", 17912345678901234, true},
		{"1", 1, true},
		{"9999999999999999999", 9999999999999999999, true}, // 19 digits fit
		{"", 0, false},
		{"0", 0, false},
		{"0123", 0, false},                 // a leading zero would share 123's value
		{"12345678901234567890", 0, false}, // 20 digits may overflow
		{"12a", 0, false},
		{"-12", 0, false},
		{"c1", 0, false},
	}
	for _, tt := range tests {
		v, ok := NumericID(tt.id)
		if v != tt.want || ok != tt.ok {
			t.Errorf("NumericID(%q) = %d, %v; want %d, %v", tt.id, v, ok, tt.want, tt.ok)
		}
	}
}
