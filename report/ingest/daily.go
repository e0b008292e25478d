package ingest

import (
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Daily presets.
const (
	PresetMBSDaily = "mbs-daily"
	PresetLong     = "long"
	PresetWide     = "wide"
)

// dayPoint is one value read from a daily file.
type dayPoint struct {
	metric string
	date   report.Date
	value  float64
	c      *fileCtx
}

type dailyFile struct {
	c      *fileCtx
	points []dayPoint
}

// dailyTitle maps a daily block title to (metric, platform). platform is
// "instagram", "facebook" or "" (not named).
func dailyTitle(title string) (metric, platform string) {
	t := normHeader(title)
	switch {
	case strings.Contains(t, "facebook"):
		platform = "facebook"
	case strings.Contains(t, "instagram"):
		platform = "instagram"
	}
	base := strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(t, "instagram", ""), "facebook", ""))
	switch base {
	case "reach", "jangkauan":
		metric = report.SeriesReach
	case "views", "tayangan":
		metric = report.SeriesViews
	case "follows", "pengikut", "followers", "new follows", "mengikuti":
		metric = report.SeriesFollows
	case "unfollows", "berhenti mengikuti":
		metric = report.SeriesUnfollows
	case "profile visits", "kunjungan profil", "visits", "kunjungan":
		metric = report.SeriesProfileVisits
	case "link clicks", "klik tautan":
		metric = report.SeriesLinkClicks
	case "content interactions", "interaksi konten", "interactions", "interaksi":
		metric = report.SeriesInteractions
	case "followers_total", "followers total", "total pengikut":
		metric = report.SeriesFollowersTotal
	}
	return metric, platform
}

func isDateHeader(s string) bool {
	n := normHeader(s)
	return n == "date" || n == "tanggal"
}

// dayOf reads the date part of a daily cell ("2026-05-25T00:00:00" → 2026-05-25).
func dayOf(s string, c *fileCtx) (report.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		d, err := report.ParseDate(s[:10])
		return d, err == nil
	}
	t, err := parseTime(s, c.cfg.Loc, c.cfg.Language == "id")
	if err != nil {
		return 0, false
	}
	return report.DateOf(t, c.cfg.Loc), true
}

type block struct {
	title    string
	metric   string
	platform string
	header   Record
	rows     []Record
}

// readDaily reads a daily file: Meta blocks, or long/wide CSV.
func readDaily(c *fileCtx, in *input) *dailyFile {
	t, hi, ok := openTable(c, in)
	if !ok {
		return nil
	}
	first := t.Records[hi]
	if wrappedLine(first) && !t.SepLine {
		c.errorf(first.Line, 1, "ingest.excel_wrapped")
		return nil
	}
	df := &dailyFile{c: c}
	if len(first.NonEmpty()) == 1 || (isDateHeader(first.Get(0)) && strings.EqualFold(first.Get(1), "primary")) {
		c.rep.Preset = PresetMBSDaily
		readBlocks(c, t.Records[hi:], df)
	} else {
		readColumns(c, t, t.Records[hi:], df)
	}
	df.coverage()
	return df
}

// coverage sets the file's coverage: covers: of its source, else its
// first to last listed date.
func (df *dailyFile) coverage() {
	if len(df.points) == 0 {
		if cv := df.c.src.Covers; cv != nil {
			df.c.setCoverage(*cv, CoverageCovers)
		}
		return
	}
	rg := report.Range{From: df.points[0].date, To: df.points[0].date}
	for _, p := range df.points {
		rg.From, rg.To = min(rg.From, p.date), max(rg.To, p.date)
	}
	df.c.setCoverage(rg, CoverageRows)
}

// readBlocks reads Meta's title/header/rows blocks.
func readBlocks(c *fileCtx, recs []Record, df *dailyFile) {
	blocks := splitBlocks(c, recs)
	if len(blocks) == 0 {
		noPreset(c, recs, recs[0].Line, dailyPresets)
		return
	}
	explicitIG := map[string]bool{}
	for _, b := range blocks {
		b.metric, b.platform = dailyTitle(b.title)
		if b.title == "" {
			b.metric = untitledMetric(c, b)
		}
		if b.platform == "instagram" && b.metric != "" {
			explicitIG[b.metric] = true
		}
	}
	for _, b := range blocks {
		if readBlock(c, b, blockPlatform(c, b, explicitIG), df) == cellRefuse {
			return
		}
	}
}

// dailyPresets names the daily presets for the no-preset message.
const dailyPresets = "mbs-daily, long (date,metric,value), wide (date,<metric>…)"

