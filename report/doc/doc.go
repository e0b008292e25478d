// Package doc is rapor's document model: everything a reader sees, decided
// once, before any writer runs. The HTML page, the workbook, the Word files
// and the roll-up render a Document and decide nothing about its content.
//
// A Document is built from a report.Report by package report/present (which
// owns the choices: which headline tiles, which tables and figures in which
// order, their numbers, captions, source lines, labels and every formatted
// text). Every value carries its raw number, its unit and its text in the
// report language, so a workbook writes real numbers and a page writes the
// text, and both show the same thing.
//
// The model holds no raw codes meant for the reader: reasons, statuses,
// stages and sub-components appear as labels. Codes are kept beside the
// labels (Status.Code, Section.ID, …) only for styling and anchors.
//
// This package imports only package report.
package doc

// Units of a Value. They name what the raw number measures, so a writer can
// pick a number format (a workbook) or a chart axis formatter (a page).
const (
	UnitNone    = ""         // text, no number
	UnitCount   = "count"    // 1.234
	UnitRatio   = "ratio"    // 0.123 shown as 12,3%
	UnitPP      = "pp"       // percentage points, raw number in points (2.5 = +2,50 pp)
	UnitPercent = "pct"      // a relative change, raw number as a fraction (0.25 = +25,0%)
	UnitPerWeek = "per_week" // 4,5 per minggu
	UnitPerDay  = "per_day"  // 0,2 per hari
	UnitPer1K   = "per_1k"   // per 1.000
	UnitDays    = "days"     // 6,6 hari
	UnitHours   = "hours"    // 3,0 jam
	UnitDate    = "date"     // raw number is a report.Date (days since 1970-01-01)
	UnitTime    = "time"     // raw number is minutes after local midnight
	UnitScore   = "score"    // a score 0..1 shown as a percentage
)

// Tones say how a value or change should be coloured. They are never shown
// as text.
const (
	ToneNone    = ""
	ToneBetter  = "better"
	ToneWorse   = "worse"
	ToneNeutral = "neutral"
)

// Value is one number as every output shows it.
type Value struct {
	// Raw is the full-precision number; nil when there is none (then Reason
	// says why, or the value is text only).
	Raw *float64 `json:"raw"`
	// Unit is one of the Unit constants.
	Unit string `json:"unit,omitempty"`
	// Text is the value formatted in the report language with its unit
	// ("9,9 per minggu", "12,3%", "3,0 jam"), or the reason label when Raw
	// is nil, or plain text (UnitNone).
	Text string `json:"text"`
	// Reason is the localised reason why Raw is nil ("tidak ada data pada
	// periode ini"); "" when Raw is set. Never a raw code.
	Reason string `json:"reason,omitempty"`
	// Label is a value label shown before the number ("Reel", "Sabtu
	// 19.00"), "" when none.
	Label string `json:"label,omitempty"`
}

// Empty reports whether v has neither a number nor a text.
func (v Value) Empty() bool { return v.Raw == nil && v.Text == "" }

// Change is the change of a value against the previous period: in
// percentage points for rates and shares, in % for counts and durations.
type Change struct {
	Value        // Raw in UnitPP (points) or UnitPercent (fraction); Text signed, with arrow-free unit
	Arrow string `json:"arrow,omitempty"` // "▲", "▼", "=" or ""
	Word  string `json:"word,omitempty"`  // "lebih baik" / "better", "" when the direction is neutral
	Tone  string `json:"tone,omitempty"`  // one of the Tone constants
}

// Status is a target status with its label ("Tercapai", "Belum tercapai").
type Status struct {
	Code  string `json:"code"`  // met | not_met | near | no_target | no_data (for styling only)
	Label string `json:"label"` // what the reader sees
}

