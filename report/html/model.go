package html

import "html/template"

// The page model: everything the template shows, already localised and
// formatted. User text stays plain strings (html/template escapes them);
// only the rendered narrative, the chart options and the embedded assets are
// typed as trusted content, each built by this package.

type page struct {
	loc       *loc
	Lang      string
	Title     string
	Header    template.HTML // comment header (tool and ECharts attribution)
	CSS       template.CSS
	ECharts   template.JS // "" when not embedded
	LocaleJS  template.JS
	HelperJS  template.JS
	NoCharts  bool // ECharts missing: tables replace the charts
	Cover     cover
	TOC       []link
	Summary   summary
	Chapters  []chapter
	Other     *chapter // charts and indicators that fit no stage of the framework
	Monthly   *monthly
	Tri       triangulation
	Method    methodology
	Appendix  appendix
	Generated string
}

type link struct{ ID, Text string }

type pair struct{ Key, Value string }

type cover struct {
	Logo       template.URL // a checked data:image URI, or ""
	Title      string
	Facts      []pair
	Signatory  *signatory
	Inputs     []inputFile
	ToolLabel  string
	InputsHead string
}

type inputFile struct{ Path, Kind, Coverage, SHA256 string }

type signatory struct{ Label, Name, Title string }

type summary struct {
	KPIs       []kpi
	Overall    string
	Radar      *chartView
	Findings   []string
	Narratives []narrative
}

type kpi struct {
	Label       string
	Value       string
	Unit        string // unit words after the value (hours, days, per week, per day)
	Reason      string
	Change      string
	ChangeClass string // better | worse | neutral
	Previous    string
	Target      string
	Status      string
	StatusClass string
	Note        string
}

type chapter struct {
	ID          string
	Title       string
	Description string
	Score       string
	Subs        []sub
	Indicators  *table // indicators of the stage that belong to no listed sub-component
	Charts      []chartView
	Tables      []table
	Narratives  []narrative
}

type sub struct {
	ID           string
	Code         string
	Title        string
	Description  string
	Indicators   *table
	Charts       []chartView
	Tables       []table
	Quotes       []quote
	Observations []quote
	Documents    []quote
	Verdict      string
	Verdicts     string
	Empty        bool
}

type quote struct {
	Text       string
	Source     string
	Assessment string
}

type narrative struct {
	Path    string
	HTML    template.HTML // rendered by goldmark (safe settings) or Options.Markdown
	Problem string        // shown instead when the narrative could not be rendered
}

type chartView struct {
	ID     string
	Title  string
	Note   string
	Fmt    string // count | ratio | pct100 | dec1 | pp (selects the helper's formatter)
	Option template.JS
	Table  table
	Draw   bool
	Wide   bool // spans the full width on wide screens (time series, heatmap)
}

type table struct {
	Caption string
	Head    []cell
	Rows    [][]cell
	Note    string
}

type cell struct {
	Text  string
	Class string // num | nowrap | caption | status-… | hash
}

type monthly struct {
	Intro  string
	Charts []chartView
	Table  table
}

type triangulation struct {
	Intro string
	Table table
	Empty bool
}

type methodology struct {
	Sources     table
	Period      []string
	Formulas    []formulaGroup
	Assumptions []string
	Limitations []string
	Privacy     []string
	Citation    string
}

type formulaGroup struct {
	Stage string
	Items []pair
}

type appendix struct {
	Quality    []fileQuality
	PostsIntro string
	Posts      []table
	CodeChart  *chartView
	CodeTable  *table
	Informants *table
	NoCodes    string
}

type fileQuality struct {
	Path     string
	Facts    []pair
	Skipped  []pair
	Warnings []string
}

// chartIDs lists the chart ids of p in page order (the template's order).
func (p *page) chartIDs() []string {
	var ids []string
	add := func(cs []chartView) {
		for _, c := range cs {
			ids = append(ids, c.ID)
		}
	}
	if p.Summary.Radar != nil {
		ids = append(ids, p.Summary.Radar.ID)
	}
	chs := p.Chapters
	if p.Other != nil {
		chs = append(chs[:len(chs):len(chs)], *p.Other)
	}
	for _, ch := range chs {
		for _, s := range ch.Subs {
			add(s.Charts)
		}
		add(ch.Charts)
	}
	if p.Monthly != nil {
		add(p.Monthly.Charts)
	}
	if p.Appendix.CodeChart != nil {
		ids = append(ids, p.Appendix.CodeChart.ID)
	}
	return ids
}
