package xlsx

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"gopkg.in/yaml.v3"
)

// TestCatalog checks that every message key the package uses exists with
// both an id and an en text, and that the catalogue has no unused key.
func TestCatalog(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "templates", "messages", "xlsx.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var entries map[string]map[string]string
	if err := yaml.Unmarshal(b, &entries); err != nil {
		t.Fatal(err)
	}
	for k, v := range entries {
		if !strings.HasPrefix(k, "xlsx.") {
			t.Errorf("key %q lacks the xlsx. prefix", k)
		}
		if v["id"] == "" || v["en"] == "" || len(v) != 2 {
			t.Errorf("key %q: want exactly id and en texts, got %v", k, v)
		}
	}
	// keys written literally in the sources, plus the dynamic families
	used := map[string]bool{}
	files, _ := filepath.Glob("*.go")
	reKey := regexp.MustCompile(`"(xlsx\.[a-z_.0-9]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reKey.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") {
				used[m[1]] = true
			}
		}
	}
	for _, id := range sheetIDs {
		used["xlsx.sheet."+id] = true
	}
	families := map[string][]string{
		"xlsx.status.":   {"met", "not_met", "no_target", "no_data"},
		"xlsx.reason.":   {"no_data", "no_coverage", "snapshot_input", "no_comparison", "zero_base", "too_few_items"},
		"xlsx.unit.":     {"count", "ratio", "per_week", "per_day", "days", "hours", "pp"},
		"xlsx.dir.":      {"higher", "lower", "none"},
		"xlsx.type.":     {"image", "carousel", "reel", "video", "story"},
		"xlsx.notekind.": {"interview", "observation", "document"},
		"xlsx.assess.":   {"optimal", "belum_optimal", "tidak_ada"},
		"xlsx.kind.":     {"posts", "daily", "audience", "comments", "monitoring", "notes"},
		"xlsx.weekday.":  {"0", "1", "2", "3", "4", "5", "6"},
		"xlsx.title.":    {"indicators", "monthly", "posts", "content", "daily", "audience", "comments", "monitoring", "evidence", "triangulation", "quality", "methodology"},
		"xlsx.col.":      {"profile_visits", "reach", "views", "follows"},
	}
	for prefix, vs := range families {
		for _, v := range vs {
			used[prefix+v] = true
		}
	}
	var missing, unused []string
	for k := range used {
		if _, ok := entries[k]; !ok {
			missing = append(missing, k)
		}
	}
	for k := range entries {
		if !used[k] {
			unused = append(unused, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(unused)
	if len(missing) > 0 {
		t.Errorf("keys used but not in xlsx.yaml: %q", missing)
	}
	if len(unused) > 0 {
		t.Errorf("keys in xlsx.yaml never used: %q", unused)
	}
	// id and en texts take the same format verbs in the same order
	reVerb := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)
	for k, v := range entries {
		if a, b := reVerb.FindAllString(v["id"], -1), reVerb.FindAllString(v["en"], -1); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%s: id verbs %q, en verbs %q", k, a, b)
		}
	}
	// the embedded catalogues load
	for _, lang := range []string{"id", "en"} {
		cat, err := msg.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if !cat.Has("xlsx.sheet.summary") {
			t.Errorf("%s catalogue lacks the xlsx keys", lang)
		}
	}
}
