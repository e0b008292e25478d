package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rapor-id/rapor/report/xlsx"
	"github.com/xuri/excelize/v2"
)

// TestWorkbookMatchesIndicatorsJSON builds the example in both languages
// and reads the workbook back: every indicator's value and previous value
// on the indicators sheet equals indicators.json, and the posts sheet holds
// one row per OWN post.
func TestWorkbookMatchesIndicatorsJSON(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			out := builtExample(t, lang).Out
			var doc struct {
				Indicators []struct {
					ID       string   `json:"id"`
					Unit     string   `json:"unit"`
					Value    *float64 `json:"value"`
					Previous *float64 `json:"previous"`
				} `json:"indicators"`
			}
			b, err := os.ReadFile(filepath.Join(out, "indicators.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(filepath.Join(out, "report.xlsx"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			names := xlsx.SheetNames(lang)
			// the workbook's sheets are SheetNames in order, less those
			// without data (the example is one month: no month-by-month sheet)
			if got := f.GetSheetList(); !inOrder(got, names) || len(got) < len(names)-2 || got[1] != names[1] {
				t.Fatalf("sheets %v, want %v less the empty ones", got, names)
			}
			rows, err := f.GetRows(names[1], excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string][]string{}
			for _, r := range rows[2:] {
				if len(r) > 0 {
					byID[r[0]] = r
				}
			}
			cell := func(r []string, i int) *float64 {
				if i >= len(r) || r[i] == "" {
					return nil
				}
				v, err := strconv.ParseFloat(r[i], 64)
				if err != nil {
					t.Errorf("%q is not a number", r[i])
					return nil
				}
				return &v
			}
			same := func(a, b *float64) bool {
				if a == nil || b == nil {
					return a == nil && b == nil
				}
				return math.Abs(*a-*b) <= 1e-12*math.Max(1, math.Abs(*b))
			}
			for _, ind := range doc.Indicators {
				r, ok := byID[ind.ID]
				if !ok {
					t.Errorf("%s missing from the indicators sheet", ind.ID)
					continue
				}
				want, wantPrev := ind.Value, ind.Previous
				if ind.Unit == "pp" && want != nil { // stored ×100 with a "pp" format
					v := *want * 100
					want = &v
				}
				if got := cell(r, 4); !same(got, want) {
					t.Errorf("%s value: sheet %v, json %v", ind.ID, deref(got), deref(want))
				}
				if got := cell(r, 6); !same(got, wantPrev) {
					t.Errorf("%s previous: sheet %v, json %v", ind.ID, deref(got), deref(wantPrev))
				}
			}
			posts, err := f.GetRows(names[3], excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, r := range posts[2:] {
				if len(r) > 0 && r[0] != "" {
					n++
				}
			}
			var own float64
			for _, ind := range doc.Indicators {
				if ind.ID == "share.posts" {
					own = *ind.Value
				}
			}
			if float64(n) != own {
				t.Errorf("posts sheet has %d rows, share.posts is %v", n, own)
			}
		})
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// inOrder reports whether every element of sub appears in all, in order.
func inOrder(sub, all []string) bool {
	i := 0
	for _, s := range all {
		if i < len(sub) && sub[i] == s {
			i++
		}
	}
	return i == len(sub)
}
