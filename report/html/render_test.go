package html

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	stdhtml "html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/present"
)

func renderString(t *testing.T, r *report.Report, lang string) (string, []string) {
	t.Helper()
	var buf bytes.Buffer
	w, err := Render(&buf, document(t, r, lang), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), w
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

var chartDivRE = regexp.MustCompile(`<div class="chart" id="([^"]+)"`)
var figRE = regexp.MustCompile(`<figure class="chart-box[^"]*" id="fig-([^"]+)"`)

func drawnIDs(out string) []string {
	var ids []string
	for _, m := range chartDivRE.FindAllStringSubmatch(out, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

func TestChartIDs(t *testing.T) {
	t.Parallel()
	base := []string{"chart_stage_scores", "chart_posts_per_day", "chart_format_mix", "chart_daily_reach",
		"chart_er_by_format", "chart_weekday_hour", "chart_response_times", "chart_follower_trend",
		"chart_age_gender", "chart_top_cities"}
	quarter := append(slices.Clone(base), "chart_monthly_share_posts", "chart_monthly_engage_er_reach",
		"chart_monthly_manage_response_rate", "chart_monthly_manage_median_response_hours", "chart_monthly_share_posts_per_week", "chart_monthly_share_median_reach")
	noRadar := fixture.Report("id")
	noRadar.StageScores = report.StageScores{}
	noAudience := fixture.Report("en")
	noAudience.Breakdowns.Audience = nil
	noAudience.Breakdowns.Daily = nil
	noAudience.CodeFreq = nil
	tests := []struct {
		name string
		r    *report.Report
		want []string
	}{
		{"month", fixture.Report("id"), append(slices.Clone(base), "chart_code_freq")},
		{"quarter", fixture.Quarter("id"), append(quarter, "chart_code_freq")},
		{"no scores", noRadar, append(slices.Clone(base[1:]), "chart_code_freq")},
		{"no audience, daily, codes", noAudience, []string{"chart_stage_scores", "chart_posts_per_day", "chart_format_mix",
			"chart_er_by_format", "chart_weekday_hour", "chart_response_times", "chart_follower_trend"}},
		{"empty report", &report.Report{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ChartIDs(document(t, tc.r, "id"))
			if !slices.Equal(got, tc.want) {
				t.Fatalf("ChartIDs = %q\nwant %q", got, tc.want)
			}
			for _, lang := range []string{"id", "en"} {
				out, _ := renderString(t, tc.r, lang)
				if HasECharts() {
					if d := drawnIDs(out); !slices.Equal(d, tc.want) {
						t.Errorf("%s: rendered chart divs %q, want %q", lang, d, tc.want)
					}
				}
				var figs []string
				for _, m := range figRE.FindAllStringSubmatch(out, -1) {
					figs = append(figs, m[1])
				}
				if !slices.Equal(figs, tc.want) {
					t.Errorf("%s: figures %q, want %q", lang, figs, tc.want)
				}
			}
		})
	}
}

// TestStructure checks the sections, the labels of each language and the
// invariants every report must keep.
func TestStructure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang string
		want []string
	}{
		{"id", []string{`<html lang="id">`, "Ringkasan eksekutif", "Temuan utama", "2. Membagikan", "5. Mengikutsertakan",
			"Matriks triangulasi", "Metodologi", "Lampiran", "A. Kualitas data per berkas", "Kutipan wawancara",
			"Catatan observasi", "Penilaian peneliti", "Undang-Undang Nomor 27 Tahun 2022", "Asia/Jakarta",
			"Jangkauan tidak dapat dijumlahkan antar hari", "Tercapai", "Belum tercapai", "▲ +16,0% (lebih baik)",
			"▼ -13,9% (lebih buruk)", "▼ -40,5% (lebih baik)", "Semua 42 unggahan", "1–31 Oktober 2026 (31 hari)",
			"Informan 1, Kepala Bidang IKP, 14 Oktober 2026 [W1]", "Dra. Siti Rahmawati, M.Si.", "Mengetahui/menyetujui",
			"3f9a1c0e5b7d2a4f", "Luttrell, R. (2019)", "Baris dilewati menurut alasan", "Gambar 1.1", "Tabel 2.1",
			"Sumber: ekspor Meta Business Suite, diolah", "Daftar tabel dan gambar", "Skor keseluruhan",
			"|OWN| ÷ (D ÷ 7)", "Festival Budaya", "(tanpa skor)"}},
		{"en", []string{`<html lang="en">`, "Executive summary", "Key findings", "2. Share", "5. Engage",
			"Triangulation matrix", "Methodology", "Appendices", "A. Data quality per file", "Interview quotes",
			"Law No. 27 of 2022", "Reach is not additive across days", "lifetime totals up to the export date",
			"▲ +16.0% (better)", "▼ -13.9% (worse)", "All 42 own posts", "1–31 October 2026 (31 days)",
			"Informan 1, Kepala Bidang IKP, 14 October 2026 [W1]", "Approved by", "Figure 1.1", "Table 2.1",
			"Source: Meta Business Suite export, processed", "List of tables and figures", "Rowman & Littlefield"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			out, warnings := renderString(t, fixture.Report(tc.lang), tc.lang)
			text := stdhtml.UnescapeString(out)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, id := range []string{"summary", "stage-share", "stage-optimize", "stage-manage", "stage-engage",
				"sub-share_participate", "sub-manage_quick_response", "triangulation", "methodology", "appendix"} {
				if !strings.Contains(out, `id="`+id+`"`) {
					t.Errorf("no section id %q", id)
				}
			}
			if !strings.HasPrefix(out, "<!DOCTYPE html>\n<!--") {
				t.Errorf("output does not start with the doctype and the comment header: %.40q", out)
			}
			if m := untranslatedRE.FindString(withoutECharts(out)); m != "" {
				t.Errorf("untranslated catalogue key in output: %s", m)
			}
			if HasECharts() != (len(warnings) == 0) {
				t.Errorf("warnings %q with HasECharts()=%v", warnings, HasECharts())
			}
			for _, css := range []string{"@page { size: A4", "break-inside: avoid", "break-before: page", "overflow-x: auto"} {
				if !strings.Contains(out, css) {
					t.Errorf("CSS lacks %q", css)
				}
			}
			checkNoNetwork(t, out)
			checkScripts(t, out)
			if got := strings.Count(out, `<details class="data"`); got != len(ChartIDs(document(t, fixture.Report(tc.lang), tc.lang))) {
				t.Errorf("%d data tables for %d charts", got, len(ChartIDs(document(t, fixture.Report(tc.lang), tc.lang))))
			}
		})
	}
}

var urlAttrRE = regexp.MustCompile(`(?i)\s(src|href|action|formaction|poster|data)\s*=\s*["']?\s*(https?:|//)`)

// checkNoNetwork fails on any attribute that would load or link a network URL.
func checkNoNetwork(t *testing.T, out string) {
	t.Helper()
	checkNoNetworkIn(t, withoutECharts(out))
}

// checkNoNetworkIn is checkNoNetwork on any text.
func checkNoNetworkIn(t *testing.T, out string) {
	t.Helper()
	if m := urlAttrRE.FindString(out); m != "" {
		t.Errorf("network URL in an attribute: %q", m)
	}
	for _, bad := range []string{"@import", "url(http", "url(//", "<link", "<iframe", "<object", "<embed"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
}

// checkScripts: every script is one of this package's static scripts (or
// ECharts itself) verbatim, or a JSON block that parses as JSON. So no user
// text can ever run as code, whatever it contains.
func checkScripts(t *testing.T, out string) {
	t.Helper()
	allowed := map[string]bool{staticFile("chart.js"): true, staticFile("locale_id.js"): true}
	if js := echartsJS(); js != "" {
		allowed[js] = true
	}
	n := 0
	for _, s := range scripts(out) {
		n++
		attrs, body := s.attrs, s.body
		if strings.Contains(attrs, `type="application/json"`) {
			if !json.Valid([]byte(body)) {
				t.Errorf("chart option is not JSON: %.200s", body)
			}
			if strings.ContainsAny(body, "<>") {
				t.Errorf("chart option has a raw < or >: %.200s", body)
			}
			continue
		}
		if attrs != "" || !allowed[body] {
			t.Errorf("unexpected script %q: %.120s", attrs, body)
		}
	}
	if n == 0 {
		t.Error("no script at all")
	}
}

// TestHostile renders a report whose every user text is an attack and
// checks that each comes out as escaped, inert text.
func TestHostile(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		out, _ := renderString(t, fixture.Hostile(lang), lang)
		checkNoNetwork(t, out)
		checkScripts(t, out)
		for _, want := range []string{
			`&lt;/script&gt;&lt;script&gt;alert(&#34;xss-script&#34;)&lt;/script&gt;`,       // text
			`\u003c/script\u003e\u003cscript\u003ealert(\"xss-script\")\u003c/script\u003e`, // chart JSON
			`&lt;img src=x onerror=alert(1)&gt;`,
			`__f__(document.title=&#39;PWNED&#39;)__f__`,
			`&#34;quotes&#34; &amp; &#39;apostrophes&#39; &lt;b&gt;bold&lt;/b&gt; &amp;amp;`,
			`&lt;/style&gt;&lt;!-- --&gt;`,
			`<title>Laporan &lt;/script&gt;`,
			`<!-- raw HTML omitted -->`, // narrative HTML dropped by goldmark
			`<a href="">klik</a>`,       // javascript: link kept as text only
			`id="n-chart-daily-reach"`,  // narrative heading cannot take a chart id
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q", lang, want)
			}
		}
		for _, bad := range []string{`<img src=x`, `<b>bold`, `href="javascript:`, `href="data:text`, `onerror=alert(1)>`,
			`<div onmouseover`, `<script>alert`, `"__f__(document.title='PWNED')__f__"__f__`} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: output contains raw %q", lang, bad)
			}
		}
		if c := strings.Count(out, `id="chart_daily_reach"`); HasECharts() && c != 1 {
			t.Errorf("%s: id chart_daily_reach appears %d times", lang, c)
		}
		if m := handlerRE.FindString(withoutECharts(out)); m != "" {
			t.Errorf("%s: event handler attribute in markup: %q", lang, m)
		}
	}
}

