package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
)

// safe escapes what a terminal would act on in a file name or user text:
// control characters (ANSI escapes, newlines, carriage returns, tabs),
// bidirectional overrides and bytes that are not UTF-8, written as \x1b,
// \n, \u202e, \xff. A name cannot forge a line of the summary or recolour
// the terminal.
func safe(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x100 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unsafeRune: C0 and C1 controls, DEL, and the bidirectional and other
// invisible format characters a terminal or editor acts on.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// safeArgs escapes the string arguments of a message.
func safeArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			out[i] = safe(v)
		case error:
			out[i] = safe(v.Error())
		default:
			out[i] = a
		}
	}
	return out
}

// safeProblem escapes the path and arguments of a problem.
func safeProblem(p report.Problem) report.Problem {
	p.Path = safe(p.Path)
	p.Args = safeArgs(p.Args)
	return p
}
