package notes

import (
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse: it must never panic, and what it
// returns must keep Parse's promises. Seeds live in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	valid := codes(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		notes, ps := Parse("f.yaml", data, valid)
		for _, p := range ps {
			if p.Path != "f.yaml" || p.Key == "" || p.Line < 0 || p.Col < 0 {
				t.Fatalf("bad problem %+v", p)
			}
		}
		for _, n := range notes {
			if n.File != "f.yaml" || n.ID == "" || n.Line < 1 || n.Index < 0 {
				t.Fatalf("bad note %+v", n)
			}
			if _, ok := noteKeys[n.Kind]; !ok {
				t.Fatalf("bad kind %q", n.Kind)
			}
			if n.Kind == Interview && (n.Informant == nil || n.Informant.Name == "") {
				t.Fatalf("interview without informant: %+v", n)
			}
			if len(n.Segments) == 0 {
				t.Fatalf("note without segments: %+v", n)
			}
			for _, s := range n.Segments {
				if len(s.Codes) == 0 || s.Text == "" {
					t.Fatalf("bad segment %+v", s)
				}
				for _, c := range s.Codes {
					if !contains(valid, c) {
						t.Fatalf("code %q not valid", c)
					}
				}
			}
		}
		CheckIDs(notes)
	})
}
