package config

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/internal/yamlstrict"
	"gopkg.in/yaml.v3"
)

// walker walks the YAML tree of one rapor.yaml and collects problems.
type walker struct {
	path  string // rapor.yaml path, for problems
	probs report.Problems
	pos   map[string]report.Pos
}

// errAt records an error at node n.
func (w *walker) errAt(n *yaml.Node, key string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	w.probs.Add(report.Errorf(w.path, line, col, key, args...))
}

// warnAt records a warning at node n.
func (w *walker) warnAt(n *yaml.Node, key string, args ...any) {
	w.probs.Add(report.Warnf(w.path, n.Line, n.Column, key, args...))
}

// field is one key: value pair of a mapping.
type field struct {
	name string
	key  *yaml.Node
	val  *yaml.Node
}

// object is a checked mapping: its known fields in file order.
type object struct {
	node   *yaml.Node
	fields []field
}

// get returns the field named name, or nil.
func (o *object) get(name string) *field {
	if o == nil {
		return nil
	}
	for i := range o.fields {
		if o.fields[i].name == name {
			return &o.fields[i]
		}
	}
	return nil
}

// mapping checks that n is a mapping whose keys are plain, unique and in
// allowed, and that every key of required is present. It records the value
// position of each field in pos under prefix+name. It returns nil when n is
// not a mapping.
func (w *walker) mapping(n *yaml.Node, name, prefix string, allowed, required []string) *object {
	if n.Kind != yaml.MappingNode {
		w.errAt(n, "config.want_mapping", name, describe(n))
		return nil
	}
	o := &object{node: n}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		v := n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			w.errAt(k, "config.bad_key", name)
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			w.errAt(k, "config.duplicate_key", k.Value, prev.Line)
			continue
		}
		seen[k.Value] = k
		if allowed != nil && !contains(allowed, k.Value) {
			if near := Nearest(k.Value, allowed, 1); len(near) > 0 {
				w.errAt(k, "config.unknown_key_near", k.Value, name, near[0], strings.Join(allowed, ", "))
			} else {
				w.errAt(k, "config.unknown_key", k.Value, name, strings.Join(allowed, ", "))
			}
			continue
		}
		rv := v
		w.pos[prefix+k.Value] = report.Pos{Line: rv.Line, Col: rv.Column}
		o.fields = append(o.fields, field{name: k.Value, key: k, val: v})
	}
	for _, r := range required {
		if _, ok := seen[r]; !ok {
			w.errAt(n, "config.missing_key", r, name)
		}
	}
	return o
}

// list checks that n is a sequence (null is an empty list) and returns its
// items. ok is false when n is neither.
func (w *walker) list(n *yaml.Node, name string) ([]*yaml.Node, bool) {
	if isNull(n) {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		w.errAt(n, "config.want_list", name, describe(n))
		return nil, false
	}
	return n.Content, true
}

// str returns a scalar as text. Null is "" (callers decide whether empty is
// allowed); any other scalar (2026, true) is taken as written.
func (w *walker) str(n *yaml.Node, name string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		w.errAt(n, "config.want_string", name, describe(n))
		return "", false
	}
	if isNull(n) {
		return "", true
	}
	return n.Value, true
}

// text returns a scalar that must not be empty (after trimming).
func (w *walker) text(f *field) (string, bool) {
	s, ok := w.str(f.val, f.name)
	if !ok {
		return "", false
	}
	s = strings.TrimSpace(s)
	if s == "" {
		w.errAt(f.key, "config.empty_value", f.name)
		return "", false
	}
	return s, true
}

// number returns a finite number (YAML int or float).
func (w *walker) number(n *yaml.Node, name string) (float64, bool) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		w.errAt(n, "config.want_number", name, describe(n))
		return 0, false
	}
	v, err := parseNumber(n.Value)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		w.errAt(n, "config.want_number", name, describe(n))
		return 0, false
	}
	return v, true
}

// parseNumber parses a YAML int or float as written (decimal first, so
// 0755 is 755, then Go's prefixed forms such as 0x1F).
func parseNumber(s string) (float64, error) {
	s = strings.ReplaceAll(s, "_", "")
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, nil
	}
	i, err := strconv.ParseInt(s, 0, 64)
	return float64(i), err
}

// boolWords are the accepted spellings of true and false: YAML's, the YAML
// 1.1 words yaml.v3 accepts for bool fields, and Indonesian ya/tidak.
var boolWords = map[string]bool{
	"true": true, "yes": true, "on": true, "ya": true,
	"false": false, "no": false, "off": false, "tidak": false,
}

// boolean returns a true/false value.
func (w *walker) boolean(n *yaml.Node, name string) (bool, bool) {
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!bool" || n.Tag == "!!str") {
		if v, ok := boolWords[strings.ToLower(n.Value)]; ok {
			return v, true
		}
	}
	w.errAt(n, "config.want_bool", name, describe(n))
	return false, false
}

// date returns a YYYY-MM-DD date.
func (w *walker) date(n *yaml.Node, name string) (report.Date, bool) {
	if n.Kind != yaml.ScalarNode {
		w.errAt(n, "config.bad_date", name, describe(n))
		return 0, false
	}
	d, err := report.ParseDate(n.Value)
	if err != nil {
		w.errAt(n, "config.bad_date", name, describe(n))
		return 0, false
	}
	return d, true
}

// isNull reports whether n is a null scalar (an empty value, ~ or null).
func isNull(n *yaml.Node) bool { return yamlstrict.IsNull(n) }

// describe shows a node in a message: a scalar as a quoted (shortened)
// value, a mapping as {…} and a list as […].
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "{…}"
	case yaml.SequenceNode:
		return "[…]"
	case yaml.ScalarNode:
		if isNull(n) {
			return "null"
		}
		return strconv.Quote(shorten(n.Value, 40))
	}
	return "?"
}

// shorten cuts s to at most max runes, marking the cut with "…".
func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max-1]) + "…"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
