package qda

import (
	"archive/zip"
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/framework"
)

// luttrell loads the embedded framework.
func luttrell(t testing.TB) *report.Framework {
	t.Helper()
	fw, probs := framework.Load("luttrell", ".")
	if fw == nil {
		t.Fatal(probs)
	}
	return fw
}

// qdpx zips a project.qde and its source texts (name -> text).
func qdpx(t testing.TB, qde string, texts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	add("project.qde", qde)
	for _, name := range sortedNames(texts) {
		add(name, texts[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sortedNames returns the keys of m in order.
func sortedNames(m map[string]string) []string {
	return slices.Sorted(maps.Keys(m))
}

const g = "00000000-0000-0000-0000-0000000000"

// project builds a project.qde with origin, the codes given as raw XML,
// and one text source holding sel (raw XML) and vals (raw VariableValue XML).
func project(origin, codes, sel, extra string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="` + origin + `">
<CodeBook><Codes>` + codes + `</Codes></CodeBook>` + extra + `
<Sources><TextSource guid="` + g + `01" name="Wawancara Budi" plainTextPath="internal://` + g + `01.txt">` + sel + `</TextSource></Sources>
</Project>`
}

func sel(start, end int, codes ...string) string {
	s := `<PlainTextSelection guid="` + g + `99" startPosition="` + itoa(start) + `" endPosition="` + itoa(end) + `">`
	for _, c := range codes {
		s += `<Coding guid="` + g + `98"><CodeRef targetGUID="` + c + `"/></Coding>`
	}
	return s + "</PlainTextSelection>"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

func code(guid, name, children string) string {
	return `<Code guid="` + guid + `" name="` + name + `" isCodable="true">` + children + `</Code>`
}

// TestMapping: codes map by themselves (id, stage/sub in either language,
// derived GUID), through codes: (longest path prefix, ignore), ratings by
// name, and NVivo's repeated ranges merge into one segment.
func TestMapping(t *testing.T) {
	t.Parallel()
	fw := luttrell(t)
	text := "Kami aktif di Instagram. Admin membalas cepat.\r\nTidak ada SOP."
	codes := code(g+"10", "Share", code(g+"11", "Participate", "")) +
		code(g+"12", "Mengelola", code(g+"13", "Respons cepat", "")) +
		code(g+"14", "manage.media_monitoring", "") +
		code(strings.ToUpper(GUID("luttrell", "code", "engage.how_when")), "anything", "") +
		code(g+"20", "Tema", code(g+"21", "Aktif", code(g+"22", "Sangat aktif", ""))+code(g+"23", "Lain", "")) +
		code(g+"30", "Penilaian", code(g+"31", "Belum optimal", "")) +
		code(g+"40", "Bebas", "")
	cases := []struct {
		name, sel string
		cm        []report.CodeMap
		want      []string // codes of the one segment; nil = skipped
		assess    string
		reason    string
	}{
		{"stage/sub in English", sel(0, 24, g+"11"), nil, []string{"share.participate"}, "", ""},
		{"labels in Indonesian", sel(25, 46, g+"13"), nil, []string{"manage.quick_response"}, "", ""},
		{"code id as name", sel(0, 5, g+"14"), nil, []string{"manage.media_monitoring"}, "", ""},
		{"derived GUID, any case", sel(0, 5, strings.ToLower(GUID("luttrell", "code", "engage.how_when"))), nil, []string{"engage.how_when"}, "", ""},
		{"codes: by prefix", sel(0, 24, g+"22"), []report.CodeMap{{Path: "tema/aktif", Code: "share.participate"}, {Path: "Tema", Code: "ignore"}}, []string{"share.participate"}, "", ""},
		{"codes: ignore", sel(0, 24, g+"23"), []report.CodeMap{{Path: "Tema/Aktif", Code: "share.participate"}, {Path: "Tema", Code: "ignore"}}, nil, "", "ignored_code"},
		{"unmapped", sel(0, 24, g+"40"), nil, nil, "", "unmapped_code"},
		{"rating only", sel(0, 24, g+"31"), nil, nil, "", "rating_only"},
		{"NVivo repeats the range per code", sel(25, 46, g+"13") + sel(25, 46, g+"31") + sel(25, 46, g+"14"), nil,
			[]string{"manage.quick_response", "manage.media_monitoring"}, "belum_optimal", ""},
		{"outside the text", sel(10, 500, g+"11"), nil, nil, "", "out_of_range"},
		{"only white space selected", sel(24, 25, g+"11"), nil, nil, "", "empty_text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := qdpx(t, project("qc 1.3.2", codes, c.sel, ""), map[string]string{"Sources/" + g + "01.txt": text})
			p, probs := Read("k.qdpx", data)
			if p == nil {
				t.Fatal(probs)
			}
			p.Resolve()
			out := Notes(p, "k.qdpx", &Mapping{Framework: fw, Codes: c.cm})
			if c.want == nil {
				if len(out.Notes) != 0 || out.Skipped[c.reason] == 0 {
					t.Fatalf("want skipped %s, got notes %v skipped %v", c.reason, out.Notes, out.Skipped)
				}
				return
			}
			if len(out.Notes) != 1 || len(out.Notes[0].Segments) != 1 {
				t.Fatalf("want one segment, got %+v (skipped %v)", out.Notes, out.Skipped)
			}
			seg := out.Notes[0].Segments[0]
			if strings.Join(seg.Codes, ",") != strings.Join(c.want, ",") || seg.Assessment != c.assess {
				t.Errorf("codes %v assessment %q, want %v %q", seg.Codes, seg.Assessment, c.want, c.assess)
			}
			if out.Used != out.Items || out.Items == 0 {
				t.Errorf("items %d used %d", out.Items, out.Used)
			}
		})
	}
}

// TestConventions: NVivo counts UTF-16 units (an emoji is 2), ATLAS.ti
// counts CRLF as 1, others count code points; a range inside a surrogate
// pair is refused.
func TestConventions(t *testing.T) {
	t.Parallel()
	text := "a😀b\r\ncd"
	cases := []struct {
		conv       string
		start, end int
		want, skip string
	}{
		{UTF16, 3, 4, "b", ""},
		{UTF16, 0, 3, "a😀", ""},
		{UTF16, 2, 4, "", "splits_character"},
		{UTF16, 4, 8, "\r\ncd", ""},
		{CodePoints, 2, 3, "b", ""},
		{CodePoints, 5, 7, "cd", ""},
		{LineEndsOne, 4, 6, "cd", ""},
		{LineEndsOne, 3, 4, "\n", ""},
		{CodePoints, 6, 8, "", "out_of_range"},
		{CodePoints, 7, 7, "", ""},
	}
	for _, c := range cases {
		got, skip := Quote(text, c.conv, c.start, c.end)
		if got != c.want || skip != c.skip {
			t.Errorf("%s %d-%d: %q %q, want %q %q", c.conv, c.start, c.end, got, skip, c.want, c.skip)
		}
	}
	for origin, want := range map[string]string{"NVivo for Mac 15.0.0": UTF16, "ATLAS.ti 8.4.0 573": LineEndsOne, "MAXQDA 24": CodePoints, "qc 1.3.2": CodePoints, "": CodePoints} {
		if got := Convention(origin); got != want {
			t.Errorf("Convention(%q) = %s, want %s", origin, got, want)
		}
	}
}

// TestSourceMeta: variables (on the source or its case) come first, then
// the sources: entry, then the case name, then the source name (whose note
// then gets an id that is not the name).
func TestSourceMeta(t *testing.T) {
	t.Parallel()
	fw := luttrell(t)
	d := report.NewDate(2026, 10, 14)
	codes := code(g+"11", "share.participate", "")
	vars := `<Variables><Variable guid="` + g + `50" name="Informan" typeOfVariable="Text"/><Variable guid="` + g + `51" name="Jabatan" typeOfVariable="Text"/>` +
		`<Variable guid="` + g + `52" name="Tanggal" typeOfVariable="Date"/><Variable guid="` + g + `53" name="Jenis" typeOfVariable="Text"/></Variables>`
	val := func(v, text string) string {
		return `<VariableValue><VariableRef targetGUID="` + g + v + `"/><TextValue>` + text + `</TextValue></VariableValue>`
	}
	caseXML := func(vals string) string {
		return `<Cases><Case guid="` + g + `60" name="Kasus Rina">` + vals + `<SourceRef targetGUID="` + g + `01"/></Case></Cases>`
	}
	meta := []report.SourceMeta{{Pattern: "Wawancara *", Kind: "interview", Informant: "Dari Peta", Role: "Staf", Date: &d}}
	cases := []struct {
		name, extra, selVals string
		meta                 []report.SourceMeta
		kind, who, role, id  string
		date                 report.Date
	}{
		{"source variables", vars, val("50", "Budi Santoso") + val("51", "Kabid") + val("52", "2026-10-20") + val("53", "wawancara"), meta,
			"interview", "Budi Santoso", "Kabid", "Wawancara Budi", report.NewDate(2026, 10, 20)},
		{"case variables", vars + caseXML(val("50", "Rina")+val("53", "observasi")), "", nil, "observation", "Rina", "", "Wawancara Budi", 0},
		{"sources: map", "", "", meta, "interview", "Dari Peta", "Staf", "Wawancara Budi", d},
		{"case name", caseXML(""), "", nil, "interview", "Kasus Rina", "", "Wawancara Budi", 0},
		{"source name", "", "", nil, "interview", "Wawancara Budi", "", "k#1", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := qdpx(t, project("qc", codes, sel(0, 4, g+"11")+c.selVals, c.extra), map[string]string{"sources/" + g + "01.TXT": "Kami aktif"})
			p, probs := Read("k.qdpx", data)
			if p == nil {
				t.Fatal(probs)
			}
			p.Resolve()
			out := Notes(p, "k.qdpx", &Mapping{Framework: fw, Meta: c.meta})
			if len(out.Notes) != 1 {
				t.Fatalf("notes %v skipped %v", out.Notes, out.Skipped)
			}
			n := out.Notes[0]
			who, role := n.Observer, ""
			if n.Informant != nil {
				who, role = n.Informant.Name, n.Informant.Role
			}
			if n.Kind != c.kind || who != c.who || role != c.role || n.ID != c.id || n.Date != c.date {
				t.Errorf("got %s %q %q %q %v, want %s %q %q %q %v", n.Kind, who, role, n.ID, n.Date, c.kind, c.who, c.role, c.id, c.date)
			}
		})
	}
}

// TestBadTarget: a codes: target that is not a framework code is an error
// at its place in rapor.yaml.
func TestBadTarget(t *testing.T) {
	t.Parallel()
	probs := CheckTargets(&Mapping{Framework: luttrell(t), Config: "rapor.yaml",
		Codes: []report.CodeMap{{Path: "A", Code: "share.partisipate", Pos: report.Pos{Line: 9, Col: 14}}, {Path: "B", Code: Ignore}}})
	if len(probs) != 1 || probs[0].Key != "qda.bad_code_target" || probs[0].Where() != "rapor.yaml:9:14" {
		t.Errorf("problems %v", probs)
	}
}

// TestUnmapped lists unmapped code paths with their selections and the
// nearest framework code.
func TestUnmapped(t *testing.T) {
	t.Parallel()
	codes := code(g+"40", "Tema", code(g+"41", "Respon cepat", ""))
	data := qdpx(t, project("qc", codes, sel(0, 4, g+"41")+sel(5, 10, g+"41"), ""), map[string]string{"Sources/" + g + "01.txt": "Kami aktif"})
	p, _ := Read("k.qdpx", data)
	p.Resolve()
	out := Notes(p, "k.qdpx", &Mapping{Framework: luttrell(t)})
	if len(out.Unmapped) != 1 || out.Unmapped[0] != (Unmapped{Path: "Tema/Respon cepat", Selections: 2, Nearest: "manage.quick_response", Line: 3}) {
		t.Errorf("unmapped %+v", out.Unmapped)
	}
	if out.Skipped["unmapped_code"] != 2 || out.Items != 2 {
		t.Errorf("skipped %v of %d", out.Skipped, out.Items)
	}
}

// TestPlainTextContentAndRatingVariable: a bare .qde whose text source
// carries PlainTextContent is quoted from it (ATLAS.ti: CRLF counts 1), and
// a rating variable gives the verdict of segments without a rating code.
func TestPlainTextContentAndRatingVariable(t *testing.T) {
	t.Parallel()
	vars := `<Variables><Variable guid="` + g + `50" name="Penilaian" typeOfVariable="Text"/></Variables>`
	content := "<PlainTextContent>Baris satu\r\nAdmin membalas cepat.</PlainTextContent>"
	val := `<VariableValue><VariableRef targetGUID="` + g + `50"/><TextValue>Belum optimal</TextValue></VariableValue>`
	qde := project("ATLAS.ti 9", code(g+"11", "manage.quick_response", ""), content+sel(11, 32, g+"11")+val, vars)
	p, probs := Read("a.qde", []byte(qde))
	if p == nil {
		t.Fatal(probs)
	}
	p.Resolve()
	out := Notes(p, "a.qde", &Mapping{Framework: luttrell(t)})
	if len(out.Notes) != 1 {
		t.Fatalf("skipped %v", out.Skipped)
	}
	seg := out.Notes[0].Segments[0]
	if seg.Text != "Admin membalas cepat." || seg.Assessment != "belum_optimal" {
		t.Errorf("segment %+v", seg)
	}
}
