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
	red := privacy.NewRedactor(append([]string{"Bu Ratna"}, privacy.InformantTerms(all)...), "id")
	q := Build(fw, all, nil, pseud, red, false, "id")
	b, _ := json.Marshal(q)
	for _, name := range []string{"rina", "wulandari", "dedi", "kurniawan", "ratna"} {
		if strings.Contains(strings.ToLower(string(b)), name) {
			t.Errorf("%q appears in the output", name)
		}
	}
	// W1 (Rina) has the pseudonym "Informan A"; W2 (Dedi) has none and is Informan 1.
	trust := q.Evidence[2]
	if trust.Code != "share.build_trust" || len(trust.Interviews) != 1 ||
		trust.Interviews[0].Who != "Informan A" || !strings.HasSuffix(trust.Interviews[0].Text, "kata [disamarkan].") {
		t.Errorf("build_trust evidence %+v", trust)
	}
	if red.Count() != 1 {
		t.Errorf("redactions = %d, want 1 (Bu Ratna)", red.Count())
	}
	if pseud["Dedi Kurniawan"] != "Informan 1" {
		t.Errorf("pseudonyms %v", pseud)
	}
}
