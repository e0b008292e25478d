package project_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/present"
	"github.com/rapor-id/rapor/report/privacy"
	"github.com/rapor-id/rapor/report/project"
)

// example loads the repository's example project and builds its Report and
// Document.
func example(t *testing.T, lang string) (*project.Project, *report.Report, *doc.Document) {
	t.Helper()
	if _, err := os.Stat(exampleDir); err != nil {
		t.Skip("no example project")
	}
	p := project.Load(exampleDir, project.Options{Lang: lang, Env: func(string) string { return "" }})
	if p.Failed(false) {
		t.Fatalf("example: %v", p.Problems)
	}
	r, err := p.Report()
	if err != nil {
		t.Fatal(err)
	}
	d, err := present.Document(r, msg.MustLoad(lang))
	if err != nil {
		t.Fatal(err)
	}
	return p, r, d
}

// TestDocumentHoldsNoName: nothing handed to the writers — the whole
// Document, in both languages — holds an informant's name or a redact term.
// (It tests present.Document on the example; it lives here so that the
// present tests need not link the whole build.)
func TestDocumentHoldsNoName(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		p, _, d := example(t, lang)
		terms := append(append([]string(nil), p.Config.Privacy.Redact...), privacy.InformantTerms(p.Data.Notes)...)
		if len(terms) < 2 {
			t.Fatalf("the example should carry informants and a redact term: %v", terms)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		all := strings.ToLower(string(b))
		for _, term := range terms {
			if strings.Contains(all, strings.ToLower(term)) {
				t.Errorf("%s: the document holds %q", lang, term)
			}
		}
	}
}
