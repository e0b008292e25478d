package ingest

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Audience presets.
const (
	PresetAudience2025 = "mbs-audience-2025"
	PresetAudience2024 = "mbs-audience-2024"
	PresetGraphDemo    = "graph-demographics"
)

type audienceFile struct {
	c   *fileCtx
	aud *report.Audience
}

// Audience section kinds.
const (
	secAgeGender = "age_gender"
	secCities    = "cities"
	secCountries = "countries"
	secFollowers = "followers"
	secOther     = "other" // a platform's section rapor does not read
)

// audienceSection names a section title: age_gender, cities, countries,
// followers, other (a "Facebook …"/"Instagram …" title of a section rapor
// does not read), or "" (not a title); fb is true for Facebook sections,
// legacy for the 2023–2024 titles ("Instagram followers by top cities").
func audienceSection(title string) (kind string, fb bool, legacy bool) {
	t := normHeader(title)
	fb = strings.HasPrefix(t, "facebook")
	legacy = strings.HasPrefix(t, "facebook followers") || strings.HasPrefix(t, "instagram followers")
	switch {
	case t == "age & gender" || t == "usia & jenis kelamin" || strings.HasSuffix(t, "by gender and age") || strings.HasSuffix(t, "by age and gender"):
		kind = secAgeGender
	case t == "top cities" || t == "kota populer" || t == "kota teratas" || strings.HasSuffix(t, "by top cities") || strings.HasSuffix(t, "by top towns/cities"):
		kind = secCities
	case t == "top countries" || t == "negara populer" || t == "negara teratas" || strings.HasSuffix(t, "by top countries"):
		kind = secCountries
	case t == "facebook followers" || t == "instagram followers" || t == "pengikut instagram":
		kind = secFollowers
	case strings.HasPrefix(t, "facebook ") || strings.HasPrefix(t, "instagram "):
		kind = secOther
	}
	return kind, fb, legacy
}

// totalsHeader reports a followers totals header line
// (IG_ACCOUNT,FOLLOW,UNIQUE_USERS or FB_PAGE,…) and whether it is Facebook's.
func totalsHeader(r Record) (ok, fb bool) {
	first := normHeader(r.Get(0))
	if len(r.NonEmpty()) < 2 || normHeader(r.Get(1)) != "follow" {
		return false, false
	}
	return first == "ig_account" || first == "fb_page", first == "fb_page"
}

func genderCol(h string) string {
	switch normHeader(h) {
	case "women", "perempuan", "female", "wanita", "f":
		return "women"
	case "men", "laki-laki", "male", "pria", "m":
		return "men"
	}
	return ""
}

// pct parses a percentage cell ("10.6", "2.5%", "10,6") into a fraction.
func (c *fileCtx) pct(line, col int, s, name string, f numFormat) (float64, bool, cell) {
	v, ok, st := c.count(line, col, s, name, f)
	return v / 100, ok, st
}

// section is one titled section of a Meta audience export.
type section struct {
	title  Record
	kind   string // secAgeGender…; "" for a stray row outside any section
	fb     bool
	legacy bool
	body   []Record // the non-blank records up to the next title
}

// splitSections cuts the records into sections. A section title of either
// platform ends the previous section; a followers totals header without a
// title starts a followers section; a row before any title is a stray row.
func splitSections(recs []Record) []*section {
	var out []*section
	var cur *section
	for _, r := range recs {
		if r.Blank() {
			continue
		}
		ne := r.NonEmpty()
		if kind, fb, legacy := audienceSection(ne[0]); len(ne) == 1 && kind != "" {
			cur = &section{title: r, kind: kind, fb: fb, legacy: legacy}
			out = append(out, cur)
			continue
		}
		if ok, fb := totalsHeader(r); ok && (cur == nil || cur.kind != secFollowers || len(cur.body) > 0) {
			cur = &section{title: r, kind: secFollowers, fb: fb, legacy: true, body: []Record{r}}
			out = append(out, cur)
			continue
		}
		if cur == nil {
			out = append(out, &section{title: r})
			continue
		}
		cur.body = append(cur.body, r)
	}
	return out
}

