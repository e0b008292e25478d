package report

// RollupConfig is a parsed and checked roll-up rapor.yaml: a project whose
// `accounts:` list names ordinary projects (SPEC §9 "Roll-up").
type RollupConfig struct {
	Dir  string // roll-up folder (as given, cleaned)
	Path string // path of its rapor.yaml

	Title        string
	Organization string
	Language     string // "" when not set (each account keeps its own)
	Period       Period
	Compare      *Period // the override when CompareSet (nil = compare: none)
	CompareSet   bool
	ReportDate   Date
	Signatory    *Signatory
	Targets      []TargetEntry // the override when TargetsSet
	TargetsSet   bool
	Accounts     []AccountEntry

	// Positions of keys, for messages about their values.
	PosOf map[string]Pos
}

// AccountEntry is one entry of accounts: in a roll-up rapor.yaml.
type AccountEntry struct {
	Path  string   // folder or glob, relative to Dir
	Group string   // optional
	Label string   // optional (only for an entry that matches one folder)
	Dirs  []string // matched project folders, relative to Dir, slash-separated, sorted
	Pos   Pos      // position of the entry in rapor.yaml
}

// Roll-up account states.
const (
	AccountOK     = "ok"
	AccountFailed = "failed"
)

// RollupValue is one indicator of one account as the roll-up shows it: the
// numbers are copied from that account's own report.
type RollupValue struct {
	Value    *float64 `json:"value"`
	Previous *float64 `json:"previous"`
	Change   *float64 `json:"change"`
	N        int      `json:"n"`
	Reason   string   `json:"reason,omitempty"`
}

// RollupAccount is one account of a roll-up.
type RollupAccount struct {
	Account     string                 `json:"account"` // Instagram username, else the folder name
	Label       string                 `json:"label"`
	Group       string                 `json:"group"`
	Path        string                 `json:"path"` // project folder, relative to the roll-up folder
	Status      string                 `json:"status"`
	Error       string                 `json:"error"`
	Errors      int                    `json:"-"`      // number of errors (the first is Error)
	Report      string                 `json:"report"` // its report.html, relative to the roll-up's output
	Indicators  map[string]RollupValue `json:"indicators"`
	StageScores StageScores            `json:"stage_scores"`
}

// Get returns the value of indicator id, or a value with no data.
func (a *RollupAccount) Get(id string) RollupValue {
	if v, ok := a.Indicators[id]; ok {
		return v
	}
	return RollupValue{Reason: ReasonNoData}
}

// RollupIndicator describes one headline indicator of a roll-up.
type RollupIndicator struct {
	ID        string `json:"id"`
	Stage     string `json:"stage"` // "" for the stage scores and views
	Label     string `json:"label"`
	Unit      string `json:"unit"`
	Direction string `json:"direction"`
}

// Totals are the sums that add up across accounts (reach and followers never
// do: the same person is reached by, and follows, several accounts).
type Totals struct {
	Posts        float64 `json:"posts"`
	Views        float64 `json:"views"`
	Interactions float64 `json:"interactions"`
	Comments     float64 `json:"comments"`
	// Accounts counted in each sum (accounts without the value are left out).
	PostsN        int `json:"posts_accounts"`
	ViewsN        int `json:"views_accounts"`
	InteractionsN int `json:"interactions_accounts"`
	CommentsN     int `json:"comments_accounts"`
}

// Ranking orders the accounts with a value for one indicator, best first.
type Ranking struct {
	ID       string   `json:"id"`
	Ranked   []string `json:"ranked"`   // best first (by direction; ties by account)
	Unranked []string `json:"unranked"` // accounts without data, never ranked
}

// GroupSummary sums up the accounts of one group.
type GroupSummary struct {
	Group              string   `json:"group"`
	Accounts           int      `json:"accounts"`
	Built              int      `json:"built"`
	Totals             Totals   `json:"totals"`
	MedianPostsPerWeek *float64 `json:"median_posts_per_week"`
	MedianER           *float64 `json:"median_er_reach"`
	MedianOverall      *float64 `json:"median_overall_score"`
}

// Collaboration counts what links two accounts of a roll-up in the period:
// From's content exports list To's posts as collaboration rows, and From's
// own posts mention @To.
type Collaboration struct {
	From     string `json:"from"`
	To       string `json:"to"`
	Collabs  int    `json:"collab_rows"`
	Mentions int    `json:"mentions"`
}

// RollupMeta is what the roll-up's cover shows.
type RollupMeta struct {
	Title        string        `json:"title"`
	Organization string        `json:"organization"`
	Language     string        `json:"language"`
	ReportDate   Date          `json:"report_date"`
	Version      string        `json:"version"`
	Signatory    *Signatory    `json:"signatory,omitempty"`
	Targets      []TargetEntry `json:"-"`
}

// Rollup is the computed roll-up that every roll-up output renders.
type Rollup struct {
	Meta           RollupMeta
	Period         PeriodInfo
	Previous       *PeriodInfo
	Stages         []RollupIndicator // the framework's stages: ID and Label
	Indicators     []RollupIndicator // the headline indicators, in table order
	Accounts       []RollupAccount   // in accounts: order, then path
	Totals         Totals
	Rankings       []Ranking // one per headline indicator with a direction
	Groups         []GroupSummary
	Collaborations []Collaboration
}

// Account returns the account named name, or nil.
func (r *Rollup) Account(name string) *RollupAccount {
	for i := range r.Accounts {
		if r.Accounts[i].Account == name {
			return &r.Accounts[i]
		}
	}
	return nil
}
