package wml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func f(v float64) *float64 { return &v }

// sample is a document using every block kind.
func sample() *Document {
	return &Document{
		Title: "Uji <b>&", Lang: "id-ID", Header: "@akun · Oktober 2026", PageWord: "Halaman", OfWord: "dari", ChapterPage: true,
		Body: []Block{
			&Paragraph{Style: StyleTitle, Runs: []Run{{Text: "Judul"}}},
			&TOC{Title: "Daftar isi", Entries: []TOCEntry{{1, "Bab satu"}, {2, "Bagian"}}},
			&Paragraph{Style: StyleH1, Runs: []Run{{Text: "Bab satu"}}},
			&Paragraph{Runs: []Run{{Text: "teks "}, {Text: "tebal", Bold: true}, {Text: "tautan", URL: "https://example.org/?a=1&b=2"}, {Text: "jahat", URL: "javascript:alert(1)"}}},
			&List{Ordered: true, Items: []ListItem{{0, []Run{{Text: "satu"}}}, {1, []Run{{Text: "dua"}}}}},
			&Table{Caption: &Caption{Label: "Tabel", Chapter: "1", Number: 1, Text: "Data"}, Head: []Cell{{Text: "Hari"}, {Text: "Jangkauan", Align: Right}},
				Rows: [][]Cell{{{Text: "Sen"}, {Text: "1.234", Align: Right}}}, Source: "Sumber: ekspor"},
			&Chart{Caption: &Caption{Label: "Gambar", Chapter: "1", Number: 1, Text: "Garis"}, Kind: Line, Categories: []string{"a", "b", "c"},
				Series: []Series{{Name: "x", Values: []*float64{f(1), nil, f(3.5)}}}, Source: "Sumber: x"},
			&Chart{Kind: Column, Categories: []string{"a"}, Series: []Series{{Name: "x", Values: []*float64{f(2)}}, {Name: "y", Values: []*float64{f(3)}}}},
			&Chart{Kind: BarH, Categories: []string{"a", "b"}, Series: []Series{{Name: "x", Values: []*float64{f(2), f(1)}}}, NumFormat: "0.0%"},
			&Chart{Kind: Doughnut, Categories: []string{"a", "b"}, Series: []Series{{Name: "x", Values: []*float64{f(2), f(1)}}}},
			&Chart{Kind: Radar, Categories: []string{"a", "b", "c"}, Series: []Series{{Name: "x", Values: []*float64{f(2), f(1), f(0)}}}},
			&Quote{Text: "kutipan", Attribution: "Informan A, Staf, 3 Oktober 2026"},
			PageBreak{},
			&Paragraph{Style: StyleH1, Runs: []Run{{Text: "Bab dua"}}},
		},
	}
}

func write(t *testing.T, d *Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// parts returns the package's parts by name, failing on XML that is not
// well formed.
func parts(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		m[f.Name] = b
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
			}
		}
	}
	return m
}

