package ingest

import (
	"github.com/rapor-id/rapor/report"
)

// openTable decodes and splits a file, reporting encoding and delimiter.
func openTable(c *fileCtx, raw []byte) (*Text, bool) {
	var d rune
	if c.src.Delimiter != "" {
		d = []rune(c.src.Delimiter)[0]
	}
	t, err := readText(raw, d)
	if t != nil {
		c.rep.Encoding = t.Encoding
		c.rep.Delimiter = DelimName(t.Delimiter)
	}
	if err != nil {
		if pe, ok := err.(*parseError); ok {
			c.errorf(pe.Line, pe.Col, "ingest.csv_parse", pe.Err.Error())
		} else {
			c.errorf(0, 0, "ingest.decode_failed", err.Error())
		}
		return nil, false
	}
	return t, true
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

var _ = report.KindPosts