// splitBlocks cuts the records into blocks: an optional title line, a
// "Date","Primary" header, rows. A data row before any header is a bad row.
func splitBlocks(c *fileCtx, recs []Record) []*block {
	var blocks []*block
	var cur *block
	pendingTitle := ""
	for _, r := range recs {
		if r.Blank() {
			continue
		}
		ne := r.NonEmpty()
		switch {
		case isDateHeader(r.Get(0)) && len(ne) == 2:
			title := pendingTitle
			if title == "" && !strings.EqualFold(r.Get(1), "primary") {
				title = r.Get(1)
			}
			cur = &block{title: title, header: r}
			blocks = append(blocks, cur)
			pendingTitle = ""
		case len(ne) == 1 && !looksLikeDate(ne[0]):
			pendingTitle = ne[0]
			cur = nil
		case cur == nil:
			c.read()
			c.badRow(r.Line, 1, "outside_block", "ingest.daily_outside_block")
		default:
			cur.rows = append(cur.rows, r)
		}
	}
	return blocks
}

// untitledMetric names the metric of a block without a title line: the
// source's metric:, else a Meta daily file name ("Reach.csv",
// "Jangkauan.csv"), with a note saying so.
func untitledMetric(c *fileCtx, b *block) string {
	c.untitled = true
	if c.src.Metric != "" {
		return c.src.Metric
	}
	name := strings.TrimSuffix(path.Base(c.path), path.Ext(c.path))
	name = strings.TrimSpace(reCopySuffix.ReplaceAllString(name, ""))
	if m, platform := dailyTitle(name); m != "" && platform != "facebook" {
		c.warnf(b.header.Line, 1, "ingest.metric_from_file_name", m, path.Base(c.path))
		return m
	}
	return ""
}

// reCopySuffix matches the " (1)" a browser adds to a second download.
var reCopySuffix = regexp.MustCompile(`\s*\(\d+\)$`)

// blockPlatform decides a block's platform: named in its title, else the
// source's platform:, else Facebook when the file also has an explicit
// Instagram block of that metric, else Instagram.
func blockPlatform(c *fileCtx, b *block, explicitIG map[string]bool) string {
	switch {
	case b.platform != "":
		return b.platform
	case c.src.Platform != "":
		return c.src.Platform
	case explicitIG[b.metric]:
		return "facebook"
	}
	return "instagram"
}

// readBlock reads the rows of one block.
func readBlock(c *fileCtx, b *block, platform string, df *dailyFile) cell {
	if platform == "facebook" {
		for range b.rows {
			c.read()
			c.skip("facebook_block")
		}
		return cellOK
	}
	if b.metric == "" {
		if len(b.rows) > 0 && b.title == "" {
			c.warnf(b.header.Line, 1, "ingest.no_title_line")
		} else if len(b.rows) > 0 {
			c.warnf(b.header.Line, 1, "ingest.unknown_metric", b.title)
		}
		for range b.rows {
			c.read()
			c.skip("unknown_metric")
		}
		return cellOK
	}
	f := decideNumFormat(cellsAt(b.rows, 1), false)
	for _, r := range b.rows {
		if !c.dataRow(r) {
			continue
		}
		d, ok := dayOf(r.Get(0), c)
		if !ok {
			c.badRow(r.Line, 1, "bad_date", "ingest.bad_date", r.Get(0))
			continue
		}
		if st := df.add(r, b.metric, d, r.Get(1), 2, f); st == cellRefuse {
			return cellRefuse
		}
	}
	return cellOK
}

// add reads the value of a one-metric row and keeps it.
func (df *dailyFile) add(r Record, metric string, d report.Date, s string, col int, f numFormat) cell {
	c := df.c
	v, ok, st := c.count(r.Line, col, s, metric, f)
	switch {
	case st != cellOK:
		return st
	case !ok:
		c.skip("blank_value")
	default:
		c.use()
		df.points = append(df.points, dayPoint{metric: metric, date: d, value: v, c: c})
	}
	return cellOK
}

func looksLikeDate(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 8 && s[0] >= '0' && s[0] <= '9' && (strings.ContainsAny(s, "-/"))
}

func cellsAt(rows []Record, i int) []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.Get(i))
	}
	return out
}

var dailyAliases = []alias{
	{"date", []string{"date", "tanggal", "day"}},
	{"metric", []string{"metric", "metrik"}},
	{"value", []string{"value", "nilai"}},
	{report.SeriesReach, []string{"reach"}},
	{report.SeriesViews, []string{"views"}},
	{report.SeriesFollows, []string{"follows"}},
	{report.SeriesUnfollows, []string{"unfollows"}},
	{report.SeriesFollowersTotal, []string{"followers_total"}},
	{report.SeriesProfileVisits, []string{"profile_visits"}},
	{report.SeriesLinkClicks, []string{"link_clicks"}},
	{report.SeriesInteractions, []string{"interactions"}},
}

