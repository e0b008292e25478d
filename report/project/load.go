// Package project runs rapor's pipeline: rapor.yaml → framework → ingest
// (with notes and narrative) → compute → qualitative evidence → outputs
// (report.html, report.xlsx, indicators.json), written atomically.
package project

import (
	"os"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/datawarn"
	"github.com/rapor-id/rapor/report/framework"
	"github.com/rapor-id/rapor/report/ingest"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/notes"
)

// Options are the command-line choices that shape a run.
type Options struct {
	Period  string              // --period ("" = rapor.yaml's)
	Lang    string              // --lang ("" = rapor.yaml's, then LANG/LC_ALL, then id)
	Env     func(string) string // environment lookup (os.Getenv when nil)
	Version string              // tool version printed on the cover
	Now     time.Time           // the run's one clock read, for relative periods (zero refuses them)
	// Catalog is a message catalogue the caller already loaded; it is used
	// when its language is the project's, so a build loads one catalogue.
	Catalog *msg.Catalog
}

// Project is a loaded project: configuration, framework, data and every
// problem found.
type Project struct {
	Dir        string
	Config     *report.Config // nil when rapor.yaml cannot be used
	Framework  *report.Framework
	Data       *report.Dataset
	Narratives []report.Narrative // raw (not yet redacted)
	MethodText *report.Narrative  // method.text, raw (not yet redacted); nil without one
	Lang       string
	Cat        *msg.Catalog
	Problems   report.Problems
	Version    string
}

// Load reads and checks everything; it never writes.
func Load(dir string, opt Options) *Project {
	env := opt.Env
	if env == nil {
		env = os.Getenv
	}
	p := &Project{Dir: dir, Version: opt.Version}
	p.Lang = config.Lang(opt.Lang, "", env)
	cfg, probs := config.Load(dir, config.Options{Period: opt.Period, Now: opt.Now})
	p.Problems.Add(probs...)
	if cfg != nil {
		p.Lang = config.Lang(opt.Lang, cfg.Language, env)
	}
	p.Cat = opt.Catalog
	if p.Cat == nil || p.Cat.Lang != p.Lang {
		p.Cat = msg.MustLoad(p.Lang)
	}
	if cfg == nil {
		p.Problems.Sort()
		return p
	}
	p.Config = cfg
	fw, fprobs := framework.Load(cfg.Framework, dir)
	p.Problems.Add(fprobs...)
	if fw == nil {
		p.Problems.Sort()
		return p
	}
	p.Framework = fw
	ids := make([]string, len(fw.Indicators))
	for i, d := range fw.Indicators {
		ids[i] = d.ID
	}
	p.Problems.Add(config.CheckTargets(cfg, ids)...)
	p.Problems.Add(countTargets(cfg, fw)...)
	if cfg.Loc == nil || cfg.ExportLoc == nil {
		p.Problems.Sort()
		return p
	}
	codes := fw.Codes()
	p.Data = ingest.Load(cfg, ingest.Options{Catalog: p.Cat,
		Notes: func(path string, data []byte) ([]*report.Note, report.Problems) {
			return notes.Parse(path, data, codes)
		},
		Coded: codedReader(cfg, fw)})
	p.Problems.Add(p.Data.Problems...)
	p.Problems.Add(datawarn.Gaps(cfg, p.Data)...)
	p.Problems.Add(notes.CheckIDs(p.Data.Notes)...)
	p.Problems.Add(periodCoverage(cfg, p.Data.Files)...)
	nar, nprobs := readNarratives(cfg, fw, p.Lang)
	p.Narratives = nar
	p.Problems.Add(nprobs...)
	mt, mprobs := readMethodText(cfg)
	p.MethodText = mt
	p.Problems.Add(mprobs...)
	p.Problems.Sort()
	return p
}

// Failed reports whether the project has errors (with strict, warnings too).
func (p *Project) Failed(strict bool) bool {
	if p.Problems.Errors() > 0 {
		return true
	}
	return strict && len(p.Problems) > 0
}

// countTargets warns when a count target meets a period other than a month:
// targets apply to the period unscaled (SPEC §4).
func countTargets(cfg *report.Config, fw *report.Framework) report.Problems {
	if cfg.Period.Kind == "month" {
		return nil
	}
	var out report.Problems
	for _, t := range cfg.Targets {
		if d := fw.Indicator(t.ID); d != nil && d.Unit == "count" {
			out.Add(report.Warnf(cfg.Path, t.Pos.Line, t.Pos.Col, "build.count_target_period", t.ID, cfg.Period.ID))
		}
	}
	return out
}
