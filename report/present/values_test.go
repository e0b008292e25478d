package present

import (
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

func newTestBuilder(lang string) *builder {
	return &builder{r: &report.Report{Previous: &report.PeriodInfo{}}, l: &loc{lang: lang, cat: msg.MustLoad(lang)}}
}

func fp(v float64) *float64 { return &v }

// TestChange: rates change in pp, counts and durations in %, with a
// direction-aware arrow and word.
func TestChange(t *testing.T) {
	b := newTestBuilder("en")
	tests := []struct {
		name     string
		r        report.Result
		want     string
		wantTone string
	}{
		{"higher up", report.Result{Unit: "count", Direction: "higher", Change: fp(5), ChangePct: fp(0.25)}, "▲ +25.0% (better)", "better"},
		{"higher down", report.Result{Unit: "count", Direction: "higher", Change: fp(-5), ChangePct: fp(-0.25)}, "▼ -25.0% (worse)", "worse"},
		{"lower down", report.Result{Unit: "hours", Direction: "lower", Change: fp(-2), ChangePct: fp(-0.5)}, "▼ -50.0% (better)", "better"},
		{"lower up", report.Result{Unit: "hours", Direction: "lower", Change: fp(2), ChangePct: fp(0.5)}, "▲ +50.0% (worse)", "worse"},
		{"none", report.Result{Unit: "count", Direction: "none", Change: fp(3), ChangePct: fp(0.1)}, "▲ +10.0%", "neutral"},
		{"ratio in pp", report.Result{Unit: "ratio", Direction: "higher", Change: fp(0.012), ChangePct: fp(0.2)}, "▲ +1.20 pp (better)", "better"},
		{"rate of 2996 %", report.Result{Unit: "ratio", Direction: "higher", Change: fp(0.28), ChangePct: fp(29.962)}, "▲ +28.00 pp (better)", "better"},
		{"zero", report.Result{Unit: "count", Direction: "higher", Change: fp(0), ChangePct: fp(0)}, "= 0.0% (unchanged)", "neutral"},
		{"no pct", report.Result{Unit: "hours", Direction: "higher", Change: fp(4)}, "▲ +4.0 h (better)", "better"},
		{"no previous", report.Result{Unit: "count", Direction: "higher"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := b.change(&tc.r)
			if got := changeText(c); got != tc.want || c.Tone != tc.wantTone {
				t.Errorf("change = %q, %q; want %q, %q", got, c.Tone, tc.want, tc.wantTone)
			}
		})
	}
}

// TestValueUnits: every value carries its unit; small ratios keep two
// significant digits.
func TestValueUnits(t *testing.T) {
	id, en := newTestBuilder("id"), newTestBuilder("en")
	tests := []struct {
		b    *builder
		v    float64
		unit string
		want string
	}{
		{id, 9.935, "per_week", "9,9 per minggu"},
		{en, 9.935, "per_week", "9.9 per week"},
		{id, 1.3, "hours", "1,3 jam"},
		{id, 6.6, "days", "6,6 hari"},
		{id, 0.123, "ratio", "12,3%"},
		{id, 0.0004, "ratio", "0,04%"},
		{en, 0.0000123, "ratio", "0.0012%"},
		{id, 0.001, "ratio", "0,1%"},
		{id, 48210, "count", "48.210"},
		{en, 0.0032, "pp", "+0.32 pp"},
	}
	for _, tc := range tests {
		if got := tc.b.val(&tc.v, tc.unit).Text; got != tc.want {
			t.Errorf("%s %v %s = %q, want %q", tc.b.l.lang, tc.v, tc.unit, got, tc.want)
		}
	}
}

// TestReasonsAndStatusesHaveLabels: every reason and status declared in
// package report has one label in each language, and an unknown code
// never shows as itself.
func TestReasonsAndStatusesHaveLabels(t *testing.T) {
	msgtest.Catalogue(t, "doc")
	for _, lang := range []string{"id", "en"} {
		b := newTestBuilder(lang)
		for _, r := range report.Reasons() {
			if !b.l.has("reason."+r) || b.reason(r) == r {
				t.Errorf("%s: reason %q has no label", lang, r)
			}
		}
		for _, s := range report.Statuses() {
			if !b.l.has("status." + s) {
				t.Errorf("%s: status %q has no label", lang, s)
			}
		}
		if got := b.reason("some_new_reason"); got == "some_new_reason" || got == "" {
			t.Errorf("%s: an unknown reason shows as %q", lang, got)
		}
		terms := b.terms()
		if got := terms.Reason("some_new_reason"); got != b.l.T("reason.unknown") {
			t.Errorf("%s: Terms.Reason of an unknown code = %q", lang, got)
		}
	}
}

func TestPresentationRules(t *testing.T) {
	for _, tc := range []struct{ tz, want string }{{"Asia/Jakarta", "WIB"}, {"Asia/Makassar", "WITA"},
		{"Asia/Jayapura", "WIT"}, {"Europe/Berlin", "Europe/Berlin"}} {
		if got := zoneName(tc.tz); got != tc.want {
			t.Errorf("zoneName(%s) = %s", tc.tz, got)
		}
	}
	if got := newTestBuilder("id").l.clock("13:15"); got != "13.15" {
		t.Errorf("id clock = %q", got)
	}
	if got := newTestBuilder("en").l.clock("13:15"); got != "13:15" {
		t.Errorf("en clock = %q", got)
	}
	for _, tag := range []string{"kabsukamaju", "#kabsukamaju", "##kabsukamaju"} {
		if got := hashtag(tag); got != "#kabsukamaju" {
			t.Errorf("hashtag(%q) = %q", tag, got)
		}
	}
	names := []string{"Informan 10", "Informan 2", "Informan 1", "Informan A", "Informan 3"}
	want := []string{"Informan 1", "Informan 2", "Informan 3", "Informan 10", "Informan A"}
	for i := range names {
		for j := range names {
			if report.NaturalLess(names[i], names[j]) && report.NaturalLess(names[j], names[i]) {
				t.Fatal("naturalLess is not a strict order")
			}
		}
	}
	sorted := append([]string(nil), names...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && report.NaturalLess(sorted[j], sorted[j-1]); j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for i := range want {
		if sorted[i] != want[i] {
			t.Fatalf("natural order %q, want %q", sorted, want)
		}
	}
}
