package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/docx/docxtest"
	"github.com/rapor-id/rapor/report/present"
	"github.com/rapor-id/rapor/report/project"
)

// docxParts reads a .docx into its parts, failing on XML that is not well
// formed.
func docxParts(t *testing.T, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer zr.Close()
	m := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		m[f.Name] = string(b)
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s %s: %v", path, f.Name, err)
				}
			}
		}
	}
	return m
}

// exampleModel builds the document model of a project as build does.
func exampleModel(t *testing.T, dir string) *doc.Document {
	t.Helper()
	p := project.Load(dir, project.Options{Env: os.Getenv, Version: version})
	if p.Failed(false) {
		t.Fatalf("load %s: %v", dir, p.Problems)
	}
	r, err := p.Report()
	if err != nil {
		t.Fatal(err)
	}
	d, err := present.Document(r, p.Cat)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var (
	chartPart = regexp.MustCompile(`^word/charts/chart(\d+)\.xml$`)
	cachePt   = regexp.MustCompile(`<c:pt idx="(\d+)"><c:v>([^<]*)</c:v></c:pt>`)
	numCache  = regexp.MustCompile(`(?s)<c:numCache>(.*?)</c:numCache>`)
)

// TestWordExample: build writes report.docx and brief.docx; the report has
// at least 8 native charts whose cached values are the model's figure data
// (chart n is the n-th figure that has a native chart type, in reading
// order), and uses the Title, Heading 1-3 and Caption styles.
func TestWordExample(t *testing.T) {
	t.Parallel()
	const dir = "../../data/example"
	out := builtExample(t, "id").Out
	p := docxParts(t, filepath.Join(out, "report.docx"))
	docxParts(t, filepath.Join(out, "brief.docx"))
	var charts []int
	for name := range p {
		if m := chartPart.FindStringSubmatch(name); m != nil {
			n, _ := strconv.Atoi(m[1])
			charts = append(charts, n)
		}
	}
	sort.Ints(charts)
	if len(charts) < 8 {
		t.Fatalf("report.docx has %d native charts, want at least 8", len(charts))
	}
	for _, n := range charts {
		if p[fmt.Sprintf("word/embeddings/Microsoft_Excel_Worksheet%d.xlsx", n)] == "" {
			t.Errorf("chart %d has no embedded workbook", n)
		}
	}
	var native []*doc.Figure
	for _, f := range exampleModel(t, dir).Figures() {
		if f.Kind != doc.FigureHeatmap {
			native = append(native, f)
		}
	}
	if len(native) != len(charts) {
		t.Fatalf("%d charts for %d figures with a native kind", len(charts), len(native))
	}
	for i, f := range native {
		body := p[fmt.Sprintf("word/charts/chart%d.xml", i+1)]
		caches := numCache.FindAllStringSubmatch(body, -1)
		if len(caches) != len(f.Series) {
			t.Errorf("chart %d (%s): %d series, model has %d", i+1, f.Label, len(caches), len(f.Series))
			continue
		}
		for s, c := range caches {
			got := map[int]float64{}
			for _, pt := range cachePt.FindAllStringSubmatch(c[1], -1) {
				idx, _ := strconv.Atoi(pt[1])
				got[idx], _ = strconv.ParseFloat(pt[2], 64)
			}
			for j, v := range f.Series[s].Values {
				g, ok := got[j]
				switch {
				case v.Raw == nil && ok:
					t.Errorf("chart %d (%s) series %d point %d: cached %v, model has no number", i+1, f.Label, s, j, g)
				case v.Raw != nil && (!ok || g != *v.Raw):
					t.Errorf("chart %d (%s) series %d point %d: cached %v (present %v), model %v", i+1, f.Label, s, j, g, ok, *v.Raw)
				}
			}
		}
	}
	d := p["word/document.xml"]
	for _, style := range []string{"Title", "Heading1", "Heading2", "Heading3", "Caption"} {
		if !strings.Contains(d, `<w:pStyle w:val="`+style+`"/>`) {
			t.Errorf("report.docx uses no %s paragraph", style)
		}
	}
	t.Logf("report.docx: %d native charts", len(charts))
}

// TestWordInLibreOffice converts the example's report.docx and brief.docx
// with LibreOffice: the report's text holds every chapter heading, every
// numbered caption of the model ("Tabel 2.1") — LibreOffice computes the
// SEQ fields itself, so this proves the fields number like the model — and
// "Halaman 1 dari N"; the brief is exactly two pages.
func TestWordInLibreOffice(t *testing.T) {
	testenv.Short(t, "converts with LibreOffice")
	const dir = "../../data/example"
	out := t.TempDir()
	if code, o, e := runCLI(t, "build", dir, "-o", out, "-q"); code != 0 {
		t.Fatalf("build: %d %s %s", code, o, e)
	}
	pdfs := docxtest.ToPDF(t, filepath.Join(out, "report.docx"), filepath.Join(out, "brief.docx"))
	text := docxtest.Text(t, pdfs[0])
	pages := docxtest.Pages(t, pdfs[0])
	d := exampleModel(t, dir)
	want := []string{fmt.Sprintf("Halaman 1 dari %d", pages), fmt.Sprintf("Halaman %d dari %d", pages, pages)}
	for _, s := range d.Sections {
		want = append(want, strings.Join(strings.Fields(s.Number+" "+s.Title), " "))
	}
	for _, c := range d.Contents {
		want = append(want, c.Label+". ")
	}
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("report PDF text lacks %q", s)
		}
	}
	if n := docxtest.Pages(t, pdfs[1]); n != 2 {
		t.Errorf("brief.pdf has %d pages, want 2", n)
	}
	t.Logf("report: %d pages; brief: 2 pages", pages)
}

