// Package qual gathers the qualitative evidence of the notes per
// sub-component and sets it beside the indicators (SPEC §5): the quotes,
// observations and documents of each sub-component, the researcher's
// verdicts, the triangulation matrix, code frequencies and the codes ×
// informants table.
package qual

import (
	"sort"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/notes"
	"github.com/rapor-id/rapor/report/privacy"
)

// Qual is the qualitative part of a report.
type Qual struct {
	Evidence       []report.Evidence      // one per sub-component, in framework order
	Triangulation  []report.TriRow        // one per sub-component, in framework order
	CodeFreq       []report.Count         // coded segments per code, every code, in framework order
	CodeInformants []report.CodeInformant // interview segments per code × informant: the full grid
}

// Build gathers evidence per sub-component (framework order), the
// triangulation matrix, code frequencies (per code) and the codes ×
// informants table.
//
// Free texts (quotes, observation settings, observers, document titles,
// roles) are copied as they are: the assembler (report/project) redacts the
// whole Report in one place. Informants appear only as
// pseud[name] (a name missing from pseud gets a generated pseudonym, never
// the name), and roles are generalised (privacy.GeneralRole) when
// generalizeRoles. A segment with several codes counts once for each code.
//
// Within a sub-component, items are ordered by note date, then file, then
// position in the file. In the triangulation matrix, "with a target" counts
// the sub-component's indicators whose status is met or not_met: an
// indicator with a target but no value (no_data) cannot confirm or
// contradict the notes, so it is left out of both numbers. The verdict is the
// most frequent assessment over all the sub-component's segments and
// entries; a tie goes to the less favourable (tidak_ada < belum_optimal <
// optimal); no assessment gives no verdict. CodeInformants holds every code ×
// informant pair (zeros included) with codes in framework order and
// informants in natural order of their labels (Informan 2 before
// Informan 10).
func Build(fw *report.Framework, ns []*report.Note, results []report.Result, pseud map[string]string,
	generalizeRoles bool, lang string) Qual {
	var q Qual
	if fw == nil {
		return q
	}
	codes := fw.Codes()
	ordered := sortNotes(ns)
	who := informantLabels(ordered, pseud, lang)

	ev := make(map[string]*report.Evidence, len(codes))
	for _, code := range codes {
		ev[code] = &report.Evidence{Code: code, Stage: report.StageOf(code), Label: subLabel(fw, code, lang),
			Interviews: []report.Quote{}, Observations: []report.Quote{}, Documents: []report.Quote{},
			Verdicts: map[string]int{}}
	}
	cells := map[[2]string]int{} // code, informant label -> interview segments
	for _, n := range chronological(ordered) {
		for _, seg := range n.Segments {
			for _, code := range seg.Codes {
				e := ev[code]
				if e == nil {
					continue
				}
				qt := quote(n, seg, who, generalizeRoles, lang)
				switch n.Kind {
				case notes.Interview:
					e.Interviews = append(e.Interviews, qt)
					cells[[2]string{code, qt.Who}]++
				case notes.Observation:
					e.Observations = append(e.Observations, qt)
				case notes.Document:
					e.Documents = append(e.Documents, qt)
				default:
					continue
				}
				if seg.Assessment != "" {
					e.Verdicts[seg.Assessment]++
				}
			}
		}
	}
	byID := map[string]*report.Result{}
	for i := range results {
		byID[results[i].ID] = &results[i]
	}
	for _, code := range codes {
		e := ev[code]
		e.Verdict = verdict(e.Verdicts)
		q.Evidence = append(q.Evidence, *e)
		q.CodeFreq = append(q.CodeFreq, report.Count{Name: code,
			Count: len(e.Interviews) + len(e.Observations) + len(e.Documents)})
		row := report.TriRow{Code: code, Stage: e.Stage, Label: e.Label, Indicators: []string{},
			Interviews: len(e.Interviews), Observations: len(e.Observations), Documents: len(e.Documents),
			Verdict: e.Verdict, Verdicts: copyCounts(e.Verdicts),
			Sources: []report.TriSource{sourceSummary(notes.Interview, e.Interviews),
				sourceSummary(notes.Observation, e.Observations), sourceSummary(notes.Document, e.Documents)}}
		for _, def := range fw.Indicators {
			if def.Subcomponent != code {
				continue
			}
			row.Indicators = append(row.Indicators, def.ID)
			if r := byID[def.ID]; r != nil {
				switch r.Status {
				case report.StatusMet:
					row.Met++
					row.WithTarget++
				case report.StatusNotMet, report.StatusNear:
					row.WithTarget++
				}
			}
		}
		row.Agreement = agreement(row.Met, row.WithTarget, row.Verdict, row.Sources)
		q.Triangulation = append(q.Triangulation, row)
	}
	for _, code := range codes {
		for _, label := range who.order {
			q.CodeInformants = append(q.CodeInformants, report.CodeInformant{Code: code, Informant: label,
				Count: cells[[2]string{code, label}]})
		}
	}
	return q
}

