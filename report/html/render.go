package html

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"regexp"
	"sync"

	"github.com/rapor-id/rapor/report/doc"
)

// Options select the Markdown renderer.
type Options struct {
	// Markdown renders a narrative's Markdown to HTML. Its output is trusted
	// as markup, so it must be safe (no raw HTML, filtered URLs). nil uses
	// this package's goldmark renderer.
	Markdown func(src string) (string, error)
}

// pageTpl returns the report page template, parsed once on first use
// rather than at start-up (templates are safe for concurrent use).
var pageTpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page.tmpl").Funcs(template.FuncMap{
		"tableRows": tableRows,
		"safeURL":   logoURL,
	}).ParseFS(staticFS, "page.tmpl"))
})

// Render writes the report page of the document d to w. It returns
// warnings (in the report language), for example when ECharts is not
// embedded and the charts are replaced by their data tables, or when a
// narrative was left out. It decides nothing about content: every word and
// number comes from d. User text is never part of the markup: html/template
// escapes it.
func Render(w io.Writer, d *doc.Document, opt Options) ([]string, error) {
	return render(w, d, opt, echartsJS())
}

// render is Render with the ECharts source given ("" = not embedded).
func render(w io.Writer, d *doc.Document, opt Options, js string) ([]string, error) {
	if d == nil {
		return nil, errors.New("html: no document")
	}
	p, warnings, err := build(d, opt, js)
	if err != nil {
		return nil, err
	}
	if p.ECharts != "" {
		p.ECharts = echartsMark
	}
	var buf bytes.Buffer
	buf.Grow(1 << 19) // the page without ECharts: no regrowth
	if err := pageTpl().Execute(&buf, p); err != nil {
		return nil, err
	}
	page := buf.Bytes()
	if p.ECharts != "" {
		// The megabyte of ECharts goes to w as it is, not through the page
		// buffer. The mark's first occurrence is in <head>: only the comment
		// header, the style sheet and the escaped title come before it.
		before, after, ok := bytes.Cut(page, []byte(echartsMark))
		if !ok {
			return nil, errors.New("html: page template lost the ECharts script")
		}
		if _, err := w.Write(before); err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, js); err != nil {
			return nil, err
		}
		page = after
	}
	if _, err := w.Write(page); err != nil {
		return nil, err
	}
	return warnings, nil
}

// echartsMark stands for the ECharts source in the executed page; the NUL
// bytes keep escaped user text from ever spelling it.
const echartsMark = "\x00rapor:echarts\x00"

// ChartIDs returns the ids of the charts Render emits for d, in page order.
// The list is the same in both languages and whether or not ECharts is
// embedded (without it each chart's figure keeps its id on the data table).
func ChartIDs(d *doc.Document) []string {
	if d == nil {
		return nil
	}
	p, _, err := build(d, Options{}, echartsJS())
	if err != nil {
		return nil
	}
	return p.chartIDs()
}

// build makes the page.
func build(d *doc.Document, opt Options, js string) (*page, []string, error) {
	b := &builder{d: d, draw: js != "", md: opt.Markdown}
	if b.md == nil {
		b.md = newMarkdown(2).render
	}
	b.warnings = append(b.warnings, d.Warnings...)
	p := &page{
		Doc:      d,
		Lang:     d.Lang,
		Header:   template.HTML(commentHeader(d.Cover.Version, js != "")),
		CSS:      template.CSS(staticFile("style.css")),
		HelperJS: template.JS(staticFile("chart.js")),
		NoCharts: js == "",
		PageOf:   pageOf(d.Labels.PageOf),
	}
	if js != "" {
		p.ECharts = template.JS(js)
		p.LocaleJS = template.JS(staticFile("locale_id.js"))
	} else {
		b.warnings = append(b.warnings, d.Labels.NoCharts)
	}
	var err error
	if d.Briefing.Radar != nil {
		if p.Radar, err = b.figure(d.Briefing.Radar); err != nil {
			return nil, nil, err
		}
	}
	for _, n := range d.Briefing.Narratives {
		p.Brief = append(p.Brief, blockView{MD: b.narrative(n)})
	}
	if p.Sections, err = b.sections(d.Sections, 2); err != nil {
		return nil, nil, err
	}
	p.TOC = b.toc(d.Sections)
	return p, b.warnings, nil
}

// logoRE accepts the data URIs rapor itself builds from a logo file.
var logoRE = regexp.MustCompile(`^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$`)

// logoURL passes a checked data:image URI as a URL the template keeps; any
// other text becomes an empty, harmless URL.
func logoURL(s string) template.URL {
	if logoRE.MatchString(s) {
		return template.URL(s)
	}
	return ""
}

// cellClass is the class of a table cell: num for number columns, the tone
// of a change, the status of a status cell, caption for long text.
func cellClass(c doc.Cell, col doc.Column) string {
	cls := ""
	add := func(s string) {
		if s == "" {
			return
		}
		if cls != "" {
			cls += " "
		}
		cls += s
	}
	if col.Num {
		add("num")
	}
	add(c.Tone)
	if c.Status != "" {
		add("nowrap status-" + c.Status)
	}
	if c.Link != "" || len(c.Text) > 80 {
		add("caption")
	}
	return cls
}
