package rollup_test

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/rollup"
	"github.com/rapor-id/rapor/report/xlsx"
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
	if n := checkNoCodes(t, f, ru, cat); n < 100 {
		t.Errorf("read %d cells, want the whole workbook", n)
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

// figureTable returns the data table of the document's figure id.
func figureTable(t *testing.T, d *doc.Document, id string) doc.Table {
	t.Helper()
	for _, f := range d.Figures() {
		if f.ID == id {
			return f.Table
		}
	}
	t.Fatalf("no figure %s", id)
	return doc.Table{}
}

// sectionTable returns the first table of the document's section id.
func sectionTable(t *testing.T, d *doc.Document, id string) doc.Table {
	t.Helper()
	if s := d.Section(id); s != nil {
		for _, b := range s.Blocks {
			if b.Table != nil {
				return *b.Table
			}
		}
	}
	t.Fatalf("no table in section %s", id)
	return doc.Table{}
}

// TestWorkbookSharesTheDocumentTables: what the roll-up workbook and its
// page (and Word file) both show is one table of the document, decided
// once: the stage-score map, the scatter's data, each ranking with the
// accounts without data, the groups, the collaborations and the
// methodology.
func TestWorkbookSharesTheDocumentTables(t *testing.T) {
	t.Parallel()
	_, ru, _ := buildExample(t)
	for _, lang := range []string{"id", "en"} {
		d := rollup.Document(ru, lang)
		w := d.Rollup
		if w == nil {
			t.Fatal("the roll-up document has no workbook data")
		}
		for _, c := range []struct {
			name      string
			got, want doc.Table
		}{
			{"heatmap", w.Heatmap.Table, figureTable(t, d, "rollup_heatmap")},
			{"scatter", w.Scatter.Table, figureTable(t, d, "rollup_scatter")},
			{"groups", w.Groups.Table, sectionTable(t, d, "groups")},
			{"collaborations", w.Collaborations.Table, sectionTable(t, d, "collaborations")},
		} {
			if len(c.want.Rows) == 0 || !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s/%s: the workbook's table is not the document's:\n%+v\n%+v", lang, c.name, c.got, c.want)
			}
		}
		subs := d.Section("rankings").Sections
		if len(w.Rankings) != len(ru.Rankings) || len(subs) != len(ru.Rankings) {
			t.Fatalf("%s: %d workbook rankings, %d sections, want %d", lang, len(w.Rankings), len(subs), len(ru.Rankings))
		}
		for i, sub := range subs {
			var notes []string
			var fig *doc.Figure
			for _, b := range sub.Blocks {
				if b.Figure != nil {
					fig = b.Figure
				}
				if b.Paragraph != "" {
					notes = append(notes, b.Paragraph)
				}
			}
			if fig == nil || !reflect.DeepEqual(w.Rankings[i].Table, fig.Table) || !slices.Equal(w.Rankings[i].Notes, notes) {
				t.Errorf("%s: ranking %s is not the document's: %+v", lang, ru.Rankings[i].ID, w.Rankings[i])
			}
		}
		if facts := d.Section("methodology").Blocks[0].Facts; len(facts) == 0 || !reflect.DeepEqual(w.Method, facts) {
			t.Errorf("%s: methodology %v, document %v", lang, w.Method, facts)
		}
	}
}

