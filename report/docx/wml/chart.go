package wml

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"math"
	"strconv"
	"strings"
)

// chartPart is one word/charts/chartN.xml and its embedded workbook.
type chartPart struct {
	xml  []byte
	xlsx []byte
}

// emuPerCm converts centimetres to English Metric Units.
const emuPerCm = 360000

// palette is the series colour list (the HTML report's).
var palette = []string{"1D4E89", "E07A1F", "2A9D8F", "C0392B", "7B5EA7", "8C6D31", "D35D90", "5B7083"}

func (w *writer) chart(c *Chart) error {
	if len(c.Series) == 0 || len(c.Categories) == 0 {
		return fmt.Errorf("wml: chart %q has no data", captionText(c.Caption))
	}
	n := len(w.charts) + 1
	book, err := chartWorkbook(c)
	if err != nil {
		return err
	}
	w.charts = append(w.charts, chartPart{xml: chartXML(c), xlsx: book})
	id := w.addRel(relChart, "charts/chart"+strconv.Itoa(n)+".xml", false)
	h := c.HeightCm
	if h <= 0 {
		h = 7.5
	}
	cx := int64(w.textWidth()) * 635 // twips to EMU
	cy := int64(h * emuPerCm)
	w.shapes++
	w.b.WriteString("<w:p>")
	w.pPr(StyleNormal, c.Caption != nil, false, 0, 0, 0, Center)
	fmt.Fprintf(&w.b, `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
		cx, cy, w.shapes, "Chart "+strconv.Itoa(n), id)
	w.b.WriteString("</w:p>")
	if c.Caption != nil {
		if err := w.caption(c.Caption, c.Source != ""); err != nil {
			return err
		}
	}
	w.sourceLine(c.Source, false)
	return nil
}

func captionText(c *Caption) string {
	if c == nil {
		return ""
	}
	return c.Text
}

// col is the spreadsheet column letter of the 0-based index i (< 702).
func col(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return string(rune('A'+i/26-1)) + string(rune('A'+i%26))
}

// chartWorkbook writes the chart's data as Sheet1 of a small .xlsx
// package: categories in column A, one series per column from B, names in
// row 1, values as the chart caches them (num), in the chart's number
// format. Word and LibreOffice open it for "Edit data". The parts are
// written directly (stored: the .docx deflates the whole workbook), with
// fixed sizes and no time stamps, so the bytes are the same in every run.
func chartWorkbook(c *Chart) ([]byte, error) {
	var strs []string // shared strings, in the order of the cells
	var sheet strings.Builder
	sheet.WriteString(xmlHead + `<worksheet xmlns="` + smlNS + `"><dimension ref="A1:` + col(len(c.Series)) + strconv.Itoa(len(c.Categories)+1) + `"/><sheetData>`)
	str := func(ref, s string) {
		if s = clean(s); s != "" {
			sheet.WriteString(`<c r="` + ref + `" t="s"><v>` + strconv.Itoa(len(strs)) + `</v></c>`)
			strs = append(strs, s)
		}
	}
	style := ""
	if c.NumFormat != "" {
		style = ` s="1"`
	}
	sheet.WriteString(`<row r="1">`)
	for j, s := range c.Series {
		str(col(j+1)+"1", s.Name)
	}
	sheet.WriteString(`</row>`)
	for i, cat := range c.Categories {
		r := strconv.Itoa(i + 2)
		sheet.WriteString(`<row r="` + r + `">`)
		str("A"+r, cat)
		for j, s := range c.Series {
			if i < len(s.Values) && s.Values[i] != nil && finite(*s.Values[i]) {
				sheet.WriteString(`<c r="` + col(j+1) + r + `"` + style + `><v>` + num(*s.Values[i]) + `</v></c>`)
			}
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)

	var sst strings.Builder
	n := strconv.Itoa(len(strs))
	sst.WriteString(xmlHead + `<sst xmlns="` + smlNS + `" count="` + n + `" uniqueCount="` + n + `">`)
	for _, s := range strs {
		if strings.TrimSpace(s) != s {
			sst.WriteString(`<si><t xml:space="preserve">` + esc(s) + `</t></si>`)
		} else {
			sst.WriteString(`<si><t>` + esc(s) + `</t></si>`)
		}
	}
	sst.WriteString(`</sst>`)

	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, p := range [...]struct{ name, data string }{
		{"[Content_Types].xml", bookContentTypes},
		{"_rels/.rels", bookRootRels},
		{"xl/workbook.xml", bookXML},
		{"xl/_rels/workbook.xml.rels", bookRels},
		{"xl/styles.xml", bookStyles(c.NumFormat)},
		{"xl/sharedStrings.xml", sst.String()},
		{"xl/worksheets/sheet1.xml", sheet.String()},
	} {
		if err := storeEntry(z, p.name, []byte(p.data)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// storeEntry adds data uncompressed as name, its sizes in the local header
// (no data descriptor, which some readers of stored entries reject).
func storeEntry(z *zip.Writer, name string, data []byte) error {
	w, err := z.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data)),
	})
	if err == nil {
		_, err = w.Write(data)
	}
	return err
}

const smlNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

const bookContentTypes = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`

const bookRootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`

const bookXML = xmlHead + `<workbook xmlns="` + smlNS + `" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`

const bookRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`

// bookStyles is the workbook's style sheet: style 0 the default, style 1
// the number format numFmt (custom format 164) when there is one.
func bookStyles(numFmt string) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<styleSheet xmlns="` + smlNS + `">`)
	if numFmt != "" {
		b.WriteString(`<numFmts count="1"><numFmt numFmtId="164" formatCode="` + esc(numFmt) + `"/></numFmts>`)
	}
	b.WriteString(`<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	if numFmt != "" {
		b.WriteString(`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`)
	} else {
		b.WriteString(`<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`)
	}
	b.WriteString(`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`)
	return b.String()
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// num formats a cached value: shortest round-trip form, no exponent for
// ordinary magnitudes.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

const chartNS = `xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

func chartXML(c *Chart) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<c:chartSpace ` + chartNS + `><c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>`)
	const ax1, ax2 = 500000001, 500000002
	switch c.Kind {
	case Line:
		b.WriteString(`<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>`)
		writeSeries(&b, c, "line")
		fmt.Fprintf(&b, `<c:marker val="1"/><c:axId val="%d"/><c:axId val="%d"/></c:lineChart>`, ax1, ax2)
	case Column, BarH:
		dir := "col"
		if c.Kind == BarH {
			dir = "bar"
		}
		b.WriteString(`<c:barChart><c:barDir val="` + dir + `"/><c:grouping val="clustered"/><c:varyColors val="0"/>`)
		writeSeries(&b, c, "bar")
		fmt.Fprintf(&b, `<c:gapWidth val="80"/><c:axId val="%d"/><c:axId val="%d"/></c:barChart>`, ax1, ax2)
	case Doughnut:
		b.WriteString(`<c:doughnutChart><c:varyColors val="1"/>`)
		writeSeries(&b, c, "pie")
		b.WriteString(`<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`)
	case Radar:
		b.WriteString(`<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>`)
		writeSeries(&b, c, "radar")
		fmt.Fprintf(&b, `<c:axId val="%d"/><c:axId val="%d"/></c:radarChart>`, ax1, ax2)
	}
	if c.Kind != Doughnut {
		writeAxes(&b, c, ax1, ax2)
	}
	b.WriteString(`</c:plotArea>`)
	if len(c.Series) > 1 || c.Kind == Doughnut {
		b.WriteString(`<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`)
	}
	b.WriteString(`<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`)
	b.WriteString(`<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`)
	b.WriteString(`<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`)
	return []byte(b.String())
}

