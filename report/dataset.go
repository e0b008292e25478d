package report

import "time"

// PostType is a normalised Instagram post type.
type PostType string

// Post types (SPEC §3).
const (
	Image    PostType = "image"
	Carousel PostType = "carousel"
	Reel     PostType = "reel"
	Video    PostType = "video"
	Story    PostType = "story"
)

// FeedTypes are the feed post types in their tie-break order.
var FeedTypes = []PostType{Image, Carousel, Reel, Video}

// Metric indexes a post metric.
type Metric int

// Post metrics. Impressions is the legacy metric and never stands in for Views.
const (
	Views Metric = iota
	Reach
	Likes
	Comments
	Shares
	Saves
	Follows
	Replies
	Navigation
	ProfileVisits
	LinkClicks
	StickerTaps
	Impressions
	Duration
	NumMetrics
)

// MetricNames are the canonical column names of the metrics, by Metric.
var MetricNames = [NumMetrics]string{"views", "reach", "likes", "comments", "shares", "saves",
	"follows", "replies", "navigation", "profile_visits", "link_clicks", "sticker_taps",
	"impressions", "duration"}

// Metrics holds a post's metric values. Has marks non-blank values; Cols
// marks the metrics whose column exists in at least one file holding the post.
type Metrics struct {
	V    [NumMetrics]float64
	Has  uint32
	Cols uint32
}

// Get returns the value of m and whether it was reported (non-blank).
func (ms *Metrics) Get(m Metric) (float64, bool) {
	return ms.V[m], ms.Has&(1<<m) != 0
}

// Set records a reported value.
func (ms *Metrics) Set(m Metric, v float64) {
	ms.V[m] = v
	ms.Has |= 1 << m
}

// HasCol reports whether a file holding the post had a column for m.
func (ms *Metrics) HasCol(m Metric) bool { return ms.Cols&(1<<m) != 0 }

// Post is one merged post, reel, carousel, video or story.
type Post struct {
	Key       string    // identity: shortcode, story id, or post id
	PostID    string    // as a string (17–18 digits); may be empty
	AccountID string    //
	Username  string    // account username as in the export ("" when the file has none)
	Own       bool      // own account (else a collaboration row of another account)
	Type      PostType  //
	Caption   string    //
	Published time.Time // instant (UTC); zero when unknown
	Permalink string    //
	Category  string    // optional content pillar
	Metrics   Metrics   //
	Files     []string  // files holding this post, in merge order
	Merged    int       // how many rows were merged into this post
	File      string    // file and line of the winning row
	Line      int       //
}

// Interactions returns likes+comments+shares+saves and whether the post has
// interaction data (SPEC §4: each of the four columns exists in a file holding
// the post, and not all four are blank).
func (p *Post) Interactions() (float64, bool) {
	four := []Metric{Likes, Comments, Shares, Saves}
	any := false
	sum := 0.0
	for _, m := range four {
		if !p.Metrics.HasCol(m) {
			return 0, false
		}
		if v, ok := p.Metrics.Get(m); ok {
			any = true
			sum += v
		}
	}
	return sum, any
}

// Daily series metrics (canonical names).
const (
	SeriesReach          = "reach"
	SeriesViews          = "views"
	SeriesFollows        = "follows"
	SeriesUnfollows      = "unfollows"
	SeriesFollowersTotal = "followers_total"
	SeriesProfileVisits  = "profile_visits"
	SeriesLinkClicks     = "link_clicks"
	SeriesInteractions   = "interactions"
)

// SeriesNames lists the canonical daily metrics in display order.
var SeriesNames = []string{SeriesReach, SeriesViews, SeriesFollows, SeriesUnfollows,
	SeriesFollowersTotal, SeriesProfileVisits, SeriesLinkClicks, SeriesInteractions}

// DayValue is one day of a daily series.
type DayValue struct {
	Date  Date    `json:"date"`
	Value float64 `json:"value"`
}

// Series is a daily Instagram metric, sorted by date, one value per date.
type Series struct {
	Metric   string     `json:"metric"`
	Points   []DayValue `json:"points"`
	Coverage Range      `json:"coverage"` // first..last listed date
}

// Share is a named share of an audience (a fraction 0..1).
type Share struct {
	Name  string  `json:"name"`
	Share float64 `json:"share"`
}

// AgeGender is one age bucket with the shares of women and men (fractions).
type AgeGender struct {
	Age   string   `json:"age"`
	Women *float64 `json:"women,omitempty"`
	Men   *float64 `json:"men,omitempty"`
}