// quote builds the shown form of one segment of note n (informants as
// pseudonyms; free text not yet redacted).
func quote(n *report.Note, seg report.Segment, who *labels, generalizeRoles bool, lang string) report.Quote {
	q := report.Quote{NoteID: n.ID, Kind: n.Kind, Date: n.Date, Time: seg.Time,
		Text: seg.Text, Assessment: seg.Assessment}
	switch n.Kind {
	case notes.Interview:
		if n.Informant != nil {
			q.Who = who.of(n.Informant.Name)
			role := n.Informant.Role
			if generalizeRoles {
				role = privacy.GeneralRole(role, lang)
			}
			q.Role = role
		}
	case notes.Observation:
		q.Who = n.Observer
		q.Setting = n.Setting
	case notes.Document:
		q.Who = n.Title
	}
	return q
}

// verdict is the most frequent assessment; ties go to the less favourable.
func verdict(counts map[string]int) string {
	best, bestN := "", 0
	for _, a := range notes.Assessments { // least favourable first
		if counts[a] > bestN {
			best, bestN = a, counts[a]
		}
	}
	return best
}

func copyCounts(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func subLabel(fw *report.Framework, code string, lang string) string {
	for _, st := range fw.Stages {
		for _, sc := range st.Subcomponents {
			if st.ID+"."+sc.ID == code {
				return sc.Label.In(lang)
			}
		}
	}
	return code
}

// sortNotes returns the notes sorted by (File, Index), nil notes left out.
func sortNotes(ns []*report.Note) []*report.Note {
	out := make([]*report.Note, 0, len(ns))
	for _, n := range ns {
		if n != nil {
			out = append(out, n)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Index < out[j].Index
	})
	return out
}

// chronological orders notes already sorted by (File, Index) by date, stably.
func chronological(ordered []*report.Note) []*report.Note {
	out := append([]*report.Note(nil), ordered...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// labels maps informant names to their shown labels.
type labels struct {
	byName map[string]string
	order  []string // distinct labels in natural order (Informan 2 before Informan 10)
}

func (l *labels) of(name string) string { return l.byName[name] }

// informantLabels resolves every informant name through pseud; names pseud
// lacks get the pseudonym privacy.Pseudonyms would give them, so a name
// never leaks.
func informantLabels(ordered []*report.Note, pseud map[string]string, lang string) *labels {
	l := &labels{byName: map[string]string{}}
	var fallback map[string]string
	seen := map[string]bool{}
	for _, n := range ordered {
		if n.Kind != notes.Interview || n.Informant == nil {
			continue
		}
		name := n.Informant.Name
		label, ok := pseud[name]
		if !ok || label == "" {
			if fallback == nil {
				fallback = privacy.Pseudonyms(ordered, true, lang)
			}
			label = fallback[name]
		}
		l.byName[name] = label
		if !seen[label] {
			seen[label] = true
			l.order = append(l.order, label)
		}
	}
	// Informants read in natural order (Informan 1, 2, … 10), everywhere.
	sort.SliceStable(l.order, func(i, j int) bool { return report.NaturalLess(l.order[i], l.order[j]) })
	return l
}
