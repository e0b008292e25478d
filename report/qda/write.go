package qda

import (
	"archive/zip"
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
)

// Variables rapor writes on each text source of a .qdpx.
var writtenVars = []string{"kind", "informant", "role", "date", "title"}

// WriteQDPX writes notes as a REFI-QDA project (.qdpx, valid against
// Project.xsd): the framework codebook as in WriteCodebook, one text source
// per note (segments separated by a blank line) with the variables kind,
// informant, role, date and title, and one coded selection per segment,
// coded with its framework codes and its verdict. Positions count code
// points (origin "rapor"). The bytes depend on the inputs only.
func WriteQDPX(w io.Writer, notes []*report.Note, fw *report.Framework, lang string) error {
	zw := zip.NewWriter(w)
	stamp := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var texts []string
	var names []string
	qde := &strings.Builder{}
	b := bufio.NewWriter(qde)
	user := GUID(fw.Name, "user", "rapor")
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n")
	b.WriteString(`<Project xmlns="` + ProjectNS + `" name="rapor" origin="rapor">` + "\n")
	b.WriteString(`  <Users><User guid="` + user + `" name="rapor"/></Users>` + "\n")
	b.WriteString("  <CodeBook>\n  <Codes>\n")
	writeCodes(b, fw, lang, "    ")
	b.WriteString("  </Codes>\n  </CodeBook>\n  <Variables>\n")
	for _, v := range writtenVars {
		b.WriteString(`    <Variable guid="` + GUID(fw.Name, "variable", v) + `" name="` + v + `" typeOfVariable="Text"/>` + "\n")
	}
	b.WriteString("  </Variables>\n  <Sources>\n")
	for i, n := range notes {
		id := strconv.Itoa(i+1) + "\x00" + n.ID
		guid := GUID(fw.Name, "source", id)
		file := guid + ".txt"
		text := writeSource(b, fw, n, id, guid, file, user)
		texts, names = append(texts, text), append(names, file)
	}
	b.WriteString("  </Sources>\n</Project>\n")
	if err := b.Flush(); err != nil {
		return err
	}
	if err := addEntry(zw, projectEntry, qde.String(), stamp); err != nil {
		return err
	}
	for i, name := range names {
		if err := addEntry(zw, "Sources/"+name, texts[i], stamp); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writeSource writes one note as a TextSource and returns its text.
func writeSource(b *bufio.Writer, fw *report.Framework, n *report.Note, id, guid, file, user string) string {
	b.WriteString(`    <TextSource guid="` + guid + `" name="` + escape(n.ID) + `" plainTextPath="internal://` + file + `">` + "\n")
	var text strings.Builder
	pos := 0
	for k, seg := range n.Segments {
		if k > 0 {
			text.WriteString("\n\n")
			pos += 2
		}
		start := pos
		text.WriteString(seg.Text)
		pos += utf8.RuneCountInString(seg.Text)
		end := pos
		sid := id + "\x00" + strconv.Itoa(k)
		b.WriteString(`      <PlainTextSelection guid="` + GUID(fw.Name, "selection", sid) + `" startPosition="` +
			strconv.Itoa(start) + `" endPosition="` + strconv.Itoa(end) + `">` + "\n")
		refs := []string{}
		for _, c := range seg.Codes {
			refs = append(refs, GUID(fw.Name, "code", c))
		}
		if seg.Assessment != "" {
			refs = append(refs, GUID(fw.Name, "rating", seg.Assessment))
		}
		for j, ref := range refs {
			b.WriteString(`        <Coding guid="` + GUID(fw.Name, "coding", sid+"\x00"+strconv.Itoa(j)) + `" creatingUser="` + user + `">` +
				`<CodeRef targetGUID="` + ref + `"/></Coding>` + "\n")
		}
		b.WriteString("      </PlainTextSelection>\n")
	}
	values := map[string]string{"kind": n.Kind, "title": n.Title}
	if n.Informant != nil {
		values["informant"], values["role"] = n.Informant.Name, n.Informant.Role
	}
	if n.Kind == "observation" {
		values["informant"] = n.Observer
	}
	if n.Date != 0 {
		values["date"] = n.Date.String()
	}
	for _, v := range writtenVars {
		if values[v] == "" {
			continue
		}
		b.WriteString(`      <VariableValue><VariableRef targetGUID="` + GUID(fw.Name, "variable", v) + `"/><TextValue>` +
			escape(values[v]) + "</TextValue></VariableValue>\n")
	}
	b.WriteString("    </TextSource>\n")
	return text.String()
}

func addEntry(zw *zip.Writer, name, content string, stamp time.Time) error {
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: stamp})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, content)
	return err
}