// Audience is an audience snapshot.
type Audience struct {
	File      string      `json:"file"`
	AgeGender []AgeGender `json:"age_gender,omitempty"` // age × gender grid (MBS)
	Ages      []Share     `json:"ages,omitempty"`       // age alone (Graph API)
	Genders   []Share     `json:"genders,omitempty"`    // gender alone (Graph API)
	Cities    []Share     `json:"cities,omitempty"`
	Countries []Share     `json:"countries,omitempty"`
	Followers *float64    `json:"followers,omitempty"` // early-2024 layout total
}

// Case is one media-monitoring case.
type Case struct {
	ID          string
	DetectedAt  time.Time
	Channel     string
	Category    string
	Summary     string
	RespondedAt *time.Time
	ResolvedAt  *time.Time
	Status      string
	File        string
	Line        int
}

// Informant is an interviewed person.
type Informant struct {
	Name      string
	Role      string
	Pseudonym string
}

// Segment is one coded piece of a note: an interview or document segment, or
// an observation entry.
type Segment struct {
	Codes      []string // stage.subcomponent
	Text       string
	Assessment string // optimal | belum_optimal | tidak_ada | ""
	Time       string // observation entries: "09:30"
	Line       int
}

// Note is one interview, observation or document.
type Note struct {
	Kind        string // interview | observation | document
	ID          string
	Date        Date
	Informant   *Informant // interviews
	Interviewer string
	Observer    string
	Setting     string
	Title       string // documents
	Segments    []Segment
	File        string
	Index       int // document index within the file
	Line        int
	// IDLine and IDCol are the position of the note's `id:` key (0 when the
	// note did not come from a YAML notes file); duplicate ids are reported
	// there.
	IDLine, IDCol int
}

// FileReport is the data-quality record of one input file.
type FileReport struct {
	Path      string `json:"path"`
	Kind      string `json:"kind"`
	Preset    string `json:"preset"`
	Encoding  string `json:"encoding"`
	Delimiter string `json:"delimiter"`
	Coverage  *Range `json:"coverage"`
	// CoverageFrom says where Coverage comes from: "covers" (rapor.yaml),
	// "file_name" (a Meta content export's name) or "rows" (its rows' dates).
	CoverageFrom string         `json:"-"`
	SHA256       string         `json:"sha256"`
	Size         int64          `json:"size"`
	RowsRead     int            `json:"rows_read"`
	RowsUsed     int            `json:"rows_used"`
	Skipped      map[string]int `json:"rows_skipped"`
	Merged       int            `json:"merged_posts,omitempty"` // posts rows merged into a post of an earlier file
	Warnings     []string       `json:"warnings"`
	Source       int            `json:"-"` // index of its source entry
}

// Skip counts a skipped row with its reason.
func (f *FileReport) Skip(reason string) {
	if f.Skipped == nil {
		f.Skipped = map[string]int{}
	}
	f.Skipped[reason]++
}

// SkippedTotal is Σ rows_skipped.
func (f *FileReport) SkippedTotal() int {
	n := 0
	for _, v := range f.Skipped {
		n += v
	}
	return n
}

// SourceInfo is what compute needs to know of one comments/posts source.
type SourceInfo struct {
	Kind           string
	Coverage       *Range // explicit covers: of the source; nil = covers P and Q (comments, monitoring)
	CarriesReplies bool   // comments: has reply rows by the account or a replied column
}

// Dataset is everything ingest read from a project.
type Dataset struct {
	Posts        []*Post            // merged, sorted by publish time then key
	HasStoryRows bool               // an own story row exists in some posts source
	PostsCover   *Range             // union coverage of posts files (nil: none)
	PostsCovers  []Range            // coverage of each posts file
	Series       map[string]*Series // canonical metric -> series
	Audience     *Audience          // the winning audience snapshot, or nil
	Comments     []Comment          // de-duplicated, sorted by time then id
	Replies      []Comment          // reply rows by the account (parent set)
	CommentStrs  Strings            // the texts of Comments and Replies
	Sources      []SourceInfo       // by source index
	CommentCover []Range            // explicit coverage of comments sources; nil = covers P and Q
	Cases        []*Case
	CasesCover   []Range // explicit coverage of monitoring sources; nil = covers P and Q
	Notes        []*Note
	Files        []*FileReport // one per input file, in source order then path
	Problems     Problems
}
