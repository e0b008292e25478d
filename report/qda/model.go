// Package qda reads coded qualitative data exchanged in the REFI-QDA
// standard (SPEC §9): .qdpx projects (a zip holding project.qde and the
// source texts), bare .qde project files, .qdc codebooks, and the CSV
// exports of Taguette and QualCoder. It maps the coded selections onto the
// framework's sub-component codes as notes segments, and writes the
// framework as a REFI-QDA codebook (and notes as a .qdpx project).
package qda

// Namespaces of the two REFI-QDA documents.
const (
	ProjectNS  = "urn:QDA-XML:project:1.0"
	CodebookNS = "urn:QDA-XML:codebook:1.0"
)

// Project is what a .qdpx, .qde, .qdc or CSV export holds that rapor uses.
type Project struct {
	Origin    string // the writing program (origin attribute, or the CSV format)
	Where     string // how problems name the document ("x.qdpx:project.qde")
	Name      string
	Users     []User
	Codes     []*Code // top-level codes; each holds its children
	Variables []Variable
	Cases     []Case
	Sources   []*Source // text sources (and CSV documents), in file order
	// OtherSources counts PDF, picture, audio and video sources;
	// OtherCoded the codings inside them (rapor reads text only).
	OtherSources, OtherCoded int
	Sets                     []Set
	Notes                    []Memo
}

// User is one coder.
type User struct{ GUID, Name string }

// Code is one code of the codebook.
type Code struct {
	GUID        string
	Name        string
	Path        string // names from the top, joined by "/"
	Codable     bool
	Description string
	Children    []*Code
	Line        int
}

// Variable is a project-level variable definition.
type Variable struct{ GUID, Name, Type string }

// VarValue is one variable's value on a case or source.
type VarValue struct {
	VarGUID string
	Value   string
}

// Case is a case (usually a person) with its variable values and sources.
type Case struct {
	GUID, Name string
	Values     []VarValue
	SourceRefs []string // GUIDs of its sources
}

// Set is a named group of sources or codes.
type Set struct {
	GUID, Name string
	Members    []string // GUIDs of member sources, codes and notes
}

// Memo is a project note (memo) with its plain text, when given.
type Memo struct{ GUID, Name, Text string }

// Source is one text source with its coded selections.
type Source struct {
	GUID          string
	Name          string
	PlainTextPath string
	Text          string // the plain text (BOM removed); "" when absent
	HasText       bool   // the text was found (in the archive or PlainTextContent)
	Quoted        bool   // CSV exports: selections carry their quotes, not positions
	Values        []VarValue
	Selections    []*Selection
	Line          int // line of the source element in project.qde (row for CSV)
}

// Selection is one coded selection of a source.
type Selection struct {
	GUID       string
	Name       string
	Start, End int      // positions as written, in the tool's convention
	CodeGUIDs  []string // one per Coding/CodeRef, in file order
	CodeNames  []string // CSV exports: code paths instead of GUIDs
	Quote      string   // the selected text; set by Resolve
	Skip       string   // skip reason when the text cannot be quoted
	Line       int
	Rows       []int // CSV exports: the line of every row merged into it
}

// Walk calls f for every code, parents before children, in file order.
func (p *Project) Walk(f func(*Code)) {
	var walk func([]*Code)
	walk = func(cs []*Code) {
		for _, c := range cs {
			f(c)
			walk(c.Children)
		}
	}
	walk(p.Codes)
}

// CodeCount is the number of codes at any depth.
func (p *Project) CodeCount() int {
	n := 0
	p.Walk(func(*Code) { n++ })
	return n
}

// CodedSelections is the number of text selections with at least one coding.
func (p *Project) CodedSelections() int {
	n := 0
	for _, s := range p.Sources {
		for _, sel := range s.Selections {
			if len(sel.CodeGUIDs)+len(sel.CodeNames) > 0 {
				n++
			}
		}
	}
	return n
}
