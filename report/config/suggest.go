package config

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report/textdist"
)

// Nearest returns up to max candidates close to s, nearest first (ties in
// candidate order): those whose edit distance to s (case-insensitive) is at
// most a third of s's length (at least 2), and those whose part after the
// last '.' equals s (so "posts_per_week" finds "share.posts_per_week").
func Nearest(s string, candidates []string, max int) []string {
	type scored struct {
		name string
		dist int
		idx  int
	}
	ls := strings.ToLower(s)
	limit := len([]rune(ls)) / 3
	if limit < 2 {
		limit = 2
	}
	var found []scored
	for i, c := range candidates {
		lc := strings.ToLower(c)
		d := textdist.Distance(ls, lc)
		if j := strings.LastIndexByte(lc, '.'); j >= 0 && lc[j+1:] == ls {
			d = 0
		}
		if d <= limit {
			found = append(found, scored{c, d, i})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].dist < found[j].dist })
	var out []string
	for _, f := range found {
		if len(out) == max {
			break
		}
		out = append(out, f.name)
	}
	return out
}