// TestWorkbookRendersTheDocument: every title, head, label, note and
// number of the roll-up workbook comes from the document: changed in the
// document, it changes in the workbook.
func TestWorkbookRendersTheDocument(t *testing.T) {
	t.Parallel()
	_, ru, _ := buildExample(t)
	cat := msg.MustLoad("en")
	for _, c := range []struct {
		name         string
		change       func(w *doc.RollupBook, s string)
		sheet, cell  string
		want         string
		numberChange bool
	}{
		{"summary title", func(w *doc.RollupBook, s string) { w.Title = s }, "summary", "A1", "", false},
		{"fact", func(w *doc.RollupBook, s string) { w.Facts[0].Label = s }, "summary", "A3", "", false},
		{"fact text", func(w *doc.RollupBook, s string) { w.Facts[1].Value.Text = s }, "summary", "B4", "", false},
		{"totals title", func(w *doc.RollupBook, s string) { w.Totals.Title = s }, "summary", "A9", "", false},
		{"total", func(w *doc.RollupBook, _ string) { x := 4242.0; w.Totals.Rows[0][1].Raw = &x }, "summary", "B11", "4242", true},
		{"totals note", func(w *doc.RollupBook, s string) { w.Totals.Notes[0] = s }, "summary", "A15", "", false},
		{"accounts title", func(w *doc.RollupBook, s string) { w.Accounts.Title = s }, "accounts", "A1", "", false},
		{"accounts head", func(w *doc.RollupBook, s string) { w.Accounts.Columns[1].Label = s }, "accounts", "B2", "", false},
		{"account label", func(w *doc.RollupBook, s string) { w.Accounts.Rows[0][1].Text = s }, "accounts", "B3", "", false},
		{"status", func(w *doc.RollupBook, s string) { w.Accounts.Rows[1][3].Text = s }, "accounts", "D4", "", false},
		{"heatmap head", func(w *doc.RollupBook, s string) { w.Heatmap.Columns[1].Label = s }, "heatmap", "B2", "", false},
		{"rankings title", func(w *doc.RollupBook, s string) { w.RankingsTitle = s }, "rankings", "A1", "", false},
		{"ranking title", func(w *doc.RollupBook, s string) { w.Rankings[0].Title = s }, "rankings", "A3", "", false},
		{"ranked account", func(w *doc.RollupBook, s string) { w.Rankings[0].Rows[0][1].Text = s }, "rankings", "B5", "", false},
		{"group", func(w *doc.RollupBook, s string) { w.Groups.Rows[0][0].Text = s }, "groups", "A3", "", false},
		{"collaboration", func(w *doc.RollupBook, s string) { w.Collaborations.Columns[3].Label = s }, "collaborations", "D2", "", false},
		{"failed title", func(w *doc.RollupBook, s string) { w.Failed.Title = s }, "failed", "A1", "", false},
		{"method", func(w *doc.RollupBook, s string) { w.Method[2].Text = s }, "methodology", "B5", "", false},
	} {
		d := rollup.Document(ru, "en")
		marker := "Marker " + c.name
		c.change(d.Rollup, marker)
		want := marker
		if c.numberChange {
			want = c.want
		}
		var buf bytes.Buffer
		if err := xlsx.WriteRollup(&buf, d, xlsx.Options{}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.GetCellValue(cat.T("rollup.xlsx.sheet."+c.sheet), c.cell)
		f.Close()
		if err != nil || got != want {
			t.Errorf("%s: %s!%s = %q (%v), want %q", c.name, c.sheet, c.cell, got, err, want)
		}
	}
}

// codes returns the codes of a roll-up that must never reach a cell:
// account, target and null-value states, the indicator, stage and unit ids
// (but a word that is its own label: the account state "failed" in
// English).
func codes(ru *report.Rollup, cat *msg.Catalog) map[string]bool {
	out := map[string]bool{}
	for _, s := range []string{report.AccountOK, report.AccountFailed, report.StatusMet, report.StatusNotMet,
		report.StatusNear, report.StatusNoTarget, report.StatusNoData, report.ReasonNoData, report.ReasonNoCoverage,
		report.ReasonSnapshot, report.ReasonNoCompare, report.ReasonZeroBase, report.ReasonTooFew,
		report.ReasonNotApplicable, report.ReasonNotFinite, report.ReasonNotComputed, rollup.OverallID} {
		out[s] = true
	}
	for _, list := range [][]report.RollupIndicator{ru.Indicators, ru.Stages} {
		for _, ind := range list {
			out[ind.ID], out[ind.Unit] = true, true
		}
	}
	delete(out, "")
	for _, s := range []string{report.AccountOK, report.AccountFailed} {
		delete(out, cat.T("rollup.xlsx.status."+s))
	}
	return out
}

// checkNoCodes fails when a cell of the workbook holds a raw code of ru;
// it returns the cells read.
func checkNoCodes(t *testing.T, f *excelize.File, ru *report.Rollup, cat *msg.Catalog) int {
	t.Helper()
	bad := codes(ru, cat)
	cells := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			for j, v := range row {
				cells++
				if bad[strings.TrimSpace(v)] {
					t.Errorf("%s row %d column %d shows the raw code %q", sheet, i+1, j+1, v)
				}
			}
		}
	}
	return cells
}

func ptr(x float64) *float64 { return &x }

