// Package compute turns a report.Dataset into a report.Report: the 33
// indicators of SPEC §4 with their previous values, changes, targets and
// statuses, the stage scores, the breakdowns, month-by-month results, the
// posts table and the findings of the executive summary.
//
// It is pure: no I/O, no clock, and the same Input always gives the same
// Report.
package compute

import (
	"errors"
	"fmt"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
)

// Input is everything compute needs; no I/O, no clock.
type Input struct {
	Data      *report.Dataset
	Config    *report.Config    // Period, Compare (nil = none), Loc, Account, Channels, HomeRegion, Targets, Events
	Framework *report.Framework // indicator order, labels, formula texts, units, directions
	Lang      string            // id | en
	Catalog   *msg.Catalog      // the build's message catalogue for Lang (nil: loaded here)
}

// Run computes Period, Previous, Indicators (framework order), StageScores,
// Breakdowns, Monthly (when P touches more than one calendar month), Posts
// (all OWN posts in P by publish time) and Findings. It does not fill Meta,
// Inputs, DataQuality, Evidence, Triangulation, CodeFreq, Narratives: the
// assembler (report/project) does, and it redacts the whole Report in one
// place, so the free texts Run copies (captions, categories, hashtags, file
// names) are not redacted here.
//
// It fails only on an unusable Input: a nil Dataset, Config or Framework, or
// a framework indicator id that compute does not know.
func Run(in Input) (*report.Report, error) {
	if in.Data == nil || in.Config == nil || in.Framework == nil {
		return nil, errors.New("compute: Data, Config and Framework are required")
	}
	for _, def := range in.Framework.Indicators {
		if !Known(def.ID) {
			return nil, fmt.Errorf("compute: the framework names indicator %q, which rapor does not compute", def.ID)
		}
	}
	cat := in.Catalog
	if cat == nil || cat.Lang != report.NormLang(in.Lang) {
		var err error
		if cat, err = msg.Load(report.NormLang(in.Lang)); err != nil {
			return nil, fmt.Errorf("compute: %v", err)
		}
	}
	x := newPrep(in, cat)
	cfg := in.Config

	rep := &report.Report{Framework: in.Framework}
	rep.Period = x.periodInfo(cfg.Period)
	cp := x.calcFor(cfg.Period)
	var cq *calc
	if cfg.Compare != nil {
		pi := x.periodInfo(*cfg.Compare)
		rep.Previous = &pi
		cq = x.calcFor(*cfg.Compare)
	}
	cp.cmp = cq
	rep.Indicators = x.results(cp)
	rep.StageScores = x.stageScores(rep.Indicators)
	rep.Breakdowns = x.breakdowns(cp)
	rep.Posts = x.postRows(cp.own)
	rep.Monthly = x.monthly(cfg.Period, cfg.Compare != nil)
	rep.Findings = x.findings(rep)
	rep.MethodNotes = x.methodNotes(rep)
	return rep, nil
}

// periodInfo describes p for outputs.
func (x *prep) periodInfo(p report.Period) report.PeriodInfo {
	return report.PeriodInfo{ID: p.ID, From: p.From, To: p.To, Days: p.Days(), Timezone: x.cfg.Timezone}
}
