package project

import (
	"os"
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/report/privacy"
)

// exampleDir is the example project of the repository.
const exampleDir = "../../data/example"

// TestExampleReportHoldsNoName builds the example (pseudonymised, with a
// redact term) and finds no informant name and no redact term in any
// string of the Report handed to the writers.
func TestExampleReportHoldsNoName(t *testing.T) {
	if _, err := os.Stat(exampleDir); err != nil {
		t.Skip("no example project")
	}
	p := Load(exampleDir, Options{Lang: "id", Env: func(string) string { return "" }})
	if p.Failed(false) {
		t.Fatalf("example: %v", p.Problems)
	}
	r, err := p.Report()
	if err != nil {
		t.Fatal(err)
	}
	terms := append(append([]string(nil), p.Config.Privacy.Redact...), privacy.InformantTerms(p.Data.Notes)...)
	if len(terms) < 2 {
		t.Fatalf("the example should carry informants and a redact term: %v", terms)
	}
	rr := *r
	rr.Framework = nil // the framework is rapor's own text
	for _, term := range terms {
		var hits []string
		stringsWith(reflect.ValueOf(rr), "", term, &hits)
		for _, h := range hits {
			t.Errorf("%q is in %s", term, h)
		}
	}
	if r.Meta.Redactions == 0 {
		t.Error("the example redacts nothing")
	}
}
