package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

func render(t *testing.T, brief bool, lang string) []byte {
	t.Helper()
	var b bytes.Buffer
	var err error
	if brief {
		d := fixture(lang)
		for i := range d.Briefing.Tiles {
			if d.Briefing.Tiles[i].ID == "share.posts_per_week" {
				d.Briefing.Tiles[i].Gap = "−2,5 per minggu"
			}
		}
		err = WriteBrief(&b, d, Options{})
	} else {
		err = WriteReport(&b, fixture(lang), Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("DOCX_DUMP"); p != "" {
		name := "report"
		if brief {
			name = "brief"
		}
		os.WriteFile(p+"/"+name+"-"+lang+".docx", b.Bytes(), 0o644)
	}
	return b.Bytes()
}

func unzip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		m[f.Name] = string(b)
	}
	return m
}

func TestReportStructure(t *testing.T) {
	p := unzip(t, render(t, false, "id"))
	d := p["word/document.xml"]
	for _, style := range []string{"Title", "Heading1", "Heading2", "Heading3", "Caption", "Quote"} {
		if !strings.Contains(d, `<w:pStyle w:val="`+style+`"/>`) {
			t.Errorf("document uses no %s paragraph", style)
		}
	}
	for _, want := range []string{`SEQ Tabel \* ARABIC \r 1`, `SEQ Gambar \* ARABIC \s 1`, ">Tabel 1.<", ">Gambar 2.<", "Dra. Siti Aminah", "Peristiwa: 3 Okt HUT Kabupaten", "Kami unggah setiap hari kerja.", "Informan 1 (staf), wawancara, 5 Oktober 2026"} {
		if !strings.Contains(d, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
	var charts []string
	for name := range p {
		if regexp.MustCompile(`^word/charts/chart\d+\.xml$`).MatchString(name) {
			charts = append(charts, name)
		}
	}
	sort.Strings(charts)
	// radar + line + bar + 1 extra + barh + pie + 2 extras; the heatmap is a table
	if len(charts) != 8 {
		t.Errorf("%d chart parts, want 8: %v", len(charts), charts)
	}
	for _, kind := range []string{"c:lineChart", "c:barChart", "c:doughnutChart", "c:radarChart"} {
		found := false
		for _, c := range charts {
			found = found || strings.Contains(p[c], "<"+kind+">")
		}
		if !found {
			t.Errorf("no %s", kind)
		}
	}
}

// TestCachedValues: a chart's cache holds the model's raw numbers, a gap
// for a value without a number.
func TestCachedValues(t *testing.T) {
	p := unzip(t, render(t, false, "id"))
	var line string
	for name, body := range p {
		if strings.HasPrefix(name, "word/charts/chart") && strings.Contains(body, "<c:lineChart>") && strings.Contains(body, "Jangkauan") {
			line = body
		}
	}
	want := `<c:ptCount val="5"/><c:pt idx="0"><c:v>1200</c:v></c:pt><c:pt idx="1"><c:v>1350</c:v></c:pt><c:pt idx="3"><c:v>990</c:v></c:pt><c:pt idx="4"><c:v>2500</c:v></c:pt>`
	if !strings.Contains(line, want) {
		t.Errorf("line chart cache:\n%s\nwant %s", line, want)
	}
}

func TestDeterministic(t *testing.T) {
	for _, brief := range []bool{false, true} {
		if !bytes.Equal(render(t, brief, "id"), render(t, brief, "id")) {
			t.Errorf("brief=%v: two renderings differ", brief)
		}
	}
}

func TestEnglishLabels(t *testing.T) {
	d := unzip(t, render(t, false, "en"))
	if !strings.Contains(d["word/document.xml"], `SEQ Table \* ARABIC \r 1`) || !strings.Contains(d["word/footer1.xml"], "Page") {
		t.Error("English captions or footer missing")
	}
}
