package ingest

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Record is one CSV record with the line each field starts on.
type Record struct {
	Fields []string
	Line   int // line of the first field
}

// Blank reports whether every field is empty after trimming.
func (r Record) Blank() bool {
	for _, f := range r.Fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// NonEmpty returns the trimmed non-empty fields.
func (r Record) NonEmpty() []string {
	var out []string
	for _, f := range r.Fields {
		if s := strings.TrimSpace(f); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Get returns field i trimmed ("" when absent).
func (r Record) Get(i int) string {
	if i < 0 || i >= len(r.Fields) {
		return ""
	}
	return strings.TrimSpace(r.Fields[i])
}

// Text is a decoded file split into records.
type Text struct {
	Encoding  string
	Delimiter rune
	SepLine   bool     // a `sep=` line was present
	Records   []Record // filled by readText (not by openText)
	in        *input
	bom       int // BOM length to skip
}

// DelimName names a delimiter for reports.
func DelimName(r rune) string {
	switch r {
	case '\t':
		return "tab"
	case 0:
		return ""
	}
	return string(r)
}

// parseError is a structural CSV error at a position.
type parseError struct {
	Line, Col int
	Err       error
}

func (e *parseError) Error() string { return e.Err.Error() }

// splitRecords parses text with delimiter d into records (blank lines are
// dropped by encoding/csv; line numbers stay true).
func splitRecords(text string, d rune, limit int) ([]Record, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = d
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var out []Record
	for limit <= 0 || len(out) < limit {
		fs, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return out, &parseError{Line: pe.Line, Col: pe.Column, Err: pe.Err}
			}
			return out, err
		}
		line, _ := r.FieldPos(0)
		out = append(out, Record{Fields: fs, Line: line})
	}
	return out, nil
}

var errUnterminated = errors.New("a quoted field is never closed")

// stripSep removes a leading `sep=X` line (keeping the line count) and
// returns the delimiter it names.
func stripSep(text string) (string, rune, bool) {
	nl := strings.IndexByte(text, '\n')
	first := text
	if nl >= 0 {
		first = text[:nl]
	}
	f := strings.TrimRight(first, "\r")
	if !strings.HasPrefix(strings.ToLower(f), "sep=") {
		return text, 0, false
	}
	rest := f[4:]
	var d rune
	if rest != "" {
		d = []rune(rest)[0]
	}
	if nl < 0 {
		return "", d, true
	}
	return "\n" + text[nl+1:], d, true
}

var candidates = []rune{',', ';', '\t', '|'}

// sniff picks the delimiter by test-parsing the first records with each
// candidate: the one whose records most often share one field count > 1,
// preferring more fields; titles and section lines (one non-empty cell) do
// not vote.
func sniff(text string) rune {
	best, bestScore := ',', -1.0
	for _, d := range candidates {
		recs, err := splitRecords(text, d, 30)
		if err != nil && len(recs) == 0 {
			continue
		}
		counts := map[int]int{}
		votes := 0
		for _, r := range recs {
			if len(r.NonEmpty()) <= 1 {
				continue
			}
			counts[len(r.Fields)]++
			votes++
		}
		if votes == 0 {
			continue
		}
		mode, modeN := 0, 0
		for n, c := range counts {
			if c > modeN || (c == modeN && n > mode) {
				mode, modeN = n, c
			}
		}
		score := float64(modeN)/float64(votes)*1000 + float64(mode)
		if err != nil {
			score /= 2
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

// prefixSize is how much of a file is decoded to sniff its delimiter.
const prefixSize = 64 << 10

// openText detects the encoding, the `sep=` line and the delimiter of raw
// (delim overrides sniffing when non-zero) without splitting the whole
// file; Each and All then read its records.
func openText(in *input, delim rune) (*Text, error) {
	enc, bom := detect(in.prefix, in.valid)
	t := &Text{Encoding: enc, in: in, bom: bom}
	prefix, err := t.decodedPrefix()
	if err != nil {
		return nil, err
	}
	prefix = strings.TrimPrefix(prefix, "\ufeff")
	prefix, sepD, hasSep := stripSep(prefix)
	t.SepLine = hasSep
	switch {
	case delim != 0:
		t.Delimiter = delim
	case hasSep && sepD != 0:
		t.Delimiter = sepD
	default:
		t.Delimiter = sniff(prefix)
	}
	return t, nil
}

// readText decodes raw bytes and splits them into records. delim overrides
// sniffing when non-zero.
func readText(raw []byte, delim rune) (*Text, error) {
	return readInput(memInput(raw), delim)
}

// readInput opens an input and splits it into records.
func readInput(in *input, delim rune) (*Text, error) {
	t, err := openText(in, delim)
	if err != nil {
		return nil, err
	}
	err = t.Each(func(r Record) error {
		r.Fields = append([]string(nil), r.Fields...)
		t.Records = append(t.Records, r)
		return nil
	})
	return t, err
}

// reader returns the decoded text as a stream (close the closer).
func (t *Text) reader() (io.Reader, io.Closer, error) {
	rc, err := t.in.open()
	if err != nil {
		return nil, nil, err
	}
	var r io.Reader = rc
	if t.bom > 0 {
		if _, err := io.CopyN(io.Discard, r, int64(t.bom)); err != nil {
			rc.Close()
			return nil, nil, err
		}
	}
	if d := t.decoder(); d != nil {
		r = transform.NewReader(r, d)
	}
	return r, rc, nil
}

func (t *Text) decodedPrefix() (string, error) {
	b := t.in.prefix[t.bom:]
	whole := int64(len(t.in.prefix)) == t.in.size
	if d := t.decoder(); d != nil {
		if !whole {
			b = b[:len(b)&^1]
		}
		out, _, err := transform.Bytes(d, b)
		return string(out), err
	}
	if !whole {
		// cut an incomplete rune at the end
		for k := 1; k <= 3 && k <= len(b); k++ {
			if utf8.RuneStart(b[len(b)-k]) {
				if !utf8.FullRune(b[len(b)-k:]) {
					b = b[:len(b)-k]
				}
				break
			}
		}
	}
	return string(b), nil
}

// Each streams the records of the file (blank lines are dropped by
// encoding/csv; line numbers stay true). The record's Fields slice is
// reused between calls: copy what you keep. A quote that is never closed
// is an error, not a row.
func (t *Text) Each(fn func(Record) error) error {
	rd, closer, err := t.reader()
	if err != nil {
		return err
	}
	defer closer.Close()
	br := bufio.NewReaderSize(rd, 256<<10)
	first, err := br.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	first = strings.TrimPrefix(first, "\ufeff")
	if t.SepLine {
		first = "\n"
	}
	tail := &tailReader{r: io.MultiReader(strings.NewReader(first), br)}
	cr := csv.NewReader(tail)
	cr.Comma = t.Delimiter
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var last Record
	have := false
	for {
		fs, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return &parseError{Line: pe.Line, Col: pe.Column, Err: pe.Err}
			}
			return err
		}
		line, _ := cr.FieldPos(0)
		if have {
			if err := fn(last); err != nil {
				return err
			}
		}
		last = Record{Fields: append(last.Fields[:0], fs...), Line: line}
		have = true
	}
	if !have {
		return nil
	}
	// LazyQuotes lets a quote that is never closed swallow the rest of the
	// file into one field: that is an unparseable file, not a row.
	f := last.Fields[len(last.Fields)-1]
	if strings.Contains(f, "\n") && !strings.HasSuffix(strings.TrimRight(string(tail.last()), "\r\n\t "), "\"") {
		return &parseError{Line: last.Line, Col: len(last.Fields), Err: errUnterminated}
	}
	return fn(last)
}

// tailReader remembers the last bytes read.
type tailReader struct {
	r   io.Reader
	buf [16]byte
	n   int
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if n > 0 {
		if n >= len(t.buf) {
			copy(t.buf[:], p[n-len(t.buf):n])
			t.n = len(t.buf)
		} else {
			keep := len(t.buf) - n
			if keep > t.n {
				keep = t.n
			}
			copy(t.buf[:keep], t.buf[t.n-keep:t.n])
			copy(t.buf[keep:keep+n], p[:n])
			t.n = keep + n
		}
	}
	return n, err
}

func (t *tailReader) last() []byte { return t.buf[:t.n] }

// normHeader normalises a header cell: BOM stripped, trimmed, inner
// whitespace collapsed, case-folded. Underscores are kept.
func normHeader(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.Trim(s, "\"")
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
