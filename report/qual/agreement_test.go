package qual

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestAgreement(t *testing.T) {
	src := func(verdicts ...string) []report.TriSource {
		var out []report.TriSource
		for _, v := range verdicts {
			out = append(out, report.TriSource{Verdict: v})
		}
		return out
	}
	cases := []struct {
		name            string
		met, withTarget int
		verdict         string
		sources         []report.TriSource
		want            string
	}{
		{"no target with data", 0, 0, "optimal", src("optimal"), ""},
		{"no rated evidence", 2, 2, "", src("", ""), ""},
		{"all met, optimal", 2, 2, "optimal", src("optimal", "", "optimal"), AgreementAgree},
		{"none met, not optimal", 0, 3, "belum_optimal", src("belum_optimal", "tidak_ada"), AgreementAgree},
		{"all met, rated not optimal", 2, 2, "belum_optimal", src("belum_optimal"), AgreementConflict},
		{"none met, rated optimal", 0, 1, "optimal", src("optimal"), AgreementConflict},
		{"half met", 1, 2, "optimal", src("optimal"), AgreementPartly},
		{"all met, one source dissents", 1, 1, "optimal", src("optimal", "belum_optimal"), AgreementPartly},
	}
	for _, tc := range cases {
		if got := agreement(tc.met, tc.withTarget, tc.verdict, tc.sources); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
