// Package design writes the research-design block of the methodology
// (SPEC §9 `method:`): the design, paradigm, data collection, informant
// selection, analysis and triangulation of the study, from rapor.yaml's
// method: key with a default for each field that describes a descriptive
// qualitative study analysed after Miles, Huberman & Saldaña with source
// triangulation. Texts come from the message catalogue, in the report
// language; user values are plain text.
package design

import (
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
)

// Item is one labelled fact of the research design.
type Item struct {
	Label string
	Text  string
}

// Design is the research-design block: its facts and the paragraph that
// joins them. File names the Markdown file that replaces the paragraph
// (method.text), "" when none.
type Design struct {
	Items     []Item
	Paragraph string
	File      string
}

// Build returns the research design of m (nil: every default) in the
// catalogue's language.
func Build(m *report.Method, c *msg.Catalog) Design {
	if m == nil {
		m = &report.Method{}
	}
	collection := c.T("design.default_collection")
	if len(m.Collection) > 0 {
		collection = joinList(m.Collection, c.T("design.and"))
	}
	facts := []struct{ key, value, def string }{
		{"design.design", m.Design, "design.default_design"},
		{"design.paradigm", m.Paradigm, "design.default_paradigm"},
		{"design.collection", collection, ""},
		{"design.informant_selection", m.InformantSelection, "design.default_informant_selection"},
		{"design.analysis", m.Analysis, "design.default_analysis"},
		{"design.validity", "", "design.default_validity"},
	}
	d := Design{File: m.Text}
	values := make([]any, 0, len(facts))
	for _, f := range facts {
		v := f.value
		if v == "" {
			v = c.T(f.def)
		}
		d.Items = append(d.Items, Item{Label: c.T(f.key), Text: v})
		values = append(values, v)
	}
	d.Paragraph = c.T("design.paragraph", values...)
	return d
}

// joinList joins "a", "b", "c" as "a, b and c" with the language's "and".
func joinList(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}
