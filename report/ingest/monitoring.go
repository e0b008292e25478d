package ingest

import (
	"time"

	"github.com/rapor-id/rapor/report"
)

var monitoringAliases = []alias{
	{"case_id", []string{"case_id", "id_kasus", "id"}},
	{"detected_at", []string{"detected_at", "terdeteksi"}},
	{"channel", []string{"channel", "kanal"}},
	{"category", []string{"category", "kategori"}},
	{"summary", []string{"summary", "ringkasan"}},
	{"responded_at", []string{"responded_at", "direspons"}},
	{"resolved_at", []string{"resolved_at", "selesai"}},
	{"status", []string{"status"}},
}

// PresetMonitoring is the media-monitoring log preset.
const PresetMonitoring = "monitoring"

// readMonitoring reads a media-monitoring log.
func readMonitoring(c *fileCtx, in *input, ds *report.Dataset) {
	t, hi, ok := openTable(c, in)
	if !ok {
		return
	}
	header := t.Records[hi]
	cols, norm, dup := mapColumns(header, c.src.Columns, monitoringAliases)
	if foreignExport(c, header, norm, false) {
		return
	}
	if dup > 0 {
		c.errorf(header.Line, dup, "ingest.duplicate_header", header.Get(dup-1))
		return
	}
	if !cols.has("case_id") || !cols.has("detected_at") {
		if wrappedLine(header) {
			c.errorf(header.Line, 1, "ingest.excel_wrapped")
		} else if g := c.acceptingKind(); g != "" {
			c.errorf(header.Line, 1, "ingest.wrong_kind", g, c.src.Kind)
		} else {
			requireColumns(c, header.Line, cols, "case_id", "detected_at")
		}
		return
	}
	c.rep.Preset = PresetMonitoring
	if len(c.src.Columns) > 0 {
		c.rep.Preset = PresetMapped
	}
	loc := c.cfg.Loc
	if c.src.Loc != nil {
		loc = c.src.Loc
	}
	data := t.Records[hi+1:]
	dayFirst := decideDayFirst(columnCells(data, cols, "detected_at"), c.cfg.Language == "id")
	if cv := c.src.Covers; cv != nil {
		c.setCoverage(*cv, CoverageCovers)
		ds.CasesCover = append(ds.CasesCover, *cv)
	}
	cr := &caseReader{c: c, cols: cols, loc: loc, dayFirst: dayFirst}
	for _, r := range data {
		if r.Blank() || !c.dataRow(r) {
			continue
		}
		if k := cr.row(r); k != nil {
			c.use()
			ds.Cases = append(ds.Cases, k)
		}
	}
}

// caseReader turns the rows of a monitoring log into cases.
type caseReader struct {
	c        *fileCtx
	cols     columns
	loc      *time.Location
	dayFirst bool
}

// row reads one case; nil skips the row (already counted).
func (cr *caseReader) row(r Record) *report.Case {
	c, cols := cr.c, cr.cols
	k := &report.Case{ID: cols.get(r, "case_id"), Channel: cols.get(r, "channel"),
		Category: cols.get(r, "category"), Summary: cols.get(r, "summary"),
		Status: cols.get(r, "status"), File: c.path, Line: r.Line}
	det, err := parseTime(cols.get(r, "detected_at"), cr.loc, cr.dayFirst)
	if err != nil {
		c.badRow(r.Line, cols["detected_at"]+1, "bad_date", "ingest.bad_time", cols.get(r, "detected_at"))
		return nil
	}
	k.DetectedAt = det.UTC()
	var ok bool
	if k.RespondedAt, ok = cr.after(r, "responded_at", det); !ok {
		return nil
	}
	if k.ResolvedAt, ok = cr.after(r, "resolved_at", det); !ok {
		return nil
	}
	return k
}

// after reads an optional time that must not precede the detection time;
// false skips the row.
func (cr *caseReader) after(r Record, name string, det time.Time) (*time.Time, bool) {
	s := cr.cols.get(r, name)
	if s == "" {
		return nil, true
	}
	tm, err := parseTime(s, cr.loc, cr.dayFirst)
	if err != nil {
		cr.c.badRow(r.Line, cr.cols[name]+1, "bad_date", "ingest.bad_time", s)
		return nil, false
	}
	if tm.Before(det) {
		cr.c.badRow(r.Line, cr.cols[name]+1, "before_detected", "ingest.before_detected", s, cr.cols.get(r, "detected_at"))
		return nil, false
	}
	tm = tm.UTC()
	return &tm, true
}
