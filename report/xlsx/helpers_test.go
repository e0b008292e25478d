package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/present"
	"github.com/xuri/excelize/v2"
)

// written is the fixture workbook in one language, written and reopened.
type written struct {
	lang  string
	r     *report.Report
	path  string
	data  []byte
	f     *excelize.File
	cat   *msg.Catalog
	names map[string]string
}

// fixtureFile is the fixture workbook in one language, written once.
type fixtureFile struct {
	r    *report.Report
	path string
	data []byte
}

// fixtures are the fixture workbooks, written once per test binary for the
// tests that only read them.
var fixtures = map[string]*testenv.Shared[fixtureFile]{"id": {}, "en": {}}

// writeFixtureT returns the fixture workbook in lang (written in this
// process, once for all tests), opened for this test alone. Tests must not
// change the report or the file.
func writeFixtureT(t *testing.T, lang string) *written {
	t.Helper()
	ff := fixtures[lang].Get(t, func(dir string) (fixtureFile, error) {
		r := fixtureReport(lang)
		var buf bytes.Buffer
		if err := Write(&buf, Options{Lang: lang, Document: docFor(r, lang)}); err != nil {
			return fixtureFile{}, fmt.Errorf("Write(%s): %v", lang, err)
		}
		path := filepath.Join(dir, "report-"+lang+".xlsx")
		return fixtureFile{r, path, buf.Bytes()}, os.WriteFile(path, buf.Bytes(), 0o644)
	})
	r, path := ff.r, ff.path
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	cat, err := msg.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	w := &written{lang: lang, r: r, path: path, data: ff.data, f: f, cat: cat, names: map[string]string{}}
	for i, n := range SheetNames(lang) {
		w.names[sheetIDs[i]] = n
	}
	return w
}

// raw returns the raw value of a cell.
func (w *written) raw(t *testing.T, sheet, cell string) string {
	t.Helper()
	v, err := w.f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

// rowTexts returns the raw values of a row from column A.
func (w *written) rowTexts(t *testing.T, sheet string, row, n int) []string {
	t.Helper()
	out := make([]string, n)
	for i := range out {
		c, _ := excelize.CoordinatesToCellName(i+1, row)
		out[i] = w.raw(t, sheet, c)
	}
	return out
}

// builtinFormats are the built-in number formats excelize may choose for a
// custom code it recognises.
var builtinFormats = map[int]string{0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
	9: "0%", 10: "0.00%", 14: "mm-dd-yy", 22: "m/d/yy h:mm"}

// numFmt returns the number format code of a cell.
func (w *written) numFmt(t *testing.T, sheet, cell string) string {
	t.Helper()
	id, err := w.f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatalf("style of %s!%s: %v", sheet, cell, err)
	}
	st, err := w.f.GetStyle(id)
	if err != nil {
		t.Fatalf("style %d: %v", id, err)
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt
	}
	return builtinFormats[st.NumFmt]
}

// fill returns the first fill colour of a cell's style ("" when none).
func (w *written) fill(t *testing.T, sheet, cell string) string {
	t.Helper()
	id, _ := w.f.GetCellStyle(sheet, cell)
	st, err := w.f.GetStyle(id)
	if err != nil || len(st.Fill.Color) == 0 {
		return ""
	}
	return strings.TrimPrefix(strings.ToUpper(st.Fill.Color[0]), "#")
}

// cellName returns the A1 name of (col,row).
func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// wantNum checks that a raw cell value is the number want (nil = blank),
// to 1e-12 relative precision (excelize writes full precision).
func wantNum(t *testing.T, what, got string, want *float64) {
	t.Helper()
	if want == nil || math.IsNaN(*want) {
		if got != "" {
			t.Errorf("%s = %q, want blank", what, got)
		}
		return
	}
	v, err := strconv.ParseFloat(got, 64)
	if err != nil {
		t.Errorf("%s = %q, want %v", what, got, *want)
		return
	}
	if d := math.Abs(v - *want); d > 1e-12*math.Max(1, math.Abs(*want)) {
		t.Errorf("%s = %v, want %v", what, v, *want)
	}
}

// zipFiles returns the entries of an xlsx (name -> content), in order.
func zipFiles(t *testing.T, data []byte) ([]string, map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		files[f.Name] = string(b)
	}
	return names, files
}

var (
	reChartType = regexp.MustCompile(`<(lineChart|doughnutChart|barChart|radarChart|pieChart|areaChart)>`)
	reBarDir    = regexp.MustCompile(`<barDir val="(col|bar)"`)
	reFormula   = regexp.MustCompile(`<f>([^<]*)</f>`)
	reTitleText = regexp.MustCompile(`<a:t>([^<]*)</a:t>`)
	reRef       = regexp.MustCompile(`^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$`)
)

// chartInfo is what a chart XML says.
type chartInfo struct {
	file, kind, title string
	refs              []string
}

// charts parses every xl/charts/chartN.xml.
func charts(t *testing.T, files map[string]string) []chartInfo {
	t.Helper()
	var out []chartInfo
	for name, x := range files {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		ci := chartInfo{file: name}
		if m := reChartType.FindStringSubmatch(x); m != nil {
			ci.kind = m[1]
			if m := reBarDir.FindStringSubmatch(x); ci.kind == "barChart" && m != nil {
				ci.kind += "/" + m[1]
			}
		}
		var title []string
		for _, m := range reTitleText.FindAllStringSubmatch(x, -1) {
			title = append(title, html.UnescapeString(m[1]))
		}
		ci.title = strings.Join(title, "")
		for _, m := range reFormula.FindAllStringSubmatch(x, -1) {
			ci.refs = append(ci.refs, html.UnescapeString(m[1]))
		}
		out = append(out, ci)
	}
	return out
}

// rangeValues returns the raw values of the cells of a reference.
func (w *written) rangeValues(t *testing.T, ref string) []string {
	t.Helper()
	m := reRef.FindStringSubmatch(ref)
	if m == nil {
		t.Fatalf("reference %q is not 'Sheet'!$C$r[:$C$r]", ref)
	}
	sheet := strings.ReplaceAll(m[1], "''", "'")
	c1, _ := excelize.ColumnNameToNumber(m[2])
	r1, _ := strconv.Atoi(m[3])
	c2, r2 := c1, r1
	if m[4] != "" {
		c2, _ = excelize.ColumnNameToNumber(m[4])
		r2, _ = strconv.Atoi(m[5])
	}
	var out []string
	for c := c1; c <= c2; c++ {
		for r := r1; r <= r2; r++ {
			out = append(out, w.raw(t, sheet, cellName(c, r)))
		}
	}
	return out
}

// ftoa formats a float as excelize stores it.
func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

var reDefault = regexp.MustCompile(`<Default Extension="([^"]+)"`)

// docFor decides the document of r in lang, as a build does.
func docFor(r *report.Report, lang string) *doc.Document {
	d, err := present.Document(r, msg.MustLoad(lang))
	if err != nil {
		panic(err)
	}
	return d
}
