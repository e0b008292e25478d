package qual

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/framework"
	"github.com/rapor-id/rapor/report/notes"
	"github.com/rapor-id/rapor/report/privacy"
)

// TestFixturePrivacy runs the shared fixture's notes through notes.Parse and
// Build with its privacy settings (pseudonymize, redact "Bu Ratna").
func TestFixturePrivacy(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/fixtures/kab-contoh/notes/*.yaml")
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/fixtures is missing")
		}
		t.Skip("../shared/fixtures is not here")
	}
	fw, _ := framework.Load("", "")
	var all []*report.Note
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ns, ps := notes.Parse(filepath.Base(f), data, fw.Codes())
		if len(ps) > 0 {
			t.Fatalf("%s: %v", f, ps)
		}
		all = append(all, ns...)
	}
	pseud := privacy.Pseudonyms(all, true, "id")
	q := Build(fw, all, nil, pseud, false, "id")
	// Informants appear only as pseudonyms: no name in any "who" or in the
	// codes × informants table (free texts are redacted by the assembler;
	// report/project tests that).
	var whos []string
	for _, e := range q.Evidence {
		for _, qt := range e.Interviews {
			whos = append(whos, qt.Who)
		}
	}
	for _, ci := range q.CodeInformants {
		whos = append(whos, ci.Informant)
	}
	b, _ := json.Marshal(whos)
	for _, name := range []string{"rina", "wulandari", "dedi", "kurniawan"} {
		if strings.Contains(strings.ToLower(string(b)), name) {
			t.Errorf("%q appears among the informants: %s", name, b)
		}
	}
	// W1 (Rina) has the pseudonym "Informan A"; W2 (Dedi) has none and is Informan 1.
	trust := q.Evidence[2]
	if trust.Code != "share.build_trust" || len(trust.Interviews) != 1 || trust.Interviews[0].Who != "Informan A" {
		t.Errorf("build_trust evidence %+v", trust)
	}
	if pseud["Dedi Kurniawan"] != "Informan 1" {
		t.Errorf("pseudonyms %v", pseud)
	}
}