// Tile is one headline tile (SPEC §9 "Headline tiles") or KPI card.
type Tile struct {
	ID       string `json:"id"`       // indicator id (anchor, never shown)
	Label    string `json:"label"`    // "Pengikut di akhir periode"
	Value    Value  `json:"value"`    // with unit; Reason set when there is no data
	Extra    *Value `json:"extra"`    // a second value (net change of followers, posts per week)
	Previous Value  `json:"previous"` // the previous period's value with unit, or why there is none
	Change   Change `json:"change"`
	Target   string `json:"target,omitempty"` // "≥ 12,0 per minggu"
	// Gap is the signed distance from the target the value misses, in the
	// indicator's unit ("−20,00 pp"); "" when the target is met or cannot
	// be judged.
	Gap    string `json:"gap,omitempty"`
	Status Status `json:"status"`
	Note   string `json:"note,omitempty"`
}

// Score is a stage or overall score: targets met ÷ targets with data.
type Score struct {
	Stage    string `json:"stage"` // stage id, "overall" for the overall score
	Label    string `json:"label"` // "Berbagi", "Skor keseluruhan"
	Value    Value  `json:"value"` // UnitScore; Reason when no target has data
	Met      int    `json:"met"`
	WithData int    `json:"with_data"`
	Formula  string `json:"formula"` // "6 dari 7 target dengan data tercapai (6 ÷ 7 = 85,7%)"
}

// Document is everything a reader sees, in reading order.
type Document struct {
	Lang     string   `json:"lang"`     // "id" or "en"
	Title    string   `json:"title"`    // report title
	Subtitle string   `json:"subtitle"` // account and period, for a running header
	Cover    Cover    `json:"cover"`
	Briefing Briefing `json:"briefing"`
	// Sections are the chapters in order: one per stage, then the other
	// indicators, the month-by-month results, triangulation, methodology and
	// the appendices. Section.Number numbers tables and figures.
	Sections []Section `json:"sections"`
	// Contents lists every numbered table and figure, in order, for the
	// list of tables and figures in the appendix.
	Contents []Ref `json:"contents"`
	// Approval is the signature block at the end, nil without a signatory.
	Approval *Approval `json:"approval,omitempty"`
	// Footer is the "generated by" line.
	Footer string `json:"footer"`
	// Labels are the fixed words every writer needs around the content.
	Labels Labels `json:"labels"`
	// Terms are the labels of every code a writer may meet in the data it
	// lays out (reasons, statuses, units, post types, stages,
	// sub-components, indicators): the one translation of each code.
	Terms Terms `json:"terms"`
	// Workbook is the data of the workbook's sheets; nil when the
	// document was built without it (a roll-up).
	Workbook *Workbook `json:"workbook,omitempty"`
	// Rollup is the data of a roll-up workbook's sheets; nil for an
	// account's report.
	Rollup *RollupBook `json:"rollup,omitempty"`
	// Warnings are problems found while building the document (a narrative
	// that could not be rendered, a logo that could not be used).
	Warnings []string `json:"warnings,omitempty"`
}

// Labels are the fixed words of a document in its language: headings and
// notices that are not content but that every writer shows.
type Labels struct {
	Kicker            string `json:"kicker"`              // "Laporan evaluasi media sosial"
	Logo              string `json:"logo"`                // alternative text of the logo
	Contents          string `json:"contents"`            // "Daftar isi"
	Summary           string `json:"summary"`             // "Ringkasan eksekutif"
	Findings          string `json:"findings"`            // "Temuan utama"
	TopPosts          string `json:"top_posts"`           // "3 unggahan teratas menurut ER"
	OpenPost          string `json:"open_post"`           // "Buka unggahan"
	Narrative         string `json:"narrative"`           // "Narasi"
	Target            string `json:"target"`              // "Target"
	Previous          string `json:"previous"`            // "Periode sebelumnya"
	Change            string `json:"change"`              // "Perubahan"
	DataTable         string `json:"data_table"`          // "Tabel data"
	NoCharts          string `json:"no_charts"`           // notice when charts cannot be drawn
	NarrativeTooLarge string `json:"narrative_too_large"` // fmt: path
	NarrativeFailed   string `json:"narrative_failed"`    // fmt: path
	Approval          string `json:"approval"`            // "Mengetahui/menyetujui"
	// PageOf is the page number line of a printed page, fmt: page, pages
	// ("Halaman %s dari %s").
	PageOf string `json:"page_of"`
}

