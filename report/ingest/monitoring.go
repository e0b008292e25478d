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
	for _, r := range data {
		if r.Blank() || !c.dataRow(r) {
			continue
		}
		k := &report.Case{ID: cols.get(r, "case_id"), Channel: cols.get(r, "channel"),
			Category: cols.get(r, "category"), Summary: cols.get(r, "summary"),
			Status: cols.get(r, "status"), File: c.path, Line: r.Line}
		det, err := parseTime(cols.get(r, "detected_at"), loc, dayFirst)
		if err != nil {
			c.badRow(r.Line, cols["detected_at"]+1, "bad_date", "ingest.bad_time", cols.get(r, "detected_at"))
			continue
		}
		k.DetectedAt = det.UTC()
		bad := false
		for _, f := range []struct {
			name string
			dst  **time.Time
		}{{"responded_at", &k.RespondedAt}, {"resolved_at", &k.ResolvedAt}} {
			s := cols.get(r, f.name)
			if s == "" {
				continue
			}
			tm, err := parseTime(s, loc, dayFirst)
			if err != nil {
				c.badRow(r.Line, cols[f.name]+1, "bad_date", "ingest.bad_time", s)
				bad = true
				break
			}
			if tm.Before(det) {
				c.badRow(r.Line, cols[f.name]+1, "before_detected", "ingest.before_detected", s, cols.get(r, "detected_at"))
				bad = true
				break
			}
			tm = tm.UTC()
			*f.dst = &tm
		}
		if bad {
			continue
		}
		c.use()
		ds.Cases = append(ds.Cases, k)
	}
}
