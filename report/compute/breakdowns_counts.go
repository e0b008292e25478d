package compute

import (
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// responseBuckets are the upper bounds (hours, inclusive) of the response-time
// buckets; the last bucket is open.
var responseBuckets = []struct {
	max float64
	key string
}{
	{1, "compute.rt.le1h"}, {3, "compute.rt.1h3h"}, {6, "compute.rt.3h6h"},
	{24, "compute.rt.6h24h"}, {72, "compute.rt.1d3d"},
}

// responseTimes counts the replied audience comments (with a reply time) per
// response-time bucket, then the unreplied ones; empty when no comment counts
// in the response metrics.
func (x *prep) responseTimes(c *calc) []report.Count {
	s := c.responses()
	if s.replied+s.unreplied == 0 {
		return []report.Count{}
	}
	counts := make([]int, len(responseBuckets)+1)
	for _, h := range s.hours {
		i := 0
		for i < len(responseBuckets) && h > responseBuckets[i].max {
			i++
		}
		counts[i]++
	}
	out := make([]report.Count, 0, len(counts)+1)
	for i, bk := range responseBuckets {
		out = append(out, report.Count{Name: x.t(bk.key), Count: counts[i]})
	}
	out = append(out, report.Count{Name: x.t("compute.rt.gt3d"), Count: counts[len(responseBuckets)]})
	out = append(out, report.Count{Name: x.t("compute.rt.unreplied"), Count: s.unreplied})
	return out
}

// countBy counts the labels label(0..n-1) case-insensitively (shown
// lower-cased), blank labels as "none", by count (descending) then
// name.
func (x *prep) countBy(n int, label func(i int) string) []report.Count {
	m := map[string]int{}
	for i := 0; i < n; i++ {
		m[label(i)]++
	}
	byName := map[string]int{}
	for raw, k := range m {
		l := strings.ToLower(strings.Join(strings.Fields(raw), " "))
		if l == "" {
			l = x.t("compute.category.none")
		}
		byName[l] += k
	}
	out := make([]report.Count, 0, len(byName))
	for k, v := range byName {
		out = append(out, report.Count{Name: k, Count: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// casesByCategory counts the monitoring cases of the period by category.
func (x *prep) casesByCategory(c *calc) []report.Count {
	return x.countBy(len(c.cases), func(i int) string { return c.cases[i].Category })
}

// commentLabels counts the audience comments of the period by sentiment and
// by category, each only when some comment has such a label.
func (x *prep) commentLabels(c *calc) (sentiment, category []report.Count) {
	cms := x.comments[c.cmFrom : c.cmFrom+len(c.cm)]
	strs := &x.d.CommentStrs
	hasS, hasC := false, false
	for _, cm := range cms {
		hasS = hasS || strings.TrimSpace(strs.Get(cm.Sentiment)) != ""
		hasC = hasC || strings.TrimSpace(strs.Get(cm.Category)) != ""
	}
	if hasS {
		sentiment = x.countBy(len(cms), func(i int) string { return strs.Get(cms[i].Sentiment) })
	}
	if hasC {
		category = x.countBy(len(cms), func(i int) string { return strs.Get(cms[i].Category) })
	}
	return sentiment, category
}
