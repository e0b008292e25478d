package wml

import (
	"fmt"
	"strings"
)

// pstyle is a paragraph style; names are Word's built-in names so Word
// treats them as its own (navigation pane, TOC, table of figures).
type pstyle struct {
	id, name, basedOn, next string
	outline                 int // 0 none, else outline level + 1
	ppr, rpr                string
}

func (w *writer) paragraphStyles() []pstyle {
	h1 := `<w:keepNext/><w:keepLines/>`
	if w.doc.ChapterPage {
		h1 += `<w:pageBreakBefore/>`
	}
	return []pstyle{
		{id: "Normal", name: "Normal", ppr: `<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>`},
		{id: StyleTitle, name: "Title", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:before="240" w:after="240"/>`, rpr: `<w:b/><w:color w:val="1D4E89"/><w:sz w:val="48"/><w:szCs w:val="48"/>`},
		{id: StyleSubtitle, name: "Subtitle", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:after="240"/>`, rpr: `<w:color w:val="5B7083"/><w:sz w:val="28"/><w:szCs w:val="28"/>`},
		{id: StyleH1, name: "heading 1", basedOn: "Normal", next: "Normal", outline: 1, ppr: h1 + `<w:spacing w:before="360" w:after="160"/>`, rpr: `<w:b/><w:color w:val="1D4E89"/><w:sz w:val="32"/><w:szCs w:val="32"/>`},
		{id: StyleH2, name: "heading 2", basedOn: "Normal", next: "Normal", outline: 2, ppr: `<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>`, rpr: `<w:b/><w:color w:val="1D4E89"/><w:sz w:val="26"/><w:szCs w:val="26"/>`},
		{id: StyleH3, name: "heading 3", basedOn: "Normal", next: "Normal", outline: 3, ppr: `<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/>`, rpr: `<w:b/><w:sz w:val="22"/><w:szCs w:val="22"/>`},
		{id: StyleCaption, name: "caption", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:before="120" w:after="60"/>`, rpr: `<w:b/><w:color w:val="1D4E89"/><w:sz w:val="18"/><w:szCs w:val="18"/>`},
		{id: StyleQuote, name: "Quote", basedOn: "Normal", next: "Normal", ppr: `<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="2A9D8F"/></w:pBdr><w:spacing w:before="120" w:after="40"/><w:ind w:left="567" w:right="567"/>`, rpr: `<w:i/><w:color w:val="333333"/>`},
		{id: "QuoteSource", name: "Quote Source", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:after="160"/><w:ind w:left="567" w:right="567"/>`, rpr: `<w:color w:val="5B7083"/><w:sz w:val="18"/><w:szCs w:val="18"/>`},
		{id: StyleSource, name: "Source", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:before="40" w:after="200"/>`, rpr: `<w:i/><w:color w:val="5B7083"/><w:sz w:val="16"/><w:szCs w:val="16"/>`},
		{id: StyleSmall, name: "Small", basedOn: "Normal", ppr: `<w:spacing w:after="80"/>`, rpr: `<w:sz w:val="16"/><w:szCs w:val="16"/>`},
		{id: "TableText", name: "Table Text", basedOn: "Normal", ppr: `<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>`, rpr: `<w:sz w:val="18"/><w:szCs w:val="18"/>`},
		{id: "ListParagraph", name: "List Paragraph", basedOn: "Normal", ppr: `<w:spacing w:after="60"/><w:ind w:left="720"/>`},
		{id: StyleTOCHead, name: "TOC Heading", basedOn: "Normal", next: "Normal", ppr: `<w:keepNext/><w:spacing w:before="240" w:after="120"/>`, rpr: `<w:b/><w:color w:val="1D4E89"/><w:sz w:val="32"/><w:szCs w:val="32"/>`},
		{id: "TOC1", name: "toc 1", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:after="60"/>`, rpr: `<w:b/>`},
		{id: "TOC2", name: "toc 2", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:after="40"/><w:ind w:left="220"/>`},
		{id: "TOC3", name: "toc 3", basedOn: "Normal", next: "Normal", ppr: `<w:spacing w:after="40"/><w:ind w:left="440"/>`},
		{id: "Header", name: "header", basedOn: "Normal", ppr: `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr><w:spacing w:after="0"/>`, rpr: `<w:color w:val="5B7083"/><w:sz w:val="16"/><w:szCs w:val="16"/>`},
		{id: "Footer", name: "footer", basedOn: "Normal", ppr: `<w:spacing w:after="0"/>`, rpr: `<w:color w:val="5B7083"/><w:sz w:val="16"/><w:szCs w:val="16"/>`},
	}
}

func (w *writer) stylesXML() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	lang := w.doc.Lang
	if lang == "" {
		lang = "en-US"
	}
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="` + esc(lang) + `"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	for _, s := range w.paragraphStyles() {
		def := ""
		if s.id == "Normal" {
			def = ` w:default="1"`
		}
		fmt.Fprintf(&b, `<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>`, def, s.id, s.name)
		if s.basedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + s.basedOn + `"/>`)
		}
		if s.next != "" {
			b.WriteString(`<w:next w:val="` + s.next + `"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		ppr := s.ppr
		if s.outline > 0 {
			ppr += fmt.Sprintf(`<w:outlineLvl w:val="%d"/>`, s.outline-1)
		}
		if ppr != "" {
			b.WriteString(`<w:pPr>` + ppr + `</w:pPr>`)
		}
		if s.rpr != "" {
			b.WriteString(`<w:rPr>` + s.rpr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="1D4E89"/><w:u w:val="single"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:styleId="RaporTable"><w:name w:val="Rapor Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1D4E89"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1D4E89"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="D9D9D9"/></w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
		`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1D4E89"/></w:tcPr></w:tblStylePr>` +
		`<w:tblStylePr w:type="band2Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F5FA"/></w:tcPr></w:tblStylePr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:styleId="PlainTable"><w:name w:val="Plain Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}
