package compute

import (
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/format"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestMessages: every compute.* key the code uses is in
// templates/messages/compute.yaml with both languages and the same fmt
// verbs, and every key there is used.
func TestMessages(t *testing.T) {
	t.Parallel()
	entries := msgtest.Catalogue(t, "compute")
	used := msgtest.UsedKeys(t, "compute", "*.go")
	for _, ty := range append(append([]report.PostType(nil), report.FeedTypes...), report.Story) {
		used["compute.type."+string(ty)] = true
	}
	for _, u := range []string{format.UnitDays, format.UnitHours, format.UnitPerWeek, format.UnitPerDay, format.UnitPer1k} {
		used["compute.unit."+u] = true
	}
	msgtest.Covers(t, "compute", entries, used)
}
