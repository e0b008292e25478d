package config

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

// TestMessages checks that every message key used by this package and by
// report/scaffold is in templates/messages/config.yaml with an id and an en
// text, that the catalogue holds no unused key, and that both texts take
// the same number of arguments.
func TestMessages(t *testing.T) {
	b, err := os.ReadFile("../../templates/messages/config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cat map[string]map[string]string
	if err := yaml.Unmarshal(b, &cat); err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	re := regexp.MustCompile(`"(config\.[a-z0-9_]+)"`)
	for _, glob := range []string{"*.go", "../scaffold/*.go"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				used[m[1]] = true
			}
		}
	}
	if len(used) < 40 {
		t.Fatalf("found only %d keys in the sources", len(used))
	}
	verb := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)
	for k := range used {
		v, ok := cat[k]
		if !ok {
			t.Errorf("key %s is used but not in config.yaml", k)
			continue
		}
		if v["id"] == "" || v["en"] == "" {
			t.Errorf("key %s lacks a text: %v", k, v)
		}
		if a, b := len(verb.FindAllString(v["id"], -1)), len(verb.FindAllString(v["en"], -1)); a != b {
			t.Errorf("key %s: id has %d arguments, en %d", k, a, b)
		}
	}
	var unused []string
	for k := range cat {
		if !used[k] {
			unused = append(unused, k)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Errorf("keys in config.yaml that nothing uses: %v", unused)
	}
	// the embedded catalogues load and hold the keys
	for _, lang := range []string{"id", "en"} {
		c, err := msg.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		for k := range used {
			if !c.Has(k) {
				t.Errorf("%s: catalogue lacks %s", lang, k)
			}
		}
	}
}
