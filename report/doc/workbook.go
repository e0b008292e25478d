package doc

// UnitDateTime is the unit of a publish time: the raw number is minutes
// since 1970-01-01 00:00 local time (a whole number).
const UnitDateTime = "datetime"

// Workbook is the data of the workbook's sheets (report.xlsx), decided by
// report/present: which rows, in which order, with which labels and which
// numbers. Every number is a Value with its raw number and its unit, so the
// workbook writes real numbers with a number format of the unit; every
// code is already a label. The workbook writer adds only the sheet layout
// (sheet names, headers, block titles, styles, charts and live formulas).
//
// Raw numbers follow the units of this package, except that a Value in
// UnitPP is in points (a change of a ratio of 0.025 is 2.5).
type Workbook struct {
	Period       string `json:"period"`       // period id ("2026-10"), in sheet titles
	Days         int    `json:"days"`         // days of the period (live formulas per week)
	Title        string `json:"title"`        // report title
	Organization string `json:"organization"` // organisation name
	Version      string `json:"version"`      // rapor version, for the document properties
	ReportDate   Value  `json:"report_date"`  // UnitDate, for the document properties
	// Meta are the facts under the title of the summary sheet (account,
	// period, previous period, time zone, report date, signatory, tool).
	Meta []Item `json:"meta"`
	// KPIs are the headline tiles of the briefing as summary rows, in the
	// briefing's order.
	KPIs []KPI `json:"kpis"`
	// Scores are the stage scores in framework order, then the overall
	// score (Overall set).
	Scores     []ScoreRow      `json:"scores"`
	Indicators []IndicatorRow  `json:"indicators"`
	Monthly    Monthly         `json:"monthly"`
	Posts      []PostRow       `json:"posts"` // own posts of the period, in publish order
	Content    Content         `json:"content"`
	Daily      Daily           `json:"daily"`
	Audience   *AudienceData   `json:"audience,omitempty"` // nil without an audience snapshot
	Comments   Comments        `json:"comments"`
	Monitoring Monitoring      `json:"monitoring"`
	Evidence   []EvidenceRow   `json:"evidence"`
	Triangle   Triangulation   `json:"triangulation"`
	Quality    Quality         `json:"quality"`
	Method     Methodology     `json:"methodology"`
	Formulas   []FormulaRow    `json:"formulas"` // one per framework indicator
	Informants *CodeInformants `json:"code_informants,omitempty"`
}

// Item is a labelled value (a fact whose value may be a number or a date).
type Item struct {
	Label string `json:"label"`
	Value Value  `json:"value"`
}

// KPI is one row of the summary's key figures. Change is in points (UnitPP)
// for rates and in the indicator's unit otherwise; ChangePct in UnitPercent.
type KPI struct {
	Label     string `json:"label"`
	Value     Value  `json:"value"`
	Previous  Value  `json:"previous"`
	Change    Value  `json:"change"`
	ChangePct Value  `json:"change_pct"`
	TargetMin Value  `json:"target_min"`
	TargetMax Value  `json:"target_max"`
	Status    Status `json:"status"`
	// Indicator is false for a tile that is no indicator (views): its row
	// shows no change or target and its status is not coloured.
	Indicator bool `json:"indicator"`
}

// ScoreRow is one stage score (or the overall score) of the summary.
type ScoreRow struct {
	Label   string `json:"label"` // "Berbagi", or "Berbagi (tidak ada data)" without a score
	Value   Value  `json:"value"` // UnitRatio; Raw nil without a score
	Overall bool   `json:"overall"`
}

// IndicatorRow is one indicator with every column the workbook shows.
type IndicatorRow struct {
	ID             string `json:"id"`
	Stage          string `json:"stage"`        // stage label
	Subcomponent   string `json:"subcomponent"` // sub-component label
	Label          string `json:"label"`
	Value          Value  `json:"value"` // raw in the unit's scale (pp in points); Label = value label in the report language
	Previous       Value  `json:"previous"`
	Change         Value  `json:"change"`     // see KPI.Change
	ChangePct      Value  `json:"change_pct"` // UnitPercent
	TargetMin      Value  `json:"target_min"`
	TargetMax      Value  `json:"target_max"`
	Status         Status `json:"status"`
	N              int    `json:"n"`
	PreviousN      int    `json:"previous_n"`
	Reason         string `json:"reason"`          // reason label, never a code
	PreviousReason string `json:"previous_reason"` // reason label, never a code
	UnitName       string `json:"unit_name"`       // "per minggu"
	Direction      string `json:"direction"`       // "lebih tinggi lebih baik"
	Note           string `json:"note,omitempty"`
	Formula        string `json:"formula"`
}

