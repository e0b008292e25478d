// Package question decides whether a comment asks a question (SPEC §9
// "Second-wave readings"): its text contains "?" anywhere (URLs included),
// or a listed word or phrase as a whole word, case-insensitively. Whole word
// means not preceded or followed by a Unicode letter, digit or underscore.
package question

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Classifier holds the question words of one project.
type Classifier struct {
	byLen   [][]string  // single words, lower-cased, by their length in bytes
	first   [256]bool   // first bytes of the single words
	lens    [256]uint64 // by first byte: bit n set when a single word of n < 63 bytes starts with it
	phrases []string    // entries holding a non-word rune (e.g. "di mana"), lower-cased
}

// New returns a classifier for words (blank entries are ignored).
func New(words []string) *Classifier {
	c := &Classifier{}
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(w))
		switch {
		case w == "":
		case strings.IndexFunc(w, func(r rune) bool { return !isWord(r) }) >= 0:
			c.phrases = append(c.phrases, w)
		default:
			for len(c.byLen) <= len(w) {
				c.byLen = append(c.byLen, nil)
			}
			c.byLen[len(w)] = append(c.byLen[len(w)], w)
			c.first[w[0]] = true
			if len(w) < 63 {
				c.lens[w[0]] |= 1 << len(w)
			}
		}
	}
	return c
}

// isWord reports whether r is a letter, digit or underscore.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Is reports whether text asks a question. Blank text never does.
func (c *Classifier) Is(text string) bool {
	if strings.TrimSpace(text) == "" {
		return false
	}
	if strings.IndexByte(text, '?') >= 0 {
		return true
	}
	if c == nil {
		return false
	}
	if len(c.byLen) > 0 && c.hasWord(text) {
		return true
	}
	if len(c.phrases) == 0 {
		return false
	}
	lower := strings.ToLower(text)
	for _, p := range c.phrases {
		if hasPhrase(lower, p) {
			return true
		}
	}
	return false
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = isWord(rune(b))
	}
	return t
}()

// hasWord reports whether one of the maximal runs of word runes in s,
// lower-cased, is a listed word. ASCII bytes go through a table; a word
// whose first letter starts no listed word is skipped without being
// lower-cased, and the others are lower-cased into a small buffer, so a
// comment costs no allocation.
func (c *Classifier) hasWord(s string) bool {
	maxLen := len(c.byLen) // a token this long or longer is no listed word
	var buf [64]byte
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if !asciiWord[b] {
				i++
				continue
			}
			lb := lowerASCII(b)
			if !c.first[lb] { // no listed word starts with this letter
				i = skipWord(s, i+1)
				continue
			}
			// An ASCII run keeps its length lower-cased: no listed word
			// with its first letter has that length, it is skipped.
			if end, ascii := asciiRun(s, i+1); ascii && end-i < 63 && c.lens[lb]&(1<<(end-i)) == 0 {
				i = end
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWord(r) {
			i += size
			continue
		}
		tok, long, end := lowerWord(s, i, buf[:0], maxLen)
		i = end
		if !long && c.listed(tok) {
			return true
		}
	}
	return false
}

// asciiRun returns the end of the run of ASCII word bytes from i, and
// false when the run goes on with a non-ASCII rune (the end is then where
// the ASCII bytes stop).
func asciiRun(s string, i int) (int, bool) {
	for i < len(s) {
		b := s[i]
		if b >= utf8.RuneSelf {
			return i, false
		}
		if !asciiWord[b] {
			return i, true
		}
		i++
	}
	return i, true
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// skipWord returns the end of the run of word runes from i.
func skipWord(s string, i int) int {
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if !asciiWord[b] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			return i
		}
		i += size
	}
	return i
}

// lowerWord appends the lower-cased run of word runes from i to tok and
// returns it with the end of the run; long reports a run of maxLen bytes
// or more once lower-cased (tok is then incomplete).
func lowerWord(s string, i int, tok []byte, maxLen int) ([]byte, bool, int) {
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if !asciiWord[b] {
				return tok, false, i
			}
			if len(tok)+1 >= maxLen {
				return tok, true, skipWord(s, i+1)
			}
			tok = append(tok, lowerASCII(b))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			return tok, false, i
		}
		r = unicode.ToLower(r)
		if len(tok)+utf8.RuneLen(r) >= maxLen {
			return tok, true, skipWord(s, i+size)
		}
		tok = utf8.AppendRune(tok, r)
		i += size
	}
	return tok, false, i
}

// listed reports whether tok is one of the listed single words.
func (c *Classifier) listed(tok []byte) bool {
	for _, w := range c.byLen[len(tok)] {
		if string(tok) == w {
			return true
		}
	}
	return false
}

// hasPhrase reports whether p occurs in s with no word rune right before or
// right after it.
func hasPhrase(s, p string) bool {
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], p)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(p):])
		okBefore := i == 0 || !isWord(before)
		okAfter := i+len(p) == len(s) || !isWord(after)
		if okBefore && okAfter {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	return false
}
