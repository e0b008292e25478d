package qda

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// maxDepth caps element nesting (codes nest, but not this deep).
const maxDepth = 256

// ParseProject reads a project.qde document. where names it in problems
// ("coding/x.qdpx:project.qde"). A DTD, an unknown entity, a root element
// other than Project in urn:QDA-XML:project:1.0, malformed XML, bad
// positions and nesting deeper than 256 are errors at where:line.
func ParseProject(where string, data []byte) (*Project, report.Problems) {
	return parse(where, data, ProjectNS, "Project")
}

// ParseCodebook reads a .qdc codebook (root CodeBook in
// urn:QDA-XML:codebook:1.0); problems as ParseProject.
func ParseCodebook(where string, data []byte) (*Project, report.Problems) {
	return parse(where, data, CodebookNS, "CodeBook")
}

// xmlParser holds the state of one streaming parse.
type xmlParser struct {
	d     *xml.Decoder
	where string
	p     *Project
	stack []string // local names of the open elements
	codes []*Code  // open Code elements
	src   *Source  // open top-level TextSource
	sel   *Selection
	cas   *Case
	set   *Set
	memo  *Memo
	seen  bool        // the root element was opened
	other bool        // inside a non-text source
	vals  *[]VarValue // where an open VariableValue goes
	val   VarValue
	text  strings.Builder
	probs report.Problems
}

func parse(where string, data []byte, ns, root string) (*Project, report.Problems) {
	x := &xmlParser{where: where, p: &Project{Where: where}}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	x.d = xml.NewDecoder(bytes.NewReader(data))
	x.d.Strict = true
	for {
		tok, err := x.d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			x.fail(syntaxLine(err, x), "qda.xml_syntax", cleanXMLError(err))
			return nil, x.probs
		}
		if !x.token(tok, ns, root) {
			return nil, x.probs
		}
	}
	if !x.seen {
		x.fail(0, "qda.no_root", root, ns)
		return nil, x.probs
	}
	return x.p, x.probs
}

func (x *xmlParser) line() int {
	l, _ := x.d.InputPos()
	return l
}

func (x *xmlParser) fail(line int, key string, args ...any) {
	x.probs.Add(report.Errorf(x.where, line, 0, key, args...))
}

// token handles one token; false stops the parse.
func (x *xmlParser) token(tok xml.Token, ns, root string) bool {
	switch t := tok.(type) {
	case xml.Directive:
		x.fail(x.line(), "qda.dtd")
		return false
	case xml.StartElement:
		if len(x.stack) == 0 {
			if x.seen {
				x.fail(x.line(), "qda.xml_syntax", "a second root element")
				return false
			}
			if t.Name.Local != root || t.Name.Space != ns {
				x.fail(x.line(), "qda.wrong_root", t.Name.Space, t.Name.Local, ns, root)
				return false
			}
			x.seen = true
		}
		if len(x.stack) >= maxDepth {
			x.fail(x.line(), "qda.too_deep", maxDepth)
			return false
		}
		x.stack = append(x.stack, t.Name.Local)
		x.text.Reset()
		return x.start(t)
	case xml.EndElement:
		x.end(t.Name.Local)
		x.stack = x.stack[:len(x.stack)-1]
	case xml.CharData:
		if x.text.Len() < maxTextField {
			x.text.Write(t)
		}
	}
	return true
}

// maxTextField caps one element's text kept (PlainTextContent may be long).
const maxTextField = 64 << 20

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parent returns the local name of the element n levels above the current one.
func (x *xmlParser) parent(n int) string {
	if i := len(x.stack) - 1 - n; i >= 0 {
		return x.stack[i]
	}
	return ""
}

func (x *xmlParser) start(t xml.StartElement) bool {
	name, up := t.Name.Local, x.parent(1)
	switch {
	case len(x.stack) == 1:
		x.p.Origin, x.p.Name = attr(t, "origin"), attr(t, "name")
	case name == "User" && up == "Users":
		x.p.Users = append(x.p.Users, User{GUID: attr(t, "guid"), Name: attr(t, "name")})
	case name == "Code" && (up == "Codes" || up == "Code") && x.inCodebook():
		x.startCode(t)
	case name == "Variable" && up == "Variables":
		x.p.Variables = append(x.p.Variables, Variable{GUID: attr(t, "guid"), Name: attr(t, "name"), Type: attr(t, "typeOfVariable")})
	case name == "Case" && up == "Cases":
		x.cas = &Case{GUID: attr(t, "guid"), Name: attr(t, "name")}
	case name == "SourceRef" && up == "Case" && x.cas != nil:
		x.cas.SourceRefs = append(x.cas.SourceRefs, attr(t, "targetGUID"))
	case name == "VariableValue":
		x.startValue()
	case name == "VariableRef" && up == "VariableValue":
		x.val.VarGUID = attr(t, "targetGUID")
	case up == "Sources" && len(x.stack) == 3:
		if name != "TextSource" {
			x.p.OtherSources++
			x.other = true
			return true
		}
		x.src = &Source{GUID: attr(t, "guid"), Name: attr(t, "name"), PlainTextPath: attr(t, "plainTextPath"), Line: x.line()}
	case name == "PlainTextSelection" && up == "TextSource" && x.src != nil && len(x.stack) == 4:
		return x.startSelection(t)
	case name == "CodeRef" && up == "Coding" && x.parent(2) == "PlainTextSelection" && x.sel != nil:
		x.sel.CodeGUIDs = append(x.sel.CodeGUIDs, attr(t, "targetGUID"))
	case name == "CodeRef" && up == "Coding" && x.other:
		x.p.OtherCoded++ // a coded selection of a PDF, picture, audio or video source
	case name == "Set" && up == "Sets":
		x.set = &Set{GUID: attr(t, "guid"), Name: attr(t, "name")}
	case (name == "MemberSource" || name == "MemberCode" || name == "MemberNote") && up == "Set" && x.set != nil:
		ref := attr(t, "targetGUID")
		if ref == "" {
			ref = attr(t, "guid") // the codebook schema's MemberCode
		}
		x.set.Members = append(x.set.Members, ref)
	case name == "Note" && up == "Notes":
		x.memo = &Memo{GUID: attr(t, "guid"), Name: attr(t, "name")}
	}
	return true
}

