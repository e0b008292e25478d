package project_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report/project"
	"github.com/xuri/excelize/v2"
)

// exampleDir is the example project of the repository.
const exampleDir = "../../data/example"

// loRecalcProfile makes LibreOffice recalculate every formula of an OOXML
// file on load (Calc › Formula › Recalculation on file load: Always), so
// the values it saves are its own, not the cached ones.
const loRecalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// TestLiveFormulasRecalculate (the workbook's, kept here so that the xlsx
// tests need not link the whole build) builds the example, zeroes every cached
// formula result of the workbook, lets LibreOffice recalculate it, and
// compares each recomputed indicator on the Indikator sheet with
// indicators.json; then it changes one post's reach and checks that ER by
// reach follows.
func TestLiveFormulasRecalculate(t *testing.T) {
	testenv.Short(t, "recalculates with LibreOffice")
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		testenv.Missing(t, "soffice is not installed (apt-get install libreoffice-calc): %v", err)
	}
	if _, err := os.Stat(exampleDir); err != nil {
		t.Skip("no example project")
	}
	dir := t.TempDir()
	want := buildExample(t, dir)

	book := filepath.Join(dir, "report.xlsx")
	zeroed := filepath.Join(dir, "zeroed.xlsx")
	n := rewriteSheets(t, book, zeroed, zeroCaches)
	if n < 12 {
		t.Fatalf("only %d formula cells in the workbook", n)
	}
	got := recalc(t, soffice, dir, zeroed)
	checked := 0
	for id, v := range got {
		w, ok := want[id]
		if !ok {
			t.Errorf("%s: a formula for an indicator not in indicators.json", id)
			continue
		}
		if math.Abs(v-w) > 1e-9*math.Max(math.Abs(w), 1e-300) {
			t.Errorf("%s: LibreOffice recomputes %.17g, indicators.json has %.17g", id, v, w)
		}
		checked++
	}
	t.Logf("%d indicators recomputed by LibreOffice equal indicators.json", checked)
	if checked < 12 {
		t.Errorf("only %d live indicator formulas recomputed, want ≥ 12", checked)
	}

	// Change a row: the first post's reach doubles; ER by reach must move.
	changed := filepath.Join(dir, "changed.xlsx")
	rewriteSheets(t, book, changed, func(name, x string) string {
		x = zeroCaches(name, x)
		return doubleCell(name, x, "G3")
	})
	after := recalc(t, soffice, dir, changed)
	if after["engage.er_reach"] >= want["engage.er_reach"] {
		t.Errorf("ER by reach after doubling one reach = %g, before %g: not recomputed",
			after["engage.er_reach"], want["engage.er_reach"])
	}
}

// buildExample builds the example project into dir and returns the values
// of indicators.json by id.
func buildExample(t *testing.T, dir string) map[string]float64 {
	t.Helper()
	p := project.Load(exampleDir, project.Options{Lang: "id", Env: func(string) string { return "" }})
	if p.Failed(false) {
		t.Fatalf("example: %v", p.Problems)
	}
	r, err := p.Report()
	if err != nil {
		t.Fatal(err)
	}
	set, err := project.Stage(dir)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := project.Parts(r, project.WriteOptions{Lang: "id", Catalog: p.Cat})
	if err != nil {
		set.Abort()
		t.Fatal(err)
	}
	if _, _, err := project.Write(context.Background(), set, parts); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "indicators.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Indicators []struct {
			ID    string   `json:"id"`
			Value *float64 `json:"value"`
		} `json:"indicators"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, in := range doc.Indicators {
		if in.Value != nil {
			out[in.ID] = *in.Value
		}
	}
	return out
}

// reCache matches a formula and its cached value in worksheet XML.
var reCache = regexp.MustCompile(`(<f[^>]*>[^<]*</f>)<v>[^<]*</v>`)

// zeroCaches replaces every cached formula result of a worksheet with 0.
func zeroCaches(name, x string) string {
	if !strings.HasPrefix(name, "xl/worksheets/sheet") {
		return x
	}
	return reCache.ReplaceAllString(x, "${1}<v>0</v>")
}

// doubleCell doubles the plain numeric value of cell ref on the posts sheet
// (the worksheet holding the per-post ER base formulas).
func doubleCell(name, x, ref string) string {
	if !strings.HasPrefix(name, "xl/worksheets/sheet") || !strings.Contains(x, "IF(AND(ISNUMBER(L3)") {
		return x
	}
	re := regexp.MustCompile(`(<c r="` + ref + `"[^>]*><v>)([^<]*)(</v>)`)
	return re.ReplaceAllStringFunc(x, func(m string) string {
		p := re.FindStringSubmatch(m)
		v, _ := strconv.ParseFloat(p[2], 64)
		return p[1] + strconv.FormatFloat(2*v, 'g', -1, 64) + p[3]
	})
}

// rewriteSheets copies the workbook src to dst with edit applied to every
// part, and returns the number of formula cells.
func rewriteSheets(t *testing.T, src, dst string, edit func(name, x string) string) int {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	n := 0
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		x := edit(f.Name, string(b))
		if strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			n += strings.Count(x, "<f>") + strings.Count(x, "<f ")
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, x); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return n
}

// recalc converts path to xlsx with LibreOffice (recalculating on load) and
// returns the value of every formula cell of the indicators sheet by the
// indicator id in column A.
func recalc(t *testing.T, soffice, dir, path string) map[string]float64 {
	t.Helper()
	profile := filepath.Join(dir, "profile")
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(loRecalcProfile), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "lo-"+strings.TrimSuffix(filepath.Base(path), ".xlsx"))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+profile,
		"--headless", "--convert-to", "xlsx", "--outdir", out, path)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	f, err := excelize.OpenFile(filepath.Join(out, filepath.Base(path)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[1]
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for i, row := range rows {
		if i < 2 || len(row) < 5 {
			continue
		}
		ref, _ := excelize.CoordinatesToCellName(5, i+1)
		if fm, _ := f.GetCellFormula(sheet, ref); fm == "" {
			continue
		}
		v, err := strconv.ParseFloat(row[4], 64)
		if err != nil {
			t.Errorf("%s!%s (%s): recomputed value %q is not a number", sheet, ref, row[0], row[4])
			continue
		}
		got[row[0]] = v
	}
	return got
}
