package project

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/privacy"
)

// fillStrings sets every reachable string of v to s, and gives every slice
// one element and every map and pointer a value, so that each field of the
// Report holds the name.
func fillStrings(v reflect.Value, s string, depth int) {
	if depth > 8 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillStrings(v.Elem(), s, depth+1)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fillStrings(v.Field(i), s, depth+1)
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := 0; i < v.Len(); i++ {
			fillStrings(v.Index(i), s, depth+1)
		}
	case reflect.Map:
		if v.Type().Key().Kind() == reflect.String && v.Type().Elem().Kind() != reflect.String {
			m := reflect.MakeMap(v.Type())
			e := reflect.New(v.Type().Elem()).Elem()
			fillStrings(e, s, depth+1)
			m.SetMapIndex(reflect.ValueOf("key"), e)
			v.Set(m)
		}
	}
}

// stringsWith returns the paths of every string of v that contains sub
// (case-insensitively).
func stringsWith(v reflect.Value, path, sub string, out *[]string) {
	switch v.Kind() {
	case reflect.String:
		if strings.Contains(strings.ToLower(v.String()), strings.ToLower(sub)) {
			*out = append(*out, path)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			stringsWith(v.Elem(), path, sub, out)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				stringsWith(v.Field(i), path+"."+v.Type().Field(i).Name, sub, out)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			stringsWith(v.Index(i), path+"[]", sub, out)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			stringsWith(v.MapIndex(k), path+"{}", sub, out)
		}
	}
}

