package yamlstrict

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// InvalidUTF8 returns the 1-based line and column (in characters) and the
// byte offset of the first byte of data that is not valid UTF-8, and
// bad=false when all is valid.
func InvalidUTF8(data []byte) (line, col, offset int, bad bool) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, col, i, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return 0, 0, 0, false
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserProblems are the problems yaml.v3's parser (not its scanner)
// reports. For these, yaml.v3 v3.0.1 prints the 0-based line of the
// construct being parsed, and no line at all for the first line (its
// scanner errors are 1-based), so SyntaxError adds one.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// SyntaxError splits a yaml.v3 syntax error into its 1-based line (0 when
// the error names none, as for an unknown alias) and its message without
// the "yaml: line N:" prefix.
func SyntaxError(err error) (int, string) {
	s := err.Error()
	if m := yamlLine.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		if parserProblems[m[2]] {
			n++
		}
		return n, m[2]
	}
	s = strings.TrimPrefix(s, "yaml: ")
	if parserProblems[s] {
		return 1, s
	}
	return 0, s
}

// Documents parses up to max documents of data (max <= 0: all) and returns
// the root of each (see Root; nil for an empty document), in file order.
// On a YAML syntax error it returns the documents before it and the error
// (split it with SyntaxError).
func Documents(data []byte, max int) ([]*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var roots []*yaml.Node
	for max <= 0 || len(roots) < max {
		doc, err := Decode(dec)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return roots, err
		}
		roots = append(roots, Root(doc))
	}
	return roots, nil
}

// Aliases returns every node of the tree under n that is an alias (*name)
// or carries an anchor (&name), in file order. The aliases are not followed.
func Aliases(n *yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	var walk func(*yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil {
			return
		}
		if n.Kind == yaml.AliasNode || n.Anchor != "" {
			out = append(out, n)
		}
		if n.Kind == yaml.AliasNode {
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	return out
}

// Decode decodes the next document of dec into a node. It turns a panic of
// the YAML library (never expected, but input is hostile) into an error.
func Decode(dec *yaml.Decoder) (n *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			n, err = nil, fmt.Errorf("yaml: %v", r)
		}
	}()
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	return &doc, nil
}

// Root returns the content of a document node, or nil for an empty document
// (no content, or a lone null such as a document holding only comments).
func Root(doc *yaml.Node) *yaml.Node {
	if doc == nil || doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	r := doc.Content[0]
	if r.Kind == yaml.ScalarNode && r.Tag == "!!null" {
		return nil
	}
	return r
}