// allowedField is every field instruction the Word writer may emit; user
// text never becomes one.
var allowedField = regexp.MustCompile(`^ (SEQ (Tabel|Gambar|Table|Figure) \\\* ARABIC( \\[rs] 1)?|PAGE|NUMPAGES|TOC \\o "1-3" \\h \\z \\u) $`)

// TestWordHostileProject puts markup, field syntax, XML and script into
// captions, notes, narrative and the title: both .docx files stay well-formed
// XML, every field instruction is one of the writer's own, hyperlinks are
// http(s) only, and LibreOffice shows the hostile strings as text.
func TestWordHostileProject(t *testing.T) {
	dir := copyTree(t, "../../data/example")
	const (
		field = `{ INCLUDETEXT "c:\\x" } <w:fldSimple w:instr="DATE"/>`
		xmlx  = `</w:t></w:r><w:r><w:t>injected`
		amp   = `"Tom & Jerry's" <b>bold</b>`
	)
	exports, _ := filepath.Glob(filepath.Join(dir, "exports", "Oct-*.csv"))
	replaceIn(t, exports[0], "Selamat Hari Batik Nasional!", "Selamat Hari Batik "+strings.ReplaceAll(field+xmlx+amp, `"`, `""`))
	replaceIn(t, filepath.Join(dir, "notes", "wawancara-admin.yaml"), "Biasanya saya menyiapkan konten",
		"Biasanya "+strings.ReplaceAll(field+" "+xmlx+" "+amp, `'`, `''`)+" saya menyiapkan konten")
	replaceIn(t, filepath.Join(dir, "narrative", "share.md"), "\n\n", "\n\n[klik](javascript:alert(3)) [file](file:///etc/passwd) "+xmlx+"\n\n")
	replaceIn(t, filepath.Join(dir, "rapor.yaml"), "title: Evaluasi", "title: \"<i>x</i> { PAGE } Evaluasi\"\ntitle_was: ")
	replaceIn(t, filepath.Join(dir, "rapor.yaml"), "\ntitle_was: ", "\n# ")
	out := t.TempDir()
	if code, o, e := runCLI(t, "build", dir, "-o", out, "-q"); code != 0 {
		t.Fatalf("build: %d %s %s", code, o, e)
	}
	instr := regexp.MustCompile(`<w:instrText[^>]*>([^<]*)</w:instrText>`)
	for _, name := range []string{"report.docx", "brief.docx"} {
		p := docxParts(t, filepath.Join(out, name))
		for part, body := range p {
			if strings.Contains(body, "<w:fldSimple") {
				t.Errorf("%s %s: a simple field", name, part)
			}
			for _, m := range instr.FindAllStringSubmatch(body, -1) {
				if ins := strings.ReplaceAll(m[1], "&#34;", `"`); !allowedField.MatchString(ins) {
					t.Errorf("%s %s: field instruction %q is not the writer's own", name, part, ins)
				}
			}
		}
		for _, tgt := range regexp.MustCompile(`Target="([^"]*)" TargetMode="External"`).FindAllStringSubmatch(p["word/_rels/document.xml.rels"], -1) {
			if !strings.HasPrefix(tgt[1], "https://") && !strings.HasPrefix(tgt[1], "http://") && !strings.HasPrefix(tgt[1], "mailto:") {
				t.Errorf("%s: hyperlink to %q", name, tgt[1])
			}
		}
	}
	if testing.Short() && !testenv.CI() {
		return // the LibreOffice half is slow
	}
	pdfs := docxtest.ToPDF(t, filepath.Join(out, "report.docx"), filepath.Join(out, "brief.docx"))
	text := docxtest.Text(t, pdfs[0])
	for _, s := range []string{`{ INCLUDETEXT "c:\\x" }`, `<w:fldSimple w:instr="DATE"/>`, xmlx, `"Tom & Jerry's" <b>bold</b>`, "<i>x</i> { PAGE } Evaluasi"} {
		if !strings.Contains(text, s) {
			t.Errorf("report PDF does not show %q as text", s)
		}
	}
	if !strings.Contains(docxtest.Text(t, pdfs[1]), "<i>x</i> { PAGE } Evaluasi") {
		t.Error("brief PDF does not show the hostile title as text")
	}
}

// TestOutputsKey: `outputs:` chooses the files and --no-docx leaves the
// Word files out.
func TestOutputsKey(t *testing.T) {
	t.Parallel()
	dir := copyTree(t, "../../data/example")
	list := func(out string) []string {
		es, _ := os.ReadDir(out)
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		return names
	}
	out := t.TempDir()
	if code, o, e := runCLI(t, "build", dir, "-o", out, "-q", "--no-docx"); code != 0 {
		t.Fatalf("build --no-docx: %d %s %s", code, o, e)
	}
	if got := strings.Join(list(out), " "); got != "indicators.json report.html report.xlsx" {
		t.Errorf("--no-docx wrote %s", got)
	}
	replaceIn(t, filepath.Join(dir, "rapor.yaml"), "narrative: ", "outputs: [json, docx]\npage: {size: Letter}\nnarrative: ")
	out = t.TempDir()
	if code, o, e := runCLI(t, "build", dir, "-o", out, "-q"); code != 0 {
		t.Fatalf("build: %d %s %s", code, o, e)
	}
	if got := strings.Join(list(out), " "); got != "brief.docx indicators.json report.docx" {
		t.Errorf("outputs: [json, docx] wrote %s", got)
	}
	if d := docxParts(t, filepath.Join(out, "report.docx"))["word/document.xml"]; !strings.Contains(d, `<w:pgSz w:w="12240" w:h="15840"/>`) {
		t.Error("page: {size: Letter} did not give Letter paper")
	}
}
