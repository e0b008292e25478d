package qda

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/notes"
)

// xmllint validates file against an official schema of ../shared; the test
// skips without xmllint or the schemas, except under CI=true.
func xmllint(t *testing.T, schema, file string) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	xsd := filepath.Join(samples, schema)
	_, serr := os.Stat(xsd)
	if err != nil || serr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true needs xmllint (libxml2-utils) and %s: %v %v", xsd, err, serr)
		}
		t.Skipf("no xmllint or schema: %v %v", err, serr)
	}
	out, err := exec.Command(bin, "--noout", "--nonet", "--schema", xsd, file).CombinedOutput()
	if err != nil {
		t.Fatalf("%s does not validate against %s: %v\n%s", file, schema, err, out)
	}
}

// TestCodebookValidates: the framework as a codebook validates against
// Codebook.xsd in both languages, holds stages, sub-components and
// verdicts, and every sub-component read back maps to itself (by GUID in
// the other language too).
func TestCodebookValidates(t *testing.T) {
	t.Parallel()
	fw := luttrell(t)
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		if err := WriteCodebook(&buf, fw, lang); err != nil {
			t.Fatal(err)
		}
		var again bytes.Buffer
		WriteCodebook(&again, fw, lang)
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Error("codebook bytes differ between runs")
		}
		file := filepath.Join(t.TempDir(), "kerangka.qdc")
		os.WriteFile(file, buf.Bytes(), 0o644)
		xmllint(t, "Codebook.xsd", file)
		p, probs := Read(file, buf.Bytes())
		if p == nil {
			t.Fatal(probs)
		}
		codable := 0
		p.Walk(func(c *Code) {
			if c.Codable {
				codable++
			}
		})
		if len(p.Codes) != len(fw.Stages)+1 || codable != len(fw.Codes())+len(RatingLabels) {
			t.Errorf("%s: %d top codes, %d codable", lang, len(p.Codes), codable)
		}
		ix := newCodeIndex(p, &Mapping{Framework: fw})
		var mapped []string
		ratings := 0
		p.Walk(func(c *Code) {
			switch tg := ix.of(c); {
			case tg.code != "":
				mapped = append(mapped, tg.code)
			case tg.rating != "":
				ratings++
			}
		})
		if strings.Join(mapped, " ") != strings.Join(fw.Codes(), " ") || ratings != 3 {
			t.Errorf("%s: mapped %v, %d ratings", lang, mapped, ratings)
		}
	}
	if a, b := GUID("luttrell", "code", "share.participate"), GUID("luttrell", "code", "share.connect"); a == b || len(a) != 36 || a[14] != '5' {
		t.Errorf("GUIDs %s %s", a, b)
	}
}

// TestRoundTrip: the example project's notes written as a .qdpx validate
// against Project.xsd and read back to the same notes and segments.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	fw := luttrell(t)
	files, _ := filepath.Glob("../../data/example/notes/*.yaml")
	if len(files) == 0 {
		t.Fatal("no example notes")
	}
	var ns []*report.Note
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, probs := notes.Parse(f, data, fw.Codes())
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		ns = append(ns, got...)
	}
	var buf bytes.Buffer
	if err := WriteQDPX(&buf, ns, fw, "id"); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	WriteQDPX(&again, ns, fw, "id")
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error(".qdpx bytes differ between runs")
	}
	dir := t.TempDir()
	p, probs := Read("x.qdpx", buf.Bytes())
	if p == nil {
		t.Fatal(probs)
	}
	qde := filepath.Join(dir, "project.qde")
	os.WriteFile(qde, []byte(projectXML(t, buf.Bytes())), 0o644)
	xmllint(t, "Project.xsd", qde)
	p.Resolve()
	out := Notes(p, "x.qdpx", &Mapping{Framework: fw})
	segs := 0
	for _, n := range ns {
		segs += len(n.Segments)
	}
	if len(out.Notes) != len(ns) || out.Used != segs || out.Items != segs || len(out.Problems) != 0 {
		t.Fatalf("%d notes from %d, used %d of %d items (%d segments), problems %v", len(out.Notes), len(ns), out.Used, out.Items, segs, out.Problems)
	}
	for i, n := range ns {
		back := out.Notes[i]
		if back.ID != n.ID || back.Kind != n.Kind || back.Date != n.Date || back.Title != n.Title || back.Observer != n.Observer ||
			(n.Informant != nil && (back.Informant == nil || back.Informant.Name != n.Informant.Name || back.Informant.Role != n.Informant.Role)) {
			t.Errorf("note %s came back as %+v", n.ID, back)
		}
		for k, seg := range n.Segments {
			b := back.Segments[k]
			if strings.Join(b.Codes, ",") != strings.Join(seg.Codes, ",") || b.Text != strings.TrimSpace(seg.Text) || b.Assessment != seg.Assessment {
				t.Errorf("%s segment %d: %+v, want %+v", n.ID, k, b, seg)
			}
		}
	}
}

// projectXML returns the project.qde of a .qdpx.
func projectXML(t *testing.T, data []byte) string {
	t.Helper()
	b := &unpackBudget{left: MaxUnpacked}
	zr := zipReader(t, data)
	for _, f := range zr.File {
		if f.Name == projectEntry {
			raw, key, _ := b.read(f)
			if key != "" {
				t.Fatal(key)
			}
			return string(raw)
		}
	}
	t.Fatal("no project.qde")
	return ""
}
