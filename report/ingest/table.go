package ingest

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode"
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
	SepLine   bool // a `sep=` line was present
	Records   []Record
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
	// LazyQuotes lets a quote that is never closed swallow the rest of the
	// file into one field: that is an unparseable file, not a row.
	if n := len(out); n > 0 && limit <= 0 {
		last := out[n-1]
		f := last.Fields[len(last.Fields)-1]
		if strings.Contains(f, "\n") && !strings.HasSuffix(strings.TrimRight(text, "\r\n\t "), "\"") {
			return out[:n-1], &parseError{Line: last.Line, Col: len(last.Fields), Err: errUnterminated}
		}
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

// readText decodes raw bytes and splits them into records. delim overrides
// sniffing when non-zero.
func readText(raw []byte, delim rune) (*Text, error) {
	s, enc, err := decode(raw)
	if err != nil {
		return nil, err
	}
	s = strings.TrimPrefix(s, "\ufeff")
	t := &Text{Encoding: enc}
	s, sepD, hasSep := stripSep(s)
	t.SepLine = hasSep
	switch {
	case delim != 0:
		t.Delimiter = delim
	case hasSep && sepD != 0:
		t.Delimiter = sepD
	default:
		t.Delimiter = sniff(s)
	}
	recs, err := splitRecords(s, t.Delimiter, 0)
	t.Records = recs
	return t, err
}

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
