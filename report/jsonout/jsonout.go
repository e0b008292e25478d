// Package jsonout writes indicators.json (schema rapor.indicators/v1), the
// canonical machine-readable form of a report.
package jsonout

import (
	"encoding/json"
	"io"

	"github.com/rapor-id/rapor/report"
)

// Schema is the schema id written into every file.
const Schema = "rapor.indicators/v1"

type doc struct {
	Schema      string                `json:"schema"`
	Version     string                `json:"version"`
	Language    string                `json:"language"`
	Period      report.PeriodInfo     `json:"period"`
	Previous    *report.PeriodInfo    `json:"previous_period"`
	Indicators  []report.Result       `json:"indicators"`
	StageScores report.StageScores    `json:"stage_scores"`
	Breakdowns  report.Breakdowns     `json:"breakdowns"`
	Monthly     []report.MonthResults `json:"monthly"`
	DataQuality []*report.FileReport  `json:"data_quality"`
}

// Write writes r as indicators.json: full-precision values, indented,
// deterministic (struct order; map keys sorted by encoding/json).
func Write(w io.Writer, r *report.Report) error {
	d := doc{Schema: Schema, Version: r.Meta.Version, Language: r.Meta.Language, Period: r.Period,
		Previous: r.Previous, Indicators: r.Indicators, StageScores: r.StageScores,
		Breakdowns: r.Breakdowns, Monthly: r.Monthly, DataQuality: r.DataQuality}
	if d.Monthly == nil {
		d.Monthly = []report.MonthResults{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(d)
}
