package html

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestCatalogueShape: every html.* key has an id and an en text taking the
// same arguments.
func TestCatalogueShape(t *testing.T) {
	msgtest.Catalogue(t, "html")
}
