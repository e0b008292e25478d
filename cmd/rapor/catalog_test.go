package main

import (
	"testing"

	"github.com/rapor-id/rapor/report/ingest"
	"github.com/rapor-id/rapor/report/msg"
)

// TestSkipReasonsTranslated: the data-quality appendix can name every skip
// reason in both languages.
func TestSkipReasonsTranslated(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		cat := msg.MustLoad(lang)
		for _, r := range ingest.SkipReasons {
			if !cat.Has("doc.skip." + r) {
				t.Errorf("%s: no doc.skip.%s", lang, r)
			}
		}
	}
}