func TestWriteParts(t *testing.T) {
	p := parts(t, write(t, sample()))
	for _, name := range []string{"word/document.xml", "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/header1.xml",
		"word/charts/chart5.xml", "word/embeddings/Microsoft_Excel_Worksheet5.xlsx", "word/charts/_rels/chart1.xml.rels"} {
		if p[name] == nil {
			t.Errorf("missing part %s", name)
		}
	}
	doc := string(p["word/document.xml"])
	for _, want := range []string{`SEQ Tabel \* ARABIC \r 1`, `SEQ Gambar \* ARABIC \r 1`, `TOC \o &#34;1-3&#34;`, `<w:tblHeader/>`, `<w:cantSplit/>`, `<w:jc w:val="right"/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if strings.Contains(doc, "javascript") && strings.Contains(string(p["word/_rels/document.xml.rels"]), "javascript") {
		t.Error("a javascript: link became a hyperlink")
	}
	if !strings.Contains(string(p["word/settings.xml"]), `<w:updateFields w:val="true"/>`) {
		t.Error("settings lack updateFields")
	}
	foot := string(p["word/footer1.xml"])
	if !strings.Contains(foot, " PAGE ") || !strings.Contains(foot, " NUMPAGES ") || !strings.Contains(foot, "Halaman") {
		t.Errorf("footer lacks page fields: %s", foot)
	}
	kinds := []string{"c:lineChart", "c:barChart", "c:barChart", "c:doughnutChart", "c:radarChart"}
	for i, k := range kinds {
		c := string(p["word/charts/chart"+string(rune('1'+i))+".xml"])
		if !strings.Contains(c, "<"+k+">") || !strings.Contains(c, `<c:externalData r:id="rId1">`) {
			t.Errorf("chart%d: want %s with external data", i+1, k)
		}
	}
	if c := string(p["word/charts/chart1.xml"]); !strings.Contains(c, `<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>3.5</c:v></c:pt>`) {
		t.Errorf("chart1 cached values wrong (gap kept as a missing point):\n%s", c)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := write(t, sample()), write(t, sample())
	if !bytes.Equal(a, b) {
		t.Fatal("two writes differ")
	}
}

// TestHostileText: markup, field syntax and forbidden characters in user
// text stay inert text.
func TestHostileText(t *testing.T) {
	evil := "</w:t><w:fldSimple w:instr=\"INCLUDETEXT c:\\\\x\"/>{ PAGE }\x00\x01\uFFFE\xff ok"
	d := &Document{Header: evil, PageWord: "Page", OfWord: "of", Body: []Block{
		&Paragraph{Runs: []Run{{Text: evil}}},
		&Table{Caption: &Caption{Label: "Table", Number: 1, Text: evil}, Head: []Cell{{Text: evil}}, Rows: [][]Cell{{{Text: evil}}}},
		&Chart{Kind: Line, Categories: []string{evil}, Series: []Series{{Name: evil, Values: []*float64{f(1)}}}},
		&Quote{Text: evil, Attribution: evil},
	}}
	p := parts(t, write(t, d))
	for name, b := range p {
		if strings.Contains(string(b), "<w:fldSimple") {
			t.Errorf("%s: user text became a field", name)
		}
	}
	if !strings.Contains(string(p["word/document.xml"]), "{ PAGE } ok") {
		t.Error("hostile text lost its visible remainder")
	}
	if err := Write(io.Discard, &Document{Body: []Block{&Table{Caption: &Caption{Label: "T 1 \\s"}, Head: []Cell{{Text: "x"}}}}}); err == nil {
		t.Error("a caption label with field syntax was accepted")
	}
}

func TestPageSize(t *testing.T) {
	for _, tt := range []struct {
		page PageSize
		want string
	}{{A4, `<w:pgSz w:w="11906" w:h="16838"/>`}, {Letter, `<w:pgSz w:w="12240" w:h="15840"/>`}} {
		p := parts(t, write(t, &Document{Page: tt.page, Body: []Block{&Paragraph{Runs: []Run{{Text: "x"}}}}}))
		d := string(p["word/document.xml"])
		if !strings.Contains(d, tt.want) || !strings.Contains(d, `w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"`) {
			t.Errorf("page %d: want %s with 2.5 cm margins", tt.page, tt.want)
		}
	}
}

// TestEmbeddedWorkbook: each chart's workbook holds the series names in
// row 1, the categories in column A and the values the chart caches, shown
// in the chart's number format; names are text, markup and spaces kept.
func TestEmbeddedWorkbook(t *testing.T) {
	d := sample()
	d.Body = append(d.Body, &Chart{Kind: Column, Categories: []string{" <b>&amp; "}, Series: []Series{{Name: "=cmd|' /C calc'!A0", Values: []*float64{f(0.25)}}}, NumFormat: "0.0%"})
	p := parts(t, write(t, d))
	for _, tt := range []struct {
		n    string
		raw  bool
		want [][]string
	}{
		{"1", true, [][]string{{"", "x"}, {"a", "1"}, {"b"}, {"c", "3.5"}}},
		{"3", false, [][]string{{"", "x"}, {"a", "200.0%"}, {"b", "100.0%"}}},
		{"6", false, [][]string{{"", "=cmd|' /C calc'!A0"}, {" <b>&amp; ", "25.0%"}}},
	} {
		f, err := excelize.OpenReader(bytes.NewReader(p["word/embeddings/Microsoft_Excel_Worksheet"+tt.n+".xlsx"]))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows("Sheet1", excelize.Options{RawCellValue: tt.raw})
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprintf("%q", rows) != fmt.Sprintf("%q", tt.want) {
			t.Errorf("workbook %s rows %q, want %q", tt.n, rows, tt.want)
		}
		if fs, _ := f.GetCellFormula("Sheet1", "B1"); fs != "" {
			t.Errorf("workbook %s: B1 is a formula %q", tt.n, fs)
		}
		f.Close()
	}
}

// TestEscMatchesEncodingXML: esc (and escTo) give the bytes of
// xml.EscapeText on the cleaned text, for markup, quotes, controls,
// invalid UTF-8, characters XML forbids and plain text alike.
func TestEscMatchesEncodingXML(t *testing.T) {
	for _, s := range []string{"", "plain text", `<w:t>"a" & 'b'</w:t>`, "tab\there\nnew\r\nline\rcr",
		"nul\x00 bell\x07 esc\x1b", "bad \xff\xfe utf8", "surrogate \xed\xa0\x80", "\ufffe\uffff ok \ufffd",
		"ümlaut — 日本語 😀", "]]> --> <!-- =cmd|' /C calc'!A0", "\x7f del"} {
		var want strings.Builder
		if err := xml.EscapeText(&want, []byte(clean(s))); err != nil {
			t.Fatal(err)
		}
		if got := esc(s); got != want.String() {
			t.Errorf("esc(%q) = %q, want %q", s, got, want.String())
		}
	}
}