// readAudience reads one audience file.
func readAudience(c *fileCtx, in *input) *audienceFile {
	t, hi, ok := openTable(c, in)
	if !ok {
		return nil
	}
	first := t.Records[hi]
	cols, norm, _ := mapColumns(first, c.src.Columns, []alias{
		{"breakdown_type", []string{"breakdown_type", "breakdown"}},
		{"breakdown_value", []string{"breakdown_value", "value_name"}},
		{"count", []string{"count", "value"}},
	})
	if cols.has("breakdown_type") && cols.has("breakdown_value") && cols.has("count") {
		return readDemographics(c, t, t.Records[hi+1:], cols)
	}
	if totals, _ := totalsHeader(first); len(first.NonEmpty()) != 1 && !totals {
		if wrappedLine(first) {
			c.errorf(first.Line, 1, "ingest.excel_wrapped")
		} else if !foreignExport(c, first, norm, false) {
			noPreset(c, t.Records, first.Line, audiencePresets)
		}
		return nil
	}
	sections := splitSections(t.Records[hi:])
	if !knownSection(sections) {
		noPreset(c, t.Records, first.Line, audiencePresets)
		return nil
	}
	aud := &report.Audience{File: c.path}
	f := numFormat{decimalComma: t.Delimiter == ';'}
	c.rep.Preset = PresetAudience2025
	for _, s := range sections {
		if s.legacy {
			c.rep.Preset = PresetAudience2024
		}
		if readSection(c, s, f, aud) == cellRefuse {
			return nil
		}
	}
	return &audienceFile{c: c, aud: aud}
}

// audiencePresets names the audience presets for the no-preset message.
const audiencePresets = "mbs-audience-2025, mbs-audience-2024, graph-demographics"

// knownSection reports whether any section is one rapor reads.
func knownSection(ss []*section) bool {
	for _, s := range ss {
		if s.kind != "" && s.kind != secOther {
			return true
		}
	}
	return false
}

// readSection reads one section into aud: a stray row is a bad row,
// Facebook sections and sections rapor does not read are skipped.
func readSection(c *fileCtx, s *section, f numFormat, aud *report.Audience) cell {
	switch {
	case s.kind == "":
		c.read()
		c.badRow(s.title.Line, 1, "outside_section", "ingest.audience_outside_section", s.title.NonEmpty()[0])
		return cellOK
	case s.fb:
		skipSection(c, s, "facebook_block")
		return cellOK
	case s.kind == secOther:
		if len(s.body) > 0 {
			c.warnf(s.title.Line, 1, "ingest.audience_unknown_section", s.title.NonEmpty()[0])
		}
		skipSection(c, s, "outside_section")
		return cellOK
	case len(s.body) == 0:
		return cellOK
	case s.kind == secFollowers:
		readFollowers(c, s.body, f, aud)
		return cellOK
	case s.kind == secAgeGender:
		return readAgeGender(c, s.body, f, aud)
	}
	var shares []report.Share
	var st cell
	if vertical(s) {
		shares, st = readSharesVertical(c, s.kind, s.body, f)
	} else {
		shares, st = readSharesHorizontal(c, s.kind, s.body, f)
	}
	if s.kind == secCities {
		aud.Cities = shares
	} else {
		aud.Countries = shares
	}
	return st
}

// skipSection counts the rows of a section that is not read (its header
// row is not a data row).
func skipSection(c *fileCtx, s *section, reason string) {
	for k, r := range s.body {
		if k == 0 && isSectionHeader(s.kind, r) {
			continue
		}
		c.read()
		c.skip(reason)
	}
}

// readFollowers reads the followers total: a header (IG_ACCOUNT, FOLLOW,
// UNIQUE_USERS), then the total (under FOLLOW, or alone in the first cell).
func readFollowers(c *fileCtx, body []Record, f numFormat, aud *report.Audience) {
	for k, r := range body {
		if k == 0 && !isNumberCell(r.Get(0)) {
			continue // the section's header row
		}
		c.read()
		cell := r.NonEmpty()[0]
		if n := r.Get(1); n != "" && totalsRow(body) {
			cell = n // IG_ACCOUNT holds the account id, FOLLOW the total
		}
		v, ok, err := parseCount(cell, f)
		if err != nil || !ok {
			reason, key := "bad_number", "ingest.bad_number"
			if err == errTooBig {
				key = "ingest.number_too_large"
			}
			c.badRow(r.Line, 1, reason, key, cell, "followers")
			continue
		}
		aud.Followers = &v
		c.use()
	}
}

