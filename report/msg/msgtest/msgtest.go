// Package msgtest holds the checks that every package with a message
// catalogue (templates/messages/<area>.yaml) runs in its tests.
package msgtest

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/templates"
	"gopkg.in/yaml.v3"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0-9.]*[a-zA-Z]`)

// Catalogue reads templates/messages/<area>.yaml and checks its shape:
// every key starts with "<area>.", has exactly an id and an en text, both
// texts take the same fmt verbs (in the same order unless a text indexes
// its arguments with %[n]), and both embedded catalogues load.
func Catalogue(t testing.TB, area string) map[string]map[string]string {
	t.Helper()
	b, err := fs.ReadFile(templates.FS, "messages/"+area+".yaml")
	if err != nil {
		t.Fatal(err)
	}
	var entries map[string]map[string]string
	if err := yaml.Unmarshal(b, &entries); err != nil {
		t.Fatal(err)
	}
	for _, k := range sortedKeys(entries) {
		v := entries[k]
		if !strings.HasPrefix(k, area+".") {
			t.Errorf("%s: keys of %s.yaml start with %s.", k, area, area)
		}
		if v["id"] == "" || v["en"] == "" || len(v) != 2 {
			t.Errorf("%s: want exactly an id and an en text, got %v", k, v)
		}
		a, e := verb.FindAllString(v["id"], -1), verb.FindAllString(v["en"], -1)
		if strings.Contains(v["id"]+v["en"], "%[") {
			sort.Strings(a)
			sort.Strings(e)
		}
		if strings.Join(a, " ") != strings.Join(e, " ") {
			t.Errorf("%s: id takes %q, en takes %q", k, a, e)
		}
	}
	for _, lang := range []string{"id", "en"} {
		if _, err := msg.Load(lang); err != nil {
			t.Fatalf("%s catalogue: %v", lang, err)
		}
	}
	return entries
}

// UsedKeys returns the "<area>.…" keys written literally in the non-test Go
// files matched by globs; a literal ending in "." (the prefix of a key
// family) is left out: the caller adds the family's keys.
func UsedKeys(t testing.TB, area string, globs ...string) map[string]bool {
	t.Helper()
	lit := regexp.MustCompile(`"(` + regexp.QuoteMeta(area) + `\.[a-z0-9_.]+)"`)
	used := map[string]bool{}
	for _, g := range globs {
		files, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
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
	}
	return used
}

// Covers checks that every used key is in the catalogue and every key of
// the catalogue is used.
func Covers(t testing.TB, area string, entries map[string]map[string]string, used map[string]bool) {
	t.Helper()
	for _, k := range sortedKeys(used) {
		if _, ok := entries[k]; !ok {
			t.Errorf("%s is used but not in %s.yaml", k, area)
		}
	}
	for _, k := range sortedKeys(entries) {
		if !used[k] {
			t.Errorf("%s is in %s.yaml but never used", k, area)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
