package ingest

import (
	"errors"

	"github.com/rapor-id/rapor/report/internal/boundedio"
)

// openTable decodes and splits a file, reporting encoding and delimiter,
// and returns the index of its first non-blank record (the header); an
// empty file is an error.
func openTable(c *fileCtx, in *input) (*Text, int, bool) {
	var d rune
	if c.src.Delimiter != "" {
		d = []rune(c.src.Delimiter)[0]
	}
	t, err := readInput(in, d)
	if t != nil {
		c.rep.Encoding = t.Encoding
		c.rep.Delimiter = DelimName(t.Delimiter)
	}
	if err != nil {
		c.readFailed(err)
		return nil, 0, false
	}
	hi := firstNonBlank(t.Records)
	if hi < 0 {
		c.errorf(0, 0, "ingest.empty_file")
		return nil, 0, false
	}
	return t, hi, true
}

// openStream detects a file's encoding and delimiter for reading it as a
// stream, reporting both.
func openStream(c *fileCtx, in *input) (*Text, bool) {
	var d rune
	if c.src.Delimiter != "" {
		d = []rune(c.src.Delimiter)[0]
	}
	t, err := openText(in, d)
	if err != nil {
		c.errorf(0, 0, "ingest.decode_failed", err.Error())
		return nil, false
	}
	c.rep.Encoding = t.Encoding
	c.rep.Delimiter = DelimName(t.Delimiter)
	return t, true
}

// streamRead reports how a streaming pass ended; false when the file is
// refused (errStop: the problem is already recorded) or empty (no header).
func (c *fileCtx) streamRead(err error, header bool) bool {
	switch {
	case errors.Is(err, errStop):
		return false
	case err != nil:
		c.readFailed(err)
		return false
	case !header:
		c.errorf(0, 0, "ingest.empty_file")
		return false
	}
	return true
}

// readFailed reports an error met while reading the records of a file.
func (c *fileCtx) readFailed(err error) {
	var pe *parseError
	var tl *boundedio.TooLargeError
	switch {
	case errors.As(err, &pe) && pe.Key == errLineTooLong:
		c.errorf(pe.Line, pe.Col, pe.Key, MaxLine>>20)
	case errors.As(err, &pe) && pe.Key != "":
		c.errorf(pe.Line, pe.Col, pe.Key, MaxRecord>>20)
	case errors.As(err, &pe):
		c.errorf(pe.Line, pe.Col, "ingest.csv_parse", pe.Err.Error())
	case errors.As(err, &tl):
		c.errorf(0, 0, "ingest.too_large", boundedio.SizeText(tl.Cap))
	default:
		c.errorf(0, 0, "ingest.decode_failed", err.Error())
	}
}

func firstNonBlank(rs []Record) int {
	for i, r := range rs {
		if !r.Blank() {
			return i
		}
	}
	return -1
}

// columnCells returns the cells of canonical column name over rows.
func columnCells(rows []Record, cols columns, name string) []string {
	i, ok := cols[name]
	if !ok {
		return nil
	}
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.Get(i))
	}
	return out
}

// columnFormats decides the number format of every mapped column.
func columnFormats(t *Text, rows []Record, cols columns) map[string]numFormat {
	out := map[string]numFormat{}
	for name := range cols {
		out[name] = decideNumFormat(columnCells(rows, cols, name), t.Delimiter == ';')
	}
	return out
}
