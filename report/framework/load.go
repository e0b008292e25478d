// Package framework loads the evaluation framework (SPEC §4) — stages,
// sub-components and indicator definitions — from YAML: the embedded
// luttrell.yaml or a user's edited copy, and prints it as a catalogue.
package framework

import (
	_ "embed"
	"errors"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/internal/boundedio"
	"github.com/rapor-id/rapor/report/internal/yamlstrict"
	"gopkg.in/yaml.v3"
)

//go:embed luttrell.yaml
var luttrellYAML []byte

// EmbeddedName is the name of the embedded framework.
const EmbeddedName = "luttrell"

// embeddedPath is the path problems in the embedded file would carry.
const embeddedPath = "luttrell.yaml (embedded)"

// maxFileSize caps a framework file.
const maxFileSize = 1 << 20

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Load returns the embedded framework for name "luttrell" (or ""), else
// reads the YAML file at path name (relative to dir when not absolute).
// Problems carry path:line:col: unknown keys, missing fields, a bad unit or
// direction, duplicate ids, an unknown stage id, a sub-component code that is
// not in the stages, an indicator id the program does not compute (not in
// the embedded framework, see Computable), and a unit that differs from the embedded framework's. The
// framework is nil when there are errors.
func Load(name, dir string) (*report.Framework, report.Problems) {
	if name == "" || name == EmbeddedName {
		return embedded()
	}
	path := name
	if !filepath.IsAbs(path) && dir != "" {
		path = filepath.Join(dir, path)
	}
	data, err := readCapped(path)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, report.Problems{report.Errorf(path, 0, 0, "framework.too_large", maxFileSize/1024)}
		}
		return nil, report.Problems{report.Errorf(path, 0, 0, "framework.read", err.Error())}
	}
	ref, ps := parsedEmbedded() // only read by parse
	if len(ps) > 0 {
		return nil, slices.Clone(ps)
	}
	return parse(path, data, ref)
}

// parsedEmbedded is the embedded framework, parsed once per process. Its
// result is never handed out: embedded returns copies.
var parsedEmbedded = sync.OnceValues(func() (*report.Framework, report.Problems) {
	return parse(embeddedPath, luttrellYAML, nil)
})

// Warm starts parsing the embedded framework in the background, so that
// the Load of a program that has other work to do first (reading its
// configuration) finds it parsed. Every framework needs it: an edited copy
// is checked against it.
func Warm() { go parsedEmbedded() }

// embedded returns the embedded framework (a copy the caller may change)
// and its problems.
func embedded() (*report.Framework, report.Problems) {
	fw, ps := parsedEmbedded()
	if fw != nil {
		fw = clone(fw)
	}
	return fw, slices.Clone(ps)
}

// clone returns a deep copy of fw: no slice is shared with it (the strings
// are immutable).
func clone(fw *report.Framework) *report.Framework {
	c := *fw
	c.Stages = slices.Clone(fw.Stages)
	for i := range c.Stages {
		c.Stages[i].Subcomponents = slices.Clone(fw.Stages[i].Subcomponents)
	}
	c.Indicators = slices.Clone(fw.Indicators)
	return &c
}

var errTooLarge = errors.New("file too large")

func readCapped(path string) ([]byte, error) {
	data, err := boundedio.ReadFile(path, maxFileSize)
	if boundedio.IsTooLarge(err) {
		return nil, errTooLarge
	}
	return data, err
}

// parse reads a framework file. ref, when set, is the embedded framework
// whose units an edited copy must keep.
func parse(path string, data []byte, ref *report.Framework) (*report.Framework, report.Problems) {
	c := &yamlstrict.Checker{Path: path, Area: "framework"}
	if line, col, _, bad := yamlstrict.InvalidUTF8(data); bad {
		c.Problems.Add(report.Errorf(path, line, col, "framework.invalid_utf8"))
		return nil, c.Problems
	}
	docs, err := yamlstrict.Documents(data, 0)
	var root *yaml.Node
	for _, r := range docs {
		if r == nil {
			continue
		}
		if root != nil {
			c.Errorf(r, "several_documents")
			return nil, c.Problems
		}
		root = r
	}
	if err != nil {
		line, text := yamlstrict.SyntaxError(err)
		c.Problems.Add(report.Errorf(path, line, 0, "framework.syntax", text))
		return nil, c.Problems
	}
	if root == nil {
		c.Problems.Add(report.Errorf(path, 0, 0, "framework.empty"))
		return nil, c.Problems
	}
	fw := build(c, root, ref)
	if len(c.Problems) > 0 {
		return nil, c.Problems
	}
	return fw, nil
}

func build(c *yamlstrict.Checker, root *yaml.Node, ref *report.Framework) *report.Framework {
	m := c.Map(root, "", "name", "version", "citation", "stages", "indicators")
	if m == nil {
		return nil
	}
	fw := &report.Framework{}
	m.Require("name", "version", "stages", "indicators")
	fw.Name, _, _ = m.NonEmpty("name")
	fw.Version, _, _ = m.NonEmpty("version")
	fw.Citation, _ = m.Text("citation")

	stageLine := map[string]int{}
	for i, sn := range m.List("stages") {
		if st, ok := buildStage(c, sn, i, stageLine); ok {
			fw.Stages = append(fw.Stages, st)
		}
	}
	if n := m.Vals["stages"]; m.Has("stages") && n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		c.Errorf(n, "empty_field", "stages")
	}
	codes := fw.Codes()
	idLine := map[string]int{}
	for i, in := range m.List("indicators") {
		if def, ok := buildIndicator(c, in, i, codes, idLine, ref); ok {
			fw.Indicators = append(fw.Indicators, def)
		}
	}
	return fw
}