func writeAxes(b *strings.Builder, c *Chart, ax1, ax2 int) {
	catPos, valPos := "b", "l"
	if c.Kind == BarH {
		catPos, valPos = "l", "b"
	}
	orient := "minMax"
	if c.Kind == BarH {
		orient = "maxMin" // first category on top, as in the table
	}
	fmt.Fprintf(b, `<c:catAx><c:axId val="%d"/><c:scaling><c:orientation val="%s"/></c:scaling><c:delete val="0"/><c:axPos val="%s"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="%d"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
		ax1, orient, catPos, ax2)
	scaling := `<c:orientation val="minMax"/>`
	if c.Max != nil && finite(*c.Max) {
		scaling += `<c:max val="` + num(*c.Max) + `"/><c:min val="0"/>`
	}
	fmt.Fprintf(b, `<c:valAx><c:axId val="%d"/><c:scaling>%s</c:scaling><c:delete val="0"/><c:axPos val="%s"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`, ax2, scaling, valPos)
	if c.ValueTitle != "" {
		b.WriteString(`<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800" b="0"/></a:pPr><a:r><a:rPr lang="en-US" sz="800" b="0"/><a:t>` + esc(c.ValueTitle) + `</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`)
	}
	fmt.Fprintf(b, `<c:numFmt formatCode="%s" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:crossAx val="%d"/><c:crosses val="%s"/><c:crossBetween val="between"/></c:valAx>`,
		esc(fmtOrGeneral(c.NumFormat)), ax1, map[bool]string{true: "max", false: "autoZero"}[c.Kind == BarH])
}

