package xlsx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestNoFormulaFromUserText checks that formulas stand only where rapor
// puts its live formulas (the indicator values, and the interactions, ER
// and ER-base columns of the posts sheet), that each is built of cell
// references, function names, numbers and rapor's own sheet names and type
// labels only, and that every hostile user text is stored as a string cell
// with its exact text.
func TestNoFormulaFromUserText(t *testing.T) {
	t.Parallel()
	w := writeFixtureT(t, "id")
	hostile := map[string]int{hostileCaption: 0, hostileCategory: 0, hostileEvent: 0, hostileQuote: 0,
		hostileCity: 0, w.r.Meta.Title: 0, "-10% diskon pajak kendaraan": 0, "@kominfo_contoh info terbaru": 0}
	cells, formulas := 0, 0
	for _, sheet := range w.f.GetSheetList() {
		rows, err := w.f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cells++
				name := cellName(c+1, r+1)
				if f, err := w.f.GetCellFormula(sheet, name); err != nil || f != "" {
					formulas++
					if !w.formulaAllowed(sheet, c+1, f) {
						t.Errorf("%s!%s has formula %q (%v)", sheet, name, f, err)
					}
				}
				if _, ok := hostile[v]; ok {
					hostile[v]++
					typ, err := w.f.GetCellType(sheet, name)
					if err != nil || (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) {
						t.Errorf("%s!%s holding %q has type %v, want a string", sheet, name, v, typ)
					}
				}
			}
		}
	}
	if cells < 5000 {
		t.Errorf("only %d non-empty cells checked", cells)
	}
	for s, n := range hostile {
		if n == 0 {
			t.Errorf("hostile text %q not found as a cell value", s)
		}
	}
	if formulas < 12 {
		t.Errorf("only %d formula cells, want the live indicator formulas", formulas)
	}
	// The same at the XML level: no formula element beyond the cells above.
	_, files := zipFiles(t, w.data)
	reF := regexp.MustCompile(`<f[ >]`)
	inXML := 0
	for name, x := range files {
		if strings.HasPrefix(name, "xl/worksheets/") {
			inXML += len(reF.FindAllString(x, -1))
		}
	}
	if inXML != formulas {
		t.Errorf("%d formula elements in the worksheets, %d formula cells checked", inXML, formulas)
	}
}

// reFormulaToken is what a live formula may hold once rapor's own sheet
// names and string literals are taken out: references, upper-case function
// names, numbers and operators.
var reFormulaToken = regexp.MustCompile(`^[A-Z0-9$:(),/+*<>=.\-]*$`)

// formulaAllowed reports whether f may stand in column col of sheet.
func (w *written) formulaAllowed(sheet string, col int, f string) bool {
	switch {
	case sheet == w.names["indicators"] && col == indValueCol:
	case sheet == w.names["posts"] && (col == pcInteractions || col == pcER || col == pcERBase):
	default:
		return false
	}
	for _, name := range w.names {
		f = strings.ReplaceAll(f, "'"+strings.ReplaceAll(name, "'", "''")+"'!", "")
	}
	literals := []string{`""`, `">0"`, `">=0"`}
	for _, typ := range []string{"image", "carousel", "reel", "video"} {
		literals = append(literals, `"`+w.cat.T("doc.type."+typ)+`"`)
	}
	for _, l := range literals {
		f = strings.ReplaceAll(f, l, "")
	}
	return reFormulaToken.MatchString(f)
}
