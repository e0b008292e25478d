package report

// Status values of a Result.
const (
	StatusMet      = "met"
	StatusNotMet   = "not_met"
	StatusNear     = "near" // unmet, but within the target's tolerance (amber; not met in scores)
	StatusNoTarget = "no_target"
	StatusNoData   = "no_data"
)

// Statuses returns every status a Result may carry; each has one label in
// the catalogue (templates/messages/doc.yaml, "doc.status.<status>").
func Statuses() []string {
	return []string{StatusMet, StatusNear, StatusNotMet, StatusNoTarget, StatusNoData}
}

// Reasons for a null value or previous value. This is their one
// declaration; each has one label in the catalogue
// (templates/messages/doc.yaml, "doc.reason.<reason>"), and readers see only
// the label.
const (
	ReasonNoData     = "no_data"
	ReasonNoCoverage = "no_coverage"
	ReasonSnapshot   = "snapshot_input"
	ReasonNoCompare  = "no_comparison"
	ReasonZeroBase   = "zero_base"
	ReasonTooFew     = "too_few_items"
	// ReasonNotApplicable is the previous-value reason of the *_change
	// indicators, which are themselves comparisons.
	ReasonNotApplicable = "not_applicable"
	// ReasonNotFinite marks a value that came out infinite or NaN.
	ReasonNotFinite = "not_finite"
	// ReasonNotComputed marks an indicator id this program does not compute.
	ReasonNotComputed = "not_computed"
)

// Reasons returns every reason code, in declaration order.
func Reasons() []string {
	return []string{ReasonNoData, ReasonNoCoverage, ReasonSnapshot, ReasonNoCompare, ReasonZeroBase,
		ReasonTooFew, ReasonNotApplicable, ReasonNotFinite, ReasonNotComputed}
}

// Result is one computed indicator (SPEC §4 "Every result").
type Result struct {
	ID             string   `json:"id"`
	Stage          string   `json:"stage"`
	Subcomponent   string   `json:"subcomponent"`
	Label          string   `json:"label"`
	Value          *float64 `json:"value"`
	Reason         string   `json:"reason,omitempty"`
	ValueLabel     string   `json:"value_label,omitempty"`
	Display        string   `json:"display"`
	Unit           string   `json:"unit"`
	Direction      string   `json:"direction"`
	N              int      `json:"n"`
	Note           string   `json:"note,omitempty"` // e.g. "gross growth"
	Previous       *float64 `json:"previous"`
	PreviousReason string   `json:"previous_reason,omitempty"`
	PreviousLabel  string   `json:"previous_value_label,omitempty"`
	PreviousN      int      `json:"previous_n"`
	Change         *float64 `json:"change"`
	ChangePct      *float64 `json:"change_pct"`
	Target         *Target  `json:"target"`
	Status         string   `json:"status"`
	Formula        string   `json:"formula"`
}

// PeriodInfo describes a period in outputs.
type PeriodInfo struct {
	ID       string `json:"id"`
	From     Date   `json:"from"`
	To       Date   `json:"to"`
	Days     int    `json:"days"`
	Timezone string `json:"timezone"`
}

// StageScores are the stage scores and the overall score (null = no targets).
type StageScores struct {
	Share    *float64 `json:"share"`
	Optimize *float64 `json:"optimize"`
	Manage   *float64 `json:"manage"`
	Engage   *float64 `json:"engage"`
	Overall  *float64 `json:"overall"`
}

// StageIDs returns the ids of the four stages of the Circular Model of SoMe
// in order; StageScores has one field for each.
func StageIDs() []string { return []string{"share", "optimize", "manage", "engage"} }

// Get returns the score of a stage id ("overall" included).
func (s StageScores) Get(stage string) *float64 {
	switch stage {
	case "share":
		return s.Share
	case "optimize":
		return s.Optimize
	case "manage":
		return s.Manage
	case "engage":
		return s.Engage
	case "overall":
		return s.Overall
	}
	return nil
}

// PostRow is one post as outputs show it.
type PostRow struct {
	Key          string   `json:"key"`
	Type         PostType `json:"type"`
	Own          bool     `json:"own"`
	Published    string   `json:"published"` // local time, "2006-01-02T15:04"
	Caption      string   `json:"caption"`   // redacted
	Permalink    string   `json:"permalink"`
	Category     string   `json:"category,omitempty"`
	Views        *float64 `json:"views"`
	Reach        *float64 `json:"reach"`
	Likes        *float64 `json:"likes"`
	Comments     *float64 `json:"comments"`
	Shares       *float64 `json:"shares"`
	Saves        *float64 `json:"saves"`
	Interactions *float64 `json:"interactions"`
	ER           *float64 `json:"er"` // per-post ER, nil without reach or interaction data
}

