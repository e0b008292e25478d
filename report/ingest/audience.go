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

// audienceSection names a section title: age_gender, cities, countries,
// followers, or "" (not a known title); fb is true for Facebook sections.
func audienceSection(title string) (kind string, fb bool, legacy bool) {
	t := normHeader(title)
	fb = strings.HasPrefix(t, "facebook")
	legacy = strings.HasPrefix(t, "facebook followers") || strings.HasPrefix(t, "instagram followers")
	switch {
	case t == "age & gender" || t == "usia & jenis kelamin" || strings.HasSuffix(t, "by gender and age") || strings.HasSuffix(t, "by age and gender"):
		kind = "age_gender"
	case t == "top cities" || t == "kota populer" || t == "kota teratas" || strings.HasSuffix(t, "by top cities"):
		kind = "cities"
	case t == "top countries" || t == "negara populer" || t == "negara teratas" || strings.HasSuffix(t, "by top countries"):
		kind = "countries"
	case t == "facebook followers" || t == "instagram followers" || t == "pengikut instagram":
		kind = "followers"
	}
	return kind, fb, legacy
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
func pct(s string, f numFormat) (float64, bool, error) {
	v, ok, err := parseCount(s, f)
	return v / 100, ok, err
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
	_ = norm
	if cols.has("breakdown_type") && cols.has("breakdown_value") && cols.has("count") {
		return readDemographics(c, t, t.Records[hi+1:], cols)
	}
	if len(first.NonEmpty()) != 1 {
		if wrappedLine(first) {
			c.errorf(first.Line, 1, "ingest.excel_wrapped")
			return nil
		}
		noPreset(c, t.Records, first.Line, "mbs-audience-2025, mbs-audience-2024, graph-demographics")
		return nil
	}
	aud := &report.Audience{File: c.path}
	f := numFormat{decimalComma: t.Delimiter == ';'}
	recs := t.Records[hi:]
	c.rep.Preset = PresetAudience2025
	known := false
	for i := 0; i < len(recs); i++ {
		r := recs[i]
		if r.Blank() {
			continue
		}
		ne := r.NonEmpty()
		kind, fb, legacy := audienceSection(ne[0])
		if len(ne) != 1 || kind == "" {
			c.read()
			c.badRow(r.Line, 1, "outside_section", "ingest.audience_outside_section", ne[0])
			continue
		}
		known = true
		if legacy {
			c.rep.Preset = PresetAudience2024
		}
		// the section's records run to the next title
		j := i + 1
		var body []Record
		for ; j < len(recs); j++ {
			if recs[j].Blank() {
				continue
			}
			ne2 := recs[j].NonEmpty()
			if k, _, _ := audienceSection(ne2[0]); len(ne2) == 1 && k != "" {
				break
			}
			body = append(body, recs[j])
		}
		i = j - 1
		if fb {
			for k, r := range body {
				if k == 0 && isSectionHeader(kind, r) {
					continue
				}
				c.read()
				c.skip("facebook_block")
			}
			continue
		}
		if err := readSection(c, kind, legacy, body, f, aud); err {
			return nil
		}
	}
	if !known {
		noPreset(c, t.Records, first.Line, "mbs-audience-2025, mbs-audience-2024, graph-demographics")
		return nil
	}
	return &audienceFile{c: c, aud: aud}
}

// readSection reads the body of one Instagram section. It returns true
// when the file must be refused.
func readSection(c *fileCtx, kind string, legacy bool, body []Record, f numFormat, aud *report.Audience) bool {
	if len(body) == 0 {
		return false
	}
	switch kind {
	case "followers":
		// header IG_ACCOUNT,FOLLOW,UNIQUE_USERS then the total
		for k, r := range body {
			if k == 0 && !isNumberCell(r.Get(0)) {
				continue // the section's header row
			}
			c.read()
			v, ok, err := parseCount(r.NonEmpty()[0], f)
			if err != nil || !ok {
				c.badRow(r.Line, 1, "bad_number", "ingest.bad_number", r.Get(0), "followers")
				continue
			}
			aud.Followers = &v
			c.use()
		}
	case "age_gender":
		h := body[0]
		gi := map[int]string{}
		for k := range h.Fields {
			if g := genderCol(h.Fields[k]); g != "" {
				gi[k] = g
			}
		}
		if len(gi) == 0 {
			c.errorf(h.Line, 1, "ingest.missing_column", "Women/Men")
			return true
		}
		for _, r := range body[1:] {
			c.read()
			row := report.AgeGender{Age: r.Get(0)}
			bad := false
			for k, g := range gi {
				v, ok, err := pct(r.Get(k), f)
				if err == errExcelMonth {
					c.errorf(r.Line, k+1, "ingest.excel_month", r.Get(k))
					return true
				}
				if err != nil {
					c.badRow(r.Line, k+1, "bad_number", "ingest.bad_number", r.Get(k), g)
					bad = true
					break
				}
				if ok {
					vv := v
					if g == "women" {
						row.Women = &vv
					} else {
						row.Men = &vv
					}
				}
			}
			if !bad {
				c.use()
				aud.AgeGender = append(aud.AgeGender, row)
			}
		}
	case "cities", "countries":
		var shares []report.Share
		if legacy {
			// vertical: header "Top cities, Value", then name cells..., value
			for k, r := range body {
				ne := r.NonEmpty()
				if k == 0 && len(ne) >= 1 && !strings.HasSuffix(ne[len(ne)-1], "%") && !isNumberCell(ne[len(ne)-1]) {
					continue // the section's header row
				}
				c.read()
				if len(ne) < 2 {
					c.badRow(r.Line, 1, "bad_number", "ingest.bad_number", r.Get(0), kind)
					continue
				}
				v, ok, err := pct(ne[len(ne)-1], f)
				if err == errExcelMonth {
					c.errorf(r.Line, len(ne), "ingest.excel_month", ne[len(ne)-1])
					return true
				}
				if err != nil || !ok {
					c.badRow(r.Line, len(ne), "bad_number", "ingest.bad_number", ne[len(ne)-1], kind)
					continue
				}
				c.use()
				shares = append(shares, report.Share{Name: strings.Join(ne[:len(ne)-1], ", "), Share: v})
			}
		} else {
			// horizontal: a row of names, then a row of values
			names := body[0]
			c.read()
			c.use()
			if len(body) < 2 {
				break
			}
			vals := body[1]
			c.read()
			for k, n := range names.Fields {
				n = strings.TrimSpace(n)
				if n == "" {
					continue
				}
				v, ok, err := pct(vals.Get(k), f)
				if err == errExcelMonth {
					c.errorf(vals.Line, k+1, "ingest.excel_month", vals.Get(k))
					return true
				}
				if err != nil {
					c.badRow(vals.Line, k+1, "bad_number", "ingest.bad_number", vals.Get(k), kind)
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
		}
		if kind == "cities" {
			aud.Cities = shares
		} else {
			aud.Countries = shares
		}
	}
	return false
}

// isSectionHeader reports whether r is the header row of a section body
// (e.g. "Age,Women,Men", "Top cities,Value", "IG_ACCOUNT,FOLLOW,UNIQUE_USERS",
// or the gender header of the 2025 layout).
func isSectionHeader(kind string, r Record) bool {
	ne := r.NonEmpty()
	if len(ne) == 0 {
		return false
	}
	switch kind {
	case "age_gender":
		for _, f := range r.Fields {
			if genderCol(f) != "" {
				return true
			}
		}
		return false
	case "followers":
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
		if r.Blank() {
			continue
		}
		c.read()
		typ := strings.ToLower(cols.get(r, "breakdown_type"))
		name := cols.get(r, "breakdown_value")
		v, ok, err := parseCount(cols.get(r, "count"), f)
		if err != nil || !ok {
			c.badRow(r.Line, cols["count"]+1, "bad_number", "ingest.bad_number", cols.get(r, "count"), "count")
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
	aud := &report.Audience{File: c.path}
	norm := func(s []report.Share) []report.Share {
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
	aud.Ages = norm(counts["age"])
	sort.SliceStable(aud.Ages, func(i, j int) bool { return aud.Ages[i].Name < aud.Ages[j].Name })
	aud.Genders = norm(counts["gender"])
	aud.Cities = norm(counts["city"])
	aud.Countries = norm(counts["country"])
	return &audienceFile{c: c, aud: aud}
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
		n := f.c.rep.RowsUsed
		f.c.rep.RowsUsed = 0
		for k := 0; k < n; k++ {
			f.c.skip("superseded")
		}
	}
	ds.Audience = files[len(files)-1].aud
}
