package html

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/rapor-id/rapor/report/doc"
)

// linkTpl renders a linked cell's text: html/template filters and
// normalises the URL (a javascript: link becomes harmless) and escapes the
// text, exactly as in the page template.
var linkTpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("link").Parse(`<a href="{{.Link}}" rel="noopener noreferrer">{{.Text}}</a>`))
})

// tableRows renders the body rows of a table, one <tr> and a newline per
// row, each cell with its class (cellClass). With labels (the report's
// tables) a cell also carries its column's label as data-label, for the
// narrow-screen layout, and its link; without (a figure's data table) it is
// text only. It is the
// page template's inner loop written in Go, for speed: a report has
// thousands of cells. Text is escaped as html/template escapes it
// (htmlEsc); links go through html/template (linkTpl).
func tableRows(cols []doc.Column, rows [][]doc.Cell, labels bool) (template.HTML, error) {
	var b strings.Builder
	var lb bytes.Buffer
	for _, row := range rows {
		b.WriteString("<tr>")
		for i, c := range row {
			if i >= len(cols) {
				return "", fmt.Errorf("html: table row has %d cells for %d columns", len(row), len(cols))
			}
			b.WriteString("<td")
			if labels {
				b.WriteString(` data-label="`)
				htmlEsc(&b, cols[i].Label)
				b.WriteString(`"`)
			}
			if cls := cellClass(c, cols[i]); cls != "" {
				b.WriteString(` class="`)
				htmlEsc(&b, cls)
				b.WriteString(`"`)
			}
			b.WriteString(">")
			if labels && c.Link != "" {
				lb.Reset()
				if err := linkTpl().Execute(&lb, c); err != nil {
					return "", err
				}
				b.Write(lb.Bytes())
			} else {
				htmlEsc(&b, c.Text)
			}
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	return template.HTML(b.String()), nil //nolint:gosec // every piece of text above is escaped
}

// htmlEsc writes s escaped for HTML text and quoted attribute values, byte
// for byte as html/template escapes a string there: & < > " ' + replaced by
// entities, NUL by U+FFFD, everything else (invalid UTF-8 too) kept.
func htmlEsc(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case 0:
			r = "\uFFFD"
		case '"':
			r = "&#34;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	b.WriteString(s[last:])
}
