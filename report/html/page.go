package html

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/rapor-id/rapor/report/doc"
)

// page is what the template shows: the document, the assets, and the
// chart options and narratives this package renders (the only things it
// makes itself: markup and ECharts options, no content).
type page struct {
	Doc      *doc.Document
	Lang     string
	Header   template.HTML // comment header (tool and ECharts attribution)
	CSS      template.CSS
	ECharts  template.JS // "" when not embedded
	LocaleJS template.JS
	HelperJS template.JS
	NoCharts bool // ECharts missing: tables replace the charts
	TOC      []link
	Sections []sectionView
	Radar    *figureView
	Brief    []blockView // the briefing's narratives
	// PageOf is the printed page's footer line with the browser's page
	// number placeholders ("Halaman <span class=pageNumber>…").
	PageOf template.HTML
}

// pageOf fills the "Halaman %s dari %s" label with the placeholders the
// browser's PDF footer replaces by the page number and the page count.
func pageOf(label string) template.HTML {
	if strings.Count(label, "%s") != 2 {
		return ""
	}
	return template.HTML(fmt.Sprintf(template.HTMLEscapeString(label),
		`<span class="pageNumber"></span>`, `<span class="totalPages"></span>`))
}

type link struct{ ID, Text string }

// sectionView is a section with its heading level and rendered blocks.
type sectionView struct {
	doc.Section
	Level  int // 2 = chapter, 3 = sub-section, …
	Blocks []blockView
	Subs   []sectionView
}

// blockView is a block with its figure options or narrative HTML.
type blockView struct {
	doc.Block
	Fig *figureView
	MD  *narrativeView
}

// figureView is a figure with its chart option.
type figureView struct {
	*doc.Figure
	Fmt    string // the helper's number format
	Option template.JS
	Draw   bool
}

// narrativeView is a narrative rendered to HTML, or the problem instead.
type narrativeView struct {
	Path    string
	HTML    template.HTML // rendered by goldmark (safe settings) or Options.Markdown
	Problem string
	Note    string
}

// builder renders the parts of the page that are markup.
type builder struct {
	d        *doc.Document
	draw     bool
	md       func(string) (string, error)
	warnings []string
}

func (b *builder) sections(ss []doc.Section, level int) ([]sectionView, error) {
	var out []sectionView
	for _, s := range ss {
		v := sectionView{Section: s, Level: min(level, 6)}
		var err error
		if v.Blocks, err = b.blocks(s.Blocks); err != nil {
			return nil, err
		}
		if v.Subs, err = b.sections(s.Sections, level+1); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (b *builder) blocks(bs []doc.Block) ([]blockView, error) {
	out := make([]blockView, 0, len(bs))
	for _, bl := range bs {
		v := blockView{Block: bl}
		if bl.Figure != nil {
			f, err := b.figure(bl.Figure)
			if err != nil {
				return nil, err
			}
			v.Fig = f
		}
		if bl.Narrative != nil {
			v.MD = b.narrative(*bl.Narrative)
		}
		out = append(out, v)
	}
	return out, nil
}

// figure builds the chart option of f.
func (b *builder) figure(f *doc.Figure) (*figureView, error) {
	opt, err := chartOption(f)
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", f.ID, err)
	}
	return &figureView{Figure: f, Fmt: unitFmt(f.Unit), Option: opt, Draw: b.draw}, nil
}

// narrative renders one narrative; a failure becomes a visible notice and a
// warning, never an error of the whole report.
func (b *builder) narrative(n doc.Narrative) *narrativeView {
	out := &narrativeView{Path: n.Path, Note: n.Note}
	if len(n.Markdown) > MaxMarkdown {
		out.Problem = fmt.Sprintf(b.d.Labels.NarrativeTooLarge, n.Path)
		b.warnings = append(b.warnings, out.Problem)
		return out
	}
	h, err := b.md(n.Markdown)
	if err != nil {
		out.Problem = fmt.Sprintf(b.d.Labels.NarrativeFailed, n.Path)
		b.warnings = append(b.warnings, fmt.Sprintf("%s: %v", out.Problem, err))
		return out
	}
	out.HTML = template.HTML(h)
	return out
}

// toc links the briefing and every chapter.
func (b *builder) toc(ss []doc.Section) []link {
	out := []link{{"summary", b.d.Labels.Summary}}
	for _, s := range ss {
		t := s.Title
		if s.Number != "" {
			t = s.Number + ". " + t
		}
		out = append(out, link{s.ID, t})
	}
	return out
}

// chartIDs lists the chart ids of p in page order (the template's order).
func (p *page) chartIDs() []string {
	var ids []string
	if p.Radar != nil {
		ids = append(ids, p.Radar.ID)
	}
	var walk func([]sectionView)
	walk = func(ss []sectionView) {
		for _, s := range ss {
			for _, bl := range s.Blocks {
				if bl.Fig != nil {
					ids = append(ids, bl.Fig.ID)
				}
			}
			walk(s.Subs)
		}
	}
	walk(p.Sections)
	return ids
}

// unitFmt maps a value unit to the chart helper's formatter.
func unitFmt(unit string) string {
	switch unit {
	case doc.UnitCount:
		return "count"
	case doc.UnitRatio:
		return "ratio"
	case doc.UnitScore:
		return "pct100"
	case doc.UnitPP:
		return "pp"
	}
	return "dec1"
}
