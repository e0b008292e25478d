package html

import "github.com/rapor-id/rapor/report"

// homeHowWhen is the sub-component of the engagement-rate variants table.
const homeHowWhen = "engage.how_when"

// erVariantsTable sets the engagement-rate variants side by side.
func (b *builder) erVariantsTable() *table {
	vs := b.r.Breakdowns.ERVariants
	if len(vs) == 0 {
		return nil
	}
	t := &table{Caption: b.l.T("table.er_variants"), Head: []cell{textCell(b.l.T("col.indicator")),
		{Text: b.l.T("col.value"), Class: "num"}, {Text: b.l.T("col.n"), Class: "num"}}}
	for _, v := range vs {
		t.Rows = append(t.Rows, []cell{textCell(v.Label), numCell(b.l.val(v.Value, "ratio")), numCell(b.l.count(v.N))})
	}
	return t
}

// spikeTable lists the spike days with their value and the own posts of
// that day and the day before.
func (b *builder) spikeTable() *table {
	sd := b.r.Breakdowns.SpikeDays
	if len(sd) == 0 {
		return nil
	}
	t := &table{Caption: b.l.T("table.spike_days"), Head: []cell{textCell(b.l.T("col.date")), textCell(b.l.T("col.series")),
		{Text: b.l.T("col.value"), Class: "num"}, {Text: b.l.T("col.spike_median"), Class: "num"},
		{Text: b.l.T("col.spike_bound"), Class: "num"}, textCell(b.l.T("col.spike_posts"))}}
	for _, s := range sd {
		t.Rows = append(t.Rows, []cell{{Text: b.l.date(s.Date), Class: "nowrap"}, textCell(b.l.T("series." + s.Metric)),
			numCell(b.l.num(s.Value, 0)), numCell(b.l.num(s.Median, 1)), numCell(b.l.num(s.Bound, 1)),
			{Text: b.spikePosts(s.Posts), Class: "caption"}})
	}
	return t
}

// spikePosts describes the posts of a spike day: time, format and the start
// of the caption, one after another.
func (b *builder) spikePosts(ps []report.PostRow) string {
	if len(ps) == 0 {
		return "—"
	}
	out := ""
	for i, p := range ps {
		if i > 0 {
			out += " · "
		}
		out += b.published(p.Published) + " " + b.typeName(string(p.Type)) + ": " + truncate(p.Caption, 80)
	}
	return out
}
