package ingest

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalogue: every ingest.* key the code uses is in
// templates/messages/ingest.yaml in both languages with the same arguments,
// and every key there is used.
func TestCatalogue(t *testing.T) {
	entries := msgtest.Catalogue(t, "ingest")
	msgtest.Covers(t, "ingest", entries, msgtest.UsedKeys(t, "ingest", "*.go"))
}
