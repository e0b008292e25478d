package ingest

import (
	"errors"

	"github.com/rapor-id/rapor/report"
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

// guessKind tells which kind of input a file looks like ("" when unsure),
// to say so when a file is given under the wrong kind.
func guessKind(recs []Record) string {
	i := firstNonBlank(recs)
	if i < 0 {
		return ""
	}
	first := recs[i]
	ne := first.NonEmpty()
	if len(ne) == 1 {
		if k, _, _ := audienceSection(ne[0]); k != "" {
			return "audience"
		}
		if m, p := dailyTitle(ne[0]); m != "" || p != "" {
			return "daily"
		}
		return ""
	}
	norm := make([]string, len(first.Fields))
	for k, f := range first.Fields {
		norm[k] = normHeader(f)
	}
	switch {
	case hasAny(norm, "publish time", "waktu penerbitan", "post type", "jenis postingan", "media_type"):
		return "posts"
	case hasAny(norm, "comment_id", "ownerusername") || hasAll(norm, "username", "text", "timestamp"):
		return "comments"
	case hasAll(norm, "case_id", "detected_at"):
		return "monitoring"
	case hasAny(norm, "breakdown_type"):
		return "audience"
	case hasAny(norm, "date", "tanggal") && (hasAny(norm, "primary", "metric") || hasAny(norm, report.SeriesNames...)):
		return "daily"
	}
	return ""
}

// noPreset reports a header that fits no preset of the source's kind, or,
// when the file looks like another kind, says which.
func noPreset(c *fileCtx, recs []Record, line int, known string) {
	if g := guessKind(recs); g != "" && g != c.src.Kind {
		c.errorf(line, 1, "ingest.wrong_kind", g, c.src.Kind)
		return
	}
	c.errorf(line, 1, "ingest.no_preset", c.src.Kind, known)
}
