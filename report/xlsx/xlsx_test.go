package xlsx

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

func TestSheetNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang string
		want []string
	}{
		{"id", []string{"Ringkasan", "Indikator", "Bulanan", "Postingan", "Konten", "Harian", "Audiens",
			"Komentar", "Pemantauan", "Bukti Kualitatif", "Triangulasi", "Kualitas Data", "Metodologi"}},
		{"en", []string{"Summary", "Indicators", "Monthly", "Posts", "Content", "Daily", "Audience",
			"Comments", "Monitoring", "Qualitative evidence", "Triangulation", "Data quality", "Methodology"}},
		{"", []string{"Ringkasan", "Indikator", "Bulanan", "Postingan", "Konten", "Harian", "Audiens",
			"Komentar", "Pemantauan", "Bukti Kualitatif", "Triangulasi", "Kualitas Data", "Metodologi"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := SheetNames(tt.lang)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("SheetNames(%q) = %q, want %q", tt.lang, got, tt.want)
			}
			for _, n := range got {
				if utf8.RuneCountInString(n) > 31 || strings.ContainsAny(n, `:\/?*[]'`) {
					t.Errorf("sheet name %q is not a valid Excel sheet name", n)
				}
			}
		})
	}
}

// TestWriteNoDocument refuses to write without a document model or without
// its workbook data.
func TestWriteNoDocument(t *testing.T) {
	t.Parallel()
	if err := Write(&bytes.Buffer{}, Options{}); err == nil {
		t.Error("Write(no document) succeeded, want an error")
	}
	if err := Write(&bytes.Buffer{}, Options{Document: &doc.Document{Lang: "en"}}); err == nil {
		t.Error("Write(document without workbook data) succeeded, want an error")
	}
}

// TestEmptyReport writes a report with nothing in it: the month-by-month
// and posts sheets are left out and listed on the summary, every other
// sheet exists and shows a "no data" note where it has no rows, and there
// is no chart.
func TestEmptyReport(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Write(&buf, Options{Lang: "en", Document: docFor(&report.Report{}, "en")}); err != nil {
		t.Fatalf("Write(empty report): %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	for _, n := range SheetNames("en") {
		if n != "Monthly" && n != "Posts" {
			want = append(want, n)
		}
	}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, sheet := range []string{"Indicators", "Daily", "Audience", "Qualitative evidence", "Data quality"} {
		if v, _ := f.GetCellValue(sheet, "A3"); v != "No data for this part." {
			t.Errorf("%s!A3 = %q, want the no-data note", sheet, v)
		}
	}
	rows, err := f.GetRows("Summary")
	if err != nil {
		t.Fatal(err)
	}
	listed := false
	for _, r := range rows {
		if len(r) >= 2 && r[0] == "Sheets without data (left out)" {
			listed = r[1] == "Monthly, Posts"
		}
	}
	if !listed {
		t.Errorf("the summary does not list the left-out sheets Monthly, Posts: %q", rows)
	}
	names, _ := zipFiles(t, buf.Bytes())
	for _, n := range names {
		if strings.HasPrefix(n, "xl/charts/") {
			t.Errorf("empty report has chart %s", n)
		}
	}
}

// sheetHeaders are the catalogue keys of the header row (row 2) of the
// table sheets, from column A.
var sheetHeaders = map[string][]string{
	"indicators": {"id", "stage", "subcomponent", "indicator", "value", "value_label", "previous",
		"previous_label", "change", "change_pct", "target_min", "target_max", "status", "n", "previous_n",
		"reason", "previous_reason", "unit", "direction", "note", "formula"},
	"posts": {"number", "published", "type", "category", "caption", "views", "reach", "likes", "comments",
		"shares", "saves", "interactions", "er", "permalink", "key", "er_base"},
	"daily":         {"date", "reach", "views", "follows", "profile_visits", "followers", "posts", "event"},
	"evidence":      {"code", "stage", "subcomponent", "kind", "note_id", "who", "role", "date", "time", "setting", "assessment", "segment"},
	"triangulation": {"code", "stage", "subcomponent", "met", "with_target", "indicator_ids", "interviews", "observations", "documents", "coded"},
	"quality":       {"path", "kind", "preset", "encoding", "delimiter", "coverage_from", "coverage_to", "rows_read", "rows_used", "rows_skipped"},
	"methodology":   {"item", "text"},
	"monthly":       {"id", "indicator", "unit"},
}

func TestWorkbook(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			w := writeFixtureT(t, lang)
			if got, want := w.f.GetSheetList(), SheetNames(lang); !reflect.DeepEqual(got, want) {
				t.Fatalf("sheets = %q, want %q", got, want)
			}
			t.Run("headers", func(t *testing.T) { testHeaders(t, w) })
			t.Run("titles", func(t *testing.T) { testTitles(t, w) })
			t.Run("indicators", func(t *testing.T) { testIndicators(t, w) })
			t.Run("monthly", func(t *testing.T) { testMonthly(t, w) })
			t.Run("posts", func(t *testing.T) { testPosts(t, w) })
			t.Run("daily", func(t *testing.T) { testDaily(t, w) })
			t.Run("summary", func(t *testing.T) { testSummary(t, w) })
			t.Run("blocks", func(t *testing.T) { testBlocks(t, w) })
			t.Run("quality", func(t *testing.T) { testQuality(t, w) })
			t.Run("evidence", func(t *testing.T) { testEvidence(t, w) })
			t.Run("panes", func(t *testing.T) { testPanes(t, w) })
			t.Run("docprops", func(t *testing.T) { testDocProps(t, w) })
			t.Run("widths", func(t *testing.T) { testWidths(t, w) })
		})
	}
}

