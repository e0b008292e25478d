package docx

import (
	"strings"

	"github.com/rapor-id/rapor/report/docx/wml"
	"github.com/rapor-id/rapor/report/mdguard"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// mdParser parses narratives with the HTML report's extensions (tables,
// strikethrough, task lists, typographic quotes).
var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Typographer)).Parser()

// markdown converts a narrative into Word blocks through goldmark's AST:
// headings (shifted below level top), paragraphs, lists, block quotes, code,
// tables, emphasis and links. Raw HTML is dropped, as in the HTML report;
// nothing of the source becomes markup. A narrative over mdguard.MaxMarkdown
// gives ok=false.
func markdown(src string, top int) (blocks []wml.Block, ok bool) {
	if len(src) > mdguard.MaxMarkdown {
		return nil, false
	}
	source := []byte(mdguard.Neutralize(src))
	root := mdParser.Parse(text.NewReader(source))
	c := &mdConv{src: source, top: top}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		c.block(n, 0)
	}
	return c.out, true
}

type mdConv struct {
	src []byte
	top int // Word heading level of a Markdown "#"
	out []wml.Block
}

func (c *mdConv) block(n ast.Node, quote int) {
	switch x := n.(type) {
	case *ast.Heading:
		lvl := c.top + x.Level - 1
		style := wml.StyleH3
		if lvl <= 2 {
			style = []string{wml.StyleH1, wml.StyleH1, wml.StyleH2}[max(lvl, 1)]
		}
		c.out = append(c.out, &wml.Paragraph{Style: style, Runs: c.inlines(x, wml.Run{})})
	case *ast.Paragraph, *ast.TextBlock:
		style := wml.StyleNormal
		if quote > 0 {
			style = wml.StyleQuote
		}
		c.out = append(c.out, &wml.Paragraph{Style: style, Runs: c.inlines(n, wml.Run{})})
	case *ast.List:
		l := &wml.List{Ordered: x.IsOrdered()}
		c.listItems(x, 0, l)
		c.out = append(c.out, l)
	case *ast.Blockquote:
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			c.block(ch, quote+1)
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var b strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(c.src))
		}
		c.out = append(c.out, &wml.Paragraph{Runs: []wml.Run{{Text: strings.TrimRight(b.String(), "\n"), Code: true}}})
	case *east.Table:
		c.table(x)
	case *ast.ThematicBreak, *ast.HTMLBlock:
		// a rule has no Word equivalent worth keeping; raw HTML is dropped
	default:
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			c.block(ch, quote)
		}
	}
}

// listItems flattens a (nested) list into leveled items; an item's later
// paragraphs join its first with a line break.
func (c *mdConv) listItems(l *ast.List, level int, out *wml.List) {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		var runs []wml.Run
		var nested []*ast.List
		for ch := it.FirstChild(); ch != nil; ch = ch.NextSibling() {
			if sub, ok := ch.(*ast.List); ok {
				nested = append(nested, sub)
				continue
			}
			if len(runs) > 0 {
				runs = append(runs, wml.Run{Text: "\n"})
			}
			runs = append(runs, c.inlines(ch, wml.Run{})...)
		}
		out.Items = append(out.Items, wml.ListItem{Level: level, Runs: runs})
		for _, sub := range nested {
			c.listItems(sub, min(level+1, 2), out)
		}
	}
}

func (c *mdConv) table(t *east.Table) {
	tb := &wml.Table{}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []wml.Cell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			a := wml.Left
			if tc, ok := cell.(*east.TableCell); ok && tc.Alignment == east.AlignRight {
				a = wml.Right
			}
			cells = append(cells, wml.Cell{Text: runText(c.inlines(cell, wml.Run{})), Align: a})
		}
		if _, head := row.(*east.TableHeader); head {
			tb.Head = cells
		} else {
			tb.Rows = append(tb.Rows, cells)
		}
	}
	c.out = append(c.out, tb)
}

func runText(rs []wml.Run) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// inlines converts n's inline children into runs carrying the formatting
// of their ancestors (base).
func (c *mdConv) inlines(n ast.Node, base wml.Run) []wml.Run {
	var out []wml.Run
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		r := base
		switch x := ch.(type) {
		case *ast.Text:
			r.Text = string(x.Segment.Value(c.src))
			if x.HardLineBreak() {
				r.Text += "\n"
			} else if x.SoftLineBreak() {
				r.Text += " "
			}
			out = append(out, r)
		case *ast.String:
			r.Text = string(x.Value)
			out = append(out, r)
		case *ast.CodeSpan:
			r.Code = true
			out = append(out, c.inlines(x, r)...)
		case *ast.Emphasis:
			if x.Level >= 2 {
				r.Bold = true
			} else {
				r.Italic = true
			}
			out = append(out, c.inlines(x, r)...)
		case *ast.Link:
			r.URL = string(x.Destination)
			out = append(out, c.inlines(x, r)...)
		case *ast.AutoLink:
			r.URL = string(x.URL(c.src))
			r.Text = string(x.Label(c.src))
			out = append(out, r)
		case *ast.Image:
			out = append(out, c.inlines(x, r)...) // the alt text
		case *ast.RawHTML:
			// dropped, as in the HTML report
		default:
			out = append(out, c.inlines(ch, r)...)
		}
	}
	return out
}
