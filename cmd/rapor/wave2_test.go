package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/framework"
	"github.com/xuri/excelize/v2"
)

// TestExampleSecondWave builds the example in both languages and checks
// that the 13 second-wave indicators reach every output with their labels
// in the report language, that the example exercises them (an unfollows
// series, a spike with its posts, questions, working hours, a near target),
// and that the near status shows in the report, the workbook and the JSON.
func TestExampleSecondWave(t *testing.T) {
	t.Parallel()
	fw, probs := framework.Load("", "")
	if fw == nil || len(probs) > 0 {
		t.Fatal(probs)
	}
	wave2 := framework.Computable()[33:]
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			out := builtExample(t, lang).Out
			var doc struct {
				Indicators []struct {
					ID     string   `json:"id"`
					Label  string   `json:"label"`
					Value  *float64 `json:"value"`
					Status string   `json:"status"`
				} `json:"indicators"`
				Breakdowns struct {
					SpikeDays []struct {
						Date  string            `json:"date"`
						Posts []json.RawMessage `json:"posts"`
					} `json:"spike_days"`
					ERVariants []json.RawMessage `json:"er_variants"`
					Daily      map[string][]any  `json:"daily"`
				} `json:"breakdowns"`
			}
			b, err := os.ReadFile(filepath.Join(out, "indicators.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			page, err := os.ReadFile(filepath.Join(out, "report.html"))
			if err != nil {
				t.Fatal(err)
			}
			text := html.UnescapeString(string(page))
			book := workbookText(t, filepath.Join(out, "report.xlsx"), lang)
			byID := map[string]int{}
			for i, r := range doc.Indicators {
				byID[r.ID] = i
			}
			for _, id := range wave2 {
				i, ok := byID[id]
				if !ok {
					t.Errorf("%s: not in indicators.json", id)
					continue
				}
				r := doc.Indicators[i]
				if want := fw.Indicator(id).Label.In(lang); r.Label != want {
					t.Errorf("%s: label %q, want %q", id, r.Label, want)
				}
				if r.Value == nil {
					t.Errorf("%s: no value in the example", id)
				}
				if !strings.Contains(text, r.Label) || !strings.Contains(book, r.Label) {
					t.Errorf("%s: label %q missing from the report or the workbook", id, r.Label)
				}
			}
			if i, ok := byID["manage.question_response_rate"]; !ok || doc.Indicators[i].Status != "near" {
				t.Errorf("the example has no near target")
			}
			near := map[string]string{"id": "Hampir tercapai", "en": "Nearly met"}[lang]
			if !strings.Contains(text, `status-near">`+near) || !strings.Contains(book, near) {
				t.Errorf("near status %q missing from the report or the workbook", near)
			}
			sd := doc.Breakdowns.SpikeDays
			if len(sd) == 0 || len(sd[0].Posts) == 0 {
				t.Errorf("spike days %+v: want at least one with posts", sd)
			}
			spikePosts := map[string]string{"id": "Unggahan hari itu atau sehari sebelumnya", "en": "Posts that day or the day before"}[lang]
			if !strings.Contains(book, spikePosts) {
				t.Errorf("the workbook has no spike-days table (%q)", spikePosts)
			}
			spike := map[string]string{"id": "Lonjakan", "en": "Spike"}[lang]
			if !strings.Contains(text, spike) {
				t.Errorf("the daily chart marks no spike (%q)", spike)
			}
			if len(doc.Breakdowns.ERVariants) != 4 || len(doc.Breakdowns.Daily["unfollows"]) == 0 {
				t.Errorf("ER variants %d, daily unfollows %d", len(doc.Breakdowns.ERVariants), len(doc.Breakdowns.Daily["unfollows"]))
			}
		})
	}
}

// workbookText returns every cell of the workbook's sheets as one text.
func workbookText(t *testing.T, path, _ string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sb strings.Builder
	for _, name := range f.GetSheetList() { // sheets without data are left out
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			sb.WriteString(strings.Join(r, "\t"))
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}
