package notes

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalogue checks templates/messages/notes.yaml: every key is prefixed
// notes. and has both languages.
func TestCatalogue(t *testing.T) {
	m := msgtest.Catalogue(t, "notes")
	if len(m) < 18 {
		t.Errorf("only %d keys", len(m))
	}
}
