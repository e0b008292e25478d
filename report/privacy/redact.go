// Package privacy protects the people in a study (SPEC §6): it redacts
// configured strings from free text, gives informants pseudonyms, and
// generalises their roles.
package privacy

import (
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Replacement texts by language.
const (
	RedactedID = "[disamarkan]"
	RedactedEN = "[redacted]"
)

// Redactor replaces redact strings in free text. It is safe for concurrent use.
type Redactor struct {
	any   *regexp.Regexp   // finds where some term may start
	terms []*regexp.Regexp // each term anchored at the start, longest first
	// firsts holds the first word of each term, lower-cased, when that is
	// ASCII: ASCII text holding none of them (case-insensitively) has no
	// term (see mayHoldASCII); otherFirst: some term's first word is not
	// ASCII.
	firsts     []string
	otherFirst bool
	repl       string
	count      atomic.Int64
}

// NewRedactor returns a Redactor that replaces terms case-insensitively,
// longest first, on whole-word boundaries, with "[disamarkan]" (lang "id")
// or "[redacted]" (lang "en"). A term matches only where the characters
// around it are not letters, digits or combining marks (Unicode), so "Budi"
// does not touch "Budiman". Inside a term, a run of spaces, '-' or '_'
// matches any run of white space, '-' or '_' (so "Budi Santoso" also catches
// "budi_santoso.yaml" and "Budi-Santoso"). Invalid UTF-8 in a term stands
// for U+FFFD. Blank terms are ignored; a nil or empty list gives a Redactor
// that changes nothing.
//
// When informants are pseudonymised, the caller must add their names
// (InformantTerms) to terms, so that a name quoted inside any text — another
// informant's answer, an observation, a document, the narrative — is
// redacted too.
func NewRedactor(terms []string, lang string) *Redactor {
	r := &Redactor{repl: RedactedID}
	if lang == "en" {
		r.repl = RedactedEN
	}
	type term struct {
		pattern string
		length  int
		norm    string
		first   string // the first word as written
	}
	seen := map[string]bool{}
	var list []term
	for _, t := range terms {
		fields := strings.FieldsFunc(fold(strings.ToValidUTF8(t, "\uFFFD")).view, isSeparator)
		if len(fields) == 0 {
			continue
		}
		norm := strings.ToLower(strings.Join(fields, " "))
		if seen[norm] {
			continue
		}
		seen[norm] = true
		quoted := make([]string, len(fields))
		for i, f := range fields {
			quoted[i] = regexp.QuoteMeta(f)
		}
		list = append(list, term{pattern: strings.Join(quoted, `[ \-]+`), length: utf8.RuneCountInString(norm), norm: norm,
			first: fields[0]})
	}
	if len(list) == 0 {
		return r
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].length != list[j].length {
			return list[i].length > list[j].length
		}
		return list[i].norm < list[j].norm
	})
	var alts []string
	for _, t := range list {
		// A quoted literal always compiles; only a term too long for the
		// regexp engine fails, and it could not match a real text anyway.
		re, err := regexp.Compile(`^(?i:` + t.pattern + `)`)
		if err != nil {
			continue
		}
		r.terms = append(r.terms, re)
		alts = append(alts, t.pattern)
		if isASCII(t.first) {
			r.firsts = append(r.firsts, strings.ToLower(t.first))
		} else {
			r.otherFirst = true
		}
	}
	if len(alts) > 0 {
		r.any, _ = regexp.Compile(`(?i:` + strings.Join(alts, "|") + `)`)
	}
	return r
}

