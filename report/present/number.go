package present

import (
	"strconv"

	"github.com/rapor-id/rapor/report/doc"
)

// numberer numbers tables and figures per chapter ("2.1", "2.2", …).
type numberer struct {
	chap            string
	tables, figures int
}

// chapter starts the numbering of chapter n ("2", "A").
func (n *numberer) chapter(c string) { n.chap, n.tables, n.figures = c, 0, 0 }

// table returns the caption of the next table of the chapter.
func (b *builder) tableCaption(title, sourceKey string) doc.Caption {
	b.num.tables++
	no := b.num.chap + "." + strconv.Itoa(b.num.tables)
	return doc.Caption{ID: "tab-" + safeID(no), Number: no, Label: b.l.T("caption.table", no), Title: title,
		Source: b.l.T("source." + sourceKey)}
}

// figureCaption returns the caption of the next figure of the chapter; id
// is the figure's fixed chart id.
func (b *builder) figureCaption(id, title, sourceKey string) doc.Caption {
	b.num.figures++
	no := b.num.chap + "." + strconv.Itoa(b.num.figures)
	return doc.Caption{ID: id, Number: no, Label: b.l.T("caption.figure", no), Title: title,
		Source: b.l.T("source." + sourceKey)}
}

// safeID keeps [a-z0-9_] of s (other characters become "_").
func safeID(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
			out = append(out, c)
		case c >= 'A' && c <= 'Z':
			out = append(out, c+'a'-'A')
		default:
			out = append(out, '_')
		}
	}
	return string(out)
}

// contents lists every numbered table and figure in reading order.
func (b *builder) contents() []doc.Ref {
	var out []doc.Ref
	add := func(kind string, c doc.Caption) {
		out = append(out, doc.Ref{Kind: kind, ID: c.ID, Label: c.Label, Title: c.Title})
	}
	if f := b.d.Briefing.Radar; f != nil {
		add("figure", f.Caption)
	}
	var walk func([]doc.Section)
	walk = func(ss []doc.Section) {
		for _, s := range ss {
			for _, bl := range s.Blocks {
				if bl.Table != nil {
					add("table", bl.Table.Caption)
				}
				if bl.Figure != nil {
					add("figure", bl.Figure.Caption)
				}
			}
			walk(s.Sections)
		}
	}
	walk(b.d.Sections)
	return out
}

// contentsSection is the appendix's list of tables and figures.
func (b *builder) contentsSection(refs []doc.Ref) doc.Section {
	var tables, figures []doc.Fact
	for _, r := range refs {
		f := doc.Fact{Label: r.Label, Text: r.Title}
		if r.Kind == "table" {
			tables = append(tables, f)
		} else {
			figures = append(figures, f)
		}
	}
	s := doc.Section{ID: "contents", Title: b.l.T("appendix.contents")}
	if len(tables) > 0 {
		s.Blocks = append(s.Blocks, doc.Block{Facts: tables})
	}
	if len(figures) > 0 {
		s.Blocks = append(s.Blocks, doc.Block{Facts: figures})
	}
	return s
}
