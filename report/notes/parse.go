// Package notes reads qualitative notes (SPEC §5): interviews, observations
// and documents written in YAML, several documents to a file, each coded with
// the framework's sub-component codes.
package notes

import (
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/internal/yamlstrict"
	"gopkg.in/yaml.v3"
)

// MaxFileSize caps a notes file (SPEC §8: 256 KB).
const MaxFileSize = 256 << 10

// Kinds of notes.
const (
	Interview   = "interview"
	Observation = "observation"
	Document    = "document"
)

// Assessments are the researcher's verdicts, from the least to the most
// favourable.
var Assessments = []string{"tidak_ada", "belum_optimal", "optimal"}

// Parse reads one notes YAML file (several documents separated by ---).
// codes are the valid sub-component codes (fw.Codes()). Problems, each at
// path:line:col with a "notes." message key: missing required fields,
// unknown fields, unknown codes (with the nearest valid codes suggested), a
// bad kind, date, time or assessment, anchors and aliases, a file over
// 256 KB, invalid UTF-8, and YAML syntax errors. Empty documents (such as a
// trailing ---) are ignored. Notes with problems are left out; the others are
// returned with File = path, Index = the document's index in the file
// (0-based, empty documents counted) and Line = the line of its first key.
// Duplicate ids are checked across files by CheckIDs.
func Parse(path string, data []byte, codes []string) ([]*report.Note, report.Problems) {
	c := &yamlstrict.Checker{Path: path, Area: "notes"}
	if len(data) > MaxFileSize {
		c.Problems.Add(report.Errorf(path, 0, 0, "notes.too_large", MaxFileSize/1024))
		return nil, c.Problems
	}
	if line, col, _, bad := yamlstrict.InvalidUTF8(data); bad {
		c.Problems.Add(report.Errorf(path, line, col, "notes.invalid_utf8"))
		return nil, c.Problems
	}
	var notes []*report.Note
	docs, err := yamlstrict.Documents(data, 0)
	for index, root := range docs {
		if root == nil {
			continue
		}
		before := len(c.Problems)
		n := parseNote(c, root, codes)
		if n != nil && len(c.Problems) == before {
			n.File, n.Index, n.Line = path, index, root.Line
			notes = append(notes, n)
		}
	}
	if err != nil {
		line, text := yamlstrict.SyntaxError(err)
		c.Problems.Add(report.Errorf(path, line, 0, "notes.syntax", text))
	}
	return notes, c.Problems
}

// fields allowed per kind; required ones are checked in parseNote.
var (
	noteKeys = map[string][]string{
		Interview:   {"kind", "id", "date", "informant", "interviewer", "segments"},
		Observation: {"kind", "id", "date", "observer", "setting", "entries"},
		Document:    {"kind", "id", "date", "title", "segments"},
	}
	segmentKeys   = []string{"code", "codes", "text", "assessment"}
	entryKeys     = []string{"time", "code", "codes", "text", "assessment"}
	informantKeys = []string{"name", "role", "pseudonym"}
)

func parseNote(c *yamlstrict.Checker, root *yaml.Node, codes []string) *report.Note {
	if root.Kind != yaml.MappingNode {
		c.Errorf(root, "not_mapping", "(document)")
		return nil
	}
	kind, kindNode := kindOf(c, root)
	if kindNode == nil {
		return nil
	}
	m := c.Map(root, "", noteKeys[kind]...)
	if m == nil {
		return nil
	}
	n := &report.Note{Kind: kind}
	list := "segments"
	switch kind {
	case Interview:
		m.Require("id", "date", "informant", "segments")
		n.Interviewer, _ = m.Text("interviewer")
		if m.Has("informant") {
			n.Informant = informant(c, m)
		}
	case Observation:
		m.Require("id", "date", "observer", "entries")
		n.Observer, _, _ = m.NonEmpty("observer")
		n.Setting, _ = m.Text("setting")
		list = "entries"
	case Document:
		m.Require("id", "date", "title", "segments")
		n.Title, _, _ = m.NonEmpty("title")
	}
	n.ID, _, _ = m.NonEmpty("id")
	if k := keyNode(root, "id"); k != nil {
		n.IDLine, n.IDCol = k.Line, k.Column
	}
	if s, node, ok := m.NonEmpty("date"); ok {
		d, err := report.ParseDate(s)
		if err != nil {
			c.Errorf(node, "bad_date", s)
		}
		n.Date = d
	}
	items := m.List(list)
	if m.Has(list) && len(items) == 0 && m.Vals[list].Kind == yaml.SequenceNode {
		c.Errorf(m.Vals[list], "empty_field", list)
	}
	for i, item := range items {
		if seg, ok := segment(c, item, nth(list, i), kind == Observation, codes); ok {
			n.Segments = append(n.Segments, seg)
		}
	}
	return n
}

