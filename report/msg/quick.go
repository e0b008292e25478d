package msg

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// readCatalogue decodes one catalogue file into key -> language -> text.
// The catalogues keep to a plain form (see quickRead), read about fifty
// times faster by hand than by the YAML parser, which is most of a small
// build's start-up; a file that strays from that form is read by yaml.
func readCatalogue(b []byte) (map[string]map[string]string, error) {
	if m, ok := quickRead(b); ok {
		return m, nil
	}
	var m map[string]map[string]string
	err := yaml.Unmarshal(b, &m)
	return m, err
}

// quickRead reads a catalogue written only in these lines (ok=false for
// anything else, including what YAML would read differently or reject):
//
//	# comment, or a blank line
//	area.key:
//	  id: "double-quoted text"
//	area.key: {id: "text", en: "text"}
//
// Texts use only the escapes \" \\ \n and \t; keys are lower-case words
// joined by dots, each defined once, each language once per key.
func quickRead(b []byte) (map[string]map[string]string, bool) {
	if !utf8.Valid(b) || bytes.IndexByte(b, '\r') >= 0 {
		return nil, false
	}
	m := map[string]map[string]string{}
	var block map[string]string // the texts of the key opened by "key:"
	for line := range strings.SplitSeq(string(b), "\n") {
		trim := strings.TrimRight(line, " ")
		switch {
		case trim == "" || trim[0] == '#' || strings.HasPrefix(strings.TrimLeft(trim, " "), "#"):
			continue
		case strings.HasPrefix(trim, "  ") && trim[2] != ' ':
			if block == nil {
				return nil, false
			}
			lang, text, rest, ok := quickPair(trim[2:])
			if !ok || rest != "" || hasKey(block, lang) {
				return nil, false
			}
			block[lang] = text
			continue
		}
		if block != nil && len(block) == 0 {
			return nil, false // a key with no texts: null in YAML
		}
		key, rest, ok := strings.Cut(trim, ":")
		if !ok || !quickKey(key) || m[key] != nil {
			return nil, false
		}
		block = map[string]string{}
		m[key] = block
		if rest == "" {
			continue
		}
		// flow form: " {lang: "…", lang: "…"}"
		rest, ok = strings.CutPrefix(rest, " {")
		if !ok {
			return nil, false
		}
		for {
			lang, text, r, ok := quickPair(rest)
			if !ok || hasKey(block, lang) {
				return nil, false
			}
			block[lang] = text
			if r == "}" {
				break
			}
			if rest, ok = strings.CutPrefix(r, ", "); !ok {
				return nil, false
			}
		}
		block = nil
	}
	if block != nil && len(block) == 0 {
		return nil, false
	}
	return m, true
}

func hasKey(m map[string]string, k string) bool { _, ok := m[k]; return ok }

// quickKey accepts lower-case words of letters, digits, _ and - joined by
// dots, starting with a letter, that YAML reads as plain strings.
func quickKey(k string) bool {
	if k == "" || k[0] < 'a' || k[0] > 'z' || strings.HasSuffix(k, ".") || strings.Contains(k, "..") {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	switch k {
	case "true", "false", "null", "yes", "no", "on", "off", "y", "n":
		return false
	}
	return true
}

// quickPair reads `lang: "text"` at the start of s and returns the rest.
func quickPair(s string) (lang, text, rest string, ok bool) {
	lang, s, ok = strings.Cut(s, `: "`)
	if !ok || len(lang) != 2 || lang[0] < 'a' || lang[0] > 'z' || lang[1] < 'a' || lang[1] > 'z' {
		return "", "", "", false
	}
	if i := strings.IndexAny(s, "\"\\"); i >= 0 && s[i] == '"' && !hasControl(s[:i]) {
		return lang, s[:i], s[i+1:], true // no escapes: the text as it stands
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return lang, b.String(), s[i+1:], true
		case c < 0x20 || c == 0x7f:
			return "", "", "", false
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case '"', '\\':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			default:
				return "", "", "", false
			}
		case c == '\\':
			return "", "", "", false
		default:
			b.WriteByte(c)
		}
	}
	return "", "", "", false // no closing quote (YAML may continue it on the next line)
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return true
		}
	}
	return false
}
