package wml

import (
	"io"
	"strings"
	"unicode/utf8"
)

// clean drops what XML 1.0 forbids: control characters other than tab,
// newline and carriage return, surrogates, U+FFFE/U+FFFF and invalid UTF-8.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if !validXML(r) {
			ok = false
			break
		}
	}
	if ok && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && n == 1) && validXML(r) {
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

func validXML(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// esc returns s cleaned and escaped for element text or an attribute value.
func esc(s string) string {
	if !needsEsc(s) {
		return s
	}
	var b strings.Builder
	escTo(&b, s)
	return b.String()
}

// escTo writes s cleaned and escaped to b, byte for byte as
// xml.EscapeText escapes the cleaned text (clean leaves only characters
// XML allows, so only these ASCII ones need replacing).
func escTo(b io.StringWriter, s string) {
	s = clean(s)
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case '"':
			r = "&#34;"
		case '\'':
			r = "&#39;"
		case '&':
			r = "&amp;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		case '\t':
			r = "&#x9;"
		case '\n':
			r = "&#xA;"
		case '\r':
			r = "&#xD;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// needsEsc reports whether escTo would change s: an ASCII character it
// replaces, or anything but printable ASCII (which clean may drop).
func needsEsc(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '"', c == '\'', c == '&', c == '<', c == '>':
			return true
		}
	}
	return false
}

// safeURL keeps http, https and mailto links; anything else is no link.
func safeURL(u string) string {
	l := strings.ToLower(strings.TrimSpace(u))
	for _, p := range []string{"http://", "https://", "mailto:"} {
		if strings.HasPrefix(l, p) {
			return strings.TrimSpace(u)
		}
	}
	return ""
}

// letters reports whether s is a non-empty ASCII-letter word (a SEQ label).
func letters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}
