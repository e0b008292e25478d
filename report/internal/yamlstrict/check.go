// Package yamlstrict is rapor's one way of reading YAML strictly (rapor.yaml,
// framework files, notes): every problem carries its path:line:col. It
// parses documents into yaml.Node trees (a syntax error keeps its line,
// corrected where yaml.v3 prints it 0-based; a panic of the YAML library
// becomes an error), finds the first invalid UTF-8 byte, and checks
// mappings: unknown and duplicate keys, wrong value types, missing or empty
// fields.
//
// Anchors and aliases are refused everywhere, each reported at its own
// position: an alias makes one value appear at two places, so a problem in
// it would be reported at the anchor, far from the line the reader must fix,
// and aliases that fan out can make a small file expand to a huge tree.
//
// Checker's problem keys are "<area>.<what>" (for example
// "notes.unknown_key"); each area that uses it defines these keys in its
// message catalogue: unknown_key (key, allowed keys), duplicate_key (key,
// first line), not_mapping (field), not_list (field), not_text (field),
// alias (field), missing_field (field), empty_field (field).
package yamlstrict

import (
	"strings"

	"github.com/rapor-id/rapor/report"
	"gopkg.in/yaml.v3"
)

// Checker collects the problems of one file.
type Checker struct {
	Path     string          // file path for problems
	Area     string          // message key prefix, e.g. "notes"
	Problems report.Problems // collected problems
}

// Errorf records an error-severity problem at node n (position 0:0 when n is nil).
func (c *Checker) Errorf(n *yaml.Node, key string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	c.Problems.Add(report.Errorf(c.Path, line, col, c.Area+"."+key, args...))
}

// usable reports whether n can be read; an alias is reported and refused.
func (c *Checker) usable(n *yaml.Node, field string) bool {
	if n == nil {
		return false
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		c.Errorf(n, "alias", field)
		return false
	}
	return true
}

// IsNull reports whether n is absent or an explicit YAML null (`~`, `null`, nothing).
func IsNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// Map is a checked mapping: its value nodes by key, in file order.
type Map struct {
	Node  *yaml.Node            // the mapping node
	Field string                // its field path, e.g. "segments[2]"
	Keys  []string              // keys in file order
	Vals  map[string]*yaml.Node // value node of each key
	c     *Checker
}

// Map checks that n is a mapping whose keys are all in allowed (each once)
// and returns it; it returns nil (with a problem) when n is not a mapping.
// field names the mapping in messages ("" for the document root).
func (c *Checker) Map(n *yaml.Node, field string, allowed ...string) *Map {
	if !c.usable(n, field) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		c.Errorf(n, "not_mapping", fieldName(field))
		return nil
	}
	m := &Map{Node: n, Field: field, Vals: map[string]*yaml.Node{}, c: c}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !c.usable(k, field) {
			continue
		}
		if k.Kind != yaml.ScalarNode {
			c.Errorf(k, "unknown_key", "?", strings.Join(allowed, ", "))
			continue
		}
		if !contains(allowed, k.Value) {
			c.Errorf(k, "unknown_key", k.Value, strings.Join(allowed, ", "))
			continue
		}
		if prev, dup := m.Vals[k.Value]; dup {
			c.Errorf(k, "duplicate_key", k.Value, prev.Line)
			continue
		}
		m.Keys = append(m.Keys, k.Value)
		m.Vals[k.Value] = v
	}
	return m
}

// Sub returns the field path of key inside m.
func (m *Map) Sub(key string) string {
	if m.Field == "" {
		return key
	}
	return m.Field + "." + key
}

// Has reports whether key is present with a non-null value.
func (m *Map) Has(key string) bool { return !IsNull(m.Vals[key]) }

// Require reports every key that is absent or null, at the mapping's position.
// It returns false when one was missing.
func (m *Map) Require(keys ...string) bool {
	ok := true
	for _, k := range keys {
		if !m.Has(k) {
			m.c.Errorf(m.Node, "missing_field", m.Sub(k))
			ok = false
		}
	}
	return ok
}

// Text returns the scalar value of key (trimmed of surrounding white space)
// and its node; "" and nil when the key is absent or null. A non-scalar value
// is reported.
func (m *Map) Text(key string) (string, *yaml.Node) {
	n := m.Vals[key]
	if IsNull(n) || !m.c.usable(n, m.Sub(key)) {
		return "", nil
	}
	if n.Kind != yaml.ScalarNode {
		m.c.Errorf(n, "not_text", m.Sub(key))
		return "", nil
	}
	return strings.TrimSpace(n.Value), n
}

// NonEmpty is Text that also reports a present but blank value. It returns
// the value and whether it is non-empty.
func (m *Map) NonEmpty(key string) (string, *yaml.Node, bool) {
	s, n := m.Text(key)
	if n != nil && s == "" {
		m.c.Errorf(n, "empty_field", m.Sub(key))
	}
	return s, n, s != ""
}

// List returns the items of key's sequence (nil when absent, null or not a
// sequence; the last is reported).
func (m *Map) List(key string) []*yaml.Node {
	n := m.Vals[key]
	if IsNull(n) || !m.c.usable(n, m.Sub(key)) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		m.c.Errorf(n, "not_list", m.Sub(key))
		return nil
	}
	return n.Content
}

func fieldName(field string) string {
	if field == "" {
		return "(document)"
	}
	return field
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