// Cover is the compact first block: title, facts, logo and letterhead.
type Cover struct {
	Title      string   `json:"title"`
	Facts      []Fact   `json:"facts"`                // organisation, account, period, comparison, report date
	Logo       string   `json:"-"`                    // a checked data:image URI, or ""
	Letterhead []string `json:"letterhead,omitempty"` // up to three organisation lines and the address
	Tool       string   `json:"tool"`                 // "Dibuat dengan rapor 1.2.0"
	Version    string   `json:"version"`              // "1.2.0"; "dev" for a development build
}

// Fact is a labelled text ("Periode": "1–31 Oktober 2026 (31 hari)").
type Fact struct {
	Label string `json:"label"`
	Text  string `json:"text"`
}

// Briefing is the first screen: verdict, headline tiles, scores, findings,
// top posts.
type Briefing struct {
	Verdict    string      `json:"verdict"` // one sentence
	Tiles      []Tile      `json:"tiles"`   // headline tiles, then the indicators with targets
	Overall    Score       `json:"overall"`
	Stages     []Score     `json:"stages"`   // framework order
	Radar      *Figure     `json:"radar"`    // stage scores, nil without stages
	Findings   []string    `json:"findings"` // 3–5 sentences
	TopPosts   []PostCard  `json:"top_posts"`
	Narratives []Narrative `json:"narratives"` // narratives that belong to no stage
	// Recommendations are the narratives with stage: recommendations, the
	// two-page briefing's last part (without them it shows the findings
	// after the first BriefFindings).
	Recommendations []Narrative `json:"recommendations,omitempty"`
}

// Limits of the two-page briefing (brief.docx, brief.pdf): at most this
// many of each; within them each writer fits what its pages hold.
const (
	BriefTiles    = 12  // headline tiles and targets, four to a row
	BriefPosts    = 3   // top posts
	BriefFindings = 3   // main findings on page 1
	BriefUnmet    = 8   // unmet targets on page 2
	BriefClip     = 280 // characters of a verdict or finding
)

// PostCard is one post of the briefing's top posts.
type PostCard struct {
	Date    string  `json:"date"`   // "5 Okt 2026 13.15 WIB"
	Format  string  `json:"format"` // "Reel"
	Link    string  `json:"link"`   // permalink, "" when none
	Metrics []Fact  `json:"metrics"`
	Values  []Value `json:"values"` // reach, views, ER with units (same order as Metrics)
}

// Section is one chapter, or a sub-component inside a chapter.
type Section struct {
	ID          string    `json:"id"`     // anchor: stage id, "sub-<stage>-<sub>", "triangulation", …
	Number      string    `json:"number"` // chapter number "2"; "" for sub-sections
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
	Score       *Score    `json:"score,omitempty"`
	Blocks      []Block   `json:"blocks"`
	Sections    []Section `json:"sections,omitempty"` // sub-components
	Appendix    bool      `json:"appendix,omitempty"`
}

// Block is one piece of a section. Exactly one field is set.
type Block struct {
	Paragraph string     `json:"paragraph,omitempty"`
	List      []string   `json:"list,omitempty"`
	Facts     []Fact     `json:"facts,omitempty"`
	Table     *Table     `json:"table,omitempty"`
	Figure    *Figure    `json:"figure,omitempty"`
	Quotes    *Quotes    `json:"quotes,omitempty"`
	Narrative *Narrative `json:"narrative,omitempty"`
	Formula   *Formula   `json:"formula,omitempty"`
}

