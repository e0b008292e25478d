package rollup

import (
	"encoding/json"
	"io"

	"github.com/rapor-id/rapor/report"
)

// Schema is the schema id of the roll-up's indicators.json.
const Schema = "rapor.rollup/v1"

type jsonDoc struct {
	Schema         string                   `json:"schema"`
	Version        string                   `json:"version"`
	Language       string                   `json:"language"`
	Title          string                   `json:"title"`
	Organization   string                   `json:"organization"`
	Period         report.PeriodInfo        `json:"period"`
	Previous       *report.PeriodInfo       `json:"previous_period"`
	Indicators     []report.RollupIndicator `json:"headline"`
	Accounts       []report.RollupAccount   `json:"accounts"`
	Totals         report.Totals            `json:"totals"`
	Rankings       map[string][]string      `json:"rankings"`
	Unranked       map[string][]string      `json:"unranked"`
	Groups         []report.GroupSummary    `json:"groups"`
	Collaborations []report.Collaboration   `json:"collaborations"`
}

// WriteJSON writes the roll-up's indicators.json (schema rapor.rollup/v1):
// full-precision values copied from each account's own indicators.json,
// deterministic (struct order; map keys sorted by encoding/json).
func WriteJSON(w io.Writer, ru *report.Rollup) error {
	d := jsonDoc{Schema: Schema, Version: ru.Meta.Version, Language: ru.Meta.Language, Title: ru.Meta.Title,
		Organization: ru.Meta.Organization, Period: ru.Period, Previous: ru.Previous, Indicators: ru.Indicators,
		Accounts: ru.Accounts, Totals: ru.Totals, Rankings: map[string][]string{}, Unranked: map[string][]string{},
		Groups: ru.Groups, Collaborations: ru.Collaborations}
	for _, r := range ru.Rankings {
		d.Rankings[r.ID] = r.Ranked
		d.Unranked[r.ID] = r.Unranked
	}
	if d.Accounts == nil {
		d.Accounts = []report.RollupAccount{}
	}
	if d.Collaborations == nil {
		d.Collaborations = []report.Collaboration{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(d)
}