func testHeaders(t *testing.T, w *written) {
	for id, keys := range sheetHeaders {
		sheet := w.names[id]
		got := w.rowTexts(t, sheet, 2, len(keys))
		for i, k := range keys {
			if want := w.cat.T("xlsx.col." + k); got[i] != want {
				t.Errorf("%s header %d = %q, want %q", sheet, i+1, got[i], want)
			}
		}
		if fmtStyle := w.fill(t, sheet, "A2"); fmtStyle != colorHeader {
			t.Errorf("%s!A2 fill = %q, want the header colour", sheet, fmtStyle)
		}
	}
	// monthly: one column per month
	got := w.rowTexts(t, w.names["monthly"], 2, 5)
	if got[3] != "2026-09" || got[4] != "2026-10" {
		t.Errorf("monthly month headers = %q", got[3:])
	}
	// data quality: one column per skip reason, sorted, then warnings, size, SHA-256
	got = w.rowTexts(t, w.names["quality"], 2, 15)
	want := []string{w.cat.T("xlsx.col.skipped_reason", "duplicate"), w.cat.T("xlsx.col.skipped_reason", "no_date"),
		w.cat.T("xlsx.col.warnings"), w.cat.T("xlsx.col.size"), w.cat.T("xlsx.col.sha256")}
	if !reflect.DeepEqual(got[10:], want) {
		t.Errorf("data quality headers 11–15 = %q, want %q", got[10:], want)
	}
}

func testTitles(t *testing.T, w *written) {
	p := w.r.Period.ID
	want := map[string]string{
		"summary":       w.r.Meta.Title,
		"indicators":    w.cat.T("xlsx.title.indicators", p),
		"monthly":       w.cat.T("xlsx.title.monthly", p),
		"posts":         w.cat.T("xlsx.title.posts", p),
		"content":       w.cat.T("xlsx.title.content", p),
		"daily":         w.cat.T("xlsx.title.daily", p),
		"audience":      w.cat.T("xlsx.title.audience"),
		"comments":      w.cat.T("xlsx.title.comments", p),
		"monitoring":    w.cat.T("xlsx.title.monitoring", p),
		"evidence":      w.cat.T("xlsx.title.evidence"),
		"triangulation": w.cat.T("xlsx.title.triangulation"),
		"quality":       w.cat.T("xlsx.title.quality"),
		"methodology":   w.cat.T("xlsx.title.methodology"),
	}
	for id, text := range want {
		if got := w.raw(t, w.names[id], "A1"); got != text {
			t.Errorf("%s!A1 = %q, want %q", w.names[id], got, text)
		}
	}
}

