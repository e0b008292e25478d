package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Record is one CSV record with the line each field starts on.
type Record struct {
	Fields    []string
	Line      int  // line of the first field
	Unclosed  int  // a quote opened on this record swallowed the record starting on this line (0: none)
	Truncated bool // the file ends inside this record (fewer cells than the records before, no line end)
	Marked    bool // Mark holds what the function given to Text.SetMark said of the record
	Mark      bool
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
	bom       int  // BOM length to skip
	crOnly    bool // lines end with a lone CR (Excel's "CSV (Macintosh)")
	mark      atomic.Pointer[func(Record) bool]
}

// SetMark has Each compute f of the records read from now on, on the
// goroutine that parses the file when that is not the caller's, and hand
// it to the callback in Record.Mark (Record.Marked says it was computed).
// That goroutine marks only while the callback is behind it, so the
// callback computes f itself for a record that is not Marked. f must be
// safe to call from another goroutine.
func (t *Text) SetMark(f func(Record) bool) { t.mark.Store(&f) }

// marked sets r's mark when a mark function is set.
func (t *Text) marked(r Record) Record {
	if f := t.mark.Load(); f != nil {
		r.Marked, r.Mark = true, (*f)(r)
	}
	return r
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
	Key       string // a message key of its own (a cap), or "" for ingest.csv_parse
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
	if strings.Contains(prefix, "\r") && !strings.Contains(prefix, "\n") {
		t.crOnly = true
		prefix = strings.ReplaceAll(prefix, "\r", "\n")
	}
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
	if t.crOnly {
		r = crToLF{r}
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

// Caps on the CSV structure (SPEC §8), so that memory stays bounded by them
// and not by the file: a physical line longer than MaxLine, or one record
// (a quoted field may span lines) longer than MaxRecord, refuses the file.
const (
	MaxLine   = 1 << 20
	MaxRecord = 4 << 20
)

// Each streams the records of the file (blank lines are dropped by
// encoding/csv; line numbers stay true). The record's Fields slice is
// reused between calls: copy what you keep. A quote that is never closed
// is an error, not a row; a quote that swallows line breaks where the next
// line starts like a record, and a last record cut short, are marked on
// the record (Record.Unclosed, Record.Truncated) for the reader to skip.
func (t *Text) Each(fn func(Record) error) error {
	if t.in == nil || t.in.size < pipeMin || runtime.GOMAXPROCS(0) < 2 {
		return t.scan(fn)
	}
	return t.eachPiped(fn)
}

// pipeMin is the file size from which Each parses the CSV in a goroutine of
// its own while fn handles the records read before (a large comments file).
const pipeMin = 4 << 20

// recBatch is a run of records handed from the parsing goroutine to fn.
type recBatch struct {
	recs   []Record
	fields []string // the fields of every record, one after the other
	ends   []int    // recs[i] has fields[ends[i-1]:ends[i]]
}

const batchLen = 256

// errPipeStopped ends the parsing goroutine when fn has stopped early.
var errPipeStopped = errors.New("stopped")

// eachPiped is Each with the parsing in a goroutine: the same records reach
// fn in the same order, and fn runs on the caller's goroutine.
func (t *Text) eachPiped(fn func(Record) error) error {
	out := make(chan *recBatch, 4)
	free := make(chan *recBatch, 8)
	stop := make(chan struct{})
	var perr error
	go func() {
		defer close(out)
		help := true
		b := &recBatch{}
		send := func() bool {
			select {
			case out <- b:
			case <-stop:
				return false
			}
			select {
			case b = <-free:
				b.recs, b.fields, b.ends = b.recs[:0], b.fields[:0], b.ends[:0]
			default:
				b = &recBatch{}
			}
			return true
		}
		perr = t.scan(func(r Record) error {
			if len(b.recs) == 0 {
				// Mark while fn is behind (batches wait for it); when it
				// keeps up, leave the marking to it.
				help = len(out) >= cap(out)/2
			}
			if help {
				r = t.marked(r)
			}
			b.fields = append(b.fields, r.Fields...)
			r.Fields = nil
			b.recs = append(b.recs, r)
			b.ends = append(b.ends, len(b.fields))
			if len(b.recs) == batchLen && !send() {
				return errPipeStopped
			}
			return nil
		})
		if len(b.recs) > 0 {
			send()
		}
	}()
	var err error
	for b := range out {
		for i := 0; err == nil && i < len(b.recs); i++ {
			r := b.recs[i]
			from := 0
			if i > 0 {
				from = b.ends[i-1]
			}
			r.Fields = b.fields[from:b.ends[i]:b.ends[i]]
			if err = fn(r); err != nil {
				close(stop)
			}
		}
		clear(b.fields) // let the records' strings go
		select {
		case free <- b:
		default:
		}
	}
	if err != nil {
		return err
	}
	return perr
}

// scan is Each on the caller's goroutine.
func (t *Text) scan(fn func(Record) error) error {
	rd, closer, err := t.reader()
	if err != nil {
		return err
	}
	defer closer.Close()
	lines := &lineGuard{r: rd, line: 1}
	br := bufio.NewReaderSize(lines, readChunk(t.in.size, 256<<10))
	first, err := br.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return csvError(err, 1)
	}
	first = strings.TrimPrefix(first, "\ufeff")
	if t.SepLine {
		first = "\n"
	}
	tail := &tailReader{r: io.MultiReader(strings.NewReader(first), br)}
	rec := &recordGuard{r: tail}
	cr := csv.NewReader(rec)
	cr.Comma = t.Delimiter
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var last Record
	have := false
	width := 0 // field count of the last record read whole on one line
	for {
		fs, err := cr.Read()
		rec.start = cr.InputOffset()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			next := 1
			if have {
				next = last.Line + strings.Count(strings.Join(last.Fields, ""), "\n") + 1
			}
			return csvError(err, next)
		}
		line, _ := cr.FieldPos(0)
		if have {
			if err := fn(last); err != nil {
				return err
			}
			if nonEmpty(last.Fields) > 1 && last.Unclosed == 0 && !multiLine(last.Fields) {
				width = len(last.Fields)
			}
		}
		last = Record{Fields: append(last.Fields[:0], fs...), Line: line}
		last.Unclosed = swallowedLine(last, width, t.Delimiter)
		have = true
	}
	if !have {
		return nil
	}
	end := strings.TrimRight(string(tail.last()), "\t ")
	if !strings.HasSuffix(end, "\n") && width > 1 && len(last.Fields) < width {
		last.Truncated = true // the file stops inside its last record
		return fn(last)
	}
	// LazyQuotes lets a quote that is never closed swallow the rest of the
	// file into one field: that is an unparseable file, not a row.
	f := last.Fields[len(last.Fields)-1]
	if strings.Contains(f, "\n") && last.Unclosed == 0 && !strings.HasSuffix(strings.TrimRight(end, "\r\n"), "\"") {
		return &parseError{Line: last.Line, Col: len(last.Fields), Err: errUnterminated}
	}
	return fn(last)
}