// totalsRow reports whether the section's header is a totals header (its
// FOLLOW column holds the total when the row has several numbers).
func totalsRow(body []Record) bool {
	ok, _ := totalsHeader(body[0])
	return ok
}

// readAgeGender reads the age × gender grid: a header naming the gender
// columns, then one row per age bracket.
func readAgeGender(c *fileCtx, body []Record, f numFormat, aud *report.Audience) cell {
	h := body[0]
	gi := map[int]string{}
	for k := range h.Fields {
		if g := genderCol(h.Fields[k]); g != "" {
			gi[k] = g
		}
	}
	if len(gi) == 0 {
		c.errorf(h.Line, 1, "ingest.missing_column", "Women/Men")
		return cellRefuse
	}
	for _, r := range body[1:] {
		c.read()
		row := report.AgeGender{Age: r.Get(0)}
		st := cellOK
		for _, k := range sortedInts(gi) {
			v, ok, s := c.pct(r.Line, k+1, r.Get(k), gi[k], f)
			if st = s; st != cellOK {
				break
			}
			if ok && gi[k] == "women" {
				row.Women = &v
			} else if ok {
				row.Men = &v
			}
		}
		switch st {
		case cellRefuse:
			return cellRefuse
		case cellOK:
			c.use()
			aud.AgeGender = append(aud.AgeGender, row)
		}
	}
	return cellOK
}

// vertical reports the 2023–2024 layout of a shares section: a header
// ("Top cities","Value") or rows of name cells and a value, rather than a
// row of names over a row of values.
func vertical(s *section) bool {
	if s.legacy || isSectionHeader(s.kind, s.body[0]) {
		return true
	}
	ne := s.body[0].NonEmpty()
	last := ne[len(ne)-1]
	return strings.HasSuffix(last, "%") || isNumberCell(last)
}

// readSharesVertical reads rows of name cells and a value (the name's
// cells joined, "Kyiv, Ukraine").
func readSharesVertical(c *fileCtx, kind string, body []Record, f numFormat) ([]report.Share, cell) {
	var shares []report.Share
	for k, r := range body {
		if k == 0 && isSectionHeader(kind, r) {
			continue
		}
		c.read()
		ne := r.NonEmpty()
		if len(ne) < 2 {
			c.badRow(r.Line, 1, "bad_number", "ingest.bad_number", r.Get(0), kind)
			continue
		}
		v, ok, st := c.pct(r.Line, len(ne), ne[len(ne)-1], kind, f)
		if st == cellRefuse {
			return nil, cellRefuse
		}
		if st == cellOK && !ok {
			c.badRow(r.Line, len(ne), "bad_number", "ingest.bad_number", ne[len(ne)-1], kind)
			continue
		}
		if st == cellOK {
			c.use()
			shares = append(shares, report.Share{Name: strings.Join(ne[:len(ne)-1], ", "), Share: v})
		}
	}
	return shares, cellOK
}

// readSharesHorizontal reads a row of names over a row of values (the
// 2025 layout); more rows are outside the section.
func readSharesHorizontal(c *fileCtx, kind string, body []Record, f numFormat) ([]report.Share, cell) {
	names := body[0]
	c.read()
	c.use()
	if len(body) < 2 {
		return nil, cellOK
	}
	vals := body[1]
	c.read()
	var shares []report.Share
	for k, n := range names.Fields {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		v, ok, st := c.pct(vals.Line, k+1, vals.Get(k), kind, f)
		if st == cellRefuse {
			return nil, cellRefuse
		}
		if st == cellSkip {
			shares = nil
			break
		}
		if ok {
			shares = append(shares, report.Share{Name: n, Share: v})
		}
	}
	if shares != nil || len(names.NonEmpty()) == 0 {
		c.use()
	}
	for _, r := range body[2:] {
		c.read()
		c.badRow(r.Line, 1, "outside_section", "ingest.audience_outside_section", r.Get(0))
	}
	return shares, cellOK
}

