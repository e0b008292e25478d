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
