package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/xuri/excelize/v2"
)

var (
	scriptRE = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<head>.*?</head>|<!--.*?-->`) // what hideInvisible does
	tagRE    = regexp.MustCompile(`<[^>]+>`)
	numTDRE  = regexp.MustCompile(`<td class="num[^"]*">(.*?)</td>`)
	idRE     = regexp.MustCompile(`\b(share|optimize|manage|engage)\.[a-z_0-9]+\b`)
	bareRE   = regexp.MustCompile(`^[0-9.,]+$`)
)

// visibleText is the text a reader sees in report.html.
func visibleText(page string) string {
	return html.UnescapeString(tagRE.ReplaceAllString(hideInvisible(page), " "))
}

// invisible are the elements hideInvisible drops: an opening and the end
// that closes it.
var invisible = [][2]string{{"<script", "</script>"}, {"<style", "</style>"}, {"<head>", "</head>"}, {"<!--", "-->"}}

// hideInvisible replaces every script, style, head and comment of page by
// a space, as scriptRE.ReplaceAllString(page, " ") does, without running
// the pattern over the megabyte of ECharts in the page.
func hideInvisible(page string) string {
	var b strings.Builder
	pos := 0                            // page[:pos] is done
	next := make([]int, len(invisible)) // where each element starts at or after pos; -1: nowhere
	ends := make([]int, len(invisible)) // where its end ends
	for k := range next {
		next[k] = -2 // not looked for yet
	}
	for {
		at, which := -1, -1
		for k, p := range invisible {
			if next[k] == -2 || (next[k] >= 0 && next[k] < pos) {
				next[k] = -1
				if i := strings.Index(page[pos:], p[0]); i >= 0 {
					start := pos + i + len(p[0])
					if e := strings.Index(page[start:], p[1]); e >= 0 { // else no later one closes either
						next[k], ends[k] = pos+i, start+e+len(p[1])
					}
				}
			}
			if next[k] >= 0 && (at < 0 || next[k] < at) {
				at, which = next[k], k
			}
		}
		if at < 0 {
			b.WriteString(page[pos:])
			return b.String()
		}
		b.WriteString(page[pos:at])
		b.WriteByte(' ')
		pos = ends[which]
	}
}

// TestHideInvisible: hideInvisible does what scriptRE does.
func TestHideInvisible(t *testing.T) {
	t.Parallel()
	for _, page := range []string{"", "a", "<p>x</p>", "<head><title>t</title></head><body>b</body>",
		"1<script>a</script>2<style>s</style>3<!-- c -->4", "<!-->x-->y", "<script>never closed", "<script>a<!--</script>b-->c",
		"<!--a<script>-->b</script>c", "<style>x<script>y</style>z</script>", "<head>h<!--</head>-->t", "x<script a>\n</script><script>",
		"<!---->", "<stylesheet>", "<script>a</script><script>b", "<!--x<!--y-->z-->"} {
		if got, want := hideInvisible(page), scriptRE.ReplaceAllString(page, " "); got != want {
			t.Errorf("hideInvisible(%q) = %q, want %q", page, got, want)
		}
	}
}

// rawCodes are the codes a reader must never see.
func rawCodes() []string {
	return append(report.Reasons(), report.StatusNotMet, report.StatusNoTarget)
}

// rawCode is a code a reader must never see, with the pattern that finds
// it as a word.
type rawCode struct {
	code string
	re   *regexp.Regexp
}

// rawCodeREs compiles the patterns of rawCodes once (the workbook check
// matches them against thousands of cells).
func rawCodeREs() []rawCode {
	var rc []rawCode
	for _, c := range rawCodes() {
		rc = append(rc, rawCode{c, regexp.MustCompile(`\b` + c + `\b`)})
	}
	return rc
}

// hasUnit reports whether a number cell shows its unit: a count (an
// integer), a percentage, pp, a unit word, or no value.
func hasUnit(s, lang string) bool {
	s = strings.TrimSpace(s)
	if s == "" || s == "—" || strings.ContainsAny(s, "%") || strings.Contains(s, " pp") {
		return true
	}
	digits := strings.Trim(strings.TrimLeft(s, "▲▼=+- "), "+-")
	dec := ","
	if lang == "en" {
		dec = "."
	}
	if bareRE.MatchString(digits) {
		return !strings.Contains(digits, dec) // a bare decimal number lacks its unit
	}
	return true // a number with words (jam, hari, per minggu, unggahan, …) or a text
}

// TestExampleReaderSeesNoCode builds the example in both languages and
// checks what readers see: no raw reason or status code in the visible
// text of report.html or in any cell of report.xlsx, no indicator id and no
// "##" in the page, a unit on every value cell of the HTML tables, and a
// number, caption and source line on every table and figure.
func TestExampleReaderSeesNoCode(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			out := builtExample(t, lang).Out
			b, err := os.ReadFile(filepath.Join(out, "report.html"))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			text := visibleText(page)
			for _, c := range rawCodeREs() {
				if c.re.MatchString(text) {
					t.Errorf("report.html shows the raw code %q", c.code)
				}
			}
			if strings.Contains(text, "##") {
				t.Error(`report.html shows "##"`)
			}
			for _, m := range idRE.FindAllString(text, -1) {
				if !strings.HasSuffix(m, ".md") { // narrative/share.md is a file name
					t.Errorf("report.html shows the indicator id %q", m)
				}
			}
			cells := numTDRE.FindAllStringSubmatch(page, -1)
			if len(cells) < 200 {
				t.Fatalf("only %d number cells", len(cells))
			}
			for _, m := range cells {
				if v := html.UnescapeString(tagRE.ReplaceAllString(m[1], "")); !hasUnit(v, lang) {
					t.Errorf("value cell without its unit: %q", v)
				}
			}
			tables := strings.Count(page, `<div class="table-wrap" id="tab-`)
			figures := strings.Count(page, `<figure class="chart-box`)
			caps := strings.Count(page, `<span class="cap-label">`)
			sources := strings.Count(page, `<p class="source">`)
			if tables < 20 || figures < 10 || caps != tables+figures || sources != tables+figures {
				t.Errorf("%d tables, %d figures, %d numbered captions, %d source lines", tables, figures, caps, sources)
			}
			checkWorkbookCodes(t, filepath.Join(out, "report.xlsx"))
		})
	}
}

// checkWorkbookCodes finds no raw reason or status code in any cell.
func checkWorkbookCodes(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	codes := rawCodeREs()
	n := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, v := range row {
				n++
				for _, c := range codes {
					if v == c.code || c.re.MatchString(v) {
						t.Errorf("report.xlsx %s shows the raw code %q in %q", sheet, c.code, v)
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d cells read", n)
	}
}