// Caption is what every numbered table and figure carries.
type Caption struct {
	ID     string `json:"id"`     // anchor ("tab-2-1", "fig-2-1")
	Number string `json:"number"` // "2.1"
	Label  string `json:"label"`  // "Tabel 2.1" / "Figure 2.1"
	Title  string `json:"title"`  // "Indikator Berbagi"
	Source string `json:"source"` // "Sumber: ekspor Meta Business Suite, diolah"
	Note   string `json:"note,omitempty"`
}

// Column is a table column head.
type Column struct {
	Label string `json:"label"`
	Num   bool   `json:"num"` // right-aligned numbers
}

// Cell is one table cell: a value (raw + unit + text) and its styling.
type Cell struct {
	Value
	Tone   string `json:"tone,omitempty"`   // better | worse | neutral (changes)
	Status string `json:"status,omitempty"` // status code for styling a status cell
	Link   string `json:"link,omitempty"`   // a URL the text links to
	Key    string `json:"key,omitempty"`    // machine key of the row (indicator id, post key), never shown
}

// Table is a numbered table.
type Table struct {
	Caption
	Columns []Column `json:"columns"`
	Rows    [][]Cell `json:"rows"`
}

// Series is one data series of a figure: one value per category.
type Series struct {
	Name   string  `json:"name"`
	Values []Value `json:"values"`
}

// Figure kinds.
const (
	FigureLine    = "line"
	FigureBar     = "bar"   // vertical bars
	FigureBarH    = "bar_h" // horizontal bars
	FigurePie     = "pie"
	FigureRadar   = "radar"   // categories are the axes, max 1
	FigureHeatmap = "heatmap" // categories are x; one series per y row
	FigureScatter = "scatter" // one point per category: series 0 is x (in Unit), series 1 is y (its values carry their unit)
)

// Figure is a numbered chart with its data, so every writer draws the same
// numbers (ECharts in the page, native charts in the workbook and Word).
type Figure struct {
	Caption
	Kind       string   `json:"kind"`
	Unit       string   `json:"unit"` // unit of every series value
	Categories []string `json:"categories"`
	Series     []Series `json:"series"`
	Events     []Fact   `json:"events,omitempty"` // event markers: Label = date text of a category, Text = event label
	Points     []Point  `json:"points,omitempty"` // marked points (spike days)
	Wide       bool     `json:"wide,omitempty"`   // spans the full text width (time series, heatmap)
	// Suffix is the unit words after every value in tooltips (" jam",
	// " per minggu"); "" when the number format says it (%, pp, counts).
	Suffix string `json:"suffix,omitempty"`
	// Table holds the same data as a table (under the chart, and where
	// charts cannot be drawn).
	Table Table `json:"table"`
}

// Point is a marked point of a figure (a spike day on a daily series).
type Point struct {
	Series   string `json:"series"`   // name of the series it sits on
	Category string `json:"category"` // the category (date text) it sits at
	Label    string `json:"label"`    // "Lonjakan"
	Value    Value  `json:"value"`
}

// Quotes are the coded notes of one kind for a sub-component.
type Quotes struct {
	Title string  `json:"title"` // "Kutipan wawancara"
	Items []Quote `json:"items"`
}

// Quote is one coded segment.
type Quote struct {
	Text       string `json:"text"`   // redacted
	Source     string `json:"source"` // "Informan 1 (staf), wawancara, 5 Oktober 2026"
	Assessment string `json:"assessment,omitempty"`
}

// Narrative is a redacted Markdown narrative; writers render the Markdown
// themselves (it is user text: never trusted markup).
type Narrative struct {
	Path     string `json:"path"`
	Markdown string `json:"markdown"`
	Note     string `json:"note,omitempty"` // e.g. fallback to the other language's file
}

// Formula is an indicator's formula text in the methodology.
type Formula struct {
	Group string `json:"group"` // stage label
	Items []Fact `json:"items"` // indicator label → formula text
}

// Ref is one entry of the list of tables and figures.
type Ref struct {
	Kind  string `json:"kind"` // "table" | "figure"
	ID    string `json:"id"`
	Label string `json:"label"` // "Tabel 2.1"
	Title string `json:"title"`
}

