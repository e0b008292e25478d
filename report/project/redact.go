package project

import (
	"sort"

	"github.com/rapor-id/rapor/report"
)

// redactReport is rapor's one redaction boundary: every free text of r that
// came from a user's file (captions, categories, hashtags, quotes, note ids,
// observers, settings, document titles, roles, narratives, event labels,
// file paths, warnings, findings) passes red once, here, before any writer
// sees the Report. Compute and qual copy free text as they find it, so this
// is the single place to check that no unredacted text reaches an output.
func redactReport(r *report.Report, red func(string) string) {
	b := &r.Breakdowns
	for _, gs := range [][]report.GroupStat{b.FormatMix, b.ERByFormat, b.ERByCategory} {
		for i := range gs {
			gs[i].Name = red(gs[i].Name)
		}
	}
	redactPosts(b.TopPosts, red)
	redactPosts(b.BottomPosts, red)
	redactPosts(r.Posts, red)
	for i := range b.SpikeDays {
		redactPosts(b.SpikeDays[i].Posts, red)
	}
	for i := range b.Hashtags {
		b.Hashtags[i].Tag = red(b.Hashtags[i].Tag)
	}
	if b.Audience != nil {
		a := *b.Audience
		a.File = red(a.File)
		b.Audience = &a
	}
	b.CasesByCategory = redactCounts(b.CasesByCategory, red)
	b.CommentSentiment = redactCounts(b.CommentSentiment, red)
	b.CommentCategory = redactCounts(b.CommentCategory, red)
	for i := range r.Evidence {
		e := &r.Evidence[i]
		for _, qs := range [][]report.Quote{e.Interviews, e.Observations, e.Documents} {
			for j := range qs {
				q := &qs[j]
				q.NoteID, q.Who, q.Role, q.Setting, q.Text = red(q.NoteID), red(q.Who), red(q.Role), red(q.Setting), red(q.Text)
			}
		}
	}
	for i := range r.Triangulation {
		for j := range r.Triangulation[i].Sources {
			s := &r.Triangulation[i].Sources[j]
			s.KeyQuote = red(s.KeyQuote) // a note id, redacted like the quotes' ids
		}
	}
	for i := range r.Narratives {
		r.Narratives[i].Path = red(r.Narratives[i].Path)
		r.Narratives[i].Markdown = red(r.Narratives[i].Markdown)
	}
	if m := r.MethodText; m != nil {
		m.Path, m.Markdown = red(m.Path), red(m.Markdown)
	}
	for i, f := range r.DataQuality {
		c := *f
		c.Path = red(f.Path)
		c.Warnings = make([]string, len(f.Warnings))
		for j, w := range f.Warnings {
			c.Warnings[j] = red(w)
		}
		r.DataQuality[i] = &c
	}
	for i := range r.Inputs {
		r.Inputs[i].Path = red(r.Inputs[i].Path)
	}
	for i := range r.Meta.Events {
		r.Meta.Events[i].Label = red(r.Meta.Events[i].Label)
	}
	for i := range r.MethodNotes {
		r.MethodNotes[i] = red(r.MethodNotes[i])
	}
	for i := range r.Findings {
		r.Findings[i] = red(r.Findings[i])
	}
}

// redactPosts redacts the caption and category of each row.
func redactPosts(rows []report.PostRow, red func(string) string) {
	for i := range rows {
		rows[i].Caption = red(rows[i].Caption)
		rows[i].Category = red(rows[i].Category)
	}
}

// redactCounts redacts labelled counts; labels that become equal are merged
// and the list is ordered again by count (descending), then label.
func redactCounts(cs []report.Count, red func(string) string) []report.Count {
	if cs == nil {
		return nil
	}
	at := map[string]int{}
	out := make([]report.Count, 0, len(cs))
	for _, c := range cs {
		name := red(c.Name)
		if i, ok := at[name]; ok {
			out[i].Count += c.Count
			continue
		}
		at[name] = len(out)
		out = append(out, report.Count{Name: name, Count: c.Count})
	}
	if len(out) < len(cs) {
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Count != out[j].Count {
				return out[i].Count > out[j].Count
			}
			return out[i].Name < out[j].Name
		})
	}
	return out
}