// csvError turns a reading error into a parseError at its position; next
// is the line where the record being read starts (for a record too long).
func csvError(err error, next int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &parseError{Line: pe.Line, Col: pe.Column, Err: pe.Err}
	}
	var ce *capError
	if errors.As(err, &ce) {
		if ce.line == 0 {
			ce.line = next
		}
		return &parseError{Line: ce.line, Col: 1, Err: err, Key: ce.key}
	}
	return err
}

// nonEmpty counts the fields that are not blank (without allocating: it
// runs for every record).
func nonEmpty(fs []string) int {
	n := 0
	for _, f := range fs {
		if strings.TrimSpace(f) != "" {
			n++
		}
	}
	return n
}

// multiLine reports whether a field holds a line break.
func multiLine(fs []string) bool {
	for _, f := range fs {
		if strings.IndexByte(f, '\n') >= 0 || strings.IndexByte(f, '\r') >= 0 { // not ContainsAny: it builds a set per call
			return true
		}
	}
	return false
}

// swallowedLine returns the line of the first line inside a field of r that
// starts like a record of its own: as many cells as the records before
// (width), the first one shaped like r's first cell. That is a quote left
// open on r's line, which has swallowed the rows after it (0: none).
func swallowedLine(r Record, width int, delim rune) int {
	if width < 2 {
		return 0
	}
	d := string(delim)
	for _, f := range r.Fields {
		k := 0
		for rest := f; ; k++ {
			nl := strings.IndexByte(rest, '\n')
			if nl < 0 {
				break
			}
			rest = rest[nl+1:]
			line := rest
			if e := strings.IndexByte(line, '\n'); e >= 0 {
				line = line[:e]
			}
			line = strings.TrimRight(line, "\r")
			if strings.Count(line, d)+1 < width {
				continue
			}
			first, _, _ := strings.Cut(line, d)
			if sameShape(strings.TrimSpace(first), r.Get(0)) {
				return r.Line + k + 1
			}
		}
	}
	return 0
}

// sameShape reports whether two first cells look alike: both a number,
// both a URL, or both a date-like text of the same length.
func sameShape(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	digits := func(s string) bool { return strings.Trim(s, "0123456789") == "" }
	switch {
	case digits(a) || digits(b):
		return digits(a) && digits(b)
	case strings.HasPrefix(a, "http") || strings.HasPrefix(b, "http"):
		return strings.HasPrefix(a, "http") && strings.HasPrefix(b, "http")
	}
	return len(a) == len(b) && looksLikeDate(a) && looksLikeDate(b)
}

// capError is a CSV cap exceeded at a line.
type capError struct {
	key  string
	line int
}

func (e *capError) Error() string { return e.key }

var (
	errLineTooLong   = "ingest.line_too_long"
	errRecordTooLong = "ingest.record_too_long"
)

// lineGuard counts lines of the decoded text and refuses a line longer
// than MaxLine before the reader above it buffers it.
type lineGuard struct {
	r       io.Reader
	line    int
	sinceNL int
}

func (g *lineGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	b := p[:n]
	if k := bytes.LastIndexByte(b, '\n'); k >= 0 {
		g.line += bytes.Count(b, []byte{'\n'})
		g.sinceNL = n - k - 1
	} else {
		g.sinceNL += n
	}
	if g.sinceNL > MaxLine {
		return n, &capError{key: errLineTooLong, line: g.line}
	}
	return n, err
}

// recordGuard refuses a record longer than MaxRecord: start is the input
// offset where the record being parsed starts.
type recordGuard struct {
	r     io.Reader
	n     int64
	start int64
}

func (g *recordGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	g.n += int64(n)
	if g.n-g.start > MaxRecord {
		return n, &capError{key: errRecordTooLong}
	}
	return n, err
}

// crToLF turns the lone CR line ends of a "CSV (Macintosh)" file into LF.
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
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
