package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"unicode/utf16"
)

// tree writes the files of one project below a root folder. It remembers
// the first error so that writers can be chained without checks at every
// step; Err reports it.
type tree struct {
	root  string
	files []string // relative paths written, in order
	err   error
}

// file is one open output file with a buffered writer and a reusable line
// buffer.
type file struct {
	t    *tree
	rel  string
	f    *os.File
	w    *bufio.Writer
	u16  bool   // encode every write as UTF-16LE
	line []byte // scratch buffer for building one record
	tmp  []byte // scratch buffer for UTF-16 encoding
}

// create opens rel (slash-separated, relative to the root) for writing,
// creating its folders. utf16le selects UTF-16LE with a byte order mark;
// bom8 writes a UTF-8 byte order mark.
func (t *tree) create(rel string, utf16le, bom8 bool) *file {
	fl := &file{t: t, rel: rel, u16: utf16le}
	if t.err != nil {
		return fl
	}
	p := filepath.Join(t.root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.err = err
		return fl
	}
	f, err := os.Create(p)
	if err != nil {
		t.err = err
		return fl
	}
	fl.f = f
	fl.w = bufio.NewWriterSize(f, 1<<16)
	t.files = append(t.files, rel)
	switch {
	case utf16le:
		fl.w.Write([]byte{0xFF, 0xFE})
	case bom8:
		fl.w.Write([]byte{0xEF, 0xBB, 0xBF})
	}
	return fl
}

// writeFile writes a whole file at once.
func (t *tree) writeFile(rel string, data []byte) {
	f := t.create(rel, false, false)
	f.write(data)
	f.close()
}

// write writes b (UTF-8), encoding it as UTF-16LE when the file is UTF-16.
func (f *file) write(b []byte) {
	if f.w == nil {
		return
	}
	if !f.u16 {
		f.w.Write(b)
		return
	}
	f.tmp = f.tmp[:0]
	for _, r := range string(b) {
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			f.tmp = append(f.tmp, byte(r1), byte(r1>>8), byte(r2), byte(r2>>8))
			continue
		}
		f.tmp = append(f.tmp, byte(r), byte(r>>8))
	}
	f.w.Write(f.tmp)
}

// writeString writes s.
func (f *file) writeString(s string) { f.write([]byte(s)) }

// flushLine writes the line buffer followed by LF and empties it.
func (f *file) flushLine() {
	f.line = append(f.line, '\n')
	f.write(f.line)
	f.line = f.line[:0]
}

// close flushes and closes the file, keeping the first error.
func (f *file) close() {
	if f.w == nil {
		return
	}
	if err := f.w.Flush(); err != nil && f.t.err == nil {
		f.t.err = fmt.Errorf("%s: %w", f.rel, err)
	}
	if err := f.f.Close(); err != nil && f.t.err == nil {
		f.t.err = fmt.Errorf("%s: %w", f.rel, err)
	}
	f.w = nil
}

// needsQuote reports whether a CSV field must be quoted.
func needsQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\n', '\r':
			return true
		}
	}
	return s != "" && (s[0] == ' ' || s[0] == '\t')
}

// appendField appends one CSV field (RFC 4180), quoting it when needed or
// when force is set and the field is not empty.
func appendField(b []byte, s string, force bool) []byte {
	if !force && !needsQuote(s) || force && s == "" {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// appendInt appends v, or nothing when v is blank (negative).
func appendInt(b []byte, v int64) []byte {
	if v < 0 {
		return b
	}
	return strconv.AppendInt(b, v, 10)
}
