package html

import (
	"bytes"
	"errors"
	"html/template"
	"io"

	"github.com/rapor-id/rapor/report"
)

// Options select the report language and, optionally, the Markdown renderer.
type Options struct {
	Lang string // "id" (default) or "en"
	// Markdown renders a narrative's Markdown to HTML. Its output is trusted
	// as markup, so it must be safe (no raw HTML, filtered URLs). nil uses
	// this package's goldmark renderer.
	Markdown func(src string) (string, error)
}

// pageTpl is the report page (parsed once; templates are safe for
// concurrent use).
var pageTpl = template.Must(template.New("page.tmpl").Funcs(template.FuncMap{
	"inc": func(i int) int { return i + 1 },
	"t":   func(key string) string { return key }, // replaced per render
}).ParseFS(staticFS, "page.tmpl"))

// Render writes the report page for r to w. It returns warnings (in the
// report language), for example when ECharts is not embedded and the charts
// are replaced by their data tables, or when a narrative was left out. User
// text is never part of the markup: html/template escapes it.
func Render(w io.Writer, r *report.Report, opt Options) ([]string, error) {
	return render(w, r, opt, echartsJS())
}

// render is Render with the ECharts source given ("" = not embedded).
func render(w io.Writer, r *report.Report, opt Options, js string) ([]string, error) {
	if r == nil {
		return nil, errors.New("html: no report")
	}
	p, warnings, err := build(r, opt, js)
	if err != nil {
		return nil, err
	}
	tpl, err := pageTpl.Clone()
	if err != nil {
		return nil, err
	}
	l := p.loc
	tpl.Funcs(template.FuncMap{"t": func(key string) string { return l.T(key) }})
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, p); err != nil {
		return nil, err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return warnings, nil
}

// ChartIDs returns the ids of the charts Render emits for r, in page order.
// The list is the same in both languages and whether or not ECharts is
// embedded (without it each chart's figure keeps its id on the data table).
func ChartIDs(r *report.Report) []string {
	if r == nil {
		return nil
	}
	p, _, err := build(r, Options{Lang: r.Meta.Language}, echartsJS())
	if err != nil {
		return nil
	}
	return p.chartIDs()
}

// build makes the page model.
func build(r *report.Report, opt Options, js string) (*page, []string, error) {
	lang := opt.Lang
	if lang == "" {
		lang = r.Meta.Language
	}
	l, err := newLoc(lang)
	if err != nil {
		return nil, nil, err
	}
	b := &builder{r: r, l: l, draw: js != "", md: opt.Markdown}
	if b.md == nil {
		b.md = newMarkdown(2).render
	}
	p := &page{
		loc:      l,
		Lang:     l.lang,
		Header:   template.HTML(commentHeader(versionOr(r.Meta.Version), js != "")),
		CSS:      template.CSS(staticFile("style.css")),
		HelperJS: template.JS(staticFile("chart.js")),
		NoCharts: js == "",
	}
	if js != "" {
		p.ECharts = template.JS(js)
		p.LocaleJS = template.JS(staticFile("locale_id.js"))
	} else {
		b.warnings = append(b.warnings, l.T("warn.no_echarts"))
	}
	stages := b.stages()
	p.Cover = b.cover(stages)
	p.Title = p.Cover.Title
	if p.Summary, err = b.summary(stages); err != nil {
		return nil, nil, err
	}
	for _, n := range r.Narratives {
		if n.Stage == "" || !stageKnown(stages, n.Stage) {
			p.Summary.Narratives = append(p.Summary.Narratives, b.renderNarrative(n))
		}
	}
	placed, err := b.stageCharts()
	if err != nil {
		return nil, nil, err
	}
	p.Chapters, p.Other = b.chapters(stages, placed, b.breakdownTables())
	if p.Monthly, err = b.monthly(); err != nil {
		return nil, nil, err
	}
	p.Tri = b.triangulation()
	p.Method = b.methodology(stages)
	if p.Appendix, err = b.appendix(); err != nil {
		return nil, nil, err
	}
	p.TOC = b.toc(p)
	p.Generated = l.T("generated", versionOr(r.Meta.Version))
	return p, b.warnings, nil
}

func stageKnown(stages []stageDef, id string) bool {
	for _, s := range stages {
		if s.ID == id {
			return true
		}
	}
	return false
}

func (b *builder) toc(p *page) []link {
	out := []link{{"summary", b.l.T("summary.title")}}
	for _, ch := range p.Chapters {
		out = append(out, link{ch.ID, ch.Title})
	}
	if p.Other != nil {
		out = append(out, link{p.Other.ID, p.Other.Title})
	}
	if p.Monthly != nil {
		out = append(out, link{"monthly", b.l.T("monthly.title")})
	}
	out = append(out, link{"triangulation", b.l.T("tri.title")}, link{"methodology", b.l.T("method.title")},
		link{"appendix", b.l.T("appendix.title")})
	return out
}