// sortedInts returns the keys of m in order.
func sortedInts[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// isSectionHeader reports whether r is the header row of a section body
// (e.g. "Age,Women,Men", "Top cities,Value", "Top towns/cities,Value",
// "IG_ACCOUNT,FOLLOW,UNIQUE_USERS", or the gender header of the 2025 layout).
func isSectionHeader(kind string, r Record) bool {
	ne := r.NonEmpty()
	if len(ne) == 0 {
		return false
	}
	switch kind {
	case secAgeGender:
		for _, f := range r.Fields {
			if genderCol(f) != "" {
				return true
			}
		}
		return false
	case secFollowers:
		return !isNumberCell(ne[0])
	}
	last := ne[len(ne)-1]
	return !strings.HasSuffix(last, "%") && !isNumberCell(last) && len(ne) <= 2 && normHeader(ne[len(ne)-1]) == "value"
}

func isNumberCell(s string) bool {
	_, ok, err := parseNum(s, numFormat{})
	return ok && err == nil
}

// readDemographics reads a Graph-API demographics dump: shares are count ÷
// Σ counts of that breakdown.
func readDemographics(c *fileCtx, t *Text, rows []Record, cols columns) *audienceFile {
	c.rep.Preset = PresetGraphDemo
	f := decideNumFormat(columnCells(rows, cols, "count"), t.Delimiter == ';')
	counts := map[string][]report.Share{}
	for _, r := range rows {
		if r.Blank() || !c.dataRow(r) {
			continue
		}
		typ := strings.ToLower(cols.get(r, "breakdown_type"))
		name := cols.get(r, "breakdown_value")
		v, ok, st := c.count(r.Line, cols["count"]+1, cols.get(r, "count"), "count", f)
		if st == cellRefuse {
			return nil
		}
		if st == cellSkip {
			continue
		}
		if !ok {
			c.badRow(r.Line, cols["count"]+1, "bad_number", "ingest.bad_number", "", "count")
			continue
		}
		switch typ {
		case "age", "city", "country":
		case "gender":
			switch strings.ToUpper(name) {
			case "F":
				name = "women"
			case "M":
				name = "men"
			case "U":
				name = "unknown"
			}
		default:
			c.badRow(r.Line, cols["breakdown_type"]+1, "unknown_breakdown", "ingest.unknown_breakdown", typ)
			continue
		}
		c.use()
		counts[typ] = append(counts[typ], report.Share{Name: name, Share: v})
	}
	aud := &report.Audience{File: c.path, Ages: shareOfSum(counts["age"]), Genders: shareOfSum(counts["gender"]),
		Cities: shareOfSum(counts["city"]), Countries: shareOfSum(counts["country"])}
	sort.SliceStable(aud.Ages, func(i, j int) bool { return aud.Ages[i].Name < aud.Ages[j].Name })
	return &audienceFile{c: c, aud: aud}
}

// shareOfSum turns counts into shares of their sum, largest first (all 0
// when the sum is 0).
func shareOfSum(s []report.Share) []report.Share {
	sum := 0.0
	for _, x := range s {
		sum += x.Share
	}
	out := make([]report.Share, len(s))
	for i, x := range s {
		out[i] = report.Share{Name: x.Name, Share: x.Share / sum}
		if sum == 0 {
			out[i].Share = 0
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Share > out[j].Share })
	return out
}

// pickAudience keeps the later audience source (source order, then path);
// the rows of earlier ones are counted as superseded.
func pickAudience(files []*audienceFile, ds *report.Dataset) {
	if len(files) == 0 {
		return
	}
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].c, files[j].c
		if a.rep.Source != b.rep.Source {
			return a.rep.Source < b.rep.Source
		}
		return a.path < b.path
	})
	for _, f := range files[:len(files)-1] {
		for f.c.rep.RowsUsed > 0 {
			f.c.unuse("superseded")
		}
	}
	ds.Audience = files[len(files)-1].aud
}
