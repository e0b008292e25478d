package ingest

import (
	"github.com/rapor-id/rapor/report"
)

// fileCtx is the state of reading one file.
type fileCtx struct {
	cfg      *report.Config
	src      *report.Source
	path     string // relative to the project folder, slash-separated (data quality)
	shown    string // as problems show it: the project folder joined with path
	rep      *report.FileReport
	probs    report.Problems
	bad      int
	opts     *Options
	in       *input // the file (for kind hints)
	untitled bool   // a daily block without a title line was read
	dry      bool   // a trial read for a kind hint: give no hints
}

func (c *fileCtx) errorf(line, col int, key string, args ...any) {
	c.probs.Add(report.Errorf(c.shown, line, col, key, args...))
}

func (c *fileCtx) warnf(line, col int, key string, args ...any) {
	p := report.Warnf(c.shown, line, col, key, args...)
	c.probs.Add(p)
	// the report names the file relative to the project: its bytes must not
	// depend on how the project folder was named on the command line
	p.Path = c.path
	if c.opts.Catalog != nil {
		c.rep.Warnings = append(c.rep.Warnings, c.opts.Catalog.Format(p))
	} else {
		c.rep.Warnings = append(c.rep.Warnings, p.Where()+": "+p.Key)
	}
}

// read counts a data row read.
func (c *fileCtx) read() { c.rep.RowsRead++ }

// dataRow counts a data row read. A row the CSV layer found broken (a
// quote left open that swallowed the next record, a last record cut
// short) is skipped as a bad row, and dataRow returns false.
func (c *fileCtx) dataRow(r Record) bool {
	c.read()
	switch {
	case r.Truncated:
		c.badRow(r.Line, len(r.Fields), "truncated_record", "ingest.truncated_record", len(r.Fields))
		return false
	case r.Unclosed > 0:
		c.badRow(r.Line, 1, "unclosed_quote", "ingest.unclosed_quote", r.Unclosed)
		return false
	}
	return true
}

// use counts a data row used.
func (c *fileCtx) use() { c.rep.RowsUsed++ }

// unuse moves a row counted as used to skipped for reason (the merge
// found it superseded or a duplicate).
func (c *fileCtx) unuse(reason string) {
	c.rep.RowsUsed--
	c.skip(reason)
}

// unuseBad moves a row counted as used to a bad row (the merge found it
// impossible: a reply earlier than its parent).
func (c *fileCtx) unuseBad(line, col int, reason, key string, args ...any) {
	c.rep.RowsUsed--
	c.badRow(line, col, reason, key, args...)
}

// setCoverage sets the file's coverage from its source: covers: on the
// source wins over what the file says (from).
func (c *fileCtx) setCoverage(rg report.Range, from string) {
	if c.src.Covers != nil {
		rg, from = *c.src.Covers, CoverageCovers
	}
	c.rep.Coverage, c.rep.CoverageFrom = &rg, from
}

// cell says what to do after reading one number cell.
type cell int

const (
	cellOK     cell = iota // the value (or a blank) was read
	cellSkip               // a bad number: the row is skipped as a bad row
	cellRefuse             // a month name Excel made of a number: the file is refused
)

// count reads a non-negative number cell at line:col for the named
// column: a month name in a number cell refuses the file, any other bad
// number skips the row as a bad row.
func (c *fileCtx) count(line, col int, s, name string, f numFormat) (float64, bool, cell) {
	v, ok, err := parseCount(s, f)
	switch err {
	case nil:
		return v, ok, cellOK
	case errExcelMonth:
		c.errorf(line, col, "ingest.excel_month", s)
		return 0, false, cellRefuse
	case errNegative:
		c.badRow(line, col, "negative_number", "ingest.bad_number", s, name)
	case errTooBig:
		c.badRow(line, col, "bad_number", "ingest.number_too_large", s, name)
	default:
		c.badRow(line, col, "bad_number", "ingest.bad_number", s, name)
	}
	return 0, false, cellSkip
}

// skip counts a data row skipped for reason (no warning: an expected skip,
// such as a Facebook block or a superseded duplicate).
func (c *fileCtx) skip(reason string) { c.rep.Skip(reason) }

// badRow skips a bad row with a warning; bad rows count toward BadRowLimit.
func (c *fileCtx) badRow(line, col int, reason, key string, args ...any) {
	c.rep.Skip(reason)
	c.bad++
	if c.bad <= MaxRowWarnings {
		c.warnf(line, col, key, args...)
	}
}

// MaxRowWarnings caps the bad-row warnings kept per file (the rows are
// still counted), so that a file of bad rows cannot fill memory.
const MaxRowWarnings = 200

// refused reports whether an error was found while reading the file.
func (c *fileCtx) refused() bool {
	for _, p := range c.probs {
		if p.Severity == report.Error {
			return true
		}
	}
	return false
}

// checkUsed refuses a data file with rows of which none could be used,
// naming the likely cause.
func (c *fileCtx) checkUsed() {
	if c.src.Kind == report.KindNotes || c.rep.RowsRead == 0 || c.rep.RowsUsed > 0 || c.refused() || c.tooManyBad() {
		return
	}
	sk := c.rep.Skipped
	switch {
	case sk["unknown_metric"] > 0 && c.untitled:
		c.errorf(0, 0, "ingest.no_rows.no_title", c.rep.RowsRead)
	case sk["unknown_metric"] > 0:
		c.errorf(0, 0, "ingest.no_rows.no_metric", c.rep.RowsRead)
	case sk["facebook_block"] == c.rep.RowsRead:
		c.errorf(0, 0, "ingest.no_rows.facebook_only", c.rep.RowsRead)
	case sk["blank_value"] == c.rep.RowsRead:
		c.errorf(0, 0, "ingest.no_rows.blank", c.rep.RowsRead)
	case sk["outside_section"]+sk["outside_block"]+sk["unknown_post_type"]+sk["unknown_breakdown"] > 0:
		c.errorf(0, 0, "ingest.no_rows.wrong_kind", c.rep.RowsRead, c.src.Kind)
	default:
		c.errorf(0, 0, "ingest.no_rows.other", c.rep.RowsRead, c.rep.Delimiter)
	}
}

// finish checks the bad-row share. A refused file (an error found while
// reading it) uses no rows, and its row warnings are dropped (the error
// says why), so that its row accounting adds up.
func (c *fileCtx) finish() {
	if c.refused() {
		c.rep.RowsRead, c.rep.RowsUsed, c.rep.Skipped, c.rep.Warnings = 0, 0, map[string]int{}, nil
		kept := c.probs[:0]
		for _, p := range c.probs {
			if p.Severity == report.Error {
				kept = append(kept, p)
			}
		}
		c.probs = kept
		return
	}
	if c.bad > MaxRowWarnings {
		c.warnf(0, 0, "ingest.more_bad_rows", c.bad-MaxRowWarnings)
	}
	if c.tooManyBad() {
		c.errorf(0, 0, "ingest.too_many_bad_rows", c.bad, c.rep.RowsRead)
	}
}

// tooManyBad reports more than BadRowLimit bad rows.
func (c *fileCtx) tooManyBad() bool {
	return c.rep.RowsRead > 0 && float64(c.bad) > BadRowLimit*float64(c.rep.RowsRead)
}
