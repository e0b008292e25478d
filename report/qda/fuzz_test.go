package qda

import (
	"testing"
)

// FuzzParseProject: any bytes give a project or problems, never a panic;
// a project's selections quote inside their text or are skipped.
func FuzzParseProject(f *testing.F) {
	f.Add([]byte(project("NVivo for Windows 12.6", code(g+"11", "Share", code(g+"12", "Participate", "")), sel(0, 4, g+"12"), "")))
	f.Add([]byte(project("ATLAS.ti 8", code(g+"11", "x", ""), sel(3, 1, g+"11"), "<Cases><Case guid=\""+g+"60\"><SourceRef targetGUID=\""+g+"01\"/></Case></Cases>")))
	f.Add([]byte(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><Project xmlns="urn:QDA-XML:project:1.0">&x;</Project>`))
	f.Add([]byte(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="` + g + `01" name="a" isCodable="true"/></Codes><Sets/></CodeBook>`))
	fw := luttrell(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, probs := ParseProject("f.qde", data)
		if p == nil {
			if probs.Errors() == 0 {
				t.Fatal("no project and no error")
			}
			return
		}
		for _, s := range p.Sources {
			s.Text, s.HasText = "a😀b\r\nc", true
		}
		p.Resolve()
		out := Notes(p, "f.qde", &Mapping{Framework: fw})
		skipped := 0
		for _, n := range out.Skipped {
			skipped += n
		}
		if out.Used+skipped != out.Items {
			t.Fatalf("used %d + skipped %d != items %d", out.Used, skipped, out.Items)
		}
		ParseCodebook("f.qdc", data)
	})
}

// FuzzRead: any bytes (zip, XML or CSV) give a project or an error, never
// a panic, and a project's selections resolve and map.
func FuzzRead(f *testing.F) {
	f.Add(qdpx(f, project("NVivo 12", code(g+"11", "share.participate", ""), sel(0, 2, g+"11")+sel(1, 9, g+"11"), ""),
		map[string]string{"Sources/" + g + "01.txt": "\ufeffa😀b\r\nc"}))
	f.Add([]byte("id,document,tag,content\r\n1,W1,share.participate,\"Kami, aktif\"\r\n1,W1,Optimal,x\r\n"))
	f.Add([]byte("\ufeff\"File\",\"Coder\",\"Coded\",\"Id\",\"Codename\",\"Coded_Memo\",\"Category\",\"FileVar_Informan\"\r\n\"a\",\"b\",\"c\",\"ctid:1\",\"Respons cepat\",\"\",\"Mengelola\",\"Rina\"\r\n"))
	fw := luttrell(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, probs := Read("f", data)
		if p == nil {
			if probs.Errors() == 0 {
				t.Fatal("no project and no error")
			}
			return
		}
		p.Resolve()
		Notes(p, "f", &Mapping{Framework: fw})
		Format(p, data)
	})
}
