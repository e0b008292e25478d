package html

import (
	"encoding/json"
	"html/template"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// echChart is what every go-echarts chart provides (promoted from
// BaseConfiguration): Validate fills the derived fields, JSON returns the
// option object.
type echChart interface {
	Validate()
	JSON() map[string]interface{}
}

// palette is the series colour list of every chart.
var palette = []string{"#1d4e89", "#e07a1f", "#2a9d8f", "#c0392b", "#7b5ea7", "#8c6d31", "#d35d90", "#5b7083"}

// common returns the global options every chart shares: no animation
// (deterministic screenshots and PDFs), our palette, a grid that keeps the
// axis labels inside the box on a 390 px screen.
func common(legend bool, trigger string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithAnimation(false),
		charts.WithColorsOpts(opts.Colors(palette)),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(legend), Bottom: "0", Type: "scroll"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: trigger, Enterable: opts.Bool(false)}),
	}
}

// gridOpts keeps axis labels inside the chart box.
func gridOpts(bottom string) charts.GlobalOpts {
	return charts.WithGridOpts(opts.Grid{Left: "8", Right: "16", Top: "24", Bottom: bottom, ContainLabel: opts.Bool(true)})
}

// optionJSON encodes the chart's option object. json.Marshal escapes <, >,
// & and U+2028/U+2029, so the result is inert inside a <script> element;
// map keys are sorted, so the output is deterministic. The option is data
// only: go-echarts' `__f__` function markers are never interpreted here.
func optionJSON(c echChart, patches ...func(map[string]interface{})) (template.JS, error) {
	c.Validate()
	obj := c.JSON()
	for _, p := range patches {
		p(obj)
	}
	b, err := json.Marshal(obj)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}