func testIndicators(t *testing.T, w *written) {
	sheet := w.names["indicators"]
	if len(w.r.Indicators) != 33 {
		t.Fatalf("fixture has %d indicators", len(w.r.Indicators))
	}
	for i := range w.r.Indicators {
		res := &w.r.Indicators[i]
		row := 3 + i
		at := func(col int) string { return w.raw(t, sheet, cellName(col, row)) }
		if got := at(1); got != res.ID {
			t.Fatalf("row %d id = %q, want %q", row, got, res.ID)
		}
		k, ck := 1.0, 1.0
		vf, cf := fmtCount, fmtChgCount
		switch res.Unit {
		case "ratio":
			vf, cf, ck = fmtPct, fmtPP, 100
		case "pp":
			vf, cf, k, ck = fmtPP, fmtPP, 100, 100
		case "per_week", "per_day", "days", "hours":
			vf, cf = withUnit(fmtDec1, res.Unit, w.cat), withUnit(fmtChgDec1, res.Unit, w.cat)
			if !strings.Contains(vf, `"`) {
				t.Errorf("%s (%s): value format %q carries no unit", res.ID, res.Unit, vf)
			}
		}
		mul := func(v *float64, f float64) *float64 {
			if v == nil {
				return nil
			}
			x := *v * f
			return &x
		}
		wantNum(t, res.ID+" value", at(5), mul(res.Value, k))
		wantNum(t, res.ID+" previous", at(7), mul(res.Previous, k))
		wantNum(t, res.ID+" change", at(9), mul(res.Change, ck))
		wantNum(t, res.ID+" change_pct", at(10), res.ChangePct)
		var tmin, tmax *float64
		if res.Target != nil {
			tmin, tmax = res.Target.Min, res.Target.Max
		}
		wantNum(t, res.ID+" target min", at(11), mul(tmin, k))
		wantNum(t, res.ID+" target max", at(12), mul(tmax, k))
		if got, want := at(13), w.cat.T("doc.status."+res.Status); got != want {
			t.Errorf("%s status = %q, want %q", res.ID, got, want)
		}
		if got, want := w.fill(t, sheet, cellName(13, row)), statusColours[res.Status][0]; got != want {
			t.Errorf("%s status fill = %q, want %q", res.ID, got, want)
		}
		if got := at(14); got != fmt.Sprint(res.N) {
			t.Errorf("%s n = %q, want %d", res.ID, got, res.N)
		}
		if res.Reason != "" {
			if got, want := at(16), w.cat.T("doc.reason."+res.Reason); got != want {
				t.Errorf("%s reason = %q, want %q", res.ID, got, want)
			}
		}
		if got := at(21); got != res.Formula || got == "" {
			t.Errorf("%s formula = %q, want %q", res.ID, got, res.Formula)
		}
		if got := w.numFmt(t, sheet, cellName(5, row)); got != vf {
			t.Errorf("%s value format = %q, want %q", res.ID, got, vf)
		}
		if got := w.numFmt(t, sheet, cellName(9, row)); got != cf {
			t.Errorf("%s change format = %q, want %q", res.ID, got, cf)
		}
		if got := w.numFmt(t, sheet, cellName(10, row)); got != fmtChgPct {
			t.Errorf("%s change %% format = %q, want %q", res.ID, got, fmtChgPct)
		}
	}
	// value labels: the best format is a post type, shown in the language
	best := 3 + indexOf(w.r, "optimize.best_format")
	if got, want := w.raw(t, sheet, cellName(6, best)), w.cat.T("doc.type.reel"); got != want {
		t.Errorf("best_format value label = %q, want %q", got, want)
	}
	// formatted display of a ratio and a pp value
	er := 3 + indexOf(w.r, "engage.er_reach")
	if got, _ := w.f.GetCellValue(sheet, cellName(5, er)); got != "8.6%" {
		t.Errorf("er_reach shown as %q, want 8.6%%", got)
	}
	if got, _ := w.f.GetCellValue(sheet, cellName(9, er)); got != "+1.00 pp" {
		t.Errorf("er_reach change shown as %q, want +1.00 pp", got)
	}
}

func indexOf(r *report.Report, id string) int {
	for i := range r.Indicators {
		if r.Indicators[i].ID == id {
			return i
		}
	}
	return -1
}

