package notes

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/templates"
	"gopkg.in/yaml.v3"
)

// TestCatalogue checks templates/messages/notes.yaml: every key is prefixed
// notes. and has both languages.
func TestCatalogue(t *testing.T) {
	b, err := fs.ReadFile(templates.FS, "messages/notes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]map[string]string
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m) < 18 {
		t.Errorf("only %d keys", len(m))
	}
	for k, v := range m {
		if !strings.HasPrefix(k, "notes.") || v["id"] == "" || v["en"] == "" || len(v) != 2 {
			t.Errorf("%s: %v", k, v)
		}
	}
}
