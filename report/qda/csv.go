package qda

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
)

// CSV export formats (Project.Origin of a CSV export).
const (
	TaguetteHighlights = "taguette-csv"
	TaguetteCodebook   = "taguette-codebook"
	QualCoderReport    = "qualcoder-csv"
)

// MaxCSV caps a CSV export.
const MaxCSV = 50 << 20

// ReadCSV reads a CSV export of coded segments: Taguette's highlights
// (id,document,tag,content: one row per highlight and tag, rows of one id
// merged into one selection), QualCoder's coding report (File or Case,
// Coder, Coded, Id, Codename, Category, optional FileVar_*/CaseVar_*
// columns; the code path is Category/Codename), or Taguette's codebook
// (tag,description: codes only). Each selection's Quote is the exported
// text; Line is the row's line. Problems at shown:line.
func ReadCSV(shown string, data []byte) (*Project, report.Problems) {
	var probs report.Problems
	fail := func(line int, key string, args ...any) (*Project, report.Problems) {
		probs.Add(report.Errorf(shown, line, 0, key, args...))
		return nil, probs
	}
	if len(data) > MaxCSV {
		return fail(0, "qda.csv_too_large", MaxCSV>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return fail(0, "qda.text_not_utf8")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return fail(csvLine(err), "qda.csv_syntax", csvMessage(err))
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.Join(strings.Fields(h), " "))] = i
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := col[n]; !ok {
				return false
			}
		}
		return true
	}
	c := &csvReader{r: r, col: col, header: header, p: &Project{Where: shown}, docs: map[string]*Source{}, codes: map[string]*Code{}}
	switch {
	case has("id", "document", "tag", "content"):
		c.p.Origin = TaguetteHighlights
		c.row = c.taguette
	case has("coded", "codename") && (has("file") || has("case")):
		c.p.Origin = QualCoderReport
		c.row = c.qualcoder
	case has("tag", "description"):
		c.p.Origin = TaguetteCodebook
		c.row = c.codebook
	default:
		return fail(1, "qda.csv_unknown", strings.Join(header, ","))
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fail(csvLine(err), "qda.csv_syntax", csvMessage(err))
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		c.row(rec, line)
	}
	return c.p, probs
}

// csvReader builds a Project from the rows of one export.
type csvReader struct {
	r      *csv.Reader
	col    map[string]int
	header []string
	p      *Project
	row    func(rec []string, line int)
	docs   map[string]*Source
	codes  map[string]*Code
	sels   map[string]*Selection // Taguette: highlight id -> selection
}

func (c *csvReader) get(rec []string, name string) string {
	if i, ok := c.col[name]; ok && i < len(rec) {
		return rec[i]
	}
	return ""
}

// doc returns the source named name, made on first sight.
func (c *csvReader) doc(name string, line int) *Source {
	s := c.docs[name]
	if s == nil {
		s = &Source{Name: name, Quoted: true, Line: line}
		c.docs[name] = s
		c.p.Sources = append(c.p.Sources, s)
	}
	return s
}

// code returns the code named name under parent ("" = top level), made
// on first sight; its path is parent/name (a name may hold "/" itself).
func (c *csvReader) code(parent, name string, line int) *Code {
	p := name
	if parent != "" {
		p = parent + "/" + name
	}
	if k := c.codes[p]; k != nil {
		return k
	}
	k := &Code{Name: name, Path: p, Codable: true, Line: line}
	if parent != "" {
		up := c.code("", parent, line)
		up.Children = append(up.Children, k)
	} else {
		c.p.Codes = append(c.p.Codes, k)
	}
	c.codes[p] = k
	return k
}

func (c *csvReader) taguette(rec []string, line int) {
	if c.sels == nil {
		c.sels = map[string]*Selection{}
	}
	id, tag := strings.TrimSpace(c.get(rec, "id")), strings.TrimSpace(c.get(rec, "tag"))
	src := c.doc(strings.TrimSpace(c.get(rec, "document")), line)
	sel := c.sels[src.Name+"\x00"+id]
	if sel == nil || id == "" {
		sel = &Selection{GUID: id, Quote: c.get(rec, "content"), Line: line}
		c.sels[src.Name+"\x00"+id] = sel
		src.Selections = append(src.Selections, sel)
	}
	if tag != "" {
		c.code("", tag, line)
	}
	sel.CodeNames = append(sel.CodeNames, tag)
	sel.Rows = append(sel.Rows, line)
}

func (c *csvReader) qualcoder(rec []string, line int) {
	name := c.get(rec, "file")
	if _, ok := c.col["file"]; !ok {
		name = c.get(rec, "case")
	}
	src := c.doc(strings.TrimSpace(name), line)
	if len(src.Selections) == 0 && len(src.Values) == 0 {
		for i, h := range c.header {
			h = strings.TrimSpace(h)
			for _, prefix := range []string{"FileVar_", "CaseVar_"} {
				if v, ok := strings.CutPrefix(h, prefix); ok && i < len(rec) {
					src.Values = append(src.Values, VarValue{VarGUID: v, Value: strings.TrimSpace(rec[i])})
					c.variable(v)
				}
			}
		}
	}
	name, cat, path := strings.TrimSpace(c.get(rec, "codename")), strings.TrimSpace(c.get(rec, "category")), ""
	if name != "" {
		path = c.code(cat, name, line).Path
	}
	sel := &Selection{GUID: strings.TrimSpace(c.get(rec, "id")), Quote: c.get(rec, "coded"), Line: line, Rows: []int{line}}
	sel.CodeNames = []string{path}
	src.Selections = append(src.Selections, sel)
}

// variable records a CSV variable column once (its GUID is its name).
func (c *csvReader) variable(name string) {
	for _, v := range c.p.Variables {
		if v.GUID == name {
			return
		}
	}
	c.p.Variables = append(c.p.Variables, Variable{GUID: name, Name: name, Type: "Text"})
}

func (c *csvReader) codebook(rec []string, line int) {
	tag := strings.TrimSpace(c.get(rec, "tag"))
	if tag == "" {
		return
	}
	k := c.code("", tag, line)
	k.Description = strings.TrimSpace(c.get(rec, "description"))
}

func csvLine(err error) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Line
	}
	return 0
}

func csvMessage(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
