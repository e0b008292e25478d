package notes

import "github.com/rapor-id/rapor/report"

// CheckIDs reports duplicate note ids across files: an error at the `id:`
// key of the second (and any later) occurrence, naming the file and the
// `id:` line of the first. notes are taken in the order given (callers pass
// files in path order). A note without an id position (from QDA coding) is
// placed at its own line.
func CheckIDs(notes []*report.Note) report.Problems {
	var ps report.Problems
	first := map[string]*report.Note{}
	for _, n := range notes {
		if n == nil || n.ID == "" {
			continue
		}
		if f, dup := first[n.ID]; dup {
			line, col := idPos(n)
			fline, _ := idPos(f)
			ps.Add(report.Errorf(n.File, line, col, "notes.duplicate_id", n.ID, f.File, fline))
			continue
		}
		first[n.ID] = n
	}
	return ps
}

// idPos is where n's id is written: its `id:` key, else its first line.
func idPos(n *report.Note) (line, col int) {
	if n.IDLine > 0 {
		return n.IDLine, n.IDCol
	}
	return n.Line, 0
}
