package framework

import "testing"

// TestLoadEmbeddedCopies checks that the embedded framework, parsed once
// per process, is handed out as independent copies: a caller changing its
// framework must not change the next caller's.
func TestLoadEmbeddedCopies(t *testing.T) {
	a, ps := Load(EmbeddedName, "")
	if len(ps) > 0 || a == nil {
		t.Fatalf("Load: %v", ps)
	}
	wantStage, wantSub, wantInd := a.Stages[0].ID, a.Stages[0].Subcomponents[0].ID, a.Indicators[0].ID
	a.Name = "changed"
	a.Stages[0].ID = "changed"
	a.Stages[0].Subcomponents[0].ID = "changed"
	a.Indicators[0].ID = "changed"
	a.Stages = append(a.Stages[:0], a.Stages[1:]...)
	b, ps := Load("", "")
	if len(ps) > 0 || b == nil {
		t.Fatalf("second Load: %v", ps)
	}
	if b.Name == "changed" || b.Stages[0].ID != wantStage || b.Stages[0].Subcomponents[0].ID != wantSub || b.Indicators[0].ID != wantInd {
		t.Errorf("second Load sees the first caller's changes: %q %q %q %q", b.Name, b.Stages[0].ID, b.Stages[0].Subcomponents[0].ID, b.Indicators[0].ID)
	}
	if ids := Computable(); len(ids) == 0 || ids[0] != wantInd {
		t.Errorf("Computable after a caller's change = %v, want first %q", ids, wantInd)
	}
}