// Monthly is every indicator month by month (periods touching more than one
// calendar month); Months is empty otherwise.
type Monthly struct {
	Months []string     `json:"months"` // month period ids, the column heads
	Rows   []MonthlyRow `json:"rows"`
}

// MonthlyRow is one indicator's values, one per month.
type MonthlyRow struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	UnitName string  `json:"unit_name"`
	Values   []Value `json:"values"`
}

// PostRow is one own post.
type PostRow struct {
	Published    Value  `json:"published"` // UnitDateTime (or UnitDate, or text when unreadable)
	Type         string `json:"type"`      // post type label
	Category     string `json:"category"`
	Caption      string `json:"caption"`
	Views        Value  `json:"views"`
	Reach        Value  `json:"reach"`
	Likes        Value  `json:"likes"`
	Comments     Value  `json:"comments"`
	Shares       Value  `json:"shares"`
	Saves        Value  `json:"saves"`
	Interactions Value  `json:"interactions"`
	ER           Value  `json:"er"` // UnitRatio; Raw nil when the post has no ER
	Permalink    string `json:"permalink"`
	Key          string `json:"key"`
}

// Content are the content breakdowns.
type Content struct {
	FormatMix    []Group   `json:"format_mix"`
	ERByFormat   []Group   `json:"er_by_format"`
	ERByCategory []Group   `json:"er_by_category"`
	Heatmap      []HeatRow `json:"heatmap"` // 24 rows (hours) of 7 weekdays, empty without posts
	Hashtags     []Hashtag `json:"hashtags"`
	TopPosts     []PostRow `json:"top_posts"`
	BottomPosts  []PostRow `json:"bottom_posts"`
}

// Group is one row of a breakdown by format or category.
type Group struct {
	Name  string `json:"name"` // label
	Posts int    `json:"posts"`
	Share Value  `json:"share"` // UnitRatio
	N     int    `json:"n"`
	ER    Value  `json:"er"` // UnitRatio
}

// HeatRow is one hour of the weekday × hour grid.
type HeatRow struct {
	Hour   string  `json:"hour"`   // "09"
	Values []Value `json:"values"` // Monday first, UnitRatio; Raw nil without posts
}

// Hashtag is one hashtag row.
type Hashtag struct {
	Tag       string `json:"tag"`
	Posts     int    `json:"posts"`
	MeanReach Value  `json:"mean_reach"`
}

// Daily is the daily sheet: one row per date with a value per column.
type Daily struct {
	Columns   []DailyColumn `json:"columns"`
	Rows      []DailyRow    `json:"rows"`
	HasEvents bool          `json:"has_events"` // an event column is shown
}

// DailyColumn is one value column of the daily sheet.
type DailyColumn struct {
	Key    string `json:"key"`    // "reach", "views", …, "followers", "posts" (chart sources), never shown
	Header string `json:"header"` // column head
}

// DailyRow is one date.
type DailyRow struct {
	Date   Value   `json:"date"`   // UnitDate
	Values []Value `json:"values"` // one per column; Raw nil when the series has no value that day
	Events string  `json:"events"` // events and spikes of the day, "; "-joined
}

// AudienceData is the audience snapshot.
type AudienceData struct {
	File      string     `json:"file"`
	Followers Value      `json:"followers"` // Raw nil when unknown
	AgeGender []AgeShare `json:"age_gender"`
	Ages      []Share    `json:"ages"`
	Genders   []Share    `json:"genders"`
	Cities    []Share    `json:"cities"`
	Countries []Share    `json:"countries"`
}

// AgeShare is one age band split by gender.
type AgeShare struct {
	Age   string `json:"age"`
	Women Value  `json:"women"`
	Men   Value  `json:"men"`
}

// Share is a named share.
type Share struct {
	Name  string `json:"name"`
	Share Value  `json:"share"`
}

