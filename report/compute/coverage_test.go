package compute

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestCovers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		ranges []report.Range
		want   bool
	}{
		{"none", nil, false},
		{"exact", []report.Range{rng("2026-10-01", "2026-10-31")}, true},
		{"wider", []report.Range{rng("2026-01-01", "2026-12-31")}, true},
		{"adjacent, unordered", []report.Range{rng("2026-10-16", "2026-10-31"), rng("2026-10-01", "2026-10-15")}, true},
		{"overlapping", []report.Range{rng("2026-09-20", "2026-10-20"), rng("2026-10-10", "2026-11-02")}, true},
		{"gap of one day", []report.Range{rng("2026-10-01", "2026-10-14"), rng("2026-10-16", "2026-10-31")}, false},
		{"missing the last day", []report.Range{rng("2026-10-01", "2026-10-30")}, false},
		{"missing the first day", []report.Range{rng("2026-10-02", "2026-10-31")}, false},
		{"an empty range is ignored", []report.Range{rng("2026-10-31", "2026-10-01"), rng("2026-10-01", "2026-10-31")}, true},
	}
	for _, tc := range tests {
		if got := covers(tc.ranges, rng("2026-10-01", "2026-10-31")); got != tc.want {
			t.Errorf("%s: covers = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestConfigCoverage: comments and monitoring sources cover `covers:` when
// given, else the report and comparison periods (SPEC §3).
func TestConfigCoverage(t *testing.T) {
	t.Parallel()
	oct := rng("2026-10-01", "2026-10-31")
	cases := []icase{
		{name: "comments source without covers covers P and Q", id: "manage.comments", n: 8,
			setup: func(f *fixture) {
				withConversation(f)
				f.cfg.Sources = []report.Source{{Kind: report.KindComments}, {Kind: report.KindComments}, {Kind: report.KindComments}}
			}, want: 8, prev: fp(1)},
		{name: "comments covers only October", id: "manage.comments", n: 8,
			setup: func(f *fixture) {
				withConversation(f)
				f.cfg.Sources = []report.Source{{Kind: report.KindComments, Covers: &oct}, {Kind: report.KindComments, Covers: &oct},
					{Kind: report.KindComments, Covers: &oct}}
				f.cfg.Compare = &report.Period{ID: "2026-08", Kind: "month", From: day("2026-08-01"), To: day("2026-08-31")}
			}, want: 8, prevNo: report.ReasonNoCoverage},
		{name: "response metrics rest on the reply-carrying sources' coverage", id: "manage.response_rate", n: 0,
			setup: func(f *fixture) {
				withConversation(f)
				short := rng("2026-10-05", "2026-10-31")
				f.cfg.Sources = []report.Source{{Kind: report.KindComments, Covers: &short}, {Kind: report.KindComments}, {Kind: report.KindComments, Covers: &short}}
			}, null: report.ReasonNoCoverage},
		{name: "monitoring source without covers", id: "manage.cases", n: 1,
			setup: func(f *fixture) {
				f.cfg.Sources = []report.Source{{Kind: report.KindMonitoring}}
				f.ds.Cases = []*report.Case{{ID: "1", DetectedAt: at("2026-10-02 10:00")}}
			}, want: 1, prev: fp(0)},
		{name: "monitoring covers only October", id: "manage.cases", n: 1,
			setup: func(f *fixture) {
				f.cfg.Sources = []report.Source{{Kind: report.KindMonitoring, Covers: &oct}}
				f.ds.Cases = []*report.Case{{ID: "1", DetectedAt: at("2026-10-02 10:00")}}
			}, want: 1, prevNo: report.ReasonNoCoverage},
		{name: "no monitoring source", id: "manage.cases", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) { f.cfg.Sources = []report.Source{{Kind: report.KindComments}} }},
	}
	runCases(t, cases)
}
