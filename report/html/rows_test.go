package html

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
)

// rowsRef is the page template's row loop as it was before tableRows: the
// reference for its bytes.
var rowsRef = template.Must(template.New("ref").Funcs(template.FuncMap{"cellClass": cellClass}).Parse(
	`{{define "full"}}{{$cols := .Columns}}{{range .Rows}}<tr>{{range $i, $c := .}}<td data-label="{{(index $cols $i).Label}}"{{with cellClass $c (index $cols $i)}} class="{{.}}"{{end}}>{{if $c.Link}}<a href="{{$c.Link}}" rel="noopener noreferrer">{{$c.Text}}</a>{{else}}{{$c.Text}}{{end}}</td>{{end}}</tr>
{{end}}{{end}}` +
		`{{define "data"}}{{$cols := .Columns}}{{range .Rows}}<tr>{{range $i, $c := .}}<td{{with cellClass $c (index $cols $i)}} class="{{.}}"{{end}}>{{$c.Text}}</td>{{end}}</tr>
{{end}}{{end}}`))

// TestTableRowsEscapeAsTemplate: hostile cell text, labels, tones and
// links (markup, quotes, +, NUL, invalid UTF-8, javascript: and odd URLs)
// come out of tableRows byte for byte as html/template escapes them.
func TestTableRowsEscapeAsTemplate(t *testing.T) {
	hostile := []string{"", "plain", `</td><script>alert(1)</script>`, `" onmouseover="x`, `'a' & b + c`,
		"nul\x00byte", "bad \xff\xfe utf8", "<img src=x onerror=alert(1)>", "{{.}} __f__ =cmd|' /C calc'!A0",
		"ümlaut — 日本語 \u2028 \ufdd0", string(make([]byte, 90))}
	links := []string{"", "https://www.instagram.com/p/Cx1?a=1&b=<2>", "javascript:alert(1)", " JavaScript:alert(1)",
		"http://example.org/a b\"c'd", "data:text/html,<script>", "https://例え.jp/パス", "//evil.example/x"}
	var rows [][]doc.Cell
	for i, s := range hostile {
		rows = append(rows, []doc.Cell{
			{Value: doc.Value{Text: s}, Link: links[i%len(links)]},
			{Value: doc.Value{Text: s}, Tone: hostile[(i+1)%len(hostile)], Status: hostile[(i+2)%len(hostile)]},
		})
	}
	for _, l := range links {
		rows = append(rows, []doc.Cell{{Value: doc.Value{Text: l}, Link: l}, {}})
	}
	tables := []doc.Table{
		{Columns: []doc.Column{{Label: `<b>"Akun"</b> + 'x'`}, {Label: "Nilai", Num: true}}, Rows: rows},
		{Columns: []doc.Column{{Label: "a"}, {Label: "b"}}},
	}
	for _, tb := range tables {
		for _, full := range []bool{true, false} {
			name := map[bool]string{true: "full", false: "data"}[full]
			var want bytes.Buffer
			if err := rowsRef.ExecuteTemplate(&want, name, tb); err != nil {
				t.Fatal(err)
			}
			got, err := tableRows(tb.Columns, tb.Rows, full)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want.String() {
				t.Errorf("%s rows differ from html/template's:\ngot  %q\nwant %q", name, got, want.String())
			}
		}
	}
	if _, err := tableRows(tables[1].Columns, [][]doc.Cell{{{}, {}, {}}}, true); err == nil {
		t.Error("a row with more cells than columns gave no error")
	}
}

// TestEChartsStreamed: the ECharts source, written to the output beside
// the page rather than through it, lands once, in the head's script, even
// when the title spells the mark that stands for it.
func TestEChartsStreamed(t *testing.T) {
	d := document(t, fixture.Report("id"), "id")
	d.Title = echartsMark + "</title><script>"
	const js = "/*echarts*/var e=1;"
	var buf bytes.Buffer
	if _, err := render(&buf, d, Options{}, js); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Count(out, js) != 1 || !strings.Contains(out, "<script>"+js+"</script>") {
		t.Errorf("ECharts not exactly once in its script")
	}
	if i, j := strings.Index(out, js), strings.Index(out, "</head>"); i < 0 || i > j {
		t.Errorf("ECharts at %d, after </head> at %d", i, j)
	}
	if strings.Contains(out, "\x00") || strings.Contains(out, "rapor:echarts") && !strings.Contains(out, "\uFFFDrapor:echarts\uFFFD") {
		t.Error("the mark leaks into the page")
	}
}