// Count is a named count.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// KeyFigure is "indicator | value | n".
type KeyFigure struct {
	Label string `json:"label"`
	Value Value  `json:"value"`
	N     int    `json:"n"`
}

// Comments are the comment aggregates (never a username or comment text).
type Comments struct {
	KeyFigures    []KeyFigure `json:"key_figures"`
	ResponseTimes []Count     `json:"response_times"`
	Sentiment     []Count     `json:"sentiment"`
	Category      []Count     `json:"category"`
	MostCommented []PostRow   `json:"most_commented"` // up to 10, most comments first
}

// Monitoring are the monitoring figures.
type Monitoring struct {
	KeyFigures []KeyFigure `json:"key_figures"`
	Cases      []CaseRow   `json:"cases"`
	Spikes     []SpikeRow  `json:"spikes"`
}

// CaseRow is one case category with its share of all cases.
type CaseRow struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Share Value  `json:"share"` // Raw nil when there are no cases
}

// SpikeRow is one spike day.
type SpikeRow struct {
	Date   Value  `json:"date"`
	Series string `json:"series"`
	Value  Value  `json:"value"`
	Bound  Value  `json:"bound"`
	Posts  string `json:"posts"`
}

// EvidenceRow is one coded segment of the notes (redacted).
type EvidenceRow struct {
	Code         string `json:"code"`
	Stage        string `json:"stage"`
	Subcomponent string `json:"subcomponent"`
	Kind         string `json:"kind"`
	NoteID       string `json:"note_id"`
	Who          string `json:"who"`
	Role         string `json:"role"`
	Date         Value  `json:"date"` // UnitDate; Raw nil without a date
	Time         string `json:"time"`
	Setting      string `json:"setting"`
	Assessment   string `json:"assessment"`
	Text         string `json:"text"`
}

// Triangulation is the triangulation matrix.
type Triangulation struct {
	Verdicts []string         `json:"verdicts"` // heads of the verdict count columns
	Rows     []TriangulateRow `json:"rows"`
}

// TriangulateRow is one sub-component of the matrix.
type TriangulateRow struct {
	Code         string `json:"code"`
	Stage        string `json:"stage"`
	Subcomponent string `json:"subcomponent"`
	Met          int    `json:"met"`
	WithTarget   int    `json:"with_target"`
	Indicators   string `json:"indicators"` // labels, ", "-joined
	Interviews   int    `json:"interviews"`
	Observations int    `json:"observations"`
	Documents    int    `json:"documents"`
	Coded        int    `json:"coded"`
	Verdicts     []int  `json:"verdicts"` // one per Triangulation.Verdicts
	Other        string `json:"other"`    // other verdict counts
	Verdict      string `json:"verdict"`
}

// CodeInformants is the codes × informants table.
type CodeInformants struct {
	People []string       `json:"people"` // pseudonyms, the column heads
	Rows   []InformantRow `json:"rows"`
}

// InformantRow is the segments of one code per informant.
type InformantRow struct {
	Code   string `json:"code"`
	Counts []int  `json:"counts"`
}

// Quality is the data-quality record of every input file.
type Quality struct {
	Reasons []string     `json:"reasons"` // heads of the skip-reason columns
	Files   []QualityRow `json:"files"`
}

// QualityRow is one input file.
type QualityRow struct {
	Path      string `json:"path"`
	Kind      string `json:"kind"`
	Preset    string `json:"preset"`
	Encoding  string `json:"encoding"`
	Delimiter string `json:"delimiter"`
	From      Value  `json:"from"` // UnitDate; Raw nil without coverage
	To        Value  `json:"to"`
	RowsRead  int    `json:"rows_read"`
	RowsUsed  int    `json:"rows_used"`
	Skipped   int    `json:"skipped"`
	ByReason  []int  `json:"by_reason"` // one per Quality.Reasons
	Warnings  string `json:"warnings"`
	Size      int    `json:"size"`
	SHA256    string `json:"sha256"`
}

// Methodology is the methodology as labelled texts.
type Methodology struct {
	Items []Fact `json:"items"`
}

// FormulaRow is one indicator's definition.
type FormulaRow struct {
	ID           string `json:"id"`
	Formula      string `json:"formula"`
	Label        string `json:"label"`
	Subcomponent string `json:"subcomponent"`
	UnitName     string `json:"unit_name"`
	Direction    string `json:"direction"`
}
