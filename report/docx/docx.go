// Package docx renders rapor's document model (report/doc) as Word files:
// report.docx, the full report with the HTML's chapters, numbered tables
// and figures, and brief.docx, a two-page briefing for the office head.
// Charts are native Word charts with cached values and an embedded
// workbook; package wml writes the WordprocessingML.
package docx

import (
	"io"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/docx/wml"
	"github.com/rapor-id/rapor/report/msg"
)

// Options choose the page size and the message catalogue.
type Options struct {
	// Letter selects US Letter paper instead of A4 (`page: {size: Letter}`).
	Letter bool
	// Catalog is the build's message catalogue (nil: loaded for the
	// document's language).
	Catalog *msg.Catalog
}

// r holds what every part of a rendering needs.
type r struct {
	d   *doc.Document
	cat *msg.Catalog
	out []wml.Block
}

func newR(d *doc.Document, opt Options) (*r, error) {
	cat := opt.Catalog
	if cat == nil {
		var err error
		if cat, err = msg.Load(d.Lang); err != nil {
			return nil, err
		}
	}
	return &r{d: d, cat: cat}, nil
}

func (x *r) add(bs ...wml.Block) { x.out = append(x.out, bs...) }

func (x *r) document(opt Options, chapterPage bool) *wml.Document {
	page := wml.A4
	if opt.Letter {
		page = wml.Letter
	}
	lang := "id-ID"
	if x.d.Lang == "en" {
		lang = "en-GB"
	}
	// the running header: account and period (the subtitle), else the title
	header := x.d.Subtitle
	if header == "" {
		header = x.d.Title
	}
	return &wml.Document{Title: x.d.Title, Lang: lang, Page: page, Header: header,
		PageWord: x.cat.T("docx.page"), OfWord: x.cat.T("docx.of"), ChapterPage: chapterPage, Body: x.out}
}

// WriteReport writes report.docx: cover, table of contents, summary, every
// chapter of d with its numbered tables and figures, and the approval block.
func WriteReport(w io.Writer, d *doc.Document, opt Options) error {
	x, err := newR(d, opt)
	if err != nil {
		return err
	}
	x.cover()
	x.toc()
	x.summary()
	for i := range d.Sections {
		x.section(&d.Sections[i], 1)
	}
	x.approval()
	return wml.Write(w, x.document(opt, true))
}

func para(style, text string) *wml.Paragraph {
	return &wml.Paragraph{Style: style, Runs: []wml.Run{{Text: text}}}
}

// caption turns the model's caption into a Word caption with a SEQ field,
// or nil when the label is not "Word C.N" (then the caption is literal).
func caption(c doc.Caption) (*wml.Caption, *wml.Paragraph) {
	word := strings.TrimSuffix(c.Label, " "+c.Number)
	chapter, n := "", c.Number
	if i := strings.LastIndex(c.Number, "."); i >= 0 {
		chapter, n = c.Number[:i], c.Number[i+1:]
	}
	num, err := strconv.Atoi(n)
	if err != nil || word == c.Label || !isWord(word) || strings.ContainsAny(chapter, " \\\"") {
		text := c.Label
		if c.Title != "" {
			text += ". " + c.Title
		}
		return nil, &wml.Paragraph{Style: wml.StyleCaption, Runs: []wml.Run{{Text: text}}, KeepNext: true}
	}
	return &wml.Caption{Label: word, Chapter: chapter, Number: num, Text: c.Title}, nil
}

func isWord(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return s != ""
}

// or returns the model's label, or the fallback when the model has none.
func or(label, fallback string) string {
	if label != "" {
		return label
	}
	return fallback
}
