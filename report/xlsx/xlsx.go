// Package xlsx writes the Excel workbook report.xlsx (SPEC §7) from the
// document model (report/doc, built by report/present). It only renders:
// which rows, labels and numbers the sheets hold is decided by present
// (doc.Workbook); this package adds the sheet layout — sheet names, headers,
// block titles, number formats, styles, charts and live formulas.
//
// Every sheet is named in the report language (catalogue
// templates/messages/xlsx.yaml). Numbers are real numbers with number
// formats: counts "#,##0", ratios stored as fractions with "0.0%", other
// quantities (per week, per day, days, hours) "#,##0.0", changes with an
// explicit sign, dates "yyyy-mm-dd" and publish times "yyyy-mm-dd hh:mm".
// Percentage-point values (the change of a ratio indicator, and
// optimize.er_change) are stored in points (the document model's
// doc.UnitPP, present multiplies by 100) with the format `+0.00" pp"`,
// because Excel has no format that scales by 100 without a percent sign. Numbers keep Excel's 15 significant digits.
//
// User text (captions, notes, labels, file names) is always written as a
// string cell, never as a formula. The output is byte-identical for the same
// document across processes: no clock is read, and the two sources of
// non-determinism in excelize (the order of [Content_Types].xml defaults and
// the map order of streamed sheets) are removed.
package xlsx

import (
	"errors"
	"io"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
)

// Options configure Write.
type Options struct {
	// Lang is the report language: "id" or "en". Empty means the
	// document's language; anything else is "id".
	Lang string
	// Catalog is an optional message catalogue already loaded for the
	// language, for the sheet layout words (sheet names, headers, block
	// titles, chart titles); when nil, Write loads one (a few milliseconds).
	Catalog *msg.Catalog
	// Document is the document model (report/present), required: the
	// workbook renders its Workbook data, its findings and the labels of
	// its codes, so that it shows what every other output shows.
	Document *doc.Document
}

// sheet identifiers, in workbook order; the catalogue key of a sheet's name
// is "xlsx.sheet." + id.
var sheetIDs = [...]string{"summary", "indicators", "monthly", "posts", "content", "daily",
	"audience", "comments", "monitoring", "evidence", "triangulation", "quality", "methodology"}

// Write writes the workbook of opt.Document to w. It is deterministic: the
// same document gives byte-identical bytes across processes.
func Write(w io.Writer, opt Options) error {
	if opt.Document == nil {
		return errors.New("xlsx: no document model (report/present) to write")
	}
	if opt.Document.Workbook == nil {
		return errors.New("xlsx: the document model has no workbook data (report/present)")
	}
	lang := normLang(opt.Lang, opt.Document.Lang)
	cat := opt.Catalog
	if cat == nil || cat.Lang != lang {
		var err error
		if cat, err = msg.Load(lang); err != nil {
			return err
		}
	}
	b, err := newBook(opt.Document, cat, lang)
	if err != nil {
		return err
	}
	defer b.close()
	if err := b.build(); err != nil {
		return err
	}
	return b.write(w)
}

// SheetNames returns the sheet names for lang ("id" or "en"), in order. When
// the message catalogues cannot be loaded it returns the catalogue keys.
func SheetNames(lang string) []string {
	cat, err := msg.Load(normLang(lang, ""))
	names := make([]string, len(sheetIDs))
	for i, id := range sheetIDs {
		if err != nil {
			names[i] = "xlsx.sheet." + id
			continue
		}
		names[i] = cat.T("xlsx.sheet." + id)
	}
	return names
}

// normLang returns the report language of an explicit language, else of
// a fallback (report.NormLang).
func normLang(lang, fallback string) string {
	if lang == "" {
		lang = fallback
	}
	return report.NormLang(lang)
}
