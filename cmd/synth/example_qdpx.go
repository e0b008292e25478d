package main

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report/qda"
)

// qdpxSegment is one coded passage of the example's QualCoder interview.
type qdpxSegment struct {
	text  string
	codes []string // code paths of the codebook below
}

// The example's coded interview (W5): a staff member of the public
// relations team, coded in QualCoder with the student's own codes. Some
// codes name a framework sub-component by its labels (Mengelola/Respons
// cepat) or id (share.build_trust); the Tema/… codes map through codes: in
// rapor.yaml; Tema/Lain-lain is ignored there; Penilaian/… set the verdict.
var qdpxInterview = []qdpxSegment{
	{"Kami punya kalender konten bulanan. Setiap Senin tim rapat singkat membagi tugas: siapa membuat desain, siapa menulis takarir, siapa mengunggah.",
		[]string{"Tema/Jadwal unggahan", "Penilaian/Optimal"}},
	{"Sejak ada jadwal piket, komentar malam hari dibalas petugas piket. Tetapi hari Minggu masih sering terlambat karena piketnya belum berjalan.",
		[]string{"Mengelola/Respons cepat", "Penilaian/Belum optimal"}},
	{"Waktu muncul kabar bohong soal imunisasi sekolah, kami tahu dari grup WhatsApp kader. Klarifikasinya kami unggah malam itu juga setelah dicek ke Dinas Kesehatan.",
		[]string{"Tema/Pantauan isu", "share.build_trust", "Penilaian/Optimal"}},
	{"Untuk HUT kabupaten kami mengajak Disparbud dan pelaku UMKM membuat konten bersama, jadi unggahannya muncul juga di akun mereka.",
		[]string{"Tema/Kolaborasi"}},
	{"Ruang kerja tim sekarang pindah ke lantai dua, dekat ruang rapat.",
		[]string{"Tema/Lain-lain"}},
}

// qdpxCodes is the codebook: parent paths before their children.
var qdpxCodes = []string{"Tema", "Tema/Jadwal unggahan", "Tema/Pantauan isu", "Tema/Kolaborasi", "Tema/Lain-lain",
	"Mengelola", "Mengelola/Respons cepat", "share.build_trust", "Penilaian", "Penilaian/Optimal", "Penilaian/Belum optimal"}

// exampleQDPX writes the coded interview as a QualCoder-style .qdpx
// (positions in code points), its informant and role in a case's
// variables and its date in a variable of the source.
func exampleQDPX() ([]byte, error) {
	id := func(kind, name string) string { return strings.ToUpper(qda.GUID("example", kind, name)) }
	var text strings.Builder
	var sels strings.Builder
	pos := 0
	for i, s := range qdpxInterview {
		if i > 0 {
			text.WriteString("\n\n")
			pos += 2
		}
		text.WriteString("Peneliti: ...\nInforman: " + s.text)
		start := pos + utf8.RuneCountInString("Peneliti: ...\nInforman: ")
		pos += utf8.RuneCountInString("Peneliti: ...\nInforman: " + s.text)
		sels.WriteString(`      <PlainTextSelection guid="` + id("selection", strconv.Itoa(i)) + `" name="W5 ` + strconv.Itoa(i+1) +
			`" startPosition="` + strconv.Itoa(start) + `" endPosition="` + strconv.Itoa(pos) + `" creatingUser="` + id("user", "peneliti") + `">` + "\n")
		for j, c := range s.codes {
			sels.WriteString(`        <Coding guid="` + id("coding", strconv.Itoa(i)+"/"+strconv.Itoa(j)) + `" creatingUser="` + id("user", "peneliti") +
				`"><CodeRef targetGUID="` + id("code", c) + `"/></Coding>` + "\n")
		}
		sels.WriteString("      </PlainTextSelection>\n")
	}
	var x strings.Builder
	x.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Wawancara humas" origin="QualCoder 3.6">
  <Users><User guid="` + id("user", "peneliti") + `" name="Peneliti"/></Users>
  <CodeBook><Codes>
`)
	writeQDPXCodes(&x, id, "", "    ")
	x.WriteString(`  </Codes></CodeBook>
  <Variables>
    <Variable guid="` + id("variable", "informan") + `" name="Informan" typeOfVariable="Text"/>
    <Variable guid="` + id("variable", "jabatan") + `" name="Jabatan" typeOfVariable="Text"/>
    <Variable guid="` + id("variable", "tanggal") + `" name="Tanggal" typeOfVariable="Date"/>
  </Variables>
  <Cases>
    <Case guid="` + id("case", "w5") + `" name="Informan W5">
      <VariableValue><VariableRef targetGUID="` + id("variable", "informan") + `"/><TextValue>Dewi Kartika</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="` + id("variable", "jabatan") + `"/><TextValue>Staf Humas Diskominfo</TextValue></VariableValue>
      <SourceRef targetGUID="` + id("source", "W5") + `"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="` + id("source", "W5") + `" name="W5" plainTextPath="internal://` + id("source", "W5") + `.txt">
`)
	x.WriteString(sels.String())
	x.WriteString(`      <VariableValue><VariableRef targetGUID="` + id("variable", "tanggal") + `"/><DateValue>2026-10-21</DateValue></VariableValue>
    </TextSource>
  </Sources>
</Project>
`)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	stamp := time.Date(2026, 10, 22, 9, 0, 0, 0, time.UTC)
	for _, e := range []struct{ name, body string }{{"project.qde", x.String()}, {"sources/" + id("source", "W5") + ".txt", text.String()}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			return nil, err
		}
	}
	err := zw.Close()
	return buf.Bytes(), err
}

// writeQDPXCodes writes the codes under parent ("" = top level), nested.
func writeQDPXCodes(x *strings.Builder, id func(kind, name string) string, parent, indent string) {
	for _, p := range qdpxCodes {
		up, name := "", p
		if i := strings.LastIndex(p, "/"); i >= 0 {
			up, name = p[:i], p[i+1:]
		}
		if up != parent {
			continue
		}
		codable := strconv.FormatBool(parent != "" || !strings.Contains(strings.Join(qdpxCodes, "\n"), p+"/"))
		x.WriteString(indent + `<Code guid="` + id("code", p) + `" name="` + name + `" isCodable="` + codable + `">` + "\n")
		writeQDPXCodes(x, id, p, indent+"  ")
		x.WriteString(indent + "</Code>\n")
	}
}
