package notes

import (
	"strings"

	"github.com/rapor-id/rapor/report/textdist"
)

// maxSuggestions caps the codes suggested for an unknown code.
const maxSuggestions = 3

// Nearest returns the valid codes nearest to an unknown code, in the order of
// valid (framework order): those at the smallest distance, at most 3.
// Comparison ignores case. The distance to a valid code is the smallest of:
// the edit distance of the whole codes ("manage.quick_respons"); without a
// stage, the edit distance to the sub-component id plus one
// ("quick_response"); and 2 when the written sub-component id (4 letters or
// more) lies inside the valid one or the other way round ("share.trust" →
// "share.build_trust"). Codes farther than half the written code's length
// are never suggested: that would be a guess, not a typo.
func Nearest(code string, valid []string) []string {
	low := strings.ToLower(strings.TrimSpace(code))
	limit := len([]rune(low)) / 2
	best := -1
	var out []string
	for _, v := range valid {
		d := distance(low, v)
		if d > limit {
			continue
		}
		switch {
		case best < 0 || d < best:
			best, out = d, []string{v}
		case d == best:
			out = append(out, v)
		}
	}
	if len(out) > maxSuggestions {
		out = out[:maxSuggestions]
	}
	return out
}

func distance(low, v string) int {
	d := textdist.Distance(low, v)
	sub, vsub := low, v
	if i := strings.IndexByte(v, '.'); i >= 0 {
		vsub = v[i+1:]
	}
	if i := strings.IndexByte(low, '.'); i >= 0 {
		sub = low[i+1:]
	} else {
		d = min(d, textdist.Distance(low, vsub)+1)
	}
	if len(sub) >= 4 && len(vsub) >= 4 && (strings.Contains(vsub, sub) || strings.Contains(sub, vsub)) {
		d = min(d, 2)
	}
	return d
}
