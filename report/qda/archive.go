package qda

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
)

// Caps on a .qdpx archive (SPEC §9).
const (
	MaxArchive  = 50 << 20  // bytes of the .qdpx file
	MaxUnpacked = 200 << 20 // bytes of all entries read, unpacked
	MaxEntries  = 10000     // entries in the archive
)

// projectEntry is the name of the project document inside a .qdpx.
const projectEntry = "project.qde"

// IsZip reports whether data starts like a zip archive.
func IsZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}

// ReadQDPX reads a .qdpx archive: project.qde and the plain text of every
// text source (internal://<name> or a bare file name, looked up in Sources/
// without regard to case; NVivo's .docx copies are never read). shown names
// the file in problems. A corrupt zip, an archive over the caps, a missing
// project.qde, a source text missing from Sources/ or not UTF-8, and every
// problem of ParseProject are errors (where = shown:entry).
func ReadQDPX(shown string, data []byte) (*Project, report.Problems) {
	var probs report.Problems
	fail := func(where string, line int, key string, args ...any) (*Project, report.Problems) {
		probs.Add(report.Errorf(where, line, 0, key, args...))
		return nil, probs
	}
	if len(data) > MaxArchive {
		return fail(shown, 0, "qda.archive_too_large", MaxArchive>>20)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fail(shown, 0, "qda.bad_zip", err.Error())
	}
	if len(zr.File) > MaxEntries {
		return fail(shown, 0, "qda.too_many_entries", len(zr.File), MaxEntries)
	}
	entries := map[string]*zip.File{}
	for _, f := range zr.File {
		entries[strings.ToLower(strings.TrimPrefix(path.Clean("/"+f.Name), "/"))] = f
	}
	budget := &unpackBudget{left: MaxUnpacked}
	qde := entries[projectEntry]
	if qde == nil {
		return fail(shown, 0, "qda.no_project_entry")
	}
	raw, key, args := budget.read(qde)
	if key != "" {
		return fail(shown+":"+qde.Name, 0, key, args...)
	}
	where := shown + ":" + qde.Name
	p, probs := ParseProject(where, raw)
	if p == nil {
		return nil, probs
	}
	for _, s := range p.Sources {
		if s.HasText || !hasCodedSelection(s) {
			continue
		}
		name, internal := internalName(s.PlainTextPath)
		if !internal {
			continue // an external file: its selections are skipped in Resolve
		}
		f := entries["sources/"+strings.ToLower(name)]
		if f == nil {
			probs.Add(report.Errorf(where, s.Line, 0, "qda.missing_source_text", s.Name, s.PlainTextPath))
			continue
		}
		text, key, args := budget.read(f)
		if key != "" {
			probs.Add(report.Errorf(shown+":"+f.Name, 0, 0, key, args...))
			continue
		}
		if !utf8.Valid(text) {
			probs.Add(report.Errorf(shown+":"+f.Name, 0, 0, "qda.text_not_utf8"))
			continue
		}
		s.Text, s.HasText = strings.TrimPrefix(string(text), "\uFEFF"), true
	}
	if probs.Errors() > 0 {
		return nil, probs
	}
	return p, probs
}

func hasCodedSelection(s *Source) bool {
	for _, sel := range s.Selections {
		if len(sel.CodeGUIDs) > 0 {
			return true
		}
	}
	return false
}

// internalName returns the entry name of a plainTextPath inside Sources/:
// internal://x.txt and a bare name (qc) are internal; a path with a scheme
// or folders (relative://, absolute://, file:) is external.
func internalName(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if rest, ok := strings.CutPrefix(p, "internal://"); ok {
		return rest, rest != ""
	}
	if p == "" || strings.Contains(p, "://") || strings.ContainsAny(p, `/\:`) {
		return "", false
	}
	return p, true
}

// unpackBudget counts the bytes unpacked so far against MaxUnpacked.
type unpackBudget struct{ left int64 }

// read unpacks one entry, never more than the budget left (the sizes in the
// zip directory are not trusted); on failure it returns a message key.
func (b *unpackBudget) read(f *zip.File) ([]byte, string, []any) {
	if f.UncompressedSize64 > uint64(b.left) {
		return nil, "qda.unpacked_too_large", []any{MaxUnpacked >> 20}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, "qda.bad_entry", []any{err.Error()}
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, b.left+1))
	if err != nil {
		return nil, "qda.bad_entry", []any{err.Error()}
	}
	if int64(len(data)) > b.left {
		return nil, "qda.unpacked_too_large", []any{MaxUnpacked >> 20}
	}
	b.left -= int64(len(data))
	return data, "", nil
}
