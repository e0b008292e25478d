// Package present decides what a reader sees: it turns a report.Report into
// the document model (report/doc) once, before any writer runs. It owns
// every presentation choice — the headline tiles, the order of chapters,
// which tables and figures appear where, their numbers, captions and source
// lines, the labels of stages, reasons and statuses, and every formatted
// number with its unit — so that the HTML page, the workbook, the Word files
// and the roll-up only render.
package present

import (
	"errors"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/msg"
)

// Document builds the document of r in the language of cat (the message
// catalogue, loaded once per build by the caller).
func Document(r *report.Report, cat *msg.Catalog) (*doc.Document, error) {
	if r == nil {
		return nil, errors.New("present: no report")
	}
	if cat == nil {
		return nil, errors.New("present: no message catalogue")
	}
	b := &builder{r: r, l: &loc{lang: cat.Lang, cat: cat}}
	return b.document(), nil
}

// builder holds the report and the language while the document is built.
type builder struct {
	r      *report.Report
	l      *loc
	stages []stageDef
	num    numberer
	d      *doc.Document
}

// stageDef is one stage of the framework as the document shows it.
type stageDef struct {
	ID, Label, Desc string
	Subs            []subDef
}

// subDef is one sub-component.
type subDef struct {
	Code, ID, Label, Desc string
}

func (b *builder) document() *doc.Document {
	b.stages = b.stageDefs()
	d := &doc.Document{Lang: b.l.lang}
	b.d = d
	d.Labels = b.labels()
	d.Terms = b.terms()
	d.Cover = b.cover()
	d.Title = d.Cover.Title
	d.Subtitle = b.subtitle()
	b.num.chapter("1")
	d.Briefing = b.briefing()
	d.Sections = b.chapters()
	d.Approval = b.approval()
	d.Workbook = b.workbook()
	d.Footer = b.l.T("generated", versionOr(b.r.Meta.Version))
	for _, f := range d.Figures() {
		f.Suffix = b.suffix(f.Unit)
	}
	d.Contents = b.contents()
	if len(d.Contents) > 0 {
		app := &d.Sections[len(d.Sections)-1]
		app.Sections = append(app.Sections, b.contentsSection(d.Contents))
	}
	return d
}

// suffix is the unit words after a figure's values in tooltips (" jam"),
// "" when the number format says the unit.
func (b *builder) suffix(unit string) string {
	switch unit {
	case "per_week", "per_day", "per_1k", "days", "hours":
		return b.l.T("unit."+unit, "")
	}
	return ""
}

// stageDefs returns the framework's stages, or (without a framework) the
// stages named by the indicators and the evidence, in order of appearance.
func (b *builder) stageDefs() []stageDef {
	var out []stageDef
	if f := b.r.Framework; f != nil {
		for _, s := range f.Stages {
			sd := stageDef{ID: s.ID, Label: or(s.Label.In(b.l.lang), s.ID), Desc: s.Description.In(b.l.lang)}
			for _, sc := range s.Subcomponents {
				sd.Subs = append(sd.Subs, subDef{Code: s.ID + "." + sc.ID, ID: sc.ID,
					Label: or(sc.Label.In(b.l.lang), sc.ID), Desc: sc.Description.In(b.l.lang)})
			}
			out = append(out, sd)
		}
		return out
	}
	seen := map[string]int{}
	addCode := func(stage, code, label string) {
		i, ok := seen[stage]
		if !ok {
			i = len(out)
			seen[stage] = i
			out = append(out, stageDef{ID: stage, Label: b.l.opt("stage."+stage, stage)})
		}
		if code == "" {
			return
		}
		for _, s := range out[i].Subs {
			if s.Code == code {
				return
			}
		}
		out[i].Subs = append(out[i].Subs, subDef{Code: code, ID: strings.TrimPrefix(code, stage+"."), Label: or(label, code)})
	}
	for _, r := range b.r.Indicators {
		addCode(r.Stage, resultCode(&r), "")
	}
	for _, e := range b.r.Evidence {
		addCode(report.StageOf(e.Code), e.Code, e.Label)
	}
	return out
}

// codeLabel returns "Stage · Sub-component" for a code "stage.sub".
func (b *builder) codeLabel(code string) string {
	for _, s := range b.stages {
		for _, sc := range s.Subs {
			if sc.Code == code {
				return s.Label + " · " + sc.Label
			}
		}
	}
	return code
}

// resultCode returns the sub-component code "stage.sub" of a result.
func resultCode(r *report.Result) string {
	if strings.Contains(r.Subcomponent, ".") || r.Subcomponent == "" {
		return r.Subcomponent
	}
	return r.Stage + "." + r.Subcomponent
}

// indicatorLabel is a result's label, else its framework label, else its id.
func (b *builder) indicatorLabel(r *report.Result) string {
	if r.Label != "" {
		return r.Label
	}
	if f := b.r.Framework; f != nil {
		if d := f.Indicator(r.ID); d != nil && d.Label.In(b.l.lang) != "" {
			return d.Label.In(b.l.lang)
		}
	}
	return r.ID
}

func or(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func versionOr(v string) string {
	if v == "" {
		return "dev"
	}
	return v
}

// labels are the fixed words of the document.
func (b *builder) labels() doc.Labels {
	t := b.l.T
	return doc.Labels{Kicker: t("cover.kicker"), Logo: t("cover.logo"), Contents: t("toc"), Summary: t("summary.title"),
		Findings: t("summary.findings"), TopPosts: t("summary.top_posts"), OpenPost: t("post.open"),
		Narrative: t("summary.narrative"), Target: t("kpi.target"), Previous: t("col.previous"), Change: t("col.change"),
		DataTable: t("chart.data_table"), NoCharts: t("warn.no_echarts"), NarrativeTooLarge: t("narrative.too_large"),
		NarrativeFailed: t("narrative.failed"), Approval: t("cover.signatory"), PageOf: t("page_of")}
}