// handRollup is a small roll-up made by hand: two built accounts (one with
// a label that looks like a formula, one without a group) and a failed one,
// a ranking without data, and a collaboration.
func handRollup() *report.Rollup {
	acc := func(name, label, group string, ppw, er float64) report.RollupAccount {
		return report.RollupAccount{Account: name, Label: label, Group: group, Path: "akun/" + name, Status: report.AccountOK,
			Report: "accounts/" + name + "/report.html",
			Indicators: map[string]report.RollupValue{
				"share.posts_per_week": {Value: ptr(ppw), Previous: ptr(ppw - 1), N: 30},
				"engage.er_reach":      {Value: ptr(er), Previous: ptr(er / 2), N: 40},
				rollup.ViewsID:         {Value: ptr(123456789), N: 31},
			},
			StageScores: report.StageScores{Overall: ptr(0.5)}}
	}
	failed := report.RollupAccount{Account: "c.bad", Label: "Bad", Group: "G1", Path: "akun/c.bad", Status: report.AccountFailed,
		Error: `akun/c.bad/rapor.yaml:4:1: unknown key "sourcez"`}
	return &report.Rollup{
		Meta:     report.RollupMeta{Title: "Roll-up", Organization: "Org", Language: "en", ReportDate: 20400, Version: "1.2.3"},
		Period:   report.PeriodInfo{ID: "2026-10", From: 20362, To: 20392},
		Previous: &report.PeriodInfo{ID: "2026-09", From: 20332, To: 20361},
		Stages:   []report.RollupIndicator{{ID: "share", Label: "Share", Unit: "ratio"}, {ID: "engage", Label: "Engage", Unit: "ratio"}},
		Indicators: []report.RollupIndicator{{ID: "share.posts_per_week", Label: "Posts per week", Unit: "per_week"},
			{ID: "engage.er_reach", Label: "ER", Unit: "ratio"}, {ID: rollup.ViewsID, Label: "Views", Unit: "count"},
			{ID: "manage.median_response_hours", Label: "Response hours", Unit: "hours"},
			{ID: rollup.OverallID, Label: "Overall score", Unit: "ratio"}},
		Accounts: []report.RollupAccount{acc("a.one", `=HYPERLINK("http://x","y")`, "G1", 3, 0.05), acc("b.two", "Two", "", 7.25, 0.021), failed},
		Rankings: []report.Ranking{{ID: "share.posts_per_week", Ranked: []string{"b.two", "a.one"}, Unranked: []string{"c.bad"}},
			{ID: "manage.median_response_hours", Unranked: []string{"a.one", "b.two", "c.bad"}}},
		Totals: report.Totals{Posts: 120, Views: 246913578, Interactions: 5000, Comments: 30, PostsN: 2, ViewsN: 2, InteractionsN: 2, CommentsN: 1},
		Groups: []report.GroupSummary{{Group: "G1", Accounts: 2, Built: 1, Totals: report.Totals{Posts: 60, Views: 123456789},
			MedianPostsPerWeek: ptr(3), MedianER: ptr(0.05)}, {Group: "", Accounts: 1, Built: 1}},
		Collaborations: []report.Collaboration{{From: "a.one", To: "b.two", Collabs: 3, Mentions: 12}},
	}
}

// TestWorkbookEdgeCases writes the workbook of roll-ups with a failed
// account, with every account failed, without accounts and without stages:
// it is written, has every sheet, lists the failed accounts with their
// errors and their status as a label, keeps the formula-like label a
// string, and shows no raw code.
func TestWorkbookEdgeCases(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		change func(ru *report.Rollup)
	}{
		{"failed account", func(*report.Rollup) {}},
		{"all failed", func(ru *report.Rollup) {
			ru.Accounts, ru.Rankings, ru.Collaborations = ru.Accounts[2:], nil, nil
		}},
		{"no accounts", func(ru *report.Rollup) {
			ru.Accounts, ru.Rankings, ru.Collaborations, ru.Groups, ru.Totals = nil, nil, nil, nil, report.Totals{}
		}},
		{"no stages, no comparison", func(ru *report.Rollup) { ru.Stages, ru.Previous = nil, nil }},
	}
	for _, c := range cases {
		for _, lang := range []string{"id", "en"} {
			ru := handRollup()
			c.change(ru)
			var buf bytes.Buffer
			if err := xlsx.WriteRollup(&buf, rollup.Document(ru, lang), xlsx.Options{Lang: lang}); err != nil {
				t.Fatalf("%s/%s: %v", c.name, lang, err)
			}
			raw := buf.Bytes()
			f, err := excelize.OpenReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			cat := msg.MustLoad(lang)
			sheet := func(id string) string { return cat.T("rollup.xlsx.sheet." + id) }
			if n := len(f.GetSheetList()); n != 8 {
				t.Errorf("%s/%s: %d sheets, want 8", c.name, lang, n)
			}
			checkNoCodes(t, f, ru, cat)
			accounts, _ := f.GetRows(sheet("accounts"))
			failedRows, _ := f.GetRows(sheet("failed"))
			var failed []string
			for i, a := range ru.Accounts {
				want := cat.T("rollup.xlsx.status." + a.Status)
				if got := accounts[2+i][3]; got != want || accounts[2+i][1] != a.Label {
					t.Errorf("%s/%s: account %s shows %q, %q; want %q, %q", c.name, lang, a.Account, accounts[2+i][1], got, a.Label, want)
				}
				if a.Status == report.AccountFailed {
					failed = append(failed, a.Label+"|"+a.Path+"|"+a.Error)
				}
			}
			var got []string
			for _, r := range failedRows[2:] {
				got = append(got, strings.Join(r, "|"))
			}
			if len(failed) == 0 {
				failed = []string{cat.T("xlsx.empty")}
			}
			if !slices.Equal(got, failed) {
				t.Errorf("%s/%s: failed sheet %q, want %q", c.name, lang, got, failed)
			}
			f.Close()
			for name, xml := range zipXML(t, raw) {
				if strings.HasPrefix(name, "xl/worksheets/sheet") && (strings.Contains(xml, "<f>") || strings.Contains(xml, "<f ")) {
					t.Errorf("%s/%s: %s has a formula cell", c.name, lang, name)
				}
			}
		}
	}
}

// zipXML returns the parts of a zip in memory by name.
func zipXML(t *testing.T, b []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		d, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(d)
	}
	return out
}
