package config

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
	"unicode/utf16"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/internal/yamlstrict"
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
func loadBytes(dir, p string, b []byte, opts Options) (*report.Config, report.Problems) {
	return walkBytes(p, b, func(w *walker, root *yaml.Node) *report.Config { return w.decode(dir, root, opts) })
}

// walkBytes converts b (the rapor.yaml at path p) to UTF-8, parses it and
// hands the root to decode; the problems of every step are sorted. A nil
// result means the file could not be decoded at all.
func walkBytes[T any](p string, b []byte, decode func(w *walker, root *yaml.Node) *T) (*T, report.Problems) {
	b, prob := toUTF8(p, b)
	if prob != nil {
		return nil, report.Problems{*prob}
	}
	root, probs := parse(p, b)
	if root == nil {
		return nil, probs
	}
	w := &walker{path: p, pos: map[string]report.Pos{}}
	out := decode(w, root)
	probs = append(probs, w.probs...)
	probs.Sort()
	return out, probs
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
	if line, col, off, bad := yamlstrict.InvalidUTF8(b); bad {
		pr := report.Errorf(p, line, col, "config.invalid_utf8", off)
		return nil, &pr
	}
	return b, nil
}

// parse parses b as exactly one YAML document whose top level is a mapping
// without anchors or aliases. It returns the mapping node, or nil with the
// problems when the file cannot be used.
func parse(p string, b []byte) (*yaml.Node, report.Problems) {
	docs, err := yamlstrict.Documents(b, 2)
	if err != nil {
		line, msg := yamlstrict.SyntaxError(err)
		return nil, report.Problems{report.Errorf(p, line, 0, "config.syntax", msg)}
	}
	if len(docs) > 1 && docs[1] != nil {
		n := docs[1]
		return nil, report.Problems{report.Errorf(p, n.Line, n.Column, "config.multiple_documents")}
	}
	if len(docs) == 0 || docs[0] == nil {
		return nil, report.Problems{report.Errorf(p, 0, 0, "config.empty")}
	}
	n := docs[0]
	if aliases := yamlstrict.Aliases(n); len(aliases) > 0 {
		var probs report.Problems
		for _, a := range aliases {
			name := "&" + a.Anchor
			if a.Kind == yaml.AliasNode {
				name = "*" + a.Value
			}
			probs.Add(report.Errorf(p, a.Line, a.Column, "config.alias", name))
		}
		return nil, probs
	}
	if n.Kind != yaml.MappingNode {
		return nil, report.Problems{report.Errorf(p, n.Line, n.Column, "config.not_mapping", describe(n))}
	}
	return n, nil
}
