package config

import (
	"sort"
	"strings"
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
		d := distance(ls, lc)
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

// distance is the Levenshtein distance between a and b (in runes).
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
