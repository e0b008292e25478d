package rollup_test

import (
	"archive/zip"
	"io"
	"math"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/xuri/excelize/v2"
)

// chartsBySheet reads the workbook's zip: for each worksheet file, the
// chart kinds (c:barChart, c:scatterChart, …) its drawing holds.
func chartsBySheet(t *testing.T, file string) map[string][]string {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(b)
	}
	target := regexp.MustCompile(`Target="([^"]+)"`)
	kind := regexp.MustCompile(`<(?:c:)?(barChart|scatterChart|lineChart|radarChart|doughnutChart)>`)
	out := map[string][]string{}
	for name, rels := range parts {
		if !strings.HasPrefix(name, "xl/worksheets/_rels/") {
			continue
		}
		sheet := strings.TrimSuffix(path.Base(name), ".rels")
		for _, m := range target.FindAllStringSubmatch(rels, -1) {
			if !strings.Contains(m[1], "drawings/") {
				continue
			}
			drawing := path.Clean(path.Join("xl/worksheets", m[1]))
			drels := parts[path.Join(path.Dir(drawing), "_rels", path.Base(drawing)+".rels")]
			for _, c := range target.FindAllStringSubmatch(drels, -1) {
				chart := path.Clean(path.Join(path.Dir(drawing), c[1]))
				for _, k := range kind.FindAllStringSubmatch(parts[chart], -1) {
					out[sheet] = append(out[sheet], k[1])
				}
			}
		}
	}
	return out
}

// TestWorkbook reads the roll-up workbook back: a sheet per table of the
// report, the accounts' numbers as real numbers equal to the roll-up's,
// and native charts (the scatter on the summary, stage scores, one ranking
// chart per indicator, posts per group).
func TestWorkbook(t *testing.T) {
	t.Parallel()
	out, ru, _ := buildExample(t)
	file := filepath.Join(out, "report.xlsx")
	f, err := excelize.OpenFile(file, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cat := msg.MustLoad(ru.Meta.Language)
	var want []string
	for _, id := range []string{"summary", "accounts", "heatmap", "rankings", "groups", "collaborations", "failed", "methodology"} {
		want = append(want, cat.T("rollup.xlsx.sheet."+id))
	}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	rows, err := f.GetRows(want[1])
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2+len(ru.Accounts) {
		t.Fatalf("accounts sheet has %d rows, want %d", len(rows), 2+len(ru.Accounts))
	}
	col := -1
	for i, h := range rows[1] {
		if h == ru.Indicators[0].Label {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no column %q in %v", ru.Indicators[0].Label, rows[1])
	}
	for i, a := range ru.Accounts {
		// Excel keeps 15 significant digits
		got, err := strconv.ParseFloat(rows[2+i][col], 64)
		if v := a.Get(ru.Indicators[0].ID).Value; err != nil || v == nil || math.Abs(got-*v) > 1e-14*math.Abs(*v) {
			t.Errorf("%s: %s cell %q, roll-up %v", a.Account, ru.Indicators[0].ID, rows[2+i][col], v)
		}
	}
	charts := chartsBySheet(t, file)
	kinds := func(sheetIndex int) string { return strings.Join(charts["sheet"+strconv.Itoa(sheetIndex)+".xml"], ",") }
	if kinds(1) != "scatterChart" {
		t.Errorf("summary charts %q, want the scatter", kinds(1))
	}
	if kinds(3) != "barChart" {
		t.Errorf("stage score charts %q, want one bar chart", kinds(3))
	}
	if n := len(charts["sheet4.xml"]); n != len(ru.Rankings) {
		t.Errorf("rankings sheet has %d charts, want %d", n, len(ru.Rankings))
	}
	if kinds(5) != "barChart" {
		t.Errorf("groups charts %q, want one bar chart", kinds(5))
	}
}

// sheetXML returns the worksheets' XML by part name.
func sheetXML(t *testing.T, file string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string]string{}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(b)
	}
	if len(out) == 0 {
		t.Fatal("no worksheets")
	}
	return out
}
