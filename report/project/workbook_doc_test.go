package project_test

import (
	"encoding/json"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/present"
)

// TestWorkbookShowsNoCode (beside the build, which loads the example): the
// workbook data of the example, in both
// languages, holds every indicator and post of the Report, and no string a
// reader sees is a raw reason or status code (only Status.Code and units
// keep codes, for styling and number formats).
func TestWorkbookShowsNoCode(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range report.Reasons() {
		codes[c] = true
	}
	for _, c := range report.Statuses() {
		codes[c] = true
	}
	for _, lang := range []string{"id", "en"} {
		_, r, _ := example(t, lang)
		// every reason code on some indicator, for the current and the
		// previous period
		for i, c := range report.Reasons() {
			res := &r.Indicators[i%len(r.Indicators)]
			res.Value, res.Reason = nil, c
			res.Previous, res.PreviousReason = nil, c
		}
		d, err := present.Document(r, msg.MustLoad(lang))
		if err != nil {
			t.Fatal(err)
		}
		w := d.Workbook
		if w == nil {
			t.Fatalf("%s: no workbook data", lang)
		}
		if len(w.Indicators) != len(r.Indicators) || len(w.Posts) != len(r.Posts) {
			t.Fatalf("%s: %d indicators and %d posts, the report has %d and %d", lang,
				len(w.Indicators), len(w.Posts), len(r.Indicators), len(r.Posts))
		}
		reasons := 0
		for i, row := range w.Indicators {
			if r.Indicators[i].Reason != "" {
				reasons++
				if row.Reason == "" {
					t.Errorf("%s: %s has reason %q but no reason label", lang, row.ID, r.Indicators[i].Reason)
				}
			}
		}
		if reasons < len(report.Reasons()) {
			t.Fatalf("%s: %d indicators with a reason, want %d", lang, reasons, len(report.Reasons()))
		}
		var tree any
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &tree); err != nil {
			t.Fatal(err)
		}
		walkStrings(tree, "", func(key, s string) {
			if key != "code" && key != "unit" && codes[s] {
				t.Errorf("%s: workbook field %q holds the raw code %q", lang, key, s)
			}
		})
	}
}

// TestWorkbookRatesInPoints: a change of a ratio indicator is in percentage
// points (raw in points), a change of a count in its unit, as the workbook
// stores them.
func TestWorkbookRatesInPoints(t *testing.T) {
	_, r, d := example(t, "en")
	checked := 0
	for i, row := range d.Workbook.Indicators {
		res := &r.Indicators[i]
		if res.Change == nil || row.Change.Raw == nil {
			continue
		}
		switch res.Unit {
		case "ratio", "pp":
			if row.Change.Unit != doc.UnitPP || *row.Change.Raw != *res.Change*100 {
				t.Errorf("%s: change %v %s, want %v pp", res.ID, *row.Change.Raw, row.Change.Unit, *res.Change*100)
			}
			checked++
		case "count":
			if row.Change.Unit != doc.UnitCount || *row.Change.Raw != *res.Change {
				t.Errorf("%s: change %v %s, want %v count", res.ID, *row.Change.Raw, row.Change.Unit, *res.Change)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no ratio or count change checked")
	}
}

// walkStrings calls fn on every string in a decoded JSON tree with the key
// it sits under.
func walkStrings(v any, key string, fn func(key, s string)) {
	switch x := v.(type) {
	case string:
		fn(key, x)
	case []any:
		for _, e := range x {
			walkStrings(e, key, fn)
		}
	case map[string]any:
		for k, e := range x {
			walkStrings(e, k, fn)
		}
	}
}
