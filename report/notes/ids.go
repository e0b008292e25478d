package notes

import "github.com/rapor-id/rapor/report"

// CheckIDs reports duplicate note ids across files: an error at the second
// (and any later) occurrence, naming the file and line of the first. notes
// are taken in the order given (callers pass files in path order).
func CheckIDs(notes []*report.Note) report.Problems {
	var ps report.Problems
	first := map[string]*report.Note{}
	for _, n := range notes {
		if n == nil || n.ID == "" {
			continue
		}
		if f, dup := first[n.ID]; dup {
			ps.Add(report.Errorf(n.File, n.Line, 0, "notes.duplicate_id", n.ID, f.File, f.Line))
			continue
		}
		first[n.ID] = n
	}
	return ps
}
