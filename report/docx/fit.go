package docx

import (
	"math"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report/docx/wml"
)

// fit estimates, conservatively, how much height (cm) Word or LibreOffice
// gives a block on a briefing page, so the briefing shows only what fits
// on its two pages. The estimate errs towards too tall: an average glyph
// is taken as 0.55 em wide and every line as 1.4 (body) or 1.25 (table)
// times the font size.
type fit struct {
	width float64 // text width, cm
	left  float64 // height left on the page, cm
}

const ptCm = 2.54 / 72 // one point in cm

// newFit starts a page of the given paper: A4 or Letter minus the 2.5 cm
// margins and 1 cm kept free for rounding and the footer's spacing.
func newFit(opt Options) *fit {
	if opt.Letter {
		return &fit{width: 21.59 - 5, left: 27.94 - 5 - 1}
	}
	return &fit{width: 21.0 - 5, left: 29.7 - 5 - 1}
}

// take reserves h if it fits and reports whether it did.
func (f *fit) take(h float64) bool {
	if h > f.left {
		return false
	}
	f.left -= h
	return true
}

// textLines is the number of lines text takes at size pt in width cm.
func textLines(text string, size, width float64) int {
	perLine := math.Max(1, math.Floor(width/(size*ptCm*0.55)))
	n := utf8.RuneCountInString(text)
	return max(1, int(math.Ceil(float64(n)/perLine)))
}

// paraStyle is the size, extra height (spacing) and indent of a style.
func paraStyle(style string) (size, extra, indent float64) {
	switch style {
	case wml.StyleTitle:
		return 24, 0.85, 0
	case wml.StyleSubtitle:
		return 14, 0.45, 0
	case wml.StyleH1:
		return 16, 0.9, 0
	case wml.StyleH2:
		return 13, 0.7, 0
	case wml.StyleH3:
		return 11, 0.55, 0
	case wml.StyleSmall, wml.StyleSource:
		return 8, 0.2, 0
	case "TableText":
		return 9, 0.07, 0
	case wml.StyleQuote:
		return 10.5, 0.3, 2
	}
	return 10.5, 0.25, 0
}

func runsText(p *wml.Paragraph) (string, float64) {
	text, size := "", 0.0
	for _, r := range p.Runs {
		text += r.Text
		size = math.Max(size, float64(r.Size))
	}
	return text, size
}

// paraHeight estimates a paragraph in width cm.
func paraHeight(p *wml.Paragraph, width float64) float64 {
	size, extra, indent := paraStyle(p.Style)
	text, runSize := runsText(p)
	if runSize > 0 {
		size = runSize
	}
	lineH := 1.4
	if p.Style == "TableText" {
		lineH = 1.25
	}
	h := float64(textLines(text, size, width-indent))*size*ptCm*lineH + extra + float64(p.SpaceBefore)*ptCm
	if p.Image != nil {
		h += p.Image.HeightCm
	}
	return h
}

// height estimates any block of the briefing.
func (f *fit) height(b wml.Block) float64 {
	switch x := b.(type) {
	case *wml.Paragraph:
		return paraHeight(x, f.width)
	case *wml.List:
		h := 0.0
		for _, it := range x.Items {
			h += paraHeight(&wml.Paragraph{Runs: it.Runs}, f.width-1.3-0.65*float64(it.Level)) - 0.1
		}
		return h
	case *wml.Table:
		return f.tableHeight(x)
	case *wml.Chart:
		h := x.HeightCm
		if h <= 0 {
			h = 7.5
		}
		return h + 0.3
	case *wml.Quote:
		return paraHeight(&wml.Paragraph{Style: wml.StyleQuote, Runs: []wml.Run{{Text: x.Text}}}, f.width) + 0.6
	}
	return 0
}

// tableHeight sums the rows, each as tall as its tallest cell, plus the
// caption, note, source and the spacer paragraph after the table.
func (f *fit) tableHeight(t *wml.Table) float64 {
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return 0
	}
	share := make([]float64, cols)
	sum := 0.0
	for i := range share {
		share[i] = 1
		if i < len(t.Widths) && t.Widths[i] > 0 {
			share[i] = float64(t.Widths[i])
		}
		sum += share[i]
	}
	row := func(cells []wml.Cell, head bool) float64 {
		h := 0.0
		for i, c := range cells {
			w := f.width*share[i]/sum - 0.35 // cell margins
			ch := 0.0
			if len(c.Paras) > 0 {
				for _, p := range c.Paras {
					ch += paraHeight(p, w)
				}
			} else {
				size := 9.0
				if c.Size > 0 {
					size = float64(c.Size)
				}
				ch = paraHeight(&wml.Paragraph{Style: "TableText", Runs: []wml.Run{{Text: c.Text, Size: int(size)}}}, w)
			}
			h = math.Max(h, ch)
		}
		return h + 0.15
	}
	h := 0.0
	if len(t.Head) > 0 {
		h += row(t.Head, true)
	}
	for _, r := range t.Rows {
		h += row(r, false)
	}
	for _, s := range []string{t.Note, t.Source} {
		if s != "" {
			h += paraHeight(&wml.Paragraph{Style: wml.StyleSource, Runs: []wml.Run{{Text: s}}}, f.width)
		}
	}
	if t.Caption != nil {
		h += 0.8
	}
	return h + 0.35
}