// buildStage reads one stage. It returns ok=false when the stage id itself is
// unusable; sub-components with an unusable id are left out, so that later
// checks see only the codes that really exist.
func buildStage(c *yamlstrict.Checker, n *yaml.Node, i int, seen map[string]int) (report.Stage, bool) {
	field := nth("stages", i)
	m := c.Map(n, field, "id", "label", "description", "subcomponents")
	if m == nil {
		return report.Stage{}, false
	}
	m.Require("id", "label", "subcomponents")
	st := report.Stage{}
	id, idNode, ok := m.NonEmpty("id")
	if ok {
		switch {
		case !contains(StageIDs, id):
			c.Errorf(idNode, "unknown_stage", id, strings.Join(StageIDs, ", "))
			ok = false
		case seen[id] > 0:
			c.Errorf(idNode, "duplicate_id", id, seen[id])
			ok = false
		default:
			seen[id] = idNode.Line
		}
	}
	st.ID = id
	st.Label = text(c, m, "label", true)
	st.Description = text(c, m, "description", false)
	subSeen := map[string]int{}
	for j, sn := range m.List("subcomponents") {
		sm := c.Map(sn, nth(field+".subcomponents", j), "id", "label", "description")
		if sm == nil {
			continue
		}
		sm.Require("id", "label")
		sc := report.Subcomponent{}
		sid, sidNode, good := sm.NonEmpty("id")
		if good {
			switch {
			case !idPattern.MatchString(sid):
				c.Errorf(sidNode, "bad_id", sid)
				good = false
			case subSeen[sid] > 0:
				c.Errorf(sidNode, "duplicate_id", id+"."+sid, subSeen[sid])
				good = false
			default:
				subSeen[sid] = sidNode.Line
			}
		}
		sc.ID = sid
		sc.Label = text(c, sm, "label", true)
		sc.Description = text(c, sm, "description", false)
		if good {
			st.Subcomponents = append(st.Subcomponents, sc)
		}
	}
	if n := m.Vals["subcomponents"]; m.Has("subcomponents") && n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		c.Errorf(n, "empty_field", m.Sub("subcomponents"))
	}
	return st, ok
}

func buildIndicator(c *yamlstrict.Checker, n *yaml.Node, i int, codes []string, seen map[string]int, ref *report.Framework) (report.IndicatorDef, bool) {
	field := nth("indicators", i)
	m := c.Map(n, field, "id", "subcomponent", "label", "formula", "unit", "direction")
	if m == nil {
		return report.IndicatorDef{}, false
	}
	before := len(c.Problems)
	m.Require("id", "subcomponent", "label", "formula", "unit", "direction")
	def := report.IndicatorDef{}
	id, idNode, ok := m.NonEmpty("id")
	if ok {
		switch {
		case ref != nil && ref.Indicator(id) == nil: // the embedded file is the list of ids
			c.Errorf(idNode, "unknown_indicator", id)
		case seen[id] > 0:
			c.Errorf(idNode, "duplicate_id", id, seen[id])
		default:
			seen[id] = idNode.Line
		}
	}
	def.ID = id
	code, codeNode, ok := m.NonEmpty("subcomponent")
	if ok && !contains(codes, code) {
		c.Errorf(codeNode, "unknown_subcomponent", code, strings.Join(codes, ", "))
	}
	def.Subcomponent = code
	def.Label = text(c, m, "label", true)
	def.Formula = text(c, m, "formula", true)
	unit, unitNode, ok := m.NonEmpty("unit")
	if ok {
		if !contains(Units, unit) {
			c.Errorf(unitNode, "bad_unit", unit, strings.Join(Units, ", "))
		} else if ref != nil {
			if want := ref.Indicator(id); want != nil && want.Unit != unit {
				c.Errorf(unitNode, "unit_changed", id, unit, want.Unit)
			}
		}
	}
	def.Unit = unit
	dir, dirNode, ok := m.NonEmpty("direction")
	if ok && !contains(Directions, dir) {
		c.Errorf(dirNode, "bad_direction", dir, strings.Join(Directions, ", "))
	}
	def.Direction = dir
	return def, len(c.Problems) == before
}

// text reads a {id: …, en: …} label; with required, both languages must be given.
func text(c *yamlstrict.Checker, m *yamlstrict.Map, key string, required bool) report.Text {
	if !m.Has(key) {
		return report.Text{}
	}
	tm := c.Map(m.Vals[key], m.Sub(key), "id", "en")
	if tm == nil {
		return report.Text{}
	}
	if required {
		tm.Require("id", "en")
	}
	var t report.Text
	if required {
		t.ID, _, _ = tm.NonEmpty("id")
		t.EN, _, _ = tm.NonEmpty("en")
	} else {
		t.ID, _ = tm.Text("id")
		t.EN, _ = tm.Text("en")
	}
	return t
}

// nth names the i-th (0-based) item of a list field, counted from 1 for readers.
func nth(field string, i int) string { return field + "[" + strconv.Itoa(i+1) + "]" }
