package project

import (
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/privacy"
	"github.com/rapor-id/rapor/report/qual"
)

// TestExampleCodedInterview: the example's .qdpx interview (W5) becomes a
// note beside the YAML notes, with its informant from the case variables,
// its date from a source variable, codes mapped by label, id and codes:,
// one selection ignored, and its segments counted in the triangulation
// exactly as YAML segments are.
func TestExampleCodedInterview(t *testing.T) {
	p := Load("../../data/example", Options{Env: func(string) string { return "" }})
	if p.Data == nil || p.Problems.Errors() > 0 {
		t.Fatalf("load: %v", p.Problems)
	}
	var w5 *report.Note
	var yaml []*report.Note
	for _, n := range p.Data.Notes {
		if strings.HasSuffix(n.File, ".qdpx") {
			w5 = n
		} else {
			yaml = append(yaml, n)
		}
	}
	if w5 == nil || w5.ID != "W5" || w5.Kind != "interview" || w5.Date != report.NewDate(2026, 10, 21) ||
		w5.Informant == nil || w5.Informant.Name != "Dewi Kartika" || w5.Informant.Role != "Staf Humas Diskominfo" {
		t.Fatalf("W5 = %+v", w5)
	}
	var got []string
	for _, s := range w5.Segments {
		got = append(got, strings.Join(s.Codes, "+")+"/"+s.Assessment)
	}
	want := "share.participate/optimal manage.quick_response/belum_optimal manage.media_monitoring+share.build_trust/optimal engage.influencers_communities/"
	if strings.Join(got, " ") != want {
		t.Errorf("segments %v, want %s", got, want)
	}
	for _, f := range p.Data.Files {
		if f.Kind == report.KindQDPX && (f.RowsRead != 5 || f.RowsUsed != 4 || f.Skipped["ignored_code"] != 1 || f.Preset != "qdpx-qualcoder") {
			t.Errorf("file report %+v", f)
		}
	}
	build := func(ns []*report.Note) qual.Qual {
		return qual.Build(p.Framework, ns, nil, privacy.Pseudonyms(ns, true, "id"), false, "id")
	}
	all, without := build(p.Data.Notes), build(yaml)
	extra := map[string]int{}
	for _, s := range w5.Segments {
		for _, c := range s.Codes {
			extra[c]++
		}
	}
	for i, row := range all.Triangulation {
		if row.Interviews != without.Triangulation[i].Interviews+extra[row.Code] {
			t.Errorf("%s: %d interview segments with W5, %d without, W5 adds %d", row.Code, row.Interviews, without.Triangulation[i].Interviews, extra[row.Code])
		}
	}
	found := false
	for _, ci := range all.CodeInformants {
		if ci.Code == "engage.influencers_communities" && ci.Informant == "Informan 5" && ci.Count == 1 {
			found = true
		}
	}
	if !found {
		t.Error("W5's informant is not Informan 5 in the codes × informants table")
	}
}