func testMonthly(t *testing.T, w *written) {
	sheet := w.names["monthly"]
	for i := range w.r.Indicators {
		res := &w.r.Indicators[i]
		k := 1.0
		if res.Unit == "pp" {
			k = 100
		}
		for m := range w.r.Monthly {
			mv := w.r.Monthly[m].Indicators[i].Value
			var want *float64
			if mv != nil {
				x := *mv * k
				want = &x
			}
			wantNum(t, fmt.Sprintf("%s month %d", res.ID, m), w.raw(t, sheet, cellName(4+m, 3+i)), want)
		}
	}
}

func testPosts(t *testing.T, w *written) {
	sheet := w.names["posts"]
	rows, err := w.f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), 2+len(w.r.Posts); got != want {
		t.Fatalf("posts sheet has %d rows, want %d", got, want)
	}
	for i := range w.r.Posts {
		p := &w.r.Posts[i]
		row := rows[2+i]
		cell := func(col int) string {
			if col-1 < len(row) {
				return row[col-1]
			}
			return ""
		}
		if cell(1) != fmt.Sprint(i+1) || cell(15) != p.Key || cell(5) != p.Caption || cell(14) != p.Permalink {
			t.Fatalf("post %d: row %q does not match key %q caption %q", i, row, p.Key, p.Caption)
		}
		for col, v := range map[int]*float64{6: p.Views, 7: p.Reach, 8: p.Likes, 9: p.Comments,
			10: p.Shares, 11: p.Saves, 12: p.Interactions, 13: p.ER} {
			wantNum(t, fmt.Sprintf("post %d col %d", i, col), cell(col), v)
		}
	}
	// publish time: a real date-time in the report time zone
	if got, _ := w.f.GetCellValue(sheet, "B3"); got != strings.Replace(w.r.Posts[0].Published, "T", " ", 1) {
		t.Errorf("B3 shown as %q, want %q", got, w.r.Posts[0].Published)
	}
	for cell, want := range map[string]string{"A3": fmtCount, "B3": fmtDateTime, "G3": fmtCount, "L3": fmtCount, "M3": fmtPct} {
		if got := w.numFmt(t, sheet, cell); got != want {
			t.Errorf("%s!%s format = %q, want %q", sheet, cell, got, want)
		}
	}
	// post 10 has no reach: blank reach and ER cells, not 0
	if got := w.raw(t, sheet, "G12"); got != "" {
		t.Errorf("post without reach: G12 = %q, want blank", got)
	}
	tables, err := w.f.GetTables(sheet)
	if err != nil || len(tables) != 1 || tables[0].Range != fmt.Sprintf("A2:P%d", 2+len(w.r.Posts)) {
		t.Errorf("posts tables = %+v (%v), want one over A2:P%d", tables, err, 2+len(w.r.Posts))
	}
}

func testDaily(t *testing.T, w *written) {
	sheet := w.names["daily"]
	bd := w.r.Breakdowns
	reach := bd.Daily[report.SeriesReach]
	if len(reach) != 61 {
		t.Fatalf("fixture has %d days", len(reach))
	}
	for i, dv := range reach {
		row := 3 + i
		wantNum(t, "date", w.raw(t, sheet, cellName(1, row)), ptr(float64(dv.Date)+25569))
		wantNum(t, "reach "+dv.Date.String(), w.raw(t, sheet, cellName(2, row)), &dv.Value)
		wantNum(t, "followers "+dv.Date.String(), w.raw(t, sheet, cellName(6, row)), &bd.FollowerTrend[i].Value)
		wantNum(t, "posts "+dv.Date.String(), w.raw(t, sheet, cellName(7, row)), &bd.PostsPerDay[i].Value)
	}
	if got, _ := w.f.GetCellValue(sheet, "A3"); got != "2026-09-01" {
		t.Errorf("A3 shown as %q, want 2026-09-01", got)
	}
	if got := w.numFmt(t, sheet, "A3"); got != fmtDate {
		t.Errorf("date format = %q", got)
	}
	if got := w.numFmt(t, sheet, "B3"); got != fmtCount {
		t.Errorf("reach format = %q", got)
	}
	// the event of 2026-09-17 (row 3+16) is on its date, as text
	if got := w.raw(t, sheet, "H19"); got != hostileEvent {
		t.Errorf("H19 = %q, want the event label", got)
	}
}

