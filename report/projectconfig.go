package report

import "time"

// Pos is a position in a file (1-based line and column; 0 when unknown).
type Pos struct {
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
}

// Config is a parsed and checked rapor.yaml (SPEC §2).
type Config struct {
	Dir  string // project folder (as given, cleaned)
	Path string // path of rapor.yaml

	Title          string
	Organization   string
	Account        string // without a leading @, as written
	Language       string // id | en
	Timezone       string
	Loc            *time.Location
	ExportTimezone string
	ExportLoc      *time.Location

	Period  Period
	Compare *Period // nil when compare: none
	// RunDate is the local date of the run that a relative period
	// (last-month …) was resolved against; 0 when the period is absolute.
	RunDate Date
	// Relative is the relative period as written ("last-month"), or "".
	Relative string

	ReportDate Date
	Framework  string // "luttrell" or a path relative to Dir
	Logo       string // path relative to Dir, or ""
	Signatory  *Signatory
	Letterhead *Letterhead // nil: none
	Method     *Method     // nil: the default research design
	PageSize   string      // "A4" (default) or "Letter" (page: {size: …})
	Outputs    []string    // outputs: html, xlsx, json, docx, pdf; nil: the default four
	Channels   []Channel
	HomeRegion []string
	Targets    []TargetEntry // in file order
	TargetNear *float64      // project-wide target tolerance (target_near:), nil = none
	Service    Service
	Sources    []Source
	Narrative  string // glob, relative to Dir
	Events     []Event
	Privacy    Privacy

	// Positions of keys, for messages about their values.
	PosOf map[string]Pos
}

// Signatory is the approval block at the end of the report (SPEC §9):
// "Place, date", title, name and optional NIP (civil-servant number).
type Signatory struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	NIP   string `json:"nip,omitempty"`
	Place string `json:"place,omitempty"`
}

// Letterhead is the "kop surat" on page 1 of the printed and Word report.
type Letterhead struct {
	Logo    string   // path relative to Dir, or ""
	Lines   []string // 1–3 organisation lines
	Address string
}

// Method is the research design printed in the methodology; empty fields
// take the default text of the report language.
type Method struct {
	Design             string
	Paradigm           string
	Collection         []string
	InformantSelection string
	Analysis           string
	Text               string // Markdown file replacing the generated paragraph, relative to Dir
}

// Channel is one presence of the organisation (Share/connect).
type Channel struct {
	Platform  string   `json:"platform"`
	Handle    string   `json:"handle"`
	Followers *float64 `json:"followers,omitempty"`
	Active    bool     `json:"active"`
}

// Target is an indicator target: min and/or max, and the relative tolerance
// within which an unmet value is "near" (nil or 0 = none).
type Target struct {
	Min  *float64 `json:"min,omitempty"`
	Max  *float64 `json:"max,omitempty"`
	Near *float64 `json:"near,omitempty"`
}

// TargetEntry is one target in rapor.yaml.
type TargetEntry struct {
	ID     string
	Target Target
	Pos    Pos
}

// Source kinds.
const (
	KindPosts      = "posts"
	KindDaily      = "daily"
	KindAudience   = "audience"
	KindComments   = "comments"
	KindMonitoring = "monitoring"
	KindNotes      = "notes"
	KindQDPX       = "qdpx"    // REFI-QDA project (.qdpx, or a bare .qde)
	KindQDACSV     = "qda-csv" // CSV export of coded segments (Taguette, QualCoder)
)

// Source is one entry of sources: in rapor.yaml.
type Source struct {
	Index     int               // position in sources (0-based)
	Kind      string            // posts | daily | audience | comments | monitoring | notes
	Path      string            // glob relative to Dir
	Columns   map[string]string // canonical name -> header in the file
	Platform  string            // for daily files: instagram | facebook | ""
	Timezone  string            // zone of naive timestamps, or ""
	Loc       *time.Location    // nil when Timezone is ""
	Delimiter string            // "", ",", ";", "\t", "|"
	Covers    *Range            // explicit coverage: wins over a file name and the rows
	Metric    string            // daily files without a title line: the canonical metric they hold
	Codes     []CodeMap         // qdpx, qda-csv: code path -> framework code or "ignore"
	Meta      []SourceMeta      // qdpx, qda-csv: what the file does not say of its sources
	Files     []string          // matched files, relative to Dir, sorted
	Pos       Pos               // position of the entry in rapor.yaml
}

// CodeMap is one entry of a coded-data source's codes: map.
type CodeMap struct {
	Path string // code path in the QDA program, "/" between levels
	Code string // framework code (stage.sub) or "ignore"
	Pos  Pos    // position of the entry's value in rapor.yaml
}

// SourceMeta is one entry of a coded-data source's sources: map.
type SourceMeta struct {
	Pattern   string // source name or glob (path.Match syntax)
	Kind      string // interview | observation | document | ""
	Informant string
	Role      string
	Date      *Date // nil when not given
	Pos       Pos
}

// Event is an annotation on time charts.
type Event struct {
	Date  Date   `json:"date"`
	Label string `json:"label"`
}

// Privacy holds the privacy settings of SPEC §6.
type Privacy struct {
	Pseudonymize    bool     `json:"pseudonymize"`
	GeneralizeRoles bool     `json:"generalize_roles"`
	Redact          []string `json:"-"`
}

// Service is the service: block of rapor.yaml (SPEC §9): when the account
// answers, the SLA, and the words that make a comment a question.
type Service struct {
	Start         int            // window start, minutes after local midnight
	End           int            // window end, minutes after local midnight (≤ 1440)
	Days          []time.Weekday // service days
	Holidays      []Date         // local dates without service
	SLAHours      float64        // working hours within which a reply meets the SLA
	QuestionWords []string       // whole words or phrases that mark a question
}

// DefaultQuestionWords are the default service.question_words.
var DefaultQuestionWords = []string{"apa", "apakah", "bagaimana", "gimana", "kapan", "dimana",
	"mana", "berapa", "kenapa", "mengapa", "siapa", "bisakah", "bolehkah", "mohon", "tolong",
	"info", "min", "admin"}

// DefaultService returns the defaults of service: 08:00-16:00 Monday to
// Friday, no holidays, an SLA of 8 working hours, the default question words.
func DefaultService() Service {
	return Service{Start: 8 * 60, End: 16 * 60,
		Days:          []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		SLAHours:      8,
		QuestionWords: append([]string(nil), DefaultQuestionWords...)}
}
