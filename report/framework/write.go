package framework

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
	"gopkg.in/yaml.v3"
)

// Formats are the catalogue formats Write accepts.
var Formats = []string{"text", "markdown", "json", "yaml"}

// Write prints the catalogue of fw (ids, labels, formulas, unit, direction)
// in format text, markdown, json or yaml, with labels in lang ("id" or "en").
// json and yaml hold both languages; the yaml output is a framework file that
// Load accepts unchanged.
func Write(w io.Writer, fw *report.Framework, lang, format string) error {
	if fw == nil {
		return fmt.Errorf("framework: nothing to write")
	}
	switch format {
	case "json":
		b, err := json.MarshalIndent(fw, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	case "yaml", "text", "markdown":
	default:
		return fmt.Errorf("framework: unknown format %q (expected one of %s)", format, strings.Join(Formats, ", "))
	}
	cat, err := msg.Load(lang)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch format {
	case "yaml":
		err = writeYAML(&buf, fw, cat)
	case "text":
		writeText(&buf, fw, cat)
	case "markdown":
		writeMarkdown(&buf, fw, cat)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// byCode groups the indicators of fw by sub-component code, keeping their order.
func byCode(fw *report.Framework) map[string][]report.IndicatorDef {
	out := map[string][]report.IndicatorDef{}
	for _, d := range fw.Indicators {
		out[d.Subcomponent] = append(out[d.Subcomponent], d)
	}
	return out
}

func countSubs(fw *report.Framework) int { return len(fw.Codes()) }

func writeText(b *bytes.Buffer, fw *report.Framework, cat *msg.Catalog) {
	lang := cat.Lang
	fmt.Fprintln(b, cat.T("framework.catalogue.title", fw.Name, fw.Version))
	if fw.Citation != "" {
		fmt.Fprintln(b, fw.Citation)
	}
	fmt.Fprintln(b, cat.T("framework.catalogue.counts", len(fw.Stages), countSubs(fw), len(fw.Indicators)))
	groups := byCode(fw)
	for si, st := range fw.Stages {
		fmt.Fprintf(b, "\n%d. %s (%s)\n", si+1, oneLine(st.Label.In(lang)), st.ID)
		if d := oneLine(st.Description.In(lang)); d != "" {
			fmt.Fprintf(b, "   %s\n", d)
		}
		for ci, sc := range st.Subcomponents {
			code := st.ID + "." + sc.ID
			fmt.Fprintf(b, "\n   %d.%d %s (%s)\n", si+1, ci+1, oneLine(sc.Label.In(lang)), code)
			if d := oneLine(sc.Description.In(lang)); d != "" {
				fmt.Fprintf(b, "       %s\n", d)
			}
			defs := groups[code]
			if len(defs) == 0 {
				fmt.Fprintf(b, "       %s\n", cat.T("framework.catalogue.no_indicators"))
			}
			for _, d := range defs {
				fmt.Fprintf(b, "       %s — %s\n", d.ID, oneLine(d.Label.In(lang)))
				fmt.Fprintf(b, "         %s: %s; %s: %s\n",
					cat.T("framework.catalogue.unit"), cat.T("framework.unit."+d.Unit),
					cat.T("framework.catalogue.direction"), cat.T("framework.direction."+d.Direction))
				fmt.Fprintf(b, "         %s: %s\n", cat.T("framework.catalogue.formula"), oneLine(d.Formula.In(lang)))
			}
		}
	}
}

func writeMarkdown(b *bytes.Buffer, fw *report.Framework, cat *msg.Catalog) {
	lang := cat.Lang
	fmt.Fprintf(b, "# %s\n\n", md(cat.T("framework.catalogue.title", fw.Name, fw.Version)))
	if fw.Citation != "" {
		fmt.Fprintf(b, "%s\n\n", md(fw.Citation))
	}
	fmt.Fprintf(b, "%s\n", md(cat.T("framework.catalogue.counts", len(fw.Stages), countSubs(fw), len(fw.Indicators))))
	groups := byCode(fw)
	for si, st := range fw.Stages {
		fmt.Fprintf(b, "\n## %d. %s (`%s`)\n", si+1, md(st.Label.In(lang)), st.ID)
		if d := st.Description.In(lang); d != "" {
			fmt.Fprintf(b, "\n%s\n", md(d))
		}
		for ci, sc := range st.Subcomponents {
			code := st.ID + "." + sc.ID
			fmt.Fprintf(b, "\n### %d.%d %s (`%s`)\n", si+1, ci+1, md(sc.Label.In(lang)), code)
			if d := sc.Description.In(lang); d != "" {
				fmt.Fprintf(b, "\n%s\n", md(d))
			}
			defs := groups[code]
			if len(defs) == 0 {
				fmt.Fprintf(b, "\n%s\n", md(cat.T("framework.catalogue.no_indicators")))
				continue
			}
			fmt.Fprintf(b, "\n| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
				md(cat.T("framework.catalogue.id")), md(cat.T("framework.catalogue.indicator")),
				md(cat.T("framework.catalogue.unit")), md(cat.T("framework.catalogue.direction")),
				md(cat.T("framework.catalogue.formula")))
			for _, d := range defs {
				fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s |\n", d.ID, md(d.Label.In(lang)),
					md(cat.T("framework.unit."+d.Unit)), md(cat.T("framework.direction."+d.Direction)),
					md(d.Formula.In(lang)))
			}
		}
	}
}

// oneLine folds white space (line breaks included) into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `#`, `\#`)

// md makes s inert one-line Markdown text (safe inside a table cell).
func md(s string) string { return mdEscaper.Replace(oneLine(s)) }

func writeYAML(b *bytes.Buffer, fw *report.Framework, cat *msg.Catalog) error {
	root := mapping(false, kv{"name", str(fw.Name)}, kv{"version", str(fw.Version)})
	if fw.Citation != "" {
		root.Content = append(root.Content, str("citation"), str(fw.Citation))
	}
	root.HeadComment = cat.T("framework.yaml_header")
	stages := &yaml.Node{Kind: yaml.SequenceNode}
	for _, st := range fw.Stages {
		sn := mapping(false, kv{"id", str(st.ID)}, kv{"label", textNode(st.Label, true)})
		if st.Description != (report.Text{}) {
			sn.Content = append(sn.Content, str("description"), textNode(st.Description, false))
		}
		subs := &yaml.Node{Kind: yaml.SequenceNode}
		for _, sc := range st.Subcomponents {
			n := mapping(false, kv{"id", str(sc.ID)}, kv{"label", textNode(sc.Label, true)})
			if sc.Description != (report.Text{}) {
				n.Content = append(n.Content, str("description"), textNode(sc.Description, false))
			}
			subs.Content = append(subs.Content, n)
		}
		sn.Content = append(sn.Content, str("subcomponents"), subs)
		stages.Content = append(stages.Content, sn)
	}
	inds := &yaml.Node{Kind: yaml.SequenceNode}
	for _, d := range fw.Indicators {
		inds.Content = append(inds.Content, mapping(false,
			kv{"id", str(d.ID)},
			kv{"subcomponent", str(d.Subcomponent)},
			kv{"label", textNode(d.Label, true)},
			kv{"formula", textNode(d.Formula, false)},
			kv{"unit", str(d.Unit)},
			kv{"direction", str(d.Direction)},
		))
	}
	root.Content = append(root.Content, str("stages"), stages, str("indicators"), inds)
	enc := yaml.NewEncoder(b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return err
	}
	return enc.Close()
}

// str is a string scalar; yaml.v3 quotes it when it would read as another type.
func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// kv is one key and value of a mapping node.
type kv struct {
	k string
	v *yaml.Node
}

func mapping(flow bool, pairs ...kv) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	if flow {
		n.Style = yaml.FlowStyle
	}
	for _, p := range pairs {
		n.Content = append(n.Content, str(p.k), p.v)
	}
	return n
}

// textNode writes {id: …, en: …}: on one line for short labels, as a block for long texts.
func textNode(t report.Text, flow bool) *yaml.Node {
	return mapping(flow, kv{"id", str(t.ID)}, kv{"en", str(t.EN)})
}