func ptr(v float64) *float64 { return &v }

// findRow returns the first row (from 1) whose column A raw value is text.
func (w *written) findRow(t *testing.T, sheet, text string) int {
	t.Helper()
	rows, err := w.f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == text {
			return i + 1
		}
	}
	t.Fatalf("%s: no row starts with %q", sheet, text)
	return 0
}

func testSummary(t *testing.T, w *written) {
	sheet := w.names["summary"]
	if got := w.raw(t, sheet, "A2"); got != w.r.Meta.Organization {
		t.Errorf("A2 = %q, want the organisation", got)
	}
	acc := w.findRow(t, sheet, w.cat.T("xlsx.meta.account"))
	if got := w.raw(t, sheet, cellName(2, acc)); got != "@kabcontoh" {
		t.Errorf("account = %q", got)
	}
	rd := w.findRow(t, sheet, w.cat.T("xlsx.meta.report_date"))
	if got, _ := w.f.GetCellValue(sheet, cellName(2, rd)); got != "2026-11-05" {
		t.Errorf("report date shown as %q", got)
	}
	// KPIs: the document's headline tiles that are indicators, in the
	// document's order (one owner of the choice), with status colours
	kpi := w.findRow(t, sheet, w.cat.T("xlsx.block.kpi"))
	var withTarget []*report.Result
	for _, tile := range docFor(w.r, w.cat.Lang).Briefing.Tiles {
		if res := w.r.Indicator(tile.ID); res != nil {
			withTarget = append(withTarget, res)
		}
	}
	if len(withTarget) < 7 {
		t.Fatalf("only %d indicator tiles", len(withTarget))
	}
	for i, res := range withTarget {
		row := kpi + 2 + i
		if got := w.raw(t, sheet, cellName(1, row)); got != res.Label {
			t.Errorf("KPI %d = %q, want %q", i, got, res.Label)
		}
		k := 1.0
		if res.Unit == "pp" {
			k = 100
		}
		var want *float64
		if res.Value != nil {
			want = ptr(*res.Value * k)
		}
		wantNum(t, "KPI "+res.ID, w.raw(t, sheet, cellName(2, row)), want)
		if got, want := w.fill(t, sheet, cellName(8, row)), statusColours[res.Status][0]; got != want {
			t.Errorf("KPI %s status fill = %q, want %q", res.ID, got, want)
		}
	}
	// stage scores
	sc := w.findRow(t, sheet, w.cat.T("xlsx.block.scores")) + 2
	for i, st := range report.StageIDs() {
		wantNum(t, "score "+st, w.raw(t, sheet, cellName(2, sc+i)), w.r.StageScores.Get(st))
	}
	if got := w.numFmt(t, sheet, cellName(2, sc)); got != fmtPct {
		t.Errorf("score format = %q", got)
	}
	if got, want := w.raw(t, sheet, cellName(1, sc+1)), w.cat.T("xlsx.score.missing", w.r.Framework.Stages[1].Label.In(w.lang)); got != want {
		t.Errorf("missing score label = %q, want %q", got, want)
	}
	// findings
	fr := w.findRow(t, sheet, w.cat.T("xlsx.block.findings"))
	for i, f := range w.r.Findings {
		if got := w.raw(t, sheet, cellName(1, fr+1+i)); got != f {
			t.Errorf("finding %d = %q", i, got)
		}
	}
}

