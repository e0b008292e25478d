package project

import "testing"

func TestChooseNarrativeFiles(t *testing.T) {
	files := []string{"n/engage.md", "n/manage.id.md", "n/optimize.en.md", "n/share.en.md", "n/share.md", "n/x.id.md", "n/x.md"}
	cases := []struct {
		reportLang, projectLang string
		want                    map[string]string // path -> language
	}{
		{"id", "id", map[string]string{"n/engage.md": "id", "n/manage.id.md": "id", "n/optimize.en.md": "en", "n/share.md": "id", "n/x.id.md": "id"}},
		{"en", "id", map[string]string{"n/engage.md": "id", "n/manage.id.md": "id", "n/optimize.en.md": "en", "n/share.en.md": "en", "n/x.id.md": "id"}},
		{"en", "en", map[string]string{"n/engage.md": "en", "n/manage.id.md": "id", "n/optimize.en.md": "en", "n/share.en.md": "en", "n/x.md": "en"}},
	}
	for _, tc := range cases {
		got := chooseNarrativeFiles(files, tc.reportLang, tc.projectLang)
		if len(got.paths) != len(tc.want) {
			t.Errorf("%s/%s: chose %v, want %v", tc.reportLang, tc.projectLang, got.paths, tc.want)
			continue
		}
		for _, p := range got.paths {
			if l, ok := tc.want[p]; !ok || got.lang[p] != l {
				t.Errorf("%s/%s: %s in %q, want in %v", tc.reportLang, tc.projectLang, p, got.lang[p], tc.want)
			}
		}
	}
}
