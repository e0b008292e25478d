package xlsx

import (
	"fmt"
	"io"
	"strings"

	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/xuri/excelize/v2"
)

// book is one workbook being built.
type book struct {
	f      *excelize.File
	d      *doc.Document // labels of codes and the findings
	w      *doc.Workbook // the rows of the sheets
	cat    *msg.Catalog
	lang   string
	names  map[string]string // sheet id -> sheet name
	styles map[sty]int       // style cache
	tables int               // tables added, for unique table names
	parked map[string]any    // table parts taken out of f.Pkg (parkTables)
	src    sources           // chart source ranges recorded by the data sheets
	// omitted are the names of the sheets left out for want of data, in
	// workbook order; the summary lists them.
	omitted []string
}

// sources are the cell ranges the summary charts refer to, recorded by the
// data sheets. An unset span means the data are absent and the chart is left
// out.
type sources struct {
	dailySheet            string
	dailyFirst, dailyLast int            // data rows of the daily sheet
	dailyCols             map[string]int // "reach", "followers", "posts" -> column
	formatMix, erByFormat span
	responseTimes         span
	scores                span
}

// span is a block of data rows on a sheet: categories in catCol, values in valCol.
type span struct {
	sheet          string
	first, last    int
	catCol, valCol int
}

// ok reports whether the span holds data.
func (s span) ok() bool { return s.sheet != "" && s.last >= s.first }

func newBook(d *doc.Document, cat *msg.Catalog, lang string) (*book, error) {
	b := &book{
		f:      excelize.NewFile(),
		d:      d,
		w:      d.Workbook,
		cat:    cat,
		lang:   lang,
		names:  map[string]string{},
		styles: map[sty]int{},
	}
	first := true
	for _, id := range sheetIDs {
		name := cat.T("xlsx.sheet." + id)
		if b.noData(id) {
			b.omitted = append(b.omitted, name)
			continue
		}
		b.names[id] = name
		if first {
			first = false
			if err := b.f.SetSheetName("Sheet1", name); err != nil {
				b.close()
				return nil, fmt.Errorf("xlsx: sheet %q: %w", name, err)
			}
			continue
		}
		if _, err := b.f.NewSheet(name); err != nil {
			b.close()
			return nil, fmt.Errorf("xlsx: sheet %q: %w", name, err)
		}
	}
	b.f.SetActiveSheet(0)
	return b, nil
}

func (b *book) close() { _ = b.f.Close() }

// build fills every sheet. Data sheets come first because they record the
// ranges the summary charts use.
func (b *book) build() error {
	steps := []struct {
		id   string
		fill func() error
	}{
		{"indicators", b.indicatorsSheet},
		{"monthly", b.monthlySheet},
		{"posts", b.postsSheet},
		{"content", b.contentSheet},
		{"daily", b.dailySheet},
		{"audience", b.audienceSheet},
		{"comments", b.commentsSheet},
		{"monitoring", b.monitoringSheet},
		{"evidence", b.evidenceSheet},
		{"triangulation", b.triangulationSheet},
		{"quality", b.qualitySheet},
		{"methodology", b.methodologySheet},
		{"summary", b.summarySheet},
		{"", b.docProps},
	}
	for _, step := range steps {
		if _, ok := b.names[step.id]; !ok && step.id != "" {
			continue // left out: no data
		}
		if err := step.fill(); err != nil {
			return err
		}
	}
	return nil
}

// noData reports whether sheet id would hold no data row and is left out:
// the month-by-month sheet of a report within one calendar month, and the
// posts sheet without own posts.
func (b *book) noData(id string) bool {
	switch id {
	case "monthly":
		return len(b.w.Monthly.Months) == 0
	case "posts":
		return len(b.w.Posts) == 0
	}
	return false
}

// begin prepares the sheet id for writing (page setup) and returns its name.
// It must run before a StreamWriter is opened on the sheet.
func (b *book) begin(id string) (string, error) {
	name := b.names[id]
	if err := b.pageSetup(name); err != nil {
		return name, err
	}
	switch id {
	case "summary", "content", "audience", "comments", "monitoring":
		return name, nil
	}
	return name, b.printTitles(name, id == "indicators" || id == "monthly")
}

// write serialises the workbook deterministically.
func (b *book) write(w io.Writer) error {
	b.unparkTables()
	sortContentTypes(b.f)
	b.f.SetZipWriter(newSortedZip)
	return b.f.Write(w)
}

// t returns the catalogue text of key.
func (b *book) t(key string, args ...any) string { return b.cat.T(key, args...) }

// tOr returns the catalogue text of key, or fallback when the key is absent.
func (b *book) tOr(key, fallback string) string {
	if b.cat.Has(key) {
		return b.cat.T(key)
	}
	return fallback
}

// sheetTitle writes the title row (row 1) of a data sheet.
func (b *book) sheetTitle(sheet, text string) error {
	return b.put(sheet, 1, 1, cell{text, styTitle})
}

// printTitles repeats rows 1–2 (title and header) on every printed page,
// and column A too when col is true.
func (b *book) printTitles(sheet string, col bool) error {
	q := "'" + strings.ReplaceAll(sheet, "'", "''") + "'!"
	refers := q + "$1:$2"
	if col {
		refers = q + "$A:$A," + refers
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: refers, Scope: sheet})
}

// pageSetup prints a sheet landscape on A4, one page wide (two for the
// indicators, which have many columns). For streamed sheets it must run
// before the stream starts.
func (b *book) pageSetup(sheet string) error {
	size, orient, wide, tall := 9, "landscape", 1, 0
	if sheet == b.names["indicators"] {
		wide = 2
	}
	fit := true
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall})
}
