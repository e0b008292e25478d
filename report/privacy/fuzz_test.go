package privacy

import (
	"strings"
	"testing"
)

// FuzzRedact checks that Redact never panics, changes nothing when no term
// occurs (ignoring case), counts one replacement per inserted marker, and
// gives what the full fold-and-search gives.
func FuzzRedact(f *testing.F) {
	f.Add("Budi Santoso", "kata Budi Santoso, bukan Budiman", "id")
	f.Add("Zoë", "ZOË\xffzoë", "en")
	f.Add("a-b_c", "A B C a_b-c", "id")
	f.Add(".*(", "x.*(y", "id")
	f.Fuzz(func(t *testing.T, term, text, lang string) {
		r := NewRedactor([]string{term}, lang)
		out := r.Redact(text)
		if full := NewRedactor([]string{term}, lang).redact(text); full != out {
			t.Fatalf("Redact(%q) = %q, the full search (no ASCII shortcut) gives %q", text, out, full)
		}
		if r.Count() == 0 && out != text {
			t.Fatalf("no replacement counted but text changed: %q -> %q", text, out)
		}
		if r.Count() > 0 && !overlapsMarker(term, r.Replacement()) {
			marker := r.Replacement()
			if got := strings.Count(out, marker) - strings.Count(text, marker); got < r.Count() {
				t.Fatalf("%d replacements counted, %d markers added", r.Count(), got)
			}
		}
	})
}

// overlapsMarker reports whether a word of term occurs in the marker, which
// then can itself be redacted again.
func overlapsMarker(term, marker string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(term), isSeparator) {
		if strings.Contains(marker, w) || strings.ContainsAny(w, "[]") {
			return true
		}
	}
	return false
}
