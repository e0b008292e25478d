package html

import (
	"regexp"
	"strings"
	"testing"
)

// script is one <script> element of a page.
type script struct {
	attrs, body string
}

// scripts returns the script elements of out as the regular expression
// `(?s)<script([^>]*)>(.*?)</script>` finds them, without running it over
// the megabyte of ECharts in every page.
func scripts(out string) []script {
	const open, end = "<script", "</script>"
	var all []script
	for {
		i := strings.Index(out, open)
		if i < 0 {
			return all
		}
		rest := out[i+len(open):]
		j := strings.IndexByte(rest, '>')
		if j < 0 {
			return all
		}
		k := strings.Index(rest[j+1:], end)
		if k < 0 {
			return all
		}
		all = append(all, script{rest[:j], rest[j+1 : j+1+k]})
		out = rest[j+1+k+len(end):]
	}
}

// withoutECharts returns out less the body of its ECharts script, for the
// checks that scan a whole page with a pattern: ECharts is one fixed file
// in every page (checkScripts requires it verbatim) and TestEChartsInert
// scans it once. None of those patterns can match across the <script> tags
// around it, so leaving it out changes no finding.
func withoutECharts(out string) string {
	js := echartsJS()
	if js == "" {
		return out
	}
	return strings.Replace(out, "<script>"+js+"</script>", "<script></script>", 1)
}

// Patterns that whole-page checks match besides checkNoNetwork's.
var (
	untranslatedRE = regexp.MustCompile(`>html\.[a-z_.]+<|"html\.[a-z_.]+"`)
	handlerRE      = regexp.MustCompile(`<[a-z]+[^>]*\son[a-z]+=`)
)

// TestEChartsInert runs the whole-page checks over the embedded ECharts
// once, since the page checks leave it out (withoutECharts).
func TestEChartsInert(t *testing.T) {
	t.Parallel()
	js := echartsJS()
	if js == "" {
		t.Skip("ECharts not embedded (TestECharts says why)")
	}
	checkNoNetworkIn(t, js)
	for _, re := range []*regexp.Regexp{untranslatedRE, handlerRE} {
		if m := re.FindString(js); m != "" {
			t.Errorf("ECharts matches %s: %q", re, m)
		}
	}
}

// TestScripts: scripts and scriptsEmptied do what their regular
// expressions do.
func TestScripts(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(`(?s)<script([^>]*)>(.*?)</script>`)
	emptied := regexp.MustCompile(`(?s)<script[^>]*>.*?</script>`)
	for _, page := range []string{"", "<script>", "<p><script>a</script>", "<script>a</script><script type=\"x\">\nb</script>c<script>",
		"<script>a<script>b</script></script>", "<script\n>x</script", "<scripts>y</script>", "<script a>1</script><script b>2"} {
		var want []script
		for _, m := range re.FindAllStringSubmatch(page, -1) {
			want = append(want, script{m[1], m[2]})
		}
		if got, want := scriptsEmptied(page), emptied.ReplaceAllString(page, "<script>"); got != want {
			t.Errorf("scriptsEmptied(%q) = %q, want %q", page, got, want)
		}
		got := scripts(page)
		if len(got) != len(want) {
			t.Errorf("%q: %q, want %q", page, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: %q, want %q", page, got, want)
			}
		}
	}
}

// scriptsEmptied is out with each script element (its tags and body)
// replaced by "<script>", as ReplaceAllString with
// `(?s)<script[^>]*>.*?</script>` would do.
func scriptsEmptied(out string) string {
	var b strings.Builder
	for _, s := range scripts(out) {
		whole := "<script" + s.attrs + ">" + s.body + "</script>"
		i := strings.Index(out, whole)
		b.WriteString(out[:i])
		b.WriteString("<script>")
		out = out[i+len(whole):]
	}
	b.WriteString(out)
	return b.String()
}
