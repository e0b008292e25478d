package doc

// RollupBook is the data of the roll-up workbook's sheets (report.xlsx of
// a roll-up), decided by report/rollup: every title, column head, label and
// number. The tables the roll-up's document also shows are the same tables
// (the posts-per-week × ER data, the stage-score map, the rankings, the
// groups, the collaborations, the failed accounts and the methodology);
// the rest is what only the workbook shows (the summary's facts as numbers,
// the totals with the accounts each counts, and every account with its
// previous values, status and report link). The workbook writer adds the
// sheet layout only: sheet names, styles, number formats from the units,
// widths, Excel tables and native charts.
//
// Every number is a Value with its raw number and unit (stage and overall
// scores in UnitScore, 0..1); every code is already a label.
type RollupBook struct {
	Title        string `json:"title"`        // roll-up title, the summary's title
	Organization string `json:"organization"` // organisation name, for the document properties
	Version      string `json:"version"`      // rapor version, for the document properties ("" for a development build)
	Period       string `json:"period"`       // period id ("2026-10"), for the document properties
	ReportDate   Value  `json:"report_date"`  // UnitDate, for the document properties; Raw nil when unset
	// Facts are the facts under the summary's title (organisation, period,
	// comparison period, accounts, accounts built).
	Facts []Item `json:"facts"`
	// Totals are the quantities that add up, each with the accounts it
	// counts; the note says what is never summed.
	Totals RollupTable `json:"totals"`
	// Scatter is every built account's posts per week and ER (the data of
	// the summary's scatter chart).
	Scatter RollupTable `json:"scatter"`
	// Accounts is one row per account: every headline indicator now and in
	// the previous period, the stage scores, the status, the link to the
	// account's own report and its error.
	Accounts RollupTable `json:"accounts"`
	// Heatmap is the stage scores of the built accounts.
	Heatmap RollupTable `json:"heatmap"`
	// RankingsTitle heads the rankings; Rankings are one ranked table per
	// indicator, its notes naming the accounts without data.
	RankingsTitle string        `json:"rankings_title"`
	Rankings      []RollupTable `json:"rankings"`
	Groups        RollupTable   `json:"groups"`
	// Collaborations are the links between the accounts (no rows when
	// there are none), with the note on how they are counted.
	Collaborations RollupTable `json:"collaborations"`
	// Failed are the accounts that could not be built (no rows when all
	// were).
	Failed RollupTable `json:"failed"`
	// Method is the methodology as labelled texts.
	Method []Fact `json:"methodology"`
}

// RollupTable is one table of the roll-up workbook: its title
// (Caption.Title), column heads and rows, and the notes under it. A table
// the roll-up's document also shows keeps that table's caption.
type RollupTable struct {
	Table
	Notes []string `json:"notes,omitempty"`
}
