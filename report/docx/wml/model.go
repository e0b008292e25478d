package wml

// PageSize is the paper size of every section.
type PageSize int

// Paper sizes.
const (
	A4 PageSize = iota
	Letter
)

// Document is one .docx file.
type Document struct {
	Title    string   // core property dc:title
	Lang     string   // BCP 47 language of the text, e.g. "id-ID"
	Page     PageSize // A4 by default; margins are 2.5 cm
	Header   string   // running header text ("" for none)
	PageWord string   // footer "Halaman" / "Page"; "" for no footer
	OfWord   string   // footer "dari" / "of"
	// ChapterPage starts every Heading 1 on a new page.
	ChapterPage bool
	Body        []Block
}

// Block is one body element: *Paragraph, *List, *Table, *Chart, *Quote,
// *TOC or PageBreak.
type Block interface{ isBlock() }

// Style ids of the paragraph styles styles.xml defines.
const (
	StyleNormal   = "Normal"
	StyleTitle    = "Title"
	StyleSubtitle = "Subtitle"
	StyleH1       = "Heading1"
	StyleH2       = "Heading2"
	StyleH3       = "Heading3"
	StyleCaption  = "Caption"
	StyleQuote    = "Quote"
	StyleSource   = "Source"
	StyleSmall    = "Small"
	StyleTOCHead  = "TOCHeading"
)

// Align is a paragraph or cell alignment.
type Align int

// Alignments.
const (
	Left Align = iota
	Center
	Right
)

// Paragraph is a paragraph of runs in one style.
type Paragraph struct {
	Style           string
	Align           Align
	Runs            []Run
	KeepNext        bool // keep with the next paragraph on one page
	PageBreakBefore bool
	SpaceBefore     int // points; 0 keeps the style's
	// Image is a picture shown before the runs (a logo), nil for none.
	Image *Image
}

// Image is a PNG or JPEG picture at a fixed size.
type Image struct {
	Data     []byte
	JPEG     bool // false: PNG
	WidthCm  float64
	HeightCm float64
}

// Run is text with direct formatting; URL makes it a hyperlink (http,
// https and mailto only; anything else stays plain text).
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	Code   bool
	URL    string
	Size   int // points; 0 keeps the style's
}

// List is a bulleted or numbered list; each ordered list restarts at 1.
type List struct {
	Ordered bool
	Items   []ListItem
}

// ListItem is one item, Level 0..2.
type ListItem struct {
	Level int
	Runs  []Run
}

// Caption numbers a table or a figure within its chapter: the text shows
// "Label Chapter.N" where N is a SEQ field that restarts at each Heading 1.
type Caption struct {
	Label   string // "Tabel", "Gambar", "Table", "Figure": letters only
	Chapter string // "2", "A"; "" numbers through the document
	Number  int
	Text    string
}

// Cell is a table cell.
type Cell struct {
	Text  string
	Align Align
	Bold  bool
	Size  int    // points; 0 keeps the table's
	Fill  string // hex RGB background, e.g. "E8F0FA"; "" for none
	// Paras replaces Text with several paragraphs (a headline tile).
	Paras []*Paragraph
}

// Table is a Word table; Head rows repeat on every page and no row splits
// across pages.
type Table struct {
	Caption *Caption // above the table
	Head    []Cell
	Rows    [][]Cell
	Widths  []int  // relative column widths; nil shares the width equally
	Source  string // source line below the table
	Note    string // note below the table
	Plain   bool   // no borders (tiles, signature blocks)
}

// ChartKind is a DrawingML chart type.
type ChartKind int

// Chart kinds.
const (
	Line ChartKind = iota
	Column
	BarH // horizontal bars
	Doughnut
	Radar
)

// Series is one data series; a nil value is a gap.
type Series struct {
	Name   string
	Values []*float64
}

// Chart is a native chart with cached values and an embedded workbook.
type Chart struct {
	Caption    *Caption // below the chart
	Kind       ChartKind
	Categories []string
	Series     []Series
	NumFormat  string // Excel number format of the values, e.g. "0.0%"; "" is General
	Source     string
	HeightCm   float64 // 0 is 7.5 cm
	ValueTitle string  // value axis title (the unit), "" for none
	// Max fixes the value axis maximum (1 for scores); nil lets Word choose.
	Max *float64
}

// Quote is a block quote with its attribution (pseudonym, role, date).
type Quote struct {
	Text        string
	Attribution string
}

// TOC is the table of contents field; Entries are its cached result shown
// until Word updates the field on open.
type TOC struct {
	Title   string
	Entries []TOCEntry
}

// TOCEntry is a heading listed in the cached TOC.
type TOCEntry struct {
	Level int // 1..3
	Text  string
}

// PageBreak starts a new page.
type PageBreak struct{}

func (*Paragraph) isBlock() {}
func (*List) isBlock()      {}
func (*Table) isBlock()     {}
func (*Chart) isBlock()     {}
func (*Quote) isBlock()     {}
func (*TOC) isBlock()       {}
func (PageBreak) isBlock()  {}
