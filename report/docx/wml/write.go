package wml

import (
	"archive/zip"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// marginTwips is 2.5 cm.
const marginTwips = 1417

func pageTwips(p PageSize) (w, h int) {
	if p == Letter {
		return 12240, 15840
	}
	return 11906, 16838
}

// Write renders d as a .docx package to out.
func Write(out io.Writer, d *Document) error {
	w := &writer{doc: d}
	w.b.Grow(256 << 10)
	w.b.WriteString(xmlHead + `<w:document ` + wNS + `><w:body>`)
	if err := w.body(); err != nil {
		return err
	}
	w.endDocument()
	type part struct {
		name string
		data []byte
	}
	parts := []part{
		{"[Content_Types].xml", []byte(w.contentTypes())},
		{"_rels/.rels", []byte(rootRels)},
		{"docProps/app.xml", []byte(appXML)},
		{"docProps/core.xml", []byte(w.coreXML())},
		{"word/document.xml", w.b.Bytes()},
		{"word/_rels/document.xml.rels", []byte(w.documentRels())},
		{"word/styles.xml", []byte(w.stylesXML())},
		{"word/settings.xml", []byte(settingsXML)},
		{"word/numbering.xml", []byte(w.numberingXML())},
		{"word/header1.xml", []byte(w.headerXML())},
		{"word/footer1.xml", []byte(w.footerXML())},
	}
	for i, c := range w.charts {
		n := strconv.Itoa(i + 1)
		parts = append(parts,
			part{"word/charts/chart" + n + ".xml", c.xml},
			part{"word/charts/_rels/chart" + n + ".xml.rels", []byte(chartRels(n))},
			part{"word/embeddings/Microsoft_Excel_Worksheet" + n + ".xlsx", c.xlsx},
		)
	}
	for i, im := range w.images {
		parts = append(parts, part{"word/" + imageName(i+1, im), im.Data})
	}
	z := zip.NewWriter(out)
	for _, p := range parts {
		// no Modified time: the entry carries DOS time 0, the same in every run
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := f.Write(p.data); err != nil {
			return err
		}
	}
	return z.Close()
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const rootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`

const appXML = xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>rapor</Application></Properties>`

func chartRels(n string) string {
	return xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet` + n + `.xlsx"/></Relationships>`
}

func (w *writer) contentTypes() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	png, jpeg := false, false
	for _, im := range w.images {
		png, jpeg = png || !im.JPEG, jpeg || im.JPEG
	}
	if jpeg {
		b.WriteString(`<Default Extension="jpeg" ContentType="image/jpeg"/>`)
	}
	if png {
		b.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	}
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	o := func(name, typ string) {
		b.WriteString(`<Override PartName="/` + name + `" ContentType="application/vnd.openxmlformats-` + typ + `"/>`)
	}
	o("docProps/app.xml", "officedocument.extended-properties+xml")
	o("docProps/core.xml", "package.core-properties+xml")
	o("word/document.xml", "officedocument.wordprocessingml.document.main+xml")
	o("word/styles.xml", "officedocument.wordprocessingml.styles+xml")
	o("word/settings.xml", "officedocument.wordprocessingml.settings+xml")
	o("word/numbering.xml", "officedocument.wordprocessingml.numbering+xml")
	o("word/header1.xml", "officedocument.wordprocessingml.header+xml")
	o("word/footer1.xml", "officedocument.wordprocessingml.footer+xml")
	for i := range w.charts {
		o("word/charts/chart"+strconv.Itoa(i+1)+".xml", "officedocument.drawingml.chart+xml")
	}
	b.WriteString(`</Types>`)
	return b.String()
}

func (w *writer) coreXML() string {
	return xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` +
		esc(w.doc.Title) + `</dc:title><dc:creator>rapor</dc:creator><dc:language>` + esc(w.doc.Lang) + `</dc:language></cp:coreProperties>`
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`

// endDocument closes word/document.xml (in w.b after the body) with the
// section properties.
func (w *writer) endDocument() {
	pw, ph := pageTwips(w.doc.Page)
	fmt.Fprintf(&w.b, `<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`,
		pw, ph, marginTwips, marginTwips, marginTwips, marginTwips)
	w.b.WriteString(`</w:body></w:document>`)
}

func (w *writer) documentRels() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	fixed := []rel{
		{"rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml", false},
		{"rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml", false},
		{"rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml", false},
		{"rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml", false},
		{"rId5", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml", false},
	}
	for _, r := range append(fixed, w.rels...) {
		b.WriteString(`<Relationship Id="` + r.ID + `" Type="` + r.Type + `" Target="` + esc(r.Target) + `"`)
		if r.External {
			b.WriteString(` TargetMode="External"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

const settingsXML = xmlHead + `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

func (w *writer) headerXML() string {
	h := &writer{doc: w.doc}
	if w.doc.Header != "" {
		h.para(&Paragraph{Style: "Header", Runs: []Run{{Text: w.doc.Header}}})
	} else {
		h.b.WriteString(`<w:p/>`)
	}
	return xmlHead + `<w:hdr ` + wNS + `>` + h.b.String() + `</w:hdr>`
}

func (w *writer) footerXML() string {
	f := &writer{doc: w.doc}
	f.b.WriteString("<w:p>")
	f.pPr("Footer", false, false, 0, 0, 0, Center)
	if w.doc.PageWord != "" {
		f.run(Run{Text: w.doc.PageWord + " "}, false)
		f.field("PAGE", "1", "")
		f.run(Run{Text: " " + w.doc.OfWord + " "}, false)
		f.field("NUMPAGES", "1", "")
	}
	f.b.WriteString("</w:p>")
	return xmlHead + `<w:ftr ` + wNS + `>` + f.b.String() + `</w:ftr>`
}

func (w *writer) numberingXML() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	for a, ordered := range []bool{false, true} {
		fmt.Fprintf(&b, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>`, a)
		for l := 0; l < 3; l++ {
			ind := 720 + 360*l
			if ordered {
				fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%%%d."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>`,
					l, []string{"decimal", "lowerLetter", "lowerRoman"}[l], l+1, ind)
			} else {
				fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>`,
					l, []string{"•", "–", "▪"}[l], ind)
			}
		}
		b.WriteString(`</w:abstractNum>`)
	}
	for i, ordered := range w.lists {
		a := 0
		if ordered {
			a = 1
		}
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>`, i+1, a)
		if ordered {
			b.WriteString(`<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`)
		}
		b.WriteString(`</w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}
