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
	words   map[string]bool // single words, lower-cased
	phrases []string        // entries holding a non-word rune (e.g. "di mana"), lower-cased
}

// New returns a classifier for words (blank entries are ignored).
func New(words []string) *Classifier {
	c := &Classifier{words: map[string]bool{}}
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(w))
		switch {
		case w == "":
		case strings.IndexFunc(w, func(r rune) bool { return !isWord(r) }) >= 0:
			c.phrases = append(c.phrases, w)
		default:
			c.words[w] = true
		}
	}
	return c
}

// isWord reports whether r is a letter, digit or underscore.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// Is reports whether text asks a question. Blank text never does.
func (c *Classifier) Is(text string) bool {
	if strings.TrimSpace(text) == "" {
		return false
	}
	if strings.IndexByte(text, '?') >= 0 {
		return true
	}
	if c == nil || (len(c.words) == 0 && len(c.phrases) == 0) {
		return false
	}
	lower := strings.ToLower(text)
	if len(c.words) > 0 && c.hasWord(lower) {
		return true
	}
	for _, p := range c.phrases {
		if hasPhrase(lower, p) {
			return true
		}
	}
	return false
}

// hasWord reports whether one of the maximal word-rune runs of s is a listed word.
func (c *Classifier) hasWord(s string) bool {
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && c.words[s[start:i]] {
			return true
		}
		start = -1
	}
	return start >= 0 && c.words[s[start:]]
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
