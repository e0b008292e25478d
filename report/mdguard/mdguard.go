// Package mdguard prepares untrusted Markdown for goldmark: a size cap and
// a linear-time pre-pass that keeps goldmark's parsing linear on hostile
// input. Every writer that renders narratives (HTML, Word) uses it.
package mdguard

import (
	"errors"
	"strings"
)

// MaxMarkdown is the largest narrative (in bytes) that is rendered (SPEC §8).
const MaxMarkdown = 256 << 10

// ErrTooLarge is returned for Markdown over MaxMarkdown bytes.
var ErrTooLarge = errors.New("markdown larger than 256 KB")

// Limits of the pre-pass that keeps goldmark linear on hostile input.
const (
	// maxBracketsPerBlock: a block (text between blank lines) with more "["
	// than this has every "[" escaped. goldmark's link parsing is quadratic in
	// the number of link openers of a paragraph; real prose stays far below.
	maxBracketsPerBlock = 64
	// maxNesting: block-quote and list markers at the start of one line beyond
	// this depth are escaped (deep nesting on one line is quadratic too).
	maxNesting = 8
)

// Neutralize prepares untrusted Markdown for goldmark: it escapes the link
// brackets of blocks with more than 64 "[" (runs of unclosed "[", "[a](" and
// similar make goldmark quadratic) and container markers nested deeper than 8
// on one line. Text that needs none of this is returned unchanged. It runs in
// linear time.
func Neutralize(src string) string {
	if !strings.Contains(src, "[") && !strings.ContainsAny(src, ">-*+.)") {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	var out strings.Builder
	out.Grow(len(src) + 16)
	start := 0
	flush := func(end int) {
		n := 0
		for _, l := range lines[start:end] {
			n += strings.Count(l, "[")
		}
		for _, l := range lines[start:end] {
			l = limitNesting(l)
			if n > maxBracketsPerBlock {
				l = escapeBrackets(l)
			}
			out.WriteString(l)
		}
		start = end
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush(i)
			out.WriteString(l)
			start = i + 1
		}
	}
	flush(len(lines))
	return out.String()
}

// escapeBrackets puts a backslash before every "[" that is not escaped yet.
func escapeBrackets(l string) string {
	var b strings.Builder
	b.Grow(len(l) + strings.Count(l, "["))
	bs := 0 // backslashes just before
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c == '[' && bs%2 == 0 {
			b.WriteByte('\\')
		}
		if c == '\\' {
			bs++
		} else {
			bs = 0
		}
		b.WriteByte(c)
	}
	return b.String()
}

// limitNesting escapes the block-quote and list markers at the start of l
// beyond maxNesting.
func limitNesting(l string) string {
	depth, i := 0, 0
	for i < len(l) {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			return l
		}
		mark, next := -1, 0 // position of the marker char to escape, end of marker
		switch c := l[i]; {
		case c == '>':
			mark, next = i, i+1
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t') {
				mark, next = i, i+1
			}
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j < len(l) && (l[j] == '.' || l[j] == ')') && j+1 < len(l) && (l[j+1] == ' ' || l[j+1] == '\t') {
				mark, next = j, j+1
			}
		}
		if mark < 0 {
			return l
		}
		depth++
		if depth > maxNesting {
			return l[:mark] + "\\" + l[mark:]
		}
		i = next
	}
	return l
}
