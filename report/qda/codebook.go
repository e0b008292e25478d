package qda

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/xml"
	"io"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// guidSpace is the name space of rapor's derived GUIDs (16 fixed random
// bytes; never change them, or every GUID changes).
var guidSpace = [16]byte{0x3d, 0x5a, 0x7e, 0x62, 0x4b, 0x1f, 0x5c, 0x0e, 0x9a, 0x51, 0x2f, 0x6b, 0x8c, 0x33, 0x70, 0x14}

// GUID derives a stable GUID (UUIDv5 layout: SHA-1 of a fixed name space
// and framework, kind and id) so that the same framework code always has
// the same GUID, across runs and machines.
func GUID(framework, kind, id string) string {
	h := sha1.New()
	h.Write(guidSpace[:])
	h.Write([]byte(framework + "\x00" + kind + "\x00" + id))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	s := hex.EncodeToString(u[:])
	return s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32]
}

// ratingGroup names the code group of the verdicts, per language.
var ratingGroup = report.Text{ID: "Penilaian", EN: "Rating"}

// RatingLabels are the verdicts (notes.Assessments order) as codes.
var RatingLabels = []struct {
	ID    string
	Label report.Text
}{
	{"tidak_ada", report.Text{ID: "Tidak ada", EN: "Absent"}},
	{"belum_optimal", report.Text{ID: "Belum optimal", EN: "Not yet optimal"}},
	{"optimal", report.Text{ID: "Optimal", EN: "Optimal"}},
}

// WriteCodebook writes fw as a REFI-QDA codebook (urn:QDA-XML:codebook:1.0,
// valid against Codebook.xsd): each stage a parent code that cannot be
// coded, its sub-components codable children, and the verdicts a separate
// group; names and descriptions in lang, GUIDs derived from the ids.
func WriteCodebook(w io.Writer, fw *report.Framework, lang string) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n")
	bw.WriteString(`<CodeBook xmlns="` + CodebookNS + `" origin="rapor">` + "\n<Codes>\n")
	writeCodes(bw, fw, lang, "  ")
	bw.WriteString("</Codes>\n</CodeBook>\n")
	return bw.Flush()
}

// writeCodes writes the framework's code elements (shared by the codebook
// and the project writer).
func writeCodes(w *bufio.Writer, fw *report.Framework, lang, indent string) {
	for _, st := range fw.Stages {
		openCode(w, indent, GUID(fw.Name, "stage", st.ID), st.Label.In(lang), false, st.Description.In(lang))
		for _, sc := range st.Subcomponents {
			code := st.ID + "." + sc.ID
			desc := code
			if d := sc.Description.In(lang); d != "" {
				desc += ": " + d
			}
			openCode(w, indent+"  ", GUID(fw.Name, "code", code), sc.Label.In(lang), true, desc)
			w.WriteString(indent + "  </Code>\n")
		}
		w.WriteString(indent + "</Code>\n")
	}
	openCode(w, indent, GUID(fw.Name, "rating", "group"), ratingGroup.In(lang), false, "")
	for _, r := range RatingLabels {
		openCode(w, indent+"  ", GUID(fw.Name, "rating", r.ID), r.Label.In(lang), true, r.ID)
		w.WriteString(indent + "  </Code>\n")
	}
	w.WriteString(indent + "</Code>\n")
}

func openCode(w *bufio.Writer, indent, guid, name string, codable bool, desc string) {
	c := "false"
	if codable {
		c = "true"
	}
	w.WriteString(indent + `<Code guid="` + guid + `" name="` + escape(name) + `" isCodable="` + c + `">` + "\n")
	if desc != "" {
		w.WriteString(indent + "  <Description>" + escape(desc) + "</Description>\n")
	}
}

// escape escapes text for XML content and attribute values.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