// readColumns reads the long (date,metric,value) and wide (date,<metric>…)
// layouts.
func readColumns(c *fileCtx, t *Text, recs []Record, df *dailyFile) {
	header := recs[0]
	cols, norm, dup := mapColumns(header, c.src.Columns, dailyAliases)
	if foreignExport(c, header, norm, false) {
		return
	}
	if dup > 0 {
		c.errorf(header.Line, dup, "ingest.duplicate_header", header.Get(dup-1))
		return
	}
	if !cols.has("date") {
		noPreset(c, t.Records, header.Line, dailyPresets)
		return
	}
	data := recs[1:]
	if cols.has("metric") && cols.has("value") {
		c.rep.Preset = PresetLong
		readLong(c, t, data, cols, df)
		return
	}
	var metrics []string
	for _, m := range report.SeriesNames {
		if cols.has(m) {
			metrics = append(metrics, m)
		}
	}
	if len(metrics) == 0 {
		noPreset(c, t.Records, header.Line, dailyPresets)
		return
	}
	c.rep.Preset = PresetWide
	if len(c.src.Columns) > 0 {
		c.rep.Preset = PresetMapped
	}
	readWide(c, t, data, cols, metrics, df)
}

// readLong reads date,metric,value rows.
func readLong(c *fileCtx, t *Text, data []Record, cols columns, df *dailyFile) {
	f := decideNumFormat(columnCells(data, cols, "value"), t.Delimiter == ';')
	for _, r := range data {
		if r.Blank() || !c.dataRow(r) {
			continue
		}
		m := cols.get(r, "metric")
		metric, platform := dailyTitle(m)
		if platform == "facebook" {
			c.skip("facebook_block")
			continue
		}
		if metric == "" {
			c.badRow(r.Line, cols["metric"]+1, "unknown_metric", "ingest.unknown_metric", m)
			continue
		}
		d, ok := dayOf(cols.get(r, "date"), c)
		if !ok {
			c.badRow(r.Line, cols["date"]+1, "bad_date", "ingest.bad_date", cols.get(r, "date"))
			continue
		}
		if df.add(r, metric, d, cols.get(r, "value"), cols["value"]+1, f) == cellRefuse {
			return
		}
	}
}

// readWide reads date,<metric>… rows: a row is used when any of its
// metrics has a value.
func readWide(c *fileCtx, t *Text, data []Record, cols columns, metrics []string, df *dailyFile) {
	fmts := columnFormats(t, data, cols)
	for _, r := range data {
		if r.Blank() || !c.dataRow(r) {
			continue
		}
		d, ok := dayOf(cols.get(r, "date"), c)
		if !ok {
			c.badRow(r.Line, cols["date"]+1, "bad_date", "ingest.bad_date", cols.get(r, "date"))
			continue
		}
		var pts []dayPoint
		st := cellOK
		for _, m := range metrics {
			var v float64
			v, ok, st = c.count(r.Line, cols[m]+1, cols.get(r, m), m, fmts[m])
			if st != cellOK {
				break
			}
			if ok {
				pts = append(pts, dayPoint{metric: m, date: d, value: v, c: c})
			}
		}
		switch {
		case st == cellRefuse:
			return
		case st == cellSkip:
		case len(pts) == 0:
			c.skip("blank_value")
		default:
			c.use()
			df.points = append(df.points, pts...)
		}
	}
}

// mergeDaily builds one series per metric; for a metric and date given
// twice, the later file (source order, then path) wins and the earlier row
// is counted as superseded.
func mergeDaily(files []*dailyFile, ds *report.Dataset) {
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].c, files[j].c
		if a.rep.Source != b.rep.Source {
			return a.rep.Source < b.rep.Source
		}
		return a.path < b.path
	})
	type key struct {
		m string
		d report.Date
	}
	win := map[key]dayPoint{}
	// rows holding several metrics (wide) count once: a row is superseded
	// only in the one-metric layouts; wide rows stay used.
	for _, f := range files {
		for _, p := range f.points {
			k := key{p.metric, p.date}
			if old, ok := win[k]; ok && f.c.rep.Preset != PresetWide && old.c.rep.Preset != PresetWide {
				old.c.unuse("superseded")
			}
			win[k] = p
		}
	}
	bySeries := map[string][]report.DayValue{}
	stated := map[string]report.Range{} // covers: of the files holding each metric
	for k, p := range win {
		bySeries[k.m] = append(bySeries[k.m], report.DayValue{Date: k.d, Value: p.value})
		if cv := p.c.src.Covers; cv != nil {
			stated[k.m] = union(stated[k.m], *cv)
		}
	}
	for m, pts := range bySeries {
		sort.Slice(pts, func(i, j int) bool { return pts[i].Date < pts[j].Date })
		cov := report.Range{From: pts[0].Date, To: pts[len(pts)-1].Date}
		if cv, ok := stated[m]; ok {
			cov = union(cov, cv)
		}
		ds.Series[m] = &report.Series{Metric: m, Points: pts, Coverage: cov}
	}
}

// union is the smallest range holding a and b (a zero a is empty).
func union(a, b report.Range) report.Range {
	if a == (report.Range{}) {
		return b
	}
	return report.Range{From: min(a.From, b.From), To: max(a.To, b.To)}
}