// TestWithoutECharts: a binary built without ECharts warns, draws no chart
// container, keeps every figure with its data table open, and loads nothing.
func TestWithoutECharts(t *testing.T) {
	t.Parallel()
	r := fixture.Report("id")
	var buf bytes.Buffer
	w, err := render(&buf, document(t, r, "id"), Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if len(w) != 1 || !strings.Contains(w[0], "ECharts") {
		t.Errorf("warnings = %q, want one about ECharts", w)
	}
	if ids := drawnIDs(out); len(ids) != 0 {
		t.Errorf("chart containers without ECharts: %q", ids)
	}
	if strings.Contains(out, "application/json") || strings.Contains(out, "Apache ECharts") {
		t.Error("chart options or the ECharts attribution without ECharts")
	}
	if got, want := strings.Count(out, `<details class="data" open>`), len(ChartIDs(document(t, r, "id"))); got != want {
		t.Errorf("%d open data tables, want %d", got, want)
	}
	if !strings.Contains(out, "Grafik tidak tersedia") {
		t.Error("no visible notice about the missing charts")
	}
	checkNoNetwork(t, out)
	checkScripts(t, out)
}

func TestECharts(t *testing.T) {
	t.Parallel()
	if !HasECharts() {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true and ECharts is not embedded: run `make assets`")
		}
		if Licenses() != "" {
			t.Error("Licenses() without ECharts")
		}
		t.Skip("ECharts not embedded (run `make assets`)")
	}
	sum := sha256.Sum256([]byte(echartsJS()))
	if got := hex.EncodeToString(sum[:]); got != "b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0" {
		t.Errorf("echarts.min.js sha256 %s is not ECharts 6.1.0's", got)
	}
	lic := Licenses()
	for _, want := range []string{"Apache ECharts", "Copyright 2017-2026 The Apache Software Foundation", "Apache License", "Version 2.0", "d3"} {
		if !strings.Contains(lic, want) {
			t.Errorf("Licenses() lacks %q", want)
		}
	}
	out, _ := renderString(t, fixture.Report("id"), "id")
	head := out[:strings.Index(out, "<html")]
	if !strings.Contains(head, "Apache ECharts") || !strings.Contains(head, "Apache License") || strings.Count(head, "-->") != 1 {
		t.Errorf("comment header lacks the attribution or is malformed: %.300s", head)
	}
}

