package docx

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg/msgtest"
)

func TestCatalogue(t *testing.T) { msgtest.Catalogue(t, "docx") }
