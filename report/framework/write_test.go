package framework

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestWriteGolden pins every format in both languages.
func TestWriteGolden(t *testing.T) {
	t.Parallel()
	fw := loadEmbedded(t)
	ext := map[string]string{"text": "txt", "markdown": "md", "json": "json", "yaml": "yaml"}
	for _, lang := range []string{"id", "en"} {
		for _, format := range Formats {
			var buf bytes.Buffer
			if err := Write(&buf, fw, lang, format); err != nil {
				t.Fatalf("%s %s: %v", lang, format, err)
			}
			golden := filepath.Join("testdata", "catalogue."+lang+"."+ext[format])
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the output; run go test ./report/framework -update and review the diff", golden)
			}
		}
	}
}

func TestWriteContent(t *testing.T) {
	t.Parallel()
	fw := loadEmbedded(t)
	var text, mdown, js bytes.Buffer
	if err := Write(&text, fw, "en", "text"); err != nil {
		t.Fatal(err)
	}
	s := text.String()
	for _, want := range []string{
		"Framework luttrell, version 2\n",
		"4 stages, 11 sub-components, 46 indicators\n",
		"1. Share (share)\n",
		"   1.3 Build trust (share.build_trust)\n",
		"       (no quantitative indicator; assessed from the qualitative notes)\n",
		"       manage.median_response_hours — Median response time\n         Unit: hours; Direction: lower is better\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("text output lacks %q", want)
		}
	}
	// Every indicator appears exactly once, under its sub-component.
	for _, id := range Computable() {
		if n := strings.Count(s, "       "+id+" — "); n != 1 {
			t.Errorf("%s listed %d times", id, n)
		}
	}
	if err := Write(&mdown, fw, "id", "markdown"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mdown.String(), "| `share.posts` | Jumlah unggahan feed | jumlah | makin tinggi makin baik | ") {
		t.Errorf("markdown row for share.posts missing:\n%s", mdown.String()[:600])
	}
	if err := Write(&js, fw, "id", "json"); err != nil {
		t.Fatal(err)
	}
	var back report.Framework
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || !reflect.DeepEqual(&back, fw) {
		t.Errorf("json output does not decode to the framework (%v)", err)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	t.Parallel()
	fw := &report.Framework{Name: "x", Version: "1", Stages: []report.Stage{{ID: "share",
		Label:         report.Text{ID: "A|B", EN: "A|B"},
		Subcomponents: []report.Subcomponent{{ID: "participate", Label: report.Text{ID: "<b>x</b>", EN: "x"}}}}},
		Indicators: []report.IndicatorDef{{ID: "share.posts", Subcomponent: "share.participate",
			Label: report.Text{ID: "a | b", EN: "a"}, Formula: report.Text{ID: "line1\nline2 *x*", EN: "f"},
			Unit: "count", Direction: "higher"}}}
	var buf bytes.Buffer
	if err := Write(&buf, fw, "id", "markdown"); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, want := range []string{`## 1. A\|B (`, `\<b\>x\</b\>`, `| a \| b |`, `line1 line2 \*x\* |`} {
		if !strings.Contains(s, want) {
			t.Errorf("markdown lacks %q:\n%s", want, s)
		}
	}
}
