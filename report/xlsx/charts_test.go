package xlsx

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestCharts checks that every chart exists with its type and title and
// that its ranges hold the intended data.
func TestCharts(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) { testCharts(t, lang) })
	}
}

func testCharts(t *testing.T, lang string) {
	w := writeFixtureT(t, lang)
	_, files := zipFiles(t, w.data)
	got := charts(t, files)
	byTitle := map[string]chartInfo{}
	for _, c := range got {
		if _, dup := byTitle[c.title]; dup {
			t.Errorf("two charts titled %q", c.title)
		}
		byTitle[c.title] = c
	}
	bd := w.r.Breakdowns
	daily, summary := w.names["daily"], w.names["summary"]
	q := func(s string) string { return "'" + s + "'" }
	dailyRange := func(col string) []string {
		return []string{fmt.Sprintf("%s!$%s$2", q(daily), col), fmt.Sprintf("%s!$A$3:$A$63", q(daily)),
			fmt.Sprintf("%s!$%s$3:$%s$63", q(daily), col, col)}
	}
	nums := func(vs []float64) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = ftoa(v)
		}
		return out
	}
	series := func(dv []report.DayValue) []string {
		var vs []float64
		for _, d := range dv {
			vs = append(vs, d.Value)
		}
		return nums(vs)
	}
	var scores []string
	for _, st := range report.StageIDs() {
		if v := w.r.StageScores.Get(st); v != nil {
			scores = append(scores, ftoa(*v))
		} else {
			scores = append(scores, "")
		}
	}
	var mixPosts, erByFormat, erByCat []string
	for _, g := range bd.FormatMix {
		mixPosts = append(mixPosts, fmt.Sprint(g.Posts))
	}
	for _, g := range bd.ERByFormat {
		erByFormat = append(erByFormat, ftoa(*g.ER))
	}
	for _, g := range bd.ERByCategory {
		erByCat = append(erByCat, ftoa(*g.ER))
	}
	var women, men, cities, cases, rts []string
	for _, a := range bd.Audience.AgeGender {
		women = append(women, optStr(a.Women))
		men = append(men, optStr(a.Men))
	}
	for _, c := range bd.Audience.Cities {
		cities = append(cities, ftoa(c.Share))
	}
	for _, c := range bd.CasesByCategory {
		cases = append(cases, fmt.Sprint(c.Count))
	}
	for _, c := range bd.ResponseTimes {
		rts = append(rts, fmt.Sprint(c.Count))
	}
	tests := []struct {
		titleKey string
		kind     string
		sheet    string   // sheet the data come from
		refs     []string // exact references, when the layout is fixed
		values   [][]string
	}{
		{"xlsx.chart.scores", "radarChart", summary, nil, [][]string{scores}},
		{"xlsx.chart.daily_reach", "lineChart", daily, dailyRange("B"), [][]string{series(bd.Daily[report.SeriesReach])}},
		{"xlsx.chart.format_mix", "doughnutChart", w.names["content"], nil, [][]string{mixPosts}},
		{"xlsx.chart.er_by_format", "barChart/col", w.names["content"], nil, [][]string{erByFormat}},
		{"xlsx.chart.posts_per_day", "barChart/col", daily, dailyRange("G"), [][]string{series(bd.PostsPerDay)}},
		{"xlsx.chart.response_times", "barChart/col", w.names["comments"], nil, [][]string{rts}},
		{"xlsx.chart.followers", "lineChart", daily, dailyRange("F"), [][]string{series(bd.FollowerTrend)}},
		{"xlsx.chart.er_by_category", "barChart/bar", w.names["content"], nil, [][]string{erByCat}},
		{"xlsx.chart.age_gender", "barChart/col", w.names["audience"], nil, [][]string{women, men}},
		{"xlsx.chart.cities", "barChart/bar", w.names["audience"], nil, [][]string{cities}},
		{"xlsx.chart.cases", "barChart/bar", w.names["monitoring"], nil, [][]string{cases}},
	}
	if len(got) != len(tests) {
		var titles []string
		for _, c := range got {
			titles = append(titles, c.title)
		}
		sort.Strings(titles)
		t.Errorf("%d charts %q, want %d", len(got), titles, len(tests))
	}
	for _, tt := range tests {
		title := w.cat.T(tt.titleKey)
		c, ok := byTitle[title]
		if !ok {
			t.Errorf("no chart titled %q", title)
			continue
		}
		if c.kind != tt.kind {
			t.Errorf("%s (%s): type %q, want %q", title, c.file, c.kind, tt.kind)
		}
		if tt.refs != nil && !reflect.DeepEqual(c.refs, tt.refs) {
			t.Errorf("%s: refs %q, want %q", title, c.refs, tt.refs)
		}
		// each series is name, categories, values
		if len(c.refs) != 3*len(tt.values) {
			t.Errorf("%s: %d references %q, want %d series", title, len(c.refs), c.refs, len(tt.values))
			continue
		}
		for i, want := range tt.values {
			vals := c.refs[3*i+2]
			if m := reRef.FindStringSubmatch(vals); m == nil || m[1] != tt.sheet {
				t.Errorf("%s: values %q not on sheet %q", title, vals, tt.sheet)
			}
			if got := w.rangeValues(t, vals); !sameNumbers(got, want) {
				t.Errorf("%s series %d: %s holds %q, want %q", title, i, vals, got, want)
			}
			if cats := w.rangeValues(t, c.refs[3*i+1]); len(cats) != len(want) || cats[0] == "" {
				t.Errorf("%s: categories %s = %q", title, c.refs[3*i+1], cats)
			}
			if name := w.rangeValues(t, c.refs[3*i]); len(name) != 1 || name[0] == "" {
				t.Errorf("%s: series name %s = %q", title, c.refs[3*i], name)
			}
		}
	}
}

// sameNumbers compares raw cell values with expected numbers ("" = blank)
// to Excel's 15 significant digits, which excelize rounds to.
func sameNumbers(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] == want[i] {
			continue
		}
		g, err1 := strconv.ParseFloat(got[i], 64)
		w, err2 := strconv.ParseFloat(want[i], 64)
		if err1 != nil || err2 != nil || math.Abs(g-w) > 1e-14*math.Max(1, math.Abs(w)) {
			return false
		}
	}
	return true
}

func optStr(v *float64) string {
	if v == nil {
		return ""
	}
	return ftoa(*v)
}