func fmtOrGeneral(f string) string {
	if f == "" {
		return "General"
	}
	return f
}

// writeSeries writes every series with a reference into Sheet1 and the
// cached categories and values.
func writeSeries(b *strings.Builder, c *Chart, kind string) {
	last := strconv.Itoa(len(c.Categories) + 1)
	for j, s := range c.Series {
		colL := col(j + 1)
		color := palette[j%len(palette)]
		fmt.Fprintf(b, `<c:ser><c:idx val="%d"/><c:order val="%d"/>`, j, j)
		fmt.Fprintf(b, `<c:tx><c:strRef><c:f>Sheet1!$%s$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>%s</c:v></c:pt></c:strCache></c:strRef></c:tx>`, colL, esc(s.Name))
		switch kind {
		case "line", "radar":
			fmt.Fprintf(b, `<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="4"/><c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr></c:marker>`, color, color)
		case "bar":
			fmt.Fprintf(b, `<c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`, color)
		case "pie":
			for i := range c.Categories {
				fmt.Fprintf(b, `<c:dPt><c:idx val="%d"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr></c:dPt>`, i, palette[i%len(palette)])
			}
		}
		fmt.Fprintf(b, `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$%s</c:f><c:strCache><c:ptCount val="%d"/>`, last, len(c.Categories))
		for i, cat := range c.Categories {
			fmt.Fprintf(b, `<c:pt idx="%d"><c:v>%s</c:v></c:pt>`, i, esc(cat))
		}
		b.WriteString(`</c:strCache></c:strRef></c:cat>`)
		fmt.Fprintf(b, `<c:val><c:numRef><c:f>Sheet1!$%s$2:$%s$%s</c:f><c:numCache><c:formatCode>%s</c:formatCode><c:ptCount val="%d"/>`, colL, colL, last, esc(fmtOrGeneral(c.NumFormat)), len(c.Categories))
		for i := range c.Categories {
			if i < len(s.Values) && s.Values[i] != nil && finite(*s.Values[i]) {
				fmt.Fprintf(b, `<c:pt idx="%d"><c:v>%s</c:v></c:pt>`, i, num(*s.Values[i]))
			}
		}
		b.WriteString(`</c:numCache></c:numRef></c:val>`)
		if kind == "line" {
			b.WriteString(`<c:smooth val="0"/>`)
		}
		b.WriteString(`</c:ser>`)
	}
}
