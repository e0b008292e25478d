package htmltest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	rhtml "github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/present"
)

// requireECharts fails under CI=true and skips otherwise when the binary
// was built without `make assets` (no chart can be drawn then).
func requireECharts(t *testing.T) {
	t.Helper()
	if !rhtml.HasECharts() {
		testenv.Missing(t, "ECharts is not embedded (run `make assets`)")
	}
}

// document decides the document of r in lang, as a build does.
func document(t *testing.T, r *report.Report, lang string) *doc.Document {
	t.Helper()
	d, err := present.Document(r, msg.MustLoad(lang))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func writeReport(t *testing.T, r *report.Report, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	d := document(t, r, lang)
	if _, err := rhtml.Render(&buf, d, rhtml.Options{}); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReportInBrowser(t *testing.T) {
	RequireBrowser(t)
	requireECharts(t)
	cases := []struct {
		name  string
		r     *report.Report
		lang  string
		width int
	}{
		{"month-id-390", fixture.Report("id"), "id", 390},
		{"quarter-en-1280", fixture.Quarter("en"), "en", 1280},
		{"hostile-id-390", fixture.Hostile("id"), "id", 390},
		{"hostile-en-1280", fixture.Hostile("en"), "en", 1280},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeReport(t, tc.r, tc.lang)
			want := rhtml.ChartIDs(document(t, tc.r, tc.lang))
			if len(want) == 0 {
				t.Fatal("fixture has no charts")
			}
			f, err := CheckInBrowser(context.Background(), path, want, tc.width)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range f.Problems() {
				t.Error(p)
			}
			if strings.HasPrefix(tc.name, "hostile") {
				for _, h := range fixture.HostileStrings {
					if !strings.Contains(f.Text, h) {
						t.Errorf("hostile string %q is not visible as text", h)
					}
				}
			}
			if !strings.Contains(f.Text, tc.r.Meta.Title) {
				t.Errorf("title %q not visible", tc.r.Meta.Title)
			}
		})
	}
}

// TestCheckerCatchesProblems makes sure the checker itself fails a bad
// page: a dialog, a title change, a network request, a console error, a
// missing chart and horizontal scrolling.
func TestCheckerCatchesProblems(t *testing.T) {
	RequireBrowser(t)
	bad := `<!DOCTYPE html><html><head><title>Original</title></head><body>
<div style="width:2000px">wide</div>
<div class="chart" id="chart_a"></div>
<img src="http://example.invalid/x.png">
<script>alert("boom"); document.title = "PWNED"; console.error("bad thing"); undefinedFunction();</script>
</body></html>`
	p := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := CheckInBrowser(context.Background(), p, []string{"chart_a", "chart_b"}, 390)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(f.Problems(), "\n")
	for _, want := range []string{"dialog: alert: boom", `title changed: "PWNED"`, "request: http://example.invalid/x.png",
		"console error", "undefinedFunction", "chart ids", "chart without an <svg>: chart_a", "horizontal scrolling at 390 px"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}
