package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"gopkg.in/yaml.v3"

	_ "time/tzdata" // zone names resolve the same everywhere
)

// FileName is the name of the project file in a project folder.
const FileName = "rapor.yaml"

// MaxSize is the largest rapor.yaml accepted (bytes).
const MaxSize = 1 << 20

// Options for Load.
type Options struct {
	Period string // --period override ("" = use the file's period:)
	// Now is the one clock read of a run: relative periods (last-month …)
	// are resolved against its local date in the project's time zone. The
	// zero time refuses relative periods.
	Now time.Time
}

// Load reads DIR/rapor.yaml strictly into a report.Config. Every problem is
// a report.Problem with Path = filepath.Join(dir, "rapor.yaml"), the line and
// column of the offending key or value, and a message key of
// templates/messages/config.yaml. It returns a nil Config only when the file
// cannot be used at all (missing, unreadable, too large, not UTF-8, not YAML,
// empty, or not a mapping). It also expands each source's glob into
// Source.Files (sorted, relative to dir, with forward slashes).
func Load(dir string, opts Options) (*report.Config, report.Problems) {
	p := filepath.Join(dir, FileName)
	b, prob := readFile(p)
	if prob != nil {
		return nil, report.Problems{*prob}
	}
	return loadBytes(dir, p, b, opts)
}

// loadBytes checks and decodes the content b of the rapor.yaml at path p.
func loadBytes(dir, p string, b []byte, opts Options) (cfg *report.Config, probs report.Problems) {
	b, prob := toUTF8(p, b)
	if prob != nil {
		return nil, report.Problems{*prob}
	}
	root, probs := parse(p, b)
	if root == nil {
		return nil, probs
	}
	w := &walker{path: p, pos: map[string]report.Pos{}}
	defer func() {
		if r := recover(); r != nil {
			tc, ok := r.(tooComplex)
			if !ok {
				panic(r)
			}
			cfg = nil
			probs = append(probs, report.Errorf(p, tc.line, tc.col, "config.too_complex", maxVisits))
		}
	}()
	cfg = w.decode(dir, root, opts)
	probs = append(probs, w.probs...)
	probs.Sort()
	return cfg, probs
}

// readFile reads p, refusing missing, unreadable and oversized files.
func readFile(p string) ([]byte, *report.Problem) {
	f, err := os.Open(p)
	if err != nil {
		var pr report.Problem
		if errors.Is(err, fs.ErrNotExist) {
			pr = report.Errorf(p, 0, 0, "config.missing_file", filepath.Dir(p))
		} else {
			pr = report.Errorf(p, 0, 0, "config.read", err.Error())
		}
		return nil, &pr
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		pr := report.Errorf(p, 0, 0, "config.read", "is a directory")
		return nil, &pr
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		pr := report.Errorf(p, 0, 0, "config.read", err.Error())
		return nil, &pr
	}
	if len(b) > MaxSize {
		pr := report.Errorf(p, 0, 0, "config.too_large", MaxSize)
		return nil, &pr
	}
	return b, nil
}

// toUTF8 strips a UTF-8 BOM, decodes UTF-16 with a BOM (as Windows Notepad
// may save), and refuses invalid UTF-8 with the line, column and byte offset
// of the first bad byte.
func toUTF8(p string, b []byte) ([]byte, *report.Problem) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		le := b[0] == 0xFF
		b = b[2:]
		if len(b)%2 != 0 {
			pr := report.Errorf(p, 0, 0, "config.invalid_utf16")
			return nil, &pr
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			if le {
				u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
			} else {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			}
		}
		b = []byte(string(utf16.Decode(u)))
	}
	if utf8.Valid(b) {
		return b, nil
	}
	off := 0
	for off < len(b) {
		r, size := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	line := bytes.Count(b[:off], []byte{'\n'}) + 1
	col := utf8.RuneCount(b[start:off]) + 1
	pr := report.Errorf(p, line, col, "config.invalid_utf8", off)
	return nil, &pr
}

var reYAMLLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parse parses b as exactly one YAML document whose top level is a
// mapping. It returns the mapping node, or nil with the problems when the
// file cannot be used.
func parse(p string, b []byte) (root *yaml.Node, probs report.Problems) {
	defer func() {
		// yaml.v3 turns its own failures into errors; anything else
		// escaping the parser is still a syntax problem, never a crash.
		if r := recover(); r != nil {
			root = nil
			probs = report.Problems{report.Errorf(p, 0, 0, "config.syntax", fmt.Sprint(r))}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, report.Problems{report.Errorf(p, 0, 0, "config.empty")}
		}
		return nil, report.Problems{syntaxProblem(p, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != nil && !errors.Is(err, io.EOF) {
		return nil, report.Problems{syntaxProblem(p, err)}
	} else if err == nil && len(extra.Content) > 0 && !isNull(extra.Content[0]) {
		n := extra.Content[0]
		return nil, report.Problems{report.Errorf(p, n.Line, n.Column, "config.multiple_documents")}
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil, report.Problems{report.Errorf(p, 0, 0, "config.empty")}
	}
	n := doc.Content[0]
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind != yaml.MappingNode {
		return nil, report.Problems{report.Errorf(p, n.Line, n.Column, "config.not_mapping", describe(n))}
	}
	return n, nil
}

// parserErrors start the messages of yaml.v3's parser (as opposed to its
// scanner). yaml.v3 v3.0.1 prints their line 0-based (and leaves it out on
// the first line); syntaxProblem adds the missing 1.
var parserErrors = []string{
	"did not find expected", "found duplicate %", "found incompatible YAML document",
	"found undefined tag handle",
}

// syntaxProblem turns a yaml error ("yaml: line 3: …") into a problem at
// that line.
func syntaxProblem(p string, err error) report.Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := reYAMLLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	for _, pe := range parserErrors {
		if strings.HasPrefix(msg, pe) {
			line++
			break
		}
	}
	return report.Errorf(p, line, 0, "config.syntax", msg)
}
