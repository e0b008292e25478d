package xlsx

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalog checks that every message key the package uses exists with
// both an id and an en text, and that the catalogue has no unused key.
func TestCatalog(t *testing.T) {
	t.Parallel()
	entries := msgtest.Catalogue(t, "xlsx")
	// keys written literally in the sources (the sheet words here, the
	// content words in report/present), plus the dynamic families
	used := msgtest.UsedKeys(t, "xlsx", "*.go", "../present/*.go")
	for _, id := range sheetIDs {
		used["xlsx.sheet."+id] = true
	}
	families := map[string][]string{
		"xlsx.dir.":      {"higher", "lower", "none"},
		"xlsx.notekind.": {"interview", "observation", "document"},
		"xlsx.assess.":   {"optimal", "belum_optimal", "tidak_ada"},
		"xlsx.weekday.":  {"0", "1", "2", "3", "4", "5", "6"},
		"xlsx.title.":    {"indicators", "monthly", "posts", "content", "daily", "audience", "comments", "monitoring", "evidence", "triangulation", "quality", "methodology"},
		"xlsx.col.":      {"profile_visits", "reach", "views", "follows", "unfollows"},
	}
	for prefix, vs := range families {
		for _, v := range vs {
			used[prefix+v] = true
		}
	}
	msgtest.Covers(t, "xlsx", entries, used)
	// the embedded catalogues load
	for _, lang := range []string{"id", "en"} {
		if !msg.MustLoad(lang).Has("xlsx.sheet.summary") {
			t.Errorf("%s catalogue lacks the xlsx keys", lang)
		}
	}
}
