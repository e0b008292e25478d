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
	// maxCodeRunsPerBlock: a block with more backtick runs than this has
	// every backtick escaped. goldmark searches the rest of the paragraph for
	// the closer of each unmatched code-span opener ("``\\" repeated took
	// 9 s at 256 KB, 16x per 4x size).
	maxCodeRunsPerBlock = 64
	// maxEmphasisRunsPerBlock: a block with more delimiter runs ("*", "_",
	// "~", and each of the typographer's quotes '"' and "'"; list markers
	// and thematic breaks not counted) than this has every one escaped.
	// goldmark's delimiter matching walks back over all unmatched openers of
	// a paragraph, quadratic when runs interleave: "[*_a" repeated took 19 s
	// at 256 KB (58x per 4x size; yuin/goldmark#555), '""' repeated 0.8 s
	// at 64 KB (11x per 4x size).
	maxEmphasisRunsPerBlock = 128
)

// Neutralize prepares untrusted Markdown for goldmark: it escapes the link
// brackets of blocks with more than 64 "[" (runs of unclosed "[", "[a](" and
// similar make goldmark quadratic), the backticks of blocks with more than 64
// backtick runs, the "*", "_", "~", '"' and "'" of blocks with more than 128
// such delimiter runs, and container markers nested deeper than 8 on one line.
// (A block is text between blank lines; an escaped character is shown as
// itself, so such a block renders as plain text.) Text that needs none of
// this is returned unchanged. It runs in linear time.
func Neutralize(src string) string {
	out, _ := neutralize(src)
	return out
}

// Limited returns the line (1-based) of the first block whose markup
// Neutralize turns into plain text, and 0 when there is none: callers warn
// that the block is shown as plain text.
func Limited(src string) int {
	_, line := neutralize(src)
	return line
}

// delimiters are the bytes goldmark (with the strikethrough and typographer
// extensions) pairs as emphasis-like delimiters.
const delimiters = "*_~\"'"

// blockCounts are the markup counts of one block that decide what is escaped.
type blockCounts struct {
	brackets, codeRuns, emphasisRuns int
}

func (b blockCounts) limited() bool {
	return b.brackets > maxBracketsPerBlock || b.codeRuns > maxCodeRunsPerBlock || b.emphasisRuns > maxEmphasisRunsPerBlock
}

// neutralize is Neutralize, also returning the first line of a limited
// block (0: none).
func neutralize(src string) (string, int) {
	if !strings.ContainsAny(src, "[`"+delimiters) && !strings.ContainsAny(src, ">-+.)") {
		return src, 0
	}
	lines := strings.SplitAfter(src, "\n")
	var out strings.Builder
	out.Grow(len(src) + 16)
	start, first := 0, 0
	flush := func(end int) {
		var c blockCounts
		for _, l := range lines[start:end] {
			c.brackets += strings.Count(l, "[")
			c.codeRuns += runs(l, 0, "`")
			if !thematicBreak(l) {
				from := contentStart(l)
				// every quote counts: the typographer pairs "" one by one
				c.emphasisRuns += runs(l, from, "*_~") + strings.Count(l[from:], "\"") + strings.Count(l[from:], "'")
			}
		}
		if c.limited() && first == 0 {
			first = start + 1
		}
		for _, l := range lines[start:end] {
			l = limitNesting(l)
			if c.brackets > maxBracketsPerBlock {
				l = escapeBrackets(l)
			}
			if c.codeRuns > maxCodeRunsPerBlock {
				l = escapeFrom(l, 0, "`")
			}
			if c.emphasisRuns > maxEmphasisRunsPerBlock && !thematicBreak(l) {
				l = escapeFrom(l, contentStart(l), delimiters)
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
	return out.String(), first
}

// escapeBrackets puts a backslash before every "[" that is not escaped yet.
func escapeBrackets(l string) string { return escapeFrom(l, 0, "[") }

// escapeFrom puts a backslash before every byte of l[from:] in set that is
// not escaped yet.
func escapeFrom(l string, from int, set string) string {
	if !strings.ContainsAny(l[from:], set) {
		return l
	}
	var b strings.Builder
	b.Grow(len(l) + 16)
	b.WriteString(l[:from])
	bs := 0 // backslashes just before
	for i := from; i < len(l); i++ {
		c := l[i]
		if strings.IndexByte(set, c) >= 0 && bs%2 == 0 {
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

// runs counts the maximal runs of one byte of set in l[from:] ("**" and
// "_" are two runs; so are "*_").
func runs(l string, from int, set string) int {
	n := 0
	for i := from; i < len(l); i++ {
		if strings.IndexByte(set, l[i]) >= 0 && (i == from || l[i-1] != l[i]) {
			n++
		}
	}
	return n
}

// contentStart is where l's inline content begins: after its indentation
// and its block-quote and list markers (so that "* item" keeps its marker).
func contentStart(l string) int {
	i := 0
	for i < len(l) {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			return i
		}
		switch c := l[i]; {
		case c == '>':
			i++
			continue
		case (c == '-' || c == '*' || c == '+') && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t'):
			i += 2
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j+1 < len(l) && (l[j] == '.' || l[j] == ')') && (l[j+1] == ' ' || l[j+1] == '\t') {
				i = j + 2
				continue
			}
		}
		return i
	}
	return i
}

// thematicBreak reports whether l is a thematic break or a setext underline
// made of "*", "_" or "-" (kept as it is: escaping would make it text).
func thematicBreak(l string) bool {
	t := strings.TrimRight(strings.TrimLeft(l, " \t"), " \t\r\n")
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != t[0] && c != ' ' && c != '\t' {
			return false
		}
	}
	return t[0] == '*' || t[0] == '_' || t[0] == '-'
}
