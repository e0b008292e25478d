package xlsx

import (
	"regexp"
	"strings"
	"testing"
)

// reAxis and reTxPr find the axes of a chart and their label text properties.
var (
	reAxis = regexp.MustCompile(`(?s)<(catAx|valAx|dateAx)>.*?</(catAx|valAx|dateAx)>`)
	reTxPr = regexp.MustCompile(`(?s)<txPr>.*?</txPr>`)
)

// TestChartsDistinctAndReadable checks that no chart of the workbook is
// shown twice (same title or same data), that axis labels are dark (not
// the 15 % grey excelize writes by default), and that long date axes thin
// their labels.
func TestChartsDistinctAndReadable(t *testing.T) {
	w := writeFixtureT(t, "id")
	_, files := zipFiles(t, w.data)
	cs := charts(t, files)
	if len(cs) < 8 {
		t.Fatalf("only %d charts", len(cs))
	}
	titles, data := map[string]string{}, map[string]string{}
	axes := 0
	for _, c := range cs {
		if prev, ok := titles[c.title]; ok {
			t.Errorf("%s and %s have the same title %q", prev, c.file, c.title)
		}
		titles[c.title] = c.file
		key := strings.Join(c.refs[1:], "|") // without the series name
		if prev, ok := data[key]; ok {
			t.Errorf("%s and %s show the same data %s", prev, c.file, key)
		}
		data[key] = c.file
		for _, ax := range reAxis.FindAllString(files[c.file], -1) {
			axes++
			txt := reTxPr.FindString(ax)
			if strings.Contains(txt, `lumMod val="15000"`) || !strings.Contains(txt, `<a:srgbClr val="`+chartInk+`"`) {
				t.Errorf("%s (%s): axis labels not dark: %.300s", c.file, c.title, txt)
			}
		}
	}
	if axes < 10 {
		t.Errorf("only %d chart axes checked", axes)
	}
	daily := 0
	for _, c := range cs {
		if c.kind == "lineChart" && strings.Contains(strings.Join(c.refs, " "), w.names["daily"]) {
			daily++
			if !strings.Contains(files[c.file], "<tickLblSkip val=") {
				t.Errorf("%s (%s): daily dates not thinned", c.file, c.title)
			}
		}
	}
	if daily == 0 {
		t.Error("no daily line chart found")
	}
}
