package msg

import (
	"io/fs"
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/templates"
	"gopkg.in/yaml.v3"
)

// TestQuickReadCatalogues: every embedded catalogue takes the quick path
// (else start-up slows down by the YAML parser) and reads exactly as YAML
// reads it.
func TestQuickReadCatalogues(t *testing.T) {
	files, err := fs.Glob(templates.FS, "messages/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(templates.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]map[string]string
		if err := yaml.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		got, ok := quickRead(b)
		if !ok {
			t.Errorf("%s strays from the plain catalogue form (msg.quickRead): write each text double-quoted on its own `  id: \"…\"` line or as `key: {id: \"…\", en: \"…\"}`", f)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the quick reader reads %v, YAML %v", f, got, want)
		}
	}
}

// TestQuickReadAgreesWithYAML: whatever the quick reader accepts reads as
// YAML reads it, and what YAML would read differently or reject is left
// to YAML.
func TestQuickReadAgreesWithYAML(t *testing.T) {
	tests := []struct {
		name, src string
		quick     bool
	}{
		{"block", "# c\na.b:\n  id: \"x %d\"\n  en: \"y\"\n\n", true},
		{"flow", "a.b: {id: \"x\", en: \"y\"}\nc: {en: \"z\"}  \n", true},
		{"escapes", "a:\n  id: \"q \\\" b \\\\ n \\n t \\t # not a comment\"\n", true},
		{"dash in key", "doc.kind.qda-csv: {id: \"x\", en: \"y\"}\n", true},
		{"utf8 and colon", "a: {id: \"Desa: ümlaut — 日本\", en: \"a: b\"}\n", true},
		{"indented comment", "a:\n  # note\n  id: \"x\"\n", true},
		{"other escape", "a:\n  id: \"\\u00e9\\x41\"\n", false},
		{"folded line", "a:\n  id: \"one\n    two\"\n", false},
		{"plain text", "a:\n  id: plain text\n", false},
		{"single quoted", "a:\n  id: 'it''s'\n", false},
		{"trailing comment", "a:\n  id: \"x\" # c\n", false},
		{"duplicate key", "a:\n  id: \"x\"\na:\n  id: \"y\"\n", false},
		{"duplicate language", "a: {id: \"x\", id: \"y\"}\n", false},
		{"empty key", "a:\nb:\n  id: \"y\"\n", false},
		{"empty key at end", "a:\n", false},
		{"bool key", "true:\n  id: \"x\"\n", false},
		{"scalar value", "a: \"x\"\n", false},
		{"tab", "a:\n\tid: \"x\"\n", false},
		{"crlf", "a:\r\n  id: \"x\"\r\n", false},
		{"document marker", "---\na:\n  id: \"x\"\n", false},
		{"deeper indent", "a:\n    id: \"x\"\n", false},
		{"control char", "a: {id: \"x\x01\"}\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := quickRead([]byte(tt.src))
			if ok != tt.quick {
				t.Fatalf("quick path %v, want %v", ok, tt.quick)
			}
			var want map[string]map[string]string
			werr := yaml.Unmarshal([]byte(tt.src), &want)
			if ok && (werr != nil || !reflect.DeepEqual(got, want)) {
				t.Errorf("quick reads %q, YAML %q (err %v)", got, want, werr)
			}
			m, err := readCatalogue([]byte(tt.src))
			if (err != nil) != (werr != nil) || err == nil && !reflect.DeepEqual(m, want) {
				t.Errorf("readCatalogue %q, %v; YAML %q, %v", m, err, want, werr)
			}
		})
	}
}