// notUserText are the Report's strings that never hold text from a user's
// file: codes, ids, units, statuses, hashes, labels from the framework or
// the catalogues, and the cover settings of rapor.yaml. Every other string
// must pass redactReport; a new free-text field fails this test until it
// is redacted (or, if it is not user text, listed here).
var notUserText = map[string]bool{
	".Meta.Title": true, ".Meta.Organization": true, ".Meta.Account": true, ".Meta.Language": true,
	".Meta.Timezone": true, ".Meta.ExportTZ": true, ".Meta.Version": true, ".Meta.LogoDataURI": true,
	".Meta.Letterhead.Address": true, ".Meta.Letterhead.Lines[]": true, ".Meta.Letterhead.Logo": true,
	".Meta.Method.Analysis": true, ".Meta.Method.Collection[]": true, ".Meta.Method.Design": true,
	".Meta.Method.InformantSelection": true, ".Meta.Method.Paradigm": true, ".Meta.Method.Text": true,
	".Meta.Signatory.Name": true, ".Meta.Signatory.Title": true, ".Meta.Signatory.NIP": true, ".Meta.Signatory.Place": true,
	".Period.ID": true, ".Period.Timezone": true, ".Previous.ID": true, ".Previous.Timezone": true,
	".Indicators[].ID": true, ".Indicators[].Stage": true, ".Indicators[].Subcomponent": true,
	".Indicators[].Label": true, ".Indicators[].Reason": true, ".Indicators[].ValueLabel": true,
	".Indicators[].Display": true, ".Indicators[].Unit": true, ".Indicators[].Direction": true,
	".Indicators[].Note": true, ".Indicators[].PreviousReason": true, ".Indicators[].PreviousLabel": true,
	".Indicators[].Status": true, ".Indicators[].Formula": true,
	".Breakdowns.TopPosts[].Key": true, ".Breakdowns.TopPosts[].Type": true, ".Breakdowns.TopPosts[].Published": true,
	".Breakdowns.TopPosts[].Permalink": true,
	".Breakdowns.BottomPosts[].Key":    true, ".Breakdowns.BottomPosts[].Type": true, ".Breakdowns.BottomPosts[].Published": true,
	".Breakdowns.BottomPosts[].Permalink": true,
	".Posts[].Key":                        true, ".Posts[].Type": true, ".Posts[].Published": true, ".Posts[].Permalink": true,
	".Breakdowns.ResponseTimes[].Name": true,
	".Breakdowns.ERVariants[].ID":      true, ".Breakdowns.ERVariants[].Label": true, ".Breakdowns.SpikeDays[].Metric": true,
	".Breakdowns.SpikeDays[].Posts[].Key": true, ".Breakdowns.SpikeDays[].Posts[].Permalink": true,
	".Breakdowns.SpikeDays[].Posts[].Published": true, ".Breakdowns.SpikeDays[].Posts[].Type": true,
	".Breakdowns.Audience.AgeGender[].Age": true, ".Breakdowns.Audience.AgeGender[].Gender": true,
	".Breakdowns.Audience.Ages[].Name": true, ".Breakdowns.Audience.Genders[].Name": true,
	".Breakdowns.Audience.Cities[].Name": true, ".Breakdowns.Audience.Countries[].Name": true,
	".Monthly[].Period.ID": true, ".Monthly[].Period.Timezone": true,
	".DataQuality[].Kind": true, ".DataQuality[].Preset": true, ".DataQuality[].Encoding": true,
	".DataQuality[].CoverageFrom":       true, // covers | file_name | rows
	".Breakdowns.SeriesTotals[].Metric": true,
	".DataQuality[].Delimiter":          true, ".DataQuality[].SHA256": true,
	".Inputs[].Kind": true, ".Inputs[].SHA256": true,
	".Evidence[].Code": true, ".Evidence[].Stage": true, ".Evidence[].Label": true, ".Evidence[].Verdict": true,
	".Evidence[].Interviews[].Kind": true, ".Evidence[].Interviews[].Time": true, ".Evidence[].Interviews[].Assessment": true,
	".Evidence[].Observations[].Kind": true, ".Evidence[].Observations[].Time": true, ".Evidence[].Observations[].Assessment": true,
	".Evidence[].Documents[].Kind": true, ".Evidence[].Documents[].Time": true, ".Evidence[].Documents[].Assessment": true,
	".Triangulation[].Code": true, ".Triangulation[].Stage": true, ".Triangulation[].Label": true,
	".Triangulation[].Indicators[]": true, ".Triangulation[].Verdict": true,
	".CodeFreq[].Name": true, ".CodeInformants[].Code": true, ".CodeInformants[].Informant": true,
	".Narratives[].Stage": true, ".Narratives[].Lang": true, ".MethodText.Stage": true, ".MethodText.Lang": true,
	".Triangulation[].Agreement": true, ".Triangulation[].Sources[].Kind": true, ".Triangulation[].Sources[].Verdict": true,
}

// TestRedactReportCoversEveryFreeText fills every string of a Report with
// a name, passes it through the one redaction boundary, and finds the name
// only in the fields listed as not user text.
func TestRedactReportCoversEveryFreeText(t *testing.T) {
	var r report.Report
	fillStrings(reflect.ValueOf(&r).Elem(), "Bersama Budi Santoso", 0)
	r.Framework = nil // the framework is not user text of a project file
	red := privacy.NewRedactor([]string{"Budi Santoso"}, "id")
	redactReport(&r, red.Redact)
	var left []string
	stringsWith(reflect.ValueOf(r), "", "Budi", &left)
	sort.Strings(left)
	for _, p := range left {
		if !notUserText[strings.Replace(p, ".Monthly[].Indicators[]", ".Indicators[]", 1)] {
			t.Errorf("%s is not redacted", p)
		}
	}
	if red.Count() == 0 {
		t.Error("nothing was redacted")
	}
}

// TestRedactCountsMerges checks that labels equal after redaction merge.
func TestRedactCountsMerges(t *testing.T) {
	red := privacy.NewRedactor([]string{"Budi", "Siti"}, "id")
	got := redactCounts([]report.Count{{Name: "aduan", Count: 3}, {Name: "budi", Count: 2}, {Name: "siti", Count: 2}}, red.Redact)
	want := []report.Count{{Name: "[disamarkan]", Count: 4}, {Name: "aduan", Count: 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
