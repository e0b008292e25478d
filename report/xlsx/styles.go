package xlsx

import (
	"math"
	"strings"

	"github.com/rapor-id/rapor/report/msg"

	"github.com/xuri/excelize/v2"
)

// Number format codes (always en-US codes; Excel localises the display).
const (
	fmtCount     = "#,##0"
	fmtDec1      = "#,##0.0"
	fmtPct       = "0.0%"
	fmtPP        = `+0.00" pp";-0.00" pp";0.00" pp"`
	fmtChgCount  = "+#,##0;-#,##0;0"
	fmtChgDec1   = "+#,##0.0;-#,##0.0;0.0"
	fmtChgPct    = "+0.0%;-0.0%;0.0%"
	fmtDate      = "yyyy-mm-dd"
	fmtDateTime  = "yyyy-mm-dd hh:mm"
	ppScale      = 100.0
	colorHeader  = "1F4E78"
	colorHeadTxt = "FFFFFF"
)

// sty describes a cell style; the book turns each distinct sty into one
// excelize style, created on first use.
type sty struct {
	Num    string  // number format code, "" = General
	Bold   bool    //
	Wrap   bool    // wrap text, align top
	Header bool    // table header: white bold on dark blue, wrapped
	Size   float64 // font size, 0 = default
	Fill   string  // background colour
	Color  string  // font colour
	Italic bool    //
}

// Common styles.
var (
	styPlain  = sty{}
	styTitle  = sty{Bold: true, Size: 14, Color: colorHeader}
	styBlock  = sty{Bold: true, Size: 12, Color: colorHeader}
	styHeader = sty{Header: true}
	styLabel  = sty{Bold: true}
	styWrap   = sty{Wrap: true}
	styNote   = sty{Italic: true, Color: "595959"}
	styCount  = sty{Num: fmtCount}
	styDate   = sty{Num: fmtDate}
	styDT     = sty{Num: fmtDateTime}
)

// statusColours are the fill and font colours of each status.
var statusColours = map[string][2]string{
	"met":       {"C6EFCE", "006100"},
	"near":      {"FFEB9C", "9C5700"},
	"not_met":   {"FFC7CE", "9C0006"},
	"no_target": {"EDEDED", "404040"},
	"no_data":   {"FFF2CC", "7F6000"},
}

// withStatus returns s coloured for a status.
func withStatus(s sty, status string) sty {
	if c, ok := statusColours[status]; ok {
		s.Fill, s.Color = c[0], c[1]
	}
	return s
}

// styleID returns the excelize style of s, creating it on first use.
func (b *book) styleID(s sty) (int, error) {
	if s == styPlain {
		return 0, nil
	}
	if id, ok := b.styles[s]; ok {
		return id, nil
	}
	st := &excelize.Style{}
	font := &excelize.Font{Bold: s.Bold || s.Header, Italic: s.Italic, Size: s.Size, Color: s.Color}
	if s.Header {
		font.Color = colorHeadTxt
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorHeader}}
		st.Alignment = &excelize.Alignment{WrapText: true, Vertical: "center"}
	}
	if s.Fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{s.Fill}}
	}
	if s.Wrap {
		st.Alignment = &excelize.Alignment{WrapText: true, Vertical: "top"}
	}
	if *font != (excelize.Font{}) {
		st.Font = font
	}
	if s.Num != "" {
		code := s.Num
		st.CustomNumFmt = &code
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	b.styles[s] = id
	return id, nil
}

// unitFormat returns the number format of an indicator unit and the factor
// its values are multiplied by in the workbook.
func unitFormat(unit string) (string, float64) {
	switch unit {
	case "count":
		return fmtCount, 1
	case "ratio":
		return fmtPct, 1
	case "pp":
		return fmtPP, ppScale
	}
	return fmtDec1, 1
}

// changeFormat returns the format and factor of an indicator's change
// (value − previous): ratio changes are percentage points.
func changeFormat(unit string) (string, float64) {
	switch unit {
	case "count":
		return fmtChgCount, 1
	case "ratio", "pp":
		return fmtPP, ppScale
	}
	return fmtChgDec1, 1
}

// finite reports whether v is a finite number.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// withUnit returns the number format code with the unit words of a
// quantity unit (per_week, per_day, days, hours) around every section, from
// the catalogue pattern doc.unit.<unit> ("%s jam" → `#,##0.0" jam"`), so
// that a value pasted elsewhere keeps its unit. Other units keep code.
func withUnit(code, unit string, cat *msg.Catalog) string {
	switch unit {
	case "per_week", "per_day", "days", "hours":
	default:
		return code
	}
	key := "doc.unit." + unit
	if cat == nil || !cat.Has(key) {
		return code
	}
	before, after, ok := strings.Cut(cat.T(key, "\x00"), "\x00")
	if !ok {
		return code
	}
	lit := func(s string) string {
		if s == "" {
			return ""
		}
		return `"` + strings.ReplaceAll(s, `"`, "") + `"`
	}
	sections := strings.Split(code, ";")
	for i, sec := range sections {
		sections[i] = lit(before) + sec + lit(after)
	}
	return strings.Join(sections, ";")
}

// unitFormat returns the number format of an indicator unit, with its
// unit words, and the factor its values are multiplied by.
func (b *book) unitFormat(unit string) (string, float64) {
	code, k := unitFormat(unit)
	return withUnit(code, unit, b.cat), k
}

// changeFormat returns the number format of an indicator's change, with
// its unit words, and its factor.
func (b *book) changeFormat(unit string) (string, float64) {
	code, k := changeFormat(unit)
	return withUnit(code, unit, b.cat), k
}