// kindOf finds and checks the kind key before the other keys, since the
// allowed keys depend on it.
func kindOf(c *yamlstrict.Checker, root *yaml.Node) (string, *yaml.Node) {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Kind == yaml.ScalarNode && k.Value == "kind" {
			v := root.Content[i+1]
			if v.Kind != yaml.ScalarNode || yamlstrict.IsNull(v) {
				c.Errorf(v, "bad_kind", "", "interview, observation, document")
				return "", nil
			}
			kind := strings.TrimSpace(v.Value)
			if _, ok := noteKeys[kind]; !ok {
				c.Errorf(v, "bad_kind", kind, "interview, observation, document")
				return "", nil
			}
			return kind, v
		}
	}
	c.Errorf(root, "missing_field", "kind")
	return "", nil
}

func informant(c *yamlstrict.Checker, m *yamlstrict.Map) *report.Informant {
	im := c.Map(m.Vals["informant"], "informant", informantKeys...)
	if im == nil {
		return nil
	}
	im.Require("name")
	inf := &report.Informant{}
	inf.Name, _, _ = im.NonEmpty("name")
	inf.Role, _ = im.Text("role")
	inf.Pseudonym, _ = im.Text("pseudonym")
	return inf
}

// segment reads one segment (or observation entry, when entry is set).
func segment(c *yamlstrict.Checker, n *yaml.Node, field string, entry bool, codes []string) (report.Segment, bool) {
	keys := segmentKeys
	if entry {
		keys = entryKeys
	}
	m := c.Map(n, field, keys...)
	if m == nil {
		return report.Segment{}, false
	}
	before := len(c.Problems)
	seg := report.Segment{Line: n.Line}
	if !m.Has("code") && !m.Has("codes") {
		c.Errorf(n, "missing_field", m.Sub("code"))
	}
	m.Require("text")
	seg.Codes = readCodes(c, m, codes)
	seg.Text, _, _ = m.NonEmpty("text")
	if a, node := m.Text("assessment"); node != nil {
		if !contains(Assessments, a) {
			c.Errorf(node, "bad_assessment", a, "optimal, belum_optimal, tidak_ada")
		}
		seg.Assessment = a
	}
	if entry {
		if t, node := m.Text("time"); node != nil {
			norm, ok := clock(t)
			if !ok {
				c.Errorf(node, "bad_time", t)
			}
			seg.Time = norm
		}
	}
	return seg, len(c.Problems) == before
}

// readCodes reads code and codes, checks each against the framework, and
// returns them without repeats, in the order written.
func readCodes(c *yamlstrict.Checker, m *yamlstrict.Map, valid []string) []string {
	var nodes []*yaml.Node
	if _, node := m.Text("code"); node != nil {
		nodes = append(nodes, node)
	}
	if m.Has("codes") {
		items := m.List("codes")
		if len(items) == 0 && m.Vals["codes"].Kind == yaml.SequenceNode {
			c.Errorf(m.Vals["codes"], "empty_field", m.Sub("codes"))
		}
		for _, it := range items {
			if it.Kind != yaml.ScalarNode || it.Anchor != "" {
				c.Errorf(it, "not_text", m.Sub("codes"))
				continue
			}
			nodes = append(nodes, it)
		}
	}
	var out []string
	for _, node := range nodes {
		code := strings.TrimSpace(node.Value)
		switch {
		case code == "":
			c.Errorf(node, "empty_field", m.Sub("code"))
			continue
		case !contains(valid, code):
			if near := Nearest(code, valid); len(near) > 0 {
				c.Errorf(node, "unknown_code", code, strings.Join(near, ", "))
			} else {
				c.Errorf(node, "unknown_code_far", code)
			}
			continue
		}
		if !contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// clock checks an observation time "9:30", "09:30" or "09.30" and returns it as "09:30".
func clock(s string) (string, bool) {
	sep := strings.IndexAny(s, ":.")
	if sep < 1 || sep > 2 || len(s)-sep != 3 {
		return s, false
	}
	h, err1 := strconv.Atoi(s[:sep])
	mm, err2 := strconv.Atoi(s[sep+1:])
	if err1 != nil || err2 != nil || h < 0 || h > 23 || mm < 0 || mm > 59 || s[0] == '+' || s[sep+1] == '+' || s[sep+1] == '-' {
		return s, false
	}
	return strconv.Itoa(h/10) + strconv.Itoa(h%10) + ":" + strconv.Itoa(mm/10) + strconv.Itoa(mm%10), true
}

func nth(field string, i int) string { return field + "[" + strconv.Itoa(i+1) + "]" }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// keyNode returns the key node of key in mapping m (nil when absent).
func keyNode(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Value == key {
			return k
		}
	}
	return nil
}