// inCodebook reports whether the open Code sits in a CodeBook (project) or
// is the codebook document itself.
func (x *xmlParser) inCodebook() bool {
	for _, s := range x.stack {
		if s == "CodeBook" {
			return true
		}
	}
	return false
}

func (x *xmlParser) startCode(t xml.StartElement) {
	c := &Code{GUID: attr(t, "guid"), Name: attr(t, "name"), Codable: attr(t, "isCodable") == "true" || attr(t, "isCodable") == "1", Line: x.line()}
	c.Path = c.Name
	if n := len(x.codes); n > 0 {
		parent := x.codes[n-1]
		c.Path = parent.Path + "/" + c.Name
		parent.Children = append(parent.Children, c)
	} else {
		x.p.Codes = append(x.p.Codes, c)
	}
	x.codes = append(x.codes, c)
}

func (x *xmlParser) startValue() {
	x.val = VarValue{}
	switch {
	case x.parent(1) == "Case" && x.cas != nil:
		x.vals = &x.cas.Values
	case x.parent(1) == "TextSource" && x.src != nil && len(x.stack) == 4:
		x.vals = &x.src.Values
	default:
		x.vals = nil
	}
}

func (x *xmlParser) startSelection(t xml.StartElement) bool {
	start, err1 := strconv.Atoi(strings.TrimSpace(attr(t, "startPosition")))
	end, err2 := strconv.Atoi(strings.TrimSpace(attr(t, "endPosition")))
	if err1 != nil || err2 != nil || start < 0 || end < start {
		x.fail(x.line(), "qda.bad_position", attr(t, "startPosition"), attr(t, "endPosition"))
		return false
	}
	x.sel = &Selection{GUID: attr(t, "guid"), Name: attr(t, "name"), Start: start, End: end, Line: x.line()}
	x.src.Selections = append(x.src.Selections, x.sel)
	return true
}

func (x *xmlParser) end(name string) {
	up := x.parent(1)
	switch {
	case name == "Code" && len(x.codes) > 0 && x.stack[len(x.stack)-1] == "Code" && (up == "Codes" || up == "Code") && x.inCodebook():
		x.codes = x.codes[:len(x.codes)-1]
	case name == "Description" && up == "Code" && len(x.codes) > 0:
		x.codes[len(x.codes)-1].Description = strings.TrimSpace(x.text.String())
	case strings.HasSuffix(name, "Value") && name != "VariableValue" && up == "VariableValue":
		x.val.Value = strings.TrimSpace(x.text.String())
	case name == "VariableValue" && x.vals != nil:
		*x.vals = append(*x.vals, x.val)
		x.vals = nil
	case name == "Case" && x.cas != nil && up == "Cases":
		x.p.Cases = append(x.p.Cases, *x.cas)
		x.cas = nil
	case name == "PlainTextContent" && up == "TextSource" && x.src != nil && len(x.stack) == 4:
		x.src.Text, x.src.HasText = x.text.String(), true
	case name == "PlainTextContent" && up == "Note" && x.memo != nil:
		x.memo.Text = x.text.String()
	case name == "PlainTextSelection" && x.sel != nil && up == "TextSource":
		x.sel = nil
	case up == "Sources" && len(x.stack) == 3:
		if x.src != nil {
			x.p.Sources = append(x.p.Sources, x.src)
		}
		x.src, x.other = nil, false
	case name == "Set" && x.set != nil && up == "Sets":
		x.p.Sets = append(x.p.Sets, *x.set)
		x.set = nil
	case name == "Note" && x.memo != nil && up == "Notes":
		x.p.Notes = append(x.p.Notes, *x.memo)
		x.memo = nil
	}
}

// syntaxLine is the line of an XML error.
func syntaxLine(err error, x *xmlParser) int {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Line
	}
	return x.line()
}

// cleanXMLError is the message of an XML error without the package prefix.
func cleanXMLError(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Msg
	}
	return strings.TrimPrefix(err.Error(), "xml: ")
}
