package framework

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalogue checks templates/messages/framework.yaml: every key is
// prefixed framework., has both languages, and every unit and direction has
// a label.
func TestCatalogue(t *testing.T) {
	t.Parallel()
	msgtest.Catalogue(t, "framework")
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
