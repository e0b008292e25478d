package qda

import (
	"bytes"
	"path"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Read reads any of the formats by content: a zip is a .qdpx, XML is a
// project (.qde) or codebook (.qdc) by its root element, anything else a
// CSV export. shown names the file in problems.
func Read(shown string, data []byte) (*Project, report.Problems) {
	if IsZip(data) {
		return ReadQDPX(shown, data)
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	if bytes.HasPrefix(head, []byte("<")) {
		if strings.EqualFold(path.Ext(shown), ".qdc") || bytes.Contains(data[:min(len(data), 4096)], []byte(CodebookNS)) {
			return ParseCodebook(shown, data)
		}
		return ParseProject(shown, data)
	}
	return ReadCSV(shown, data)
}

// Format is a short name of the file's format for the per-file table:
// qdpx-<tool>, qde-<tool>, qdc-<tool> (the first word of origin, lower
// case) or the CSV export's name.
func Format(p *Project, data []byte) string {
	tool := strings.ToLower(strings.Fields(p.Origin + " ?")[0])
	switch {
	case IsZip(data):
		return "qdpx-" + tool
	case p.Origin == TaguetteHighlights || p.Origin == QualCoderReport || p.Origin == TaguetteCodebook:
		return p.Origin
	case len(p.Sources) == 0 && len(p.Users) == 0 && bytes.Contains(data[:min(len(data), 4096)], []byte(CodebookNS)):
		return "qdc-" + tool
	}
	return "qde-" + tool
}
