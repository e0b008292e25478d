package wml

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// writer accumulates document.xml and the parts it refers to.
type writer struct {
	doc    *Document
	b      bytes.Buffer // word/document.xml, written as the body is
	rels   []rel        // document.xml.rels beyond the fixed ones
	charts []chartPart  // word/charts/chartN.xml in order
	images []*Image     // word/media/imageN.(png|jpeg) in order
	lists  []bool       // one w:num per list: ordered?
	shapes int          // wp:docPr ids
	// seqChapter is the chapter of the last caption per SEQ label.
	seqChapter map[string]string
}

type rel struct {
	ID, Type, Target string
	External         bool
}

const (
	relHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relChart     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
	relImage     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
)

func (w *writer) addRel(typ, target string, external bool) string {
	id := "rId" + strconv.Itoa(100+len(w.rels))
	w.rels = append(w.rels, rel{ID: id, Type: typ, Target: target, External: external})
	return id
}

// textWidth is the width between the margins in twips.
func (w *writer) textWidth() int {
	pw, _ := pageTwips(w.doc.Page)
	return pw - 2*marginTwips
}

func (w *writer) body() error {
	for _, bl := range w.doc.Body {
		var err error
		switch x := bl.(type) {
		case *Paragraph:
			w.para(x)
		case *List:
			w.list(x)
		case *Table:
			err = w.table(x)
		case *Chart:
			err = w.chart(x)
		case *Quote:
			w.quote(x)
		case *TOC:
			w.toc(x)
		case PageBreak:
			w.b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		default:
			err = fmt.Errorf("wml: unknown block %T", bl)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func jc(a Align) string {
	switch a {
	case Center:
		return `<w:jc w:val="center"/>`
	case Right:
		return `<w:jc w:val="right"/>`
	}
	return ""
}

// pPr writes paragraph properties in schema order.
func (w *writer) pPr(style string, keepNext, breakBefore bool, numID, level, before int, a Align) {
	w.b.WriteString("<w:pPr>")
	if style != "" && style != StyleNormal {
		w.b.WriteString(`<w:pStyle w:val="`)
		escTo(&w.b, style)
		w.b.WriteString(`"/>`)
	}
	if keepNext {
		w.b.WriteString("<w:keepNext/>")
	}
	if breakBefore {
		w.b.WriteString("<w:pageBreakBefore/>")
	}
	if numID > 0 {
		fmt.Fprintf(&w.b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, level, numID)
	}
	if before > 0 {
		fmt.Fprintf(&w.b, `<w:spacing w:before="%d"/>`, before*20)
	}
	w.b.WriteString(jc(a))
	w.b.WriteString("</w:pPr>")
}

func (w *writer) para(p *Paragraph) {
	w.b.WriteString("<w:p>")
	w.pPr(p.Style, p.KeepNext, p.PageBreakBefore, 0, 0, p.SpaceBefore, p.Align)
	if p.Image != nil && len(p.Image.Data) > 0 {
		w.image(p.Image)
	}
	w.runs(p.Runs)
	w.b.WriteString("</w:p>")
}

func (w *writer) runs(rs []Run) {
	for _, r := range rs {
		if u := safeURL(r.URL); u != "" {
			id := w.addRel(relHyperlink, u, true)
			w.b.WriteString(`<w:hyperlink r:id="` + id + `">`)
			r.URL = ""
			w.run(r, true)
			w.b.WriteString("</w:hyperlink>")
			continue
		}
		w.run(r, false)
	}
}

// run writes one run; newlines become line breaks and tabs tab characters.
func (w *writer) run(r Run, link bool) {
	w.b.WriteString("<w:r>")
	if r.Bold || r.Italic || r.Code || r.Size > 0 || link {
		w.b.WriteString("<w:rPr>")
		if link {
			w.b.WriteString(`<w:rStyle w:val="Hyperlink"/>`)
		}
		if r.Code {
			w.b.WriteString(`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`)
		}
		if r.Bold {
			w.b.WriteString("<w:b/>")
		}
		if r.Italic {
			w.b.WriteString("<w:i/>")
		}
		if r.Size > 0 {
			sz := strconv.Itoa(2 * r.Size)
			w.b.WriteString(`<w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/>`)
		}
		w.b.WriteString("</w:rPr>")
	}
	text := clean(r.Text)
	if !strings.ContainsAny(text, "\r\n\t") { // one piece of text
		if text != "" {
			w.b.WriteString(`<w:t xml:space="preserve">`)
			escTo(&w.b, text)
			w.b.WriteString(`</w:t>`)
		}
		w.b.WriteString("</w:r>")
		return
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			w.b.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				w.b.WriteString("<w:tab/>")
			}
			if part != "" {
				w.b.WriteString(`<w:t xml:space="preserve">` + esc(part) + `</w:t>`)
			}
		}
	}
	w.b.WriteString("</w:r>")
}

// field writes a complex field whose instruction is a constant built by
// this package and whose cached result is result.
func (w *writer) field(instr, result string, rPr string) {
	w.b.WriteString(`<w:r>` + rPr + `<w:fldChar w:fldCharType="begin"/></w:r>`)
	w.b.WriteString(`<w:r>` + rPr + `<w:instrText xml:space="preserve"> ` + esc(instr) + ` </w:instrText></w:r>`)
	w.b.WriteString(`<w:r>` + rPr + `<w:fldChar w:fldCharType="separate"/></w:r>`)
	w.b.WriteString(`<w:r>` + rPr + `<w:t xml:space="preserve">` + esc(result) + `</w:t></w:r>`)
	w.b.WriteString(`<w:r>` + rPr + `<w:fldChar w:fldCharType="end"/></w:r>`)
}

// caption writes "Label C.N: text" with N a SEQ field restarting at each
// Heading 1, so Word's table of figures lists it under Label.
func (w *writer) caption(c *Caption, keepNext bool) error {
	if !letters(c.Label) {
		return fmt.Errorf("wml: caption label %q is not a word of letters", c.Label)
	}
	w.b.WriteString("<w:p>")
	w.pPr(StyleCaption, keepNext, false, 0, 0, 0, Left)
	prefix := c.Label + " "
	if c.Chapter != "" {
		prefix += c.Chapter + "."
	}
	w.run(Run{Text: prefix}, false)
	// The first caption of a label in a chapter restarts the sequence
	// (\r 1, which LibreOffice honours too); later ones restart at each
	// Heading 1 (\s 1) when Word renumbers.
	instr := "SEQ " + c.Label + ` \* ARABIC`
	if w.seqChapter == nil {
		w.seqChapter = map[string]string{}
	}
	if last, seen := w.seqChapter[c.Label]; c.Chapter != "" && (!seen || last != c.Chapter) {
		instr += ` \r 1`
	} else if c.Chapter != "" {
		instr += ` \s 1`
	}
	w.seqChapter[c.Label] = c.Chapter
	w.field(instr, strconv.Itoa(c.Number), "")
	if c.Text != "" {
		w.run(Run{Text: ". " + c.Text}, false)
	}
	w.b.WriteString("</w:p>")
	return nil
}

func (w *writer) sourceLine(s string, keepNext bool) {
	if s == "" {
		return
	}
	w.para(&Paragraph{Style: StyleSource, Runs: []Run{{Text: s}}, KeepNext: keepNext})
}

func (w *writer) list(l *List) {
	w.lists = append(w.lists, l.Ordered)
	numID := len(w.lists)
	for _, it := range l.Items {
		lvl := it.Level
		if lvl < 0 {
			lvl = 0
		}
		if lvl > 2 {
			lvl = 2
		}
		w.b.WriteString("<w:p>")
		w.pPr("ListParagraph", false, false, numID, lvl, 0, Left)
		w.runs(it.Runs)
		w.b.WriteString("</w:p>")
	}
}

func (w *writer) quote(q *Quote) {
	w.para(&Paragraph{Style: StyleQuote, Runs: []Run{{Text: q.Text}}, KeepNext: q.Attribution != ""})
	if q.Attribution != "" {
		w.para(&Paragraph{Style: "QuoteSource", Align: Right, Runs: []Run{{Text: "— " + q.Attribution}}})
	}
}

func (w *writer) toc(t *TOC) {
	if t.Title != "" {
		w.para(&Paragraph{Style: StyleTOCHead, Runs: []Run{{Text: t.Title}}})
	}
	instr := `TOC \o "1-3" \h \z \u`
	for i, e := range t.Entries {
		lvl := e.Level
		if lvl < 1 || lvl > 3 {
			lvl = 1
		}
		w.b.WriteString("<w:p>")
		w.pPr("TOC"+strconv.Itoa(lvl), false, false, 0, 0, 0, Left)
		if i == 0 {
			w.b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + esc(instr) + ` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		w.run(Run{Text: e.Text}, false)
		if i == len(t.Entries)-1 {
			w.b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		w.b.WriteString("</w:p>")
	}
	if len(t.Entries) == 0 {
		w.b.WriteString("<w:p>")
		w.field(instr, " ", "")
		w.b.WriteString("</w:p>")
	}
}

// imageName is the media part name of the n-th image (1-based).
func imageName(n int, im *Image) string {
	ext := ".png"
	if im.JPEG {
		ext = ".jpeg"
	}
	return "media/image" + strconv.Itoa(n) + ext
}

// image writes an inline picture run.
func (w *writer) image(im *Image) {
	w.images = append(w.images, im)
	n := len(w.images)
	id := w.addRel(relImage, imageName(n, im), false)
	cx, cy := int64(im.WidthCm*emuPerCm), int64(im.HeightCm*emuPerCm)
	w.shapes++
	fmt.Fprintf(&w.b, `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Picture %d"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="%d" name="Picture %d"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
		cx, cy, w.shapes, n, w.shapes, n, id, cx, cy)
}
