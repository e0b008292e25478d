package compute

// val is an indicator value on one period.
type val struct {
	v      float64
	ok     bool   // v is a value (else null with reason)
	reason string // why it is null
	label  string // value_label (best_format, best_slot)
	n      int    // items it rests on
	note   string // a note shown with the value (localised)
}

// num returns a value resting on n items.
func num(v float64, n int) val { return val{v: v, ok: true, n: n} }

// null returns a null value with a reason.
func null(reason string) val { return val{reason: reason} }

// ratio returns a ÷ b resting on n items, or null with reason when b is 0.
func ratio(a, b float64, n int, reason string) val {
	if b == 0 {
		return null(reason)
	}
	return num(a/b, n)
}

// ptr returns a pointer to the value, or nil when it is null.
func (v val) ptr() *float64 {
	if !v.ok {
		return nil
	}
	f := v.v
	return &f
}