// TestDeterministic renders the same report twice in this process and once
// in a child process; all three must be byte-identical.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	if p := os.Getenv("RAPOR_HTML_CHILD_OUT"); p != "" {
		out, _ := renderString(t, fixture.Quarter("id"), "id")
		if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	a, _ := renderString(t, fixture.Quarter("id"), "id")
	b, _ := renderString(t, fixture.Quarter("id"), "id")
	if a != b {
		t.Fatal("two renders in one process differ")
	}
	p := filepath.Join(t.TempDir(), "child.html")
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeterministic$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RAPOR_HTML_CHILD_OUT="+p)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	c, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(c) != a {
		t.Fatal("the render of a separate process differs")
	}
}

func TestPostsAppendix(t *testing.T) {
	t.Parallel()
	r := fixture.Report("en")
	r.Posts = fixture.Posts("en", 130)
	out, _ := renderString(t, r, "en")
	for _, want := range []string{"The period has 130 posts (130 with an ER); shown are the top 20 and the bottom 20 by ER.",
		"Top 20 posts by ER", "Bottom 20 posts by ER", "Unggahan 1: ", "Unggahan 130: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "Unggahan 60: ") {
		t.Error("a middle post is listed")
	}
}

// TestUnitsInTooltips: a chart of hours tells the helper its unit words,
// so tooltips read "1,3 jam".
func TestUnitsInTooltips(t *testing.T) {
	t.Parallel()
	out, _ := renderString(t, fixture.Quarter("id"), "id")
	if !strings.Contains(out, `id="chart_monthly_manage_median_response_hours" data-fmt="dec1" data-suffix=" jam"`) {
		t.Error("the hours chart has no unit suffix for its tooltips")
	}
	if !strings.Contains(staticFile("chart.js"), `getAttribute("data-suffix")`) {
		t.Error("the chart helper ignores data-suffix")
	}
}