// Approval is the signature block at the end of the document.
type Approval struct {
	PlaceDate string `json:"place_date"` // "Cibinong, 5 November 2026"
	Title     string `json:"title"`
	Name      string `json:"name"`
	NIP       string `json:"nip,omitempty"` // "NIP 19700101 199503 2 001"
}

// Terms map codes to their labels in the document's language. A writer
// that shows a code looks it up here; the methods never return a raw
// reason or status code.
type Terms struct {
	Reasons       map[string]string `json:"reasons"`       // reason code → label; "" → the label of an unknown reason
	Statuses      map[string]string `json:"statuses"`      // status code → label
	Units         map[string]string `json:"units"`         // unit → its name ("per minggu", "rasio (%)")
	Types         map[string]string `json:"types"`         // post type → name ("Karosel")
	Stages        map[string]string `json:"stages"`        // stage id → label
	Subcomponents map[string]string `json:"subcomponents"` // code "stage.sub" → label
	Indicators    map[string]string `json:"indicators"`    // indicator id → label
	Verdicts      map[string]string `json:"verdicts"`      // assessment → label ("Belum optimal")
	Kinds         map[string]string `json:"kinds"`         // source kind → label
}

// Reason returns the label of a reason code ("" for none).
func (t Terms) Reason(code string) string {
	if code == "" {
		return ""
	}
	if l, ok := t.Reasons[code]; ok {
		return l
	}
	return t.Reasons[""]
}

// Status returns the label of a status code.
func (t Terms) Status(code string) string { return lookup(t.Statuses, code) }

// Unit returns the name of a unit.
func (t Terms) Unit(code string) string { return lookup(t.Units, code) }

// Type returns the name of a post type.
func (t Terms) Type(code string) string { return lookup(t.Types, code) }

// Stage returns the label of a stage id.
func (t Terms) Stage(id string) string { return lookup(t.Stages, id) }

// Sub returns the label of a sub-component code "stage.sub".
func (t Terms) Sub(code string) string { return lookup(t.Subcomponents, code) }

// Indicator returns the label of an indicator id.
func (t Terms) Indicator(id string) string { return lookup(t.Indicators, id) }

// Verdict returns the label of an assessment.
func (t Terms) Verdict(code string) string { return lookup(t.Verdicts, code) }

// Kind returns the label of a source kind.
func (t Terms) Kind(code string) string { return lookup(t.Kinds, code) }

// lookup returns m[code], or code when m has no label for it.
func lookup(m map[string]string, code string) string {
	if l, ok := m[code]; ok {
		return l
	}
	return code
}

// Tables returns every table of the document in reading order (figures'
// data tables excluded).
func (d *Document) Tables() []*Table {
	var out []*Table
	walkBlocks(d.Sections, func(b *Block) {
		if b.Table != nil {
			out = append(out, b.Table)
		}
	})
	return out
}

// Figures returns every figure of the document in reading order, the
// briefing's radar first.
func (d *Document) Figures() []*Figure {
	var out []*Figure
	if d.Briefing.Radar != nil {
		out = append(out, d.Briefing.Radar)
	}
	walkBlocks(d.Sections, func(b *Block) {
		if b.Figure != nil {
			out = append(out, b.Figure)
		}
	})
	return out
}

// Section returns the section (at any depth) with id, or nil.
func (d *Document) Section(id string) *Section {
	var find func([]Section) *Section
	find = func(ss []Section) *Section {
		for i := range ss {
			if ss[i].ID == id {
				return &ss[i]
			}
			if s := find(ss[i].Sections); s != nil {
				return s
			}
		}
		return nil
	}
	return find(d.Sections)
}

// walkBlocks calls fn on every block of ss and their sub-sections, in order.
func walkBlocks(ss []Section, fn func(*Block)) {
	for i := range ss {
		for j := range ss[i].Blocks {
			fn(&ss[i].Blocks[j])
		}
		walkBlocks(ss[i].Sections, fn)
	}
}
