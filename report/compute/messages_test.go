package compute

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
	"github.com/rapor-id/rapor/templates"
	"gopkg.in/yaml.v3"
)

// TestMessages: every compute.* key the code uses is in
// templates/messages/compute.yaml with both languages and the same fmt
// verbs, and every key there is used.
func TestMessages(t *testing.T) {
	b, err := fs.ReadFile(templates.FS, "messages/compute.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cat map[string]map[string]string
	if err := yaml.Unmarshal(b, &cat); err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	files, _ := filepath.Glob("*.go")
	lit := regexp.MustCompile(`"(compute\.[a-z0-9_.]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") {
				used[m[1]] = true
			}
		}
	}
	for _, ty := range append(append([]report.PostType(nil), report.FeedTypes...), report.Story) {
		used["compute.type."+string(ty)] = true
	}
	for _, r := range Reasons() {
		used[ReasonKey(r)] = true
	}
	for _, u := range []string{format.UnitDays, format.UnitHours, format.UnitPerWeek, format.UnitPerDay} {
		used["compute.unit."+u] = true
	}
	verbs := regexp.MustCompile(`%(\[\d+\])?[sdvf]`)
	count := func(s string) []string {
		v := verbs.FindAllString(s, -1)
		sort.Strings(v)
		return v
	}
	for key := range used {
		m, ok := cat[key]
		if !ok {
			t.Errorf("%s is used but not in compute.yaml", key)
			continue
		}
		if m["id"] == "" || m["en"] == "" {
			t.Errorf("%s lacks a language: %v", key, m)
		}
		if strings.Join(count(m["id"]), " ") != strings.Join(count(m["en"]), " ") {
			t.Errorf("%s: id and en take different arguments: %q / %q", key, m["id"], m["en"])
		}
	}
	for key := range cat {
		if !strings.HasPrefix(key, "compute.") {
			t.Errorf("%s: keys of compute.yaml start with compute.", key)
		}
		if !used[key] {
			t.Errorf("%s is in compute.yaml but never used", key)
		}
	}
}
