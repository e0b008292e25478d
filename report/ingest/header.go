package ingest

import (
	"sort"
	"strings"
)

// alias lists the header names (normalised) of one canonical column, in
// priority order: when two are present the first wins.
type alias struct {
	canon   string
	headers []string
}

// columns maps canonical names to column indexes of a header record.
type columns map[string]int

// has reports whether canonical column name exists.
func (m columns) has(name string) bool { _, ok := m[name]; return ok }

// get returns the trimmed cell of canonical column name ("" when absent).
func (m columns) get(r Record, name string) string {
	i, ok := m[name]
	if !ok {
		return ""
	}
	return r.Get(i)
}

// mapColumns maps a header record through user columns (canonical ->
// header) and then the alias table. It returns the map, the normalised
// header names, and the 1-based column of the first duplicate header (0
// when none).
func mapColumns(header Record, user map[string]string, table []alias) (columns, []string, int) {
	norm := make([]string, len(header.Fields))
	pos := map[string]int{}
	dup := 0
	for i, h := range header.Fields {
		n := normHeader(h)
		norm[i] = n
		if n == "" {
			continue
		}
		if _, seen := pos[n]; seen {
			if dup == 0 {
				dup = i + 1
			}
			continue
		}
		pos[n] = i
	}
	m := columns{}
	taken := map[int]bool{}
	// user mapping first, in a stable order
	keys := make([]string, 0, len(user))
	for k := range user {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, canon := range keys {
		if i, ok := pos[normHeader(user[canon])]; ok {
			m[canon] = i
			taken[i] = true
		}
	}
	for _, a := range table {
		if m.has(a.canon) {
			continue
		}
		for _, h := range a.headers {
			if i, ok := pos[h]; ok && !taken[i] {
				m[a.canon] = i
				taken[i] = true
				break
			}
		}
	}
	return m, norm, dup
}

// hasAll reports whether every normalised header name is present.
func hasAll(norm []string, names ...string) bool {
	for _, n := range names {
		found := false
		for _, h := range norm {
			if h == n {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hasAny reports whether any of names is present.
func hasAny(norm []string, names ...string) bool {
	for _, n := range names {
		if hasAll(norm, n) {
			return true
		}
	}
	return false
}

// wrappedLine reports a header damaged by an Excel re-save: the whole line
// sits in one cell that itself holds delimiters and doubled quotes.
func wrappedLine(r Record) bool {
	ne := r.NonEmpty()
	if len(ne) != 1 {
		return false
	}
	s := ne[0]
	return strings.Count(s, ",")+strings.Count(s, ";")+strings.Count(s, "\t") >= 3 &&
		(strings.Contains(s, `,"`) || strings.Contains(s, `;"`) || strings.Count(s, ",") >= 5)
}
