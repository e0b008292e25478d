package html

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
)

// TestDump writes the fixture reports to $RAPOR_HTML_DUMP (a folder) for a
// look in a browser; it does nothing without the variable.
func TestDump(t *testing.T) {
	dir := os.Getenv("RAPOR_HTML_DUMP")
	if dir == "" {
		t.Skip("RAPOR_HTML_DUMP not set")
	}
	for _, lang := range []string{"id", "en"} {
		for name, rep := range fixtures(lang) {
			var buf bytes.Buffer
			w, err := Render(&buf, rep, Options{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s/%s: %d bytes, warnings %q", name, lang, buf.Len(), w)
			if err := os.WriteFile(filepath.Join(dir, name+"-"+lang+".html"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func fixtures(lang string) map[string]*report.Report {
	return map[string]*report.Report{
		"report":  fixture.Report(lang),
		"quarter": fixture.Quarter(lang),
		"hostile": fixture.Hostile(lang),
	}
}
