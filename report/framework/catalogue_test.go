package framework

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/templates"
	"gopkg.in/yaml.v3"
)

// TestCatalogue checks templates/messages/framework.yaml: every key is
// prefixed framework., has both languages, and every unit and direction has
// a label.
func TestCatalogue(t *testing.T) {
	b, err := fs.ReadFile(templates.FS, "messages/framework.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]map[string]string
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range m {
		if !strings.HasPrefix(k, "framework.") || v["id"] == "" || v["en"] == "" || len(v) != 2 {
			t.Errorf("%s: %v", k, v)
		}
	}
	cat := msg.MustLoad("id")
	for _, u := range Units {
		if !cat.Has("framework.unit." + u) {
			t.Errorf("no label for unit %s", u)
		}
	}
	for _, d := range Directions {
		if !cat.Has("framework.direction." + d) {
			t.Errorf("no label for direction %s", d)
		}
	}
}