// GroupStat is a count and an ER for a group of posts (a format, a category).
type GroupStat struct {
	Name  string   `json:"name"`
	Posts int      `json:"posts"`
	Share float64  `json:"share"` // posts ÷ all OWN posts
	N     int      `json:"n"`     // posts with reach and interaction data
	ER    *float64 `json:"er"`
}

// HeatCell is one weekday × hour cell of mean per-post ER.
type HeatCell struct {
	Weekday int     `json:"weekday"` // 0 = Monday … 6 = Sunday
	Hour    int     `json:"hour"`
	Posts   int     `json:"posts"`
	MeanER  float64 `json:"mean_er"`
}

// Hashtag is one hashtag with ≥2 OWN posts.
type Hashtag struct {
	Tag       string  `json:"tag"`
	Posts     int     `json:"posts"`
	MeanReach float64 `json:"mean_reach"`
}

// Count is a labelled count.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Breakdowns are the breakdowns of SPEC §4 for the report period.
type Breakdowns struct {
	FormatMix        []GroupStat           `json:"format_mix"`
	ERByFormat       []GroupStat           `json:"er_by_format"`
	ERByCategory     []GroupStat           `json:"er_by_category"`
	Heatmap          []HeatCell            `json:"weekday_hour"`
	TopPosts         []PostRow             `json:"top_posts"`
	BottomPosts      []PostRow             `json:"bottom_posts"`
	Hashtags         []Hashtag             `json:"hashtags"`
	PostsPerDay      []DayValue            `json:"posts_per_day"`
	Daily            map[string][]DayValue `json:"daily"` // reach, views, follows, unfollows, profile_visits over P
	FollowerTrend    []DayValue            `json:"follower_trend"`
	Audience         *Audience             `json:"audience"`
	ResponseTimes    []Count               `json:"response_time_distribution"`
	CasesByCategory  []Count               `json:"monitoring_by_category"`
	CommentSentiment []Count               `json:"comment_sentiment,omitempty"`
	CommentCategory  []Count               `json:"comment_category,omitempty"`
	SpikeDays        []SpikeDay            `json:"spike_days"`
	ERVariants       []ERVariant           `json:"er_variants"`
	SeriesTotals     []SeriesTotal         `json:"series_totals"`
}

// SeriesTotal is the sum of an additive daily series (views, profile
// visits, link clicks, interactions, follows, unfollows) over the period
// and the comparison period; nil where the series does not cover the whole
// of that period (reach is never summed: it is not additive across days).
type SeriesTotal struct {
	Metric   string   `json:"metric"`
	Value    *float64 `json:"value"`
	Previous *float64 `json:"previous"`
}

// SpikeDay is a day of P whose daily views (else reach) were a spike
// (manage.spike_days), with the OWN posts published that day or the day before.
type SpikeDay struct {
	Date   Date      `json:"date"`
	Metric string    `json:"metric"` // views | reach
	Value  float64   `json:"value"`
	Median float64   `json:"median"`    // of the trailing days tested against
	Bound  float64   `json:"threshold"` // the value had to exceed this
	Posts  []PostRow `json:"posts"`
}

// ERVariant is one engagement-rate variant, shown side by side with the others.
type ERVariant struct {
	ID    string   `json:"id"` // indicator id
	Label string   `json:"label"`
	Value *float64 `json:"value"`
	N     int      `json:"n"`
}

// MonthResults are every indicator computed on one month's intersection with P.
type MonthResults struct {
	Period     PeriodInfo `json:"period"`
	Indicators []Result   `json:"indicators"`
}

// Quote is one coded piece of evidence for a sub-component.
type Quote struct {
	NoteID     string `json:"note_id"`
	Kind       string `json:"kind"` // interview | observation | document
	Who        string `json:"who"`  // pseudonym (interviews), observer, or document title
	Role       string `json:"role,omitempty"`
	Date       Date   `json:"date"`
	Time       string `json:"time,omitempty"`
	Setting    string `json:"setting,omitempty"`
	Text       string `json:"text"` // redacted
	Assessment string `json:"assessment,omitempty"`
}

// Evidence is everything the notes say about one sub-component.
type Evidence struct {
	Code         string         `json:"code"`
	Stage        string         `json:"stage"`
	Label        string         `json:"label"`
	Interviews   []Quote        `json:"interviews"`
	Observations []Quote        `json:"observations"`
	Documents    []Quote        `json:"documents"`
	Verdicts     map[string]int `json:"verdicts"`
	Verdict      string         `json:"verdict,omitempty"`
}

