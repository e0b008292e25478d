package xlsx

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// stageLabel returns the label of a stage in the report language.
func (b *book) stageLabel(stage string) string { return b.d.Terms.Stage(stage) }

// subLabel returns the label of a sub-component, given as "stage.sub" or as
// "sub" with its stage.
func (b *book) subLabel(stage, sub string) string {
	code := sub
	if !strings.Contains(sub, ".") {
		code = stage + "." + sub
	}
	if l := b.d.Terms.Sub(code); l != code {
		return l
	}
	return sub
}

// indicatorLabel returns the label of a result.
func (b *book) indicatorLabel(res *report.Result) string {
	if res.Label != "" {
		return res.Label
	}
	if fw := b.r.Framework; fw != nil {
		if d := fw.Indicator(res.ID); d != nil {
			return d.Label.In(b.lang)
		}
	}
	return res.ID
}

// formula returns the formula text of a result.
func (b *book) formula(res *report.Result) string {
	if res.Formula != "" {
		return res.Formula
	}
	if fw := b.r.Framework; fw != nil {
		if d := fw.Indicator(res.ID); d != nil {
			return d.Formula.In(b.lang)
		}
	}
	return ""
}

// code returns the catalogue text of prefix+v, or v itself when the
// catalogue has no such key (so nothing is lost).
func (b *book) code(prefix, v string) string {
	if v == "" {
		return ""
	}
	return b.tOr(prefix+v, v)
}

// typeText returns a post type's name.
func (b *book) typeText(t report.PostType) string { return b.d.Terms.Type(string(t)) }

// valueLabel localises a value label that names a post type.
func (b *book) valueLabel(s string) string {
	for _, t := range []report.PostType{report.Image, report.Carousel, report.Reel, report.Video, report.Story} {
		if s == string(t) {
			return b.typeText(t)
		}
	}
	return s
}

// yesNo returns "yes" or "no" in the report language.
func (b *book) yesNo(v bool) string {
	if v {
		return b.t("xlsx.yes")
	}
	return b.t("xlsx.no")
}

// periodText describes a period: "2026-10 (2026-10-01 to 2026-10-31, 31 days)".
func (b *book) periodText(p *report.PeriodInfo) string {
	if p == nil {
		return b.t("xlsx.meta.none")
	}
	return b.t("xlsx.meta.period_range", p.ID, p.From.String(), p.To.String(), p.Days)
}
