package qda

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalogue checks templates/messages/qda.yaml: both languages, and
// every key used by this package or by report/project for it.
func TestCatalogue(t *testing.T) {
	t.Parallel()
	m := msgtest.Catalogue(t, "qda")
	msgtest.Covers(t, "qda", m, msgtest.UsedKeys(t, "qda", "*.go", "../project/*.go"))
}
