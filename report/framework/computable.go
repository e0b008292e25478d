package framework

import "github.com/rapor-id/rapor/report"

// Computable returns the ids of the indicators rapor computes: those of the
// embedded framework file (luttrell.yaml), in its order. The YAML is the one
// list of indicator ids; compute's registry holds a function for each (a
// test in report/compute checks that the two agree). A framework file may
// list a subset of them in any order, but no other id.
func Computable() []string {
	fw, ps := parsedEmbedded() // read only
	if len(ps) > 0 || fw == nil {
		return nil // the embedded file is checked by this package's tests
	}
	ids := make([]string, len(fw.Indicators))
	for i, d := range fw.Indicators {
		ids[i] = d.ID
	}
	return ids
}

// StageIDs are the stage ids a framework may use (the stage scores are
// computed for these four), in Luttrell's order: report.StageIDs.
var StageIDs = report.StageIDs()

// Units are the indicator units, which decide how values are displayed.
var Units = []string{"count", "per_week", "per_day", "ratio", "days", "hours", "pp", "per_1k"}

// Directions are the indicator directions: which way is better.
var Directions = []string{"higher", "lower", "none"}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