// TriRow is one row of the triangulation matrix.
type TriRow struct {
	Code         string         `json:"code"`
	Stage        string         `json:"stage"`
	Label        string         `json:"label"`
	Met          int            `json:"met"`
	WithTarget   int            `json:"with_target"`
	Indicators   []string       `json:"indicators"`
	Interviews   int            `json:"interview_segments"`
	Observations int            `json:"observation_entries"`
	Documents    int            `json:"document_segments"`
	Verdict      string         `json:"verdict,omitempty"`
	Verdicts     map[string]int `json:"verdicts"`
	// Sources summarises interviews, observations and documents apart.
	Sources []TriSource `json:"sources"`
	// Agreement of indicators and evidence: agree | partly | conflict, ""
	// when either side has nothing to compare.
	Agreement string `json:"agreement,omitempty"`
}

// TriSource is what one kind of evidence says of a sub-component.
type TriSource struct {
	Kind     string         `json:"kind"` // interview | observation | document
	Count    int            `json:"count"`
	Ratings  map[string]int `json:"ratings"`
	Verdict  string         `json:"verdict,omitempty"`
	KeyQuote string         `json:"key_quote,omitempty"` // note id of the quote that carries the verdict
}

// CodeInformant is one cell of the codes × informants table.
type CodeInformant struct {
	Code      string `json:"code"`
	Informant string `json:"informant"` // pseudonym
	Count     int    `json:"count"`
}

// StageRecommendations is the front-matter stage of a narrative file that
// feeds the briefing's recommendations instead of a chapter (SPEC §9).
const StageRecommendations = "recommendations"

// Narrative is one narrative Markdown file, already redacted (not rendered).
type Narrative struct {
	Path     string `json:"path"`
	Stage    string `json:"stage"` // "" when it belongs to no stage
	Markdown string `json:"-"`
	// Lang is the language the text is written in; when it differs from the
	// report language, no file in the report language exists and outputs
	// say so beside the text (SPEC §9 "Narrative files per language").
	Lang string `json:"lang"`
}

// InputFile describes an input file on the cover.
type InputFile struct {
	Path     string `json:"path"` // redacted
	Kind     string `json:"kind"`
	SHA256   string `json:"sha256"`
	Coverage *Range `json:"coverage"`
}

// Meta is what the cover shows.
type Meta struct {
	Title        string      `json:"title"`
	Organization string      `json:"organization"`
	Account      string      `json:"account"`
	Language     string      `json:"language"`
	Timezone     string      `json:"timezone"`
	ExportTZ     string      `json:"export_timezone"`
	ReportDate   Date        `json:"report_date"`
	Version      string      `json:"version"`
	Signatory    *Signatory  `json:"signatory,omitempty"`
	Letterhead   *Letterhead `json:"-"` // organisation lines and address of page 1
	Method       *Method     `json:"-"` // research design of rapor.yaml, nil for the defaults
	LogoDataURI  string      `json:"-"`
	Events       []Event     `json:"events"`
	Pseudonymize bool        `json:"pseudonymize"`
	Redactions   int         `json:"redactions"`
}

// Report is the computed view model that every output renders (HTML, XLSX,
// indicators.json). It holds no user text that has not been redacted.
type Report struct {
	Meta           Meta            `json:"-"`
	Period         PeriodInfo      `json:"period"`
	Previous       *PeriodInfo     `json:"previous_period"`
	Framework      *Framework      `json:"-"`
	Indicators     []Result        `json:"indicators"`
	StageScores    StageScores     `json:"stage_scores"`
	Breakdowns     Breakdowns      `json:"breakdowns"`
	Monthly        []MonthResults  `json:"monthly"`
	DataQuality    []*FileReport   `json:"data_quality"`
	Inputs         []InputFile     `json:"-"`
	Evidence       []Evidence      `json:"-"`
	Triangulation  []TriRow        `json:"-"`
	CodeFreq       []Count         `json:"-"` // per code (stage.sub)
	CodeInformants []CodeInformant `json:"-"`
	Narratives     []Narrative     `json:"-"`
	// MethodText is the Markdown file of method.text (the research design in
	// the user's words, replacing the generated paragraph), nil without one.
	MethodText  *Narrative `json:"-"`
	Findings    []string   `json:"-"` // 3–5 sentences in the report language
	Posts       []PostRow  `json:"-"` // all OWN posts in P, by publish time
	MethodNotes []string   `json:"-"` // methodology sentences on the run date, service hours, questions, tolerance, ER variants
}

// Indicator returns the result with id, or nil.
func (r *Report) Indicator(id string) *Result {
	for i := range r.Indicators {
		if r.Indicators[i].ID == id {
			return &r.Indicators[i]
		}
	}
	return nil
}
