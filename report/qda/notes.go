package qda

import (
	"path"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Notes turns the coded selections of p (after Resolve) into notes, one
// per source with at least one segment. shown names the file (Note.File and
// problems). Selections of one source with the same range are one segment
// (NVivo writes the range once per code); a segment carries every framework
// code its codings map to and the rating of a rating-named code or
// variable. Each item (a coded selection; a CSV row) is used or skipped
// with a reason: no_source_text, out_of_range, splits_character,
// empty_text, ignored_code, rating_only, unmapped_code.
func Notes(p *Project, shown string, m *Mapping) *Outcome {
	out := &Outcome{Skipped: map[string]int{}}
	ix := newCodeIndex(p, m)
	unmapped := map[string]int{}
	stem := strings.TrimSuffix(path.Base(shown), path.Ext(shown))
	for si, src := range p.Sources {
		meta := m.sourceMeta(p, src, &out.Problems)
		n := &report.Note{Kind: meta.kind, ID: src.Name, Date: meta.date, File: shown, Index: si, Line: src.Line}
		switch n.Kind {
		case "interview":
			n.Informant = &report.Informant{Name: meta.informant, Role: meta.role}
			if meta.fromName {
				n.ID = stem + "#" + strconv.Itoa(si+1) // the source name may be a person's name
			}
		case "observation":
			n.Observer = meta.informant
		case "document":
			n.Title = meta.title
		}
		for _, g := range groups(src) {
			seg, reason := ix.segment(g, unmapped)
			items := g.items()
			out.Items += items
			if reason != "" {
				out.Skipped[reason] += items
				if key, bad := badSelection[reason]; bad {
					out.Bad += items
					out.Problems.Add(report.Warnf(p.Where, g[0].Line, 0, key, src.Name, g[0].Start, g[0].End))
				}
				continue
			}
			if seg.Assessment == "" {
				seg.Assessment = meta.rating
			}
			out.Used += items
			n.Segments = append(n.Segments, seg)
		}
		if len(n.Segments) > 0 {
			out.Notes = append(out.Notes, n)
		}
	}
	lines := map[string]int{}
	p.Walk(func(c *Code) {
		if _, ok := lines[c.Path]; !ok {
			lines[c.Path] = c.Line
		}
	})
	out.Unmapped = sortedUnmapped(m.Framework, unmapped, lines)
	return out
}

// badSelection maps the skip reasons that mean a broken file to their
// warning.
var badSelection = map[string]string{
	"out_of_range":     "qda.selection_out_of_range",
	"splits_character": "qda.selection_splits_character",
}

// group is the selections of one source with the same range.
type group []*Selection

// items counts the rows (CSV) or selections in the group.
func (g group) items() int {
	n := 0
	for _, s := range g {
		n += max(1, len(s.Rows))
	}
	return n
}

// groups returns the coded selections of src grouped by range, in order of
// first appearance. CSV selections are never grouped (they have no range).
func groups(src *Source) []group {
	var out []group
	at := map[[2]int]int{}
	for _, sel := range src.Selections {
		if len(sel.CodeGUIDs)+len(sel.CodeNames) == 0 {
			continue
		}
		if sel.CodeNames != nil {
			out = append(out, group{sel})
			continue
		}
		key := [2]int{sel.Start, sel.End}
		if i, ok := at[key]; ok {
			out[i] = append(out[i], sel)
			continue
		}
		at[key] = len(out)
		out = append(out, group{sel})
	}
	return out
}

// segment maps a group's codes; reason is set when it yields no segment.
func (ix *codeIndex) segment(g group, unmapped map[string]int) (report.Segment, string) {
	first := g[0]
	var seg report.Segment
	seg.Line = first.Line
	if first.Skip != "" {
		return seg, first.Skip
	}
	ignored, rated := false, false
	for _, sel := range g {
		for _, c := range ix.codesOf(sel) {
			if c == nil {
				unmapped["(code not in the codebook)"]++
				continue
			}
			t := ix.of(c)
			switch {
			case t.code != "":
				if !contains(seg.Codes, t.code) {
					seg.Codes = append(seg.Codes, t.code)
				}
			case t.rating != "":
				seg.Assessment, rated = t.rating, true
			case t.ignore:
				ignored = true
			default:
				unmapped[c.Path]++
			}
		}
	}
	seg.Text = strings.TrimSpace(first.Quote)
	switch {
	case len(seg.Codes) == 0 && rated:
		return seg, "rating_only"
	case len(seg.Codes) == 0 && ignored:
		return seg, "ignored_code"
	case len(seg.Codes) == 0:
		return seg, "unmapped_code"
	case seg.Text == "":
		return seg, "empty_text"
	}
	return seg, ""
}

// codesOf returns the codes of a selection (nil for a reference to no code).
func (ix *codeIndex) codesOf(sel *Selection) []*Code {
	var out []*Code
	for _, g := range sel.CodeGUIDs {
		out = append(out, ix.byGUID[strings.ToLower(g)])
	}
	for _, p := range sel.CodeNames {
		out = append(out, ix.byPath[p])
	}
	return out
}

// CheckTargets reports codes: targets that are neither a framework code
// nor ignore, at their place in rapor.yaml (m.Config).
func CheckTargets(m *Mapping) report.Problems {
	var ps report.Problems
	valid := map[string]bool{Ignore: true}
	if m.Framework != nil {
		for _, c := range m.Framework.Codes() {
			valid[c] = true
		}
	}
	for _, e := range m.Codes {
		if !valid[e.Code] {
			ps.Add(report.Errorf(m.Config, e.Pos.Line, e.Pos.Col, "qda.bad_code_target", e.Code, e.Path))
		}
	}
	return ps
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