// Redact returns s with every term replaced. Terms are found in the folded
// form of s (see fold): "Budi\u00a0Santoso", "Ｂｕｄｉ Santoso",
// "Budi\u2013Santoso" and "Bu\u200bdi Santoso" are all "Budi Santoso".
func (r *Redactor) Redact(s string) string {
	if r == nil || r.any == nil || s == "" {
		return s
	}
	if isASCII(s) {
		if !r.mayHoldASCII(s) {
			return s
		}
	} else if !r.otherFirst && !r.mayHoldASCII(foldView(s)) {
		// A first word of ASCII letters matches only ASCII letters of
		// the folded text: the two non-ASCII letters whose case partner
		// is ASCII (U+017F, U+212A) do not survive NFKC.
		return s
	}
	return r.redact(s)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mayHoldASCII reports whether ASCII text s may hold a term: one of the
// terms' first words occurs in it, ignoring ASCII case. In ASCII text
// folding changes only spaces and '_', which no word holds, and a word
// with a non-ASCII letter never matches ASCII text (the letters whose case
// partner is ASCII, U+017F and U+212A, do not survive NFKC), so text
// without any is returned as it is without folding and searching it.
func (r *Redactor) mayHoldASCII(s string) bool {
	for _, w := range r.firsts {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds w (lower-case ASCII, not empty),
// ignoring ASCII case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if lowerASCII(s[i]) != w[0] {
			continue
		}
		k := 1
		for k < len(w) && lowerASCII(s[i+k]) == w[k] {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// redact is Redact without the ASCII shortcut.
func (r *Redactor) redact(s string) string {
	if r == nil || r.any == nil || s == "" {
		return s
	}
	f := fold(s)
	v := f.view
	var b strings.Builder
	last, pos, n := 0, 0, 0
	for pos < len(v) {
		loc := r.any.FindStringIndex(v[pos:])
		if loc == nil {
			break
		}
		start := pos + loc[0]
		if end := r.matchAt(v, start); end > start {
			from, to := f.from[start], f.to[end-1]
			if from >= last {
				b.WriteString(s[last:from])
				b.WriteString(r.repl)
				last = to
				n++
			}
			pos = end
			continue
		}
		_, size := utf8.DecodeRuneInString(v[start:])
		pos = start + size
	}
	if n == 0 {
		return s
	}
	b.WriteString(s[last:])
	r.count.Add(int64(n))
	return b.String()
}

// folded is a text as names are matched in it, with each byte of view
// mapped back to the original bytes [from, to) it came from.
type folded struct {
	view     string
	from, to []int
}

// fold returns s in NFKC form with default-ignorable format characters
// (zero-width spaces and joiners, soft hyphens, bidirectional marks)
// dropped, every space-like character as ' ' and every dash-like character
// and '_' as '-'. NFKC works on segments (a base and its combining marks);
// each output byte maps to its whole original segment, so a match never
// splits one.
func fold(s string) folded {
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	var b strings.Builder
	var from, to []int
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		for _, r := range string(seg) {
			r, ok := foldRune(r)
			if !ok {
				continue
			}
			n, _ := b.WriteRune(r)
			for k := 0; k < n; k++ {
				from, to = append(from, start), append(to, end)
			}
		}
	}
	return folded{view: b.String(), from: from, to: to}
}

// foldView is fold(s).view, without the positions.
func foldView(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(s) {
		if r, ok := foldRune(r); ok {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune maps a rune of NFKC text as fold does; false drops it.
func foldRune(r rune) (rune, bool) {
	switch {
	case unicode.Is(unicode.Cf, r):
		return r, false
	case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
		return ' ', true
	case unicode.Is(unicode.Pd, r) || r == '_' || r == '\u2212':
		return '-', true
	}
	return r, true
}

// matchAt returns the end of the longest term that matches at start on word
// boundaries, or -1.
func (r *Redactor) matchAt(s string, start int) int {
	for _, re := range r.terms {
		loc := re.FindStringIndex(s[start:])
		if loc == nil || loc[1] == 0 {
			continue
		}
		end := start + loc[1]
		if wordBoundary(s, start, end) {
			return end
		}
	}
	return -1
}

// wordBoundary reports whether s[start:end] is not glued to a letter, digit
// or mark on either side (checked only where the match itself begins or ends
// with one).
func wordBoundary(s string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(s[start:end])
	if isWord(first) && start > 0 {
		if before, _ := utf8.DecodeLastRuneInString(s[:start]); isWord(before) {
			return false
		}
	}
	lastRune, _ := utf8.DecodeLastRuneInString(s[start:end])
	if isWord(lastRune) && end < len(s) {
		if after, _ := utf8.DecodeRuneInString(s[end:]); isWord(after) {
			return false
		}
	}
	return true
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isSeparator(r rune) bool { return r == ' ' || r == '-' }

// Count tells how many replacements Redact has made so far.
func (r *Redactor) Count() int {
	if r == nil {
		return 0
	}
	return int(r.count.Load())
}

// Replacement returns the text that stands in for a redacted string.
func (r *Redactor) Replacement() string { return r.repl }