func testBlocks(t *testing.T, w *written) {
	content := w.names["content"]
	fm := w.findRow(t, content, w.cat.T("xlsx.table.format_mix"))
	for i, g := range w.r.Breakdowns.FormatMix {
		row := fm + 2 + i
		if got, want := w.raw(t, content, cellName(1, row)), w.cat.T("doc.type."+g.Name); got != want {
			t.Errorf("format mix %d = %q, want %q", i, got, want)
		}
		wantNum(t, "format posts", w.raw(t, content, cellName(2, row)), ptr(float64(g.Posts)))
		wantNum(t, "format ER", w.raw(t, content, cellName(5, row)), g.ER)
	}
	hm := w.findRow(t, content, w.cat.T("xlsx.table.heatmap"))
	c := w.r.Breakdowns.Heatmap[0]
	wantNum(t, "heatmap cell", w.raw(t, content, cellName(2+c.Weekday, hm+2+c.Hour)), &c.MeanER)

	aud := w.names["audience"]
	ct := w.findRow(t, aud, w.cat.T("xlsx.table.cities"))
	for i, s := range w.r.Breakdowns.Audience.Cities {
		if got := w.raw(t, aud, cellName(1, ct+2+i)); got != s.Name {
			t.Errorf("city %d = %q, want %q", i, got, s.Name)
		}
		wantNum(t, "city share", w.raw(t, aud, cellName(2, ct+2+i)), &s.Share)
	}
	ag := w.findRow(t, aud, w.cat.T("xlsx.table.age_gender"))
	for i, a := range w.r.Breakdowns.Audience.AgeGender {
		wantNum(t, "women "+a.Age, w.raw(t, aud, cellName(2, ag+2+i)), a.Women)
		wantNum(t, "men "+a.Age, w.raw(t, aud, cellName(3, ag+2+i)), a.Men)
	}

	com := w.names["comments"]
	rt := w.findRow(t, com, w.cat.T("xlsx.table.response_times"))
	for i, c := range w.r.Breakdowns.ResponseTimes {
		if got := w.rowTexts(t, com, rt+2+i, 2); got[0] != c.Name || got[1] != fmt.Sprint(c.Count) {
			t.Errorf("response time %d = %q, want %s %d", i, got, c.Name, c.Count)
		}
	}
	kf := w.findRow(t, com, w.cat.T("xlsx.table.key_figures"))
	rr := w.r.Indicator("manage.response_rate")
	if got := w.raw(t, com, cellName(1, kf+3)); got != rr.Label {
		t.Errorf("comments key figure 2 = %q, want %q", got, rr.Label)
	}
	wantNum(t, "response rate", w.raw(t, com, cellName(2, kf+3)), rr.Value)

	mon := w.names["monitoring"]
	cs := w.findRow(t, mon, w.cat.T("xlsx.table.cases"))
	for i, c := range w.r.Breakdowns.CasesByCategory {
		if got := w.rowTexts(t, mon, cs+2+i, 2); got[0] != c.Name || got[1] != fmt.Sprint(c.Count) {
			t.Errorf("case row %d = %q", i, got)
		}
	}

	tri := w.names["triangulation"]
	for i, tr := range w.r.Triangulation {
		got := w.rowTexts(t, tri, 3+i, 15)
		var labels []string // indicator labels, never ids
		for _, id := range tr.Indicators {
			labels = append(labels, w.r.Indicator(id).Label)
		}
		want := []string{tr.Code, "", "", fmt.Sprint(tr.Met), fmt.Sprint(tr.WithTarget), strings.Join(labels, ", "),
			fmt.Sprint(tr.Interviews), fmt.Sprint(tr.Observations), fmt.Sprint(tr.Documents)}
		got[1], got[2] = "", ""
		if !reflect.DeepEqual(got[:9], want) {
			t.Errorf("triangulation row %d = %q, want %q", i, got[:9], want)
		}
		if got[14] != w.cat.T("xlsx.assess."+tr.Verdict) {
			t.Errorf("verdict = %q", got[14])
		}
	}
	if got := w.raw(t, tri, "N3"); got != "lainnya: 2" {
		t.Errorf("other verdicts = %q, want \"lainnya: 2\"", got)
	}
}

