package qda

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
)

// TestBadInput: broken or hostile files are refused with an error at
// path[:entry][:line], never a panic.
func TestBadInput(t *testing.T) {
	t.Parallel()
	ok := project("qc", code(g+"11", "share.participate", ""), sel(0, 4, g+"11"), "")
	texts := map[string]string{"Sources/" + g + "01.txt": "Kami aktif"}
	cases := []struct {
		name  string
		data  []byte
		key   string
		where string
	}{
		{"corrupt zip", append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0xff}, 64)...), "qda.bad_zip", "k.qdpx"},
		{"truncated zip", qdpx(t, ok, texts)[:100], "qda.bad_zip", "k.qdpx"},
		{"no project.qde", zipOf(t, map[string]string{"Sources/a.txt": "x"}), "qda.no_project_entry", "k.qdpx"},
		{"missing source text", qdpx(t, ok, nil), "qda.missing_source_text", "k.qdpx:project.qde:4"},
		{"source text not UTF-8", qdpx(t, ok, map[string]string{"Sources/" + g + "01.txt": "Kami \xff"}), "qda.text_not_utf8", "k.qdpx:Sources/" + g + "01.txt"},
		{"wrong namespace", qdpx(t, strings.Replace(ok, "urn:QDA-XML:project:1.0", "urn:example", 1), texts), "qda.wrong_root", "k.qdpx:project.qde:2"},
		{"codebook as project", qdpx(t, `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`, nil), "qda.wrong_root", "k.qdpx:project.qde:1"},
		{"DTD with entities", qdpx(t, "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n"+ok[strings.Index(ok, "<Project"):], texts), "qda.dtd", "k.qdpx:project.qde:2"},
		{"external entity", qdpx(t, strings.Replace(ok, `name="t"`, `name="&xxe;"`, 1), texts), "qda.xml_syntax", "k.qdpx:project.qde:2"},
		{"bad position", qdpx(t, project("qc", "", `<PlainTextSelection guid="`+g+`99" startPosition="9" endPosition="2"/>`, ""), texts), "qda.bad_position", "k.qdpx:project.qde:4"},
		{"not XML", qdpx(t, "just text", texts), "qda.no_root", "k.qdpx:project.qde"},
		{"broken XML", qdpx(t, ok[:len(ok)-20], texts), "qda.xml_syntax", "k.qdpx:project.qde:4"},
		{"too deep", qdpx(t, project("qc", strings.Repeat(`<Code guid="`+g+`11" name="x" isCodable="true">`, 300), "", ""), texts), "qda.too_deep", "k.qdpx:project.qde:3"},
		{"archive too large", append([]byte("PK\x03\x04"), make([]byte, MaxArchive)...), "qda.archive_too_large", "k.qdpx"},
		{"too many entries", zipOf(t, manyEntries(MaxEntries+1)), "qda.too_many_entries", "k.qdpx"},
		{"declared too large", rawZip(t, projectEntry, []byte("<x/>"), MaxUnpacked+1), "qda.unpacked_too_large", "k.qdpx:project.qde"},
		{"zip bomb lying about its size", rawZip(t, projectEntry, bytes.Repeat([]byte(" "), 4<<20), 1000), "qda.bad_entry", "k.qdpx:project.qde"},
		{"CSV unknown header", []byte("a,b\n1,2\n"), "qda.csv_unknown", "k.qdpx:1"},
		{"CSV bad quote", []byte("id,document,tag,content\n1,d,t,\"x\"y\"\n"), "qda.csv_syntax", "k.qdpx:2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, probs := Read("k.qdpx", c.data)
			if p != nil || len(probs) == 0 {
				t.Fatalf("read: %v %v", p != nil, probs)
			}
			if probs[0].Key != c.key || probs[0].Where() != c.where {
				t.Errorf("got %s at %s, want %s at %s (%v)", probs[0].Key, probs[0].Where(), c.key, c.where, probs[0].Args)
			}
		})
	}
}

// TestRealBomb: an entry that inflates past MaxUnpacked while its header
// says so is refused before it is inflated; one whose header lies stops at
// the cap.
func TestRealBomb(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "inflates 200 MB")
	big := bytes.Repeat([]byte{' '}, 1<<20)
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	for i := 0; i < MaxUnpacked>>20+1; i++ {
		fw.Write(big)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateRaw(&zip.FileHeader{Name: projectEntry, Method: zip.Deflate, CompressedSize64: uint64(comp.Len()),
		UncompressedSize64: MaxUnpacked - 1})
	w.Write(comp.Bytes())
	zw.Close()
	_, probs := Read("k.qdpx", buf.Bytes())
	if len(probs) != 1 || (probs[0].Key != "qda.unpacked_too_large" && probs[0].Key != "qda.bad_entry") {
		t.Errorf("problems %v", probs)
	}
}

func zipOf(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedNames(files) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	zw.Close()
	return buf.Bytes()
}

func manyEntries(n int) map[string]string {
	m := map[string]string{}
	for i := 0; i < n; i++ {
		m["Sources/"+itoa(i+1)+".txt"] = ""
	}
	return m
}

// rawZip stores body deflated under a header that declares size bytes.
func rawZip(t *testing.T, name string, body []byte, size uint64) []byte {
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	fw.Write(body)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(body),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}
