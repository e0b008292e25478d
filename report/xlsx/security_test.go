package xlsx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestNoFormulaFromUserText checks that no cell of the workbook is a
// formula, and that every hostile user text is stored as a string cell
// with its exact text.
func TestNoFormulaFromUserText(t *testing.T) {
	t.Parallel()
	w := writeFixtureT(t, "id")
	hostile := map[string]int{hostileCaption: 0, hostileCategory: 0, hostileEvent: 0, hostileQuote: 0,
		hostileCity: 0, w.r.Meta.Title: 0, "-10% diskon pajak kendaraan": 0, "@kominfo_contoh info terbaru": 0}
	cells := 0
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
					t.Errorf("%s!%s has formula %q (%v)", sheet, name, f, err)
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
	// The same at the XML level: no <f> element in any worksheet.
	_, files := zipFiles(t, w.data)
	reF := regexp.MustCompile(`<f[ >]`)
	for name, x := range files {
		if strings.HasPrefix(name, "xl/worksheets/") && reF.MatchString(x) {
			t.Errorf("%s contains a formula element", name)
		}
	}
}