func testQuality(t *testing.T, w *written) {
	sheet := w.names["quality"]
	for i, fr := range w.r.DataQuality {
		got := w.rowTexts(t, sheet, 3+i, 15)
		if got[0] != fr.Path || got[2] != fr.Preset || got[3] != fr.Encoding {
			t.Errorf("file %d = %q", i, got)
		}
		if got[7] != fmt.Sprint(fr.RowsRead) || got[8] != fmt.Sprint(fr.RowsUsed) || got[9] != fmt.Sprint(fr.SkippedTotal()) {
			t.Errorf("file %d rows = %q", i, got[7:10])
		}
		if got[10] != fmt.Sprint(fr.Skipped["duplicate"]) || got[11] != fmt.Sprint(fr.Skipped["no_date"]) {
			t.Errorf("file %d skipped by reason = %q", i, got[10:12])
		}
		if got[12] != strings.Join(fr.Warnings, "\n") || got[14] != fr.SHA256 || got[13] != fmt.Sprint(fr.Size) {
			t.Errorf("file %d warnings/sha/size = %q", i, got[12:])
		}
		if fr.Coverage != nil {
			wantNum(t, "coverage from", got[5], ptr(float64(fr.Coverage.From)+25569))
		}
	}
	if got := w.raw(t, sheet, "E3"); got != "TAB" {
		t.Errorf("tab delimiter shown as %q", got)
	}
}

func testEvidence(t *testing.T, w *written) {
	sheet := w.names["evidence"]
	row := 3
	for _, ev := range w.r.Evidence {
		for _, g := range [][]report.Quote{ev.Interviews, ev.Observations, ev.Documents} {
			for _, q := range g {
				got := w.rowTexts(t, sheet, row, 12)
				if got[0] != ev.Code || got[4] != q.NoteID || got[5] != q.Who || got[11] != q.Text {
					t.Errorf("evidence row %d = %q", row, got)
				}
				row++
			}
		}
	}
	if got := w.raw(t, sheet, fmt.Sprintf("A%d", row)); got != "" {
		t.Errorf("extra evidence row %d: %q", row, got)
	}
}

func testPanes(t *testing.T, w *written) {
	want := map[string]excelize.Panes{
		"indicators":    {Freeze: true, XSplit: 1, YSplit: 2, TopLeftCell: "B3"},
		"monthly":       {Freeze: true, XSplit: 2, YSplit: 2, TopLeftCell: "C3"},
		"posts":         {Freeze: true, YSplit: 2, TopLeftCell: "A3"},
		"daily":         {Freeze: true, YSplit: 2, TopLeftCell: "A3"},
		"evidence":      {Freeze: true, YSplit: 2, TopLeftCell: "A3"},
		"triangulation": {Freeze: true, XSplit: 1, YSplit: 2, TopLeftCell: "B3"},
		"quality":       {Freeze: true, XSplit: 1, YSplit: 2, TopLeftCell: "B3"},
		"methodology":   {Freeze: true, YSplit: 2, TopLeftCell: "A3"},
	}
	for id, p := range want {
		got, err := w.f.GetPanes(w.names[id])
		if err != nil {
			t.Fatal(err)
		}
		if got.Freeze != p.Freeze || got.XSplit != p.XSplit || got.YSplit != p.YSplit || got.TopLeftCell != p.TopLeftCell {
			t.Errorf("%s panes = %+v, want %+v", w.names[id], got, p)
		}
	}
}

func testDocProps(t *testing.T, w *written) {
	p, err := w.f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	lang := map[string]string{"id": "id-ID", "en": "en-US"}[w.lang]
	if p.Title != w.r.Meta.Title || p.Creator != w.r.Meta.Organization || p.Language != lang ||
		p.Created != "2026-11-05T00:00:00Z" || p.Modified != "2026-11-05T00:00:00Z" || p.Subject != w.r.Period.ID {
		t.Errorf("doc props = %+v", p)
	}
	a, err := w.f.GetAppProps()
	if err != nil {
		t.Fatal(err)
	}
	if a.Company != w.r.Meta.Organization || a.Application != "rapor" {
		t.Errorf("app props = %+v", a)
	}
}

func testWidths(t *testing.T, w *written) {
	for _, c := range []struct {
		id, col  string
		min, max float64
	}{
		{"posts", "E", 40, 50}, // caption: wide, capped
		{"posts", "A", 6, 10},  // number
		{"indicators", "A", 25, 35},
		{"evidence", "L", 60, 80},
	} {
		got, err := w.f.GetColWidth(w.names[c.id], c.col)
		if err != nil || got < c.min || got > c.max {
			t.Errorf("%s column %s width = %v (%v), want %v..%v", w.names[c.id], c.col, got, err, c.min, c.max)
		}
	}
}
