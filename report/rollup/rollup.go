// Package rollup builds a roll-up across accounts (SPEC §9): every account
// of a roll-up rapor.yaml is loaded as an ordinary project, built into
// OUT/accounts/<account>/ by a bounded pool of workers (one per core), and
// summarised into one report: headline indicators per account, a heat map
// of stage scores, rankings, totals that add up, group summaries and the
// collaborations between the accounts. One account's failure does not stop
// the others.
package rollup

import (
	"os"
	"path"
	"path/filepath"
	"runtime"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/framework"
	"github.com/rapor-id/rapor/report/msg"
)

// Options are the command-line choices that shape a roll-up run.
type Options struct {
	Period  string              // --period ("" = the roll-up's period:)
	Lang    string              // --lang ("" = the roll-up's language:, then LANG/LC_ALL, then id)
	Env     func(string) string // environment lookup (os.Getenv when nil)
	Version string              // tool version
	Now     time.Time           // the run's one clock read, for relative periods (zero refuses them)
	Workers int                 // parallel account builds (0 = one per core)
	// Done, when set, is called after each account (one call at a time,
	// in the order the accounts finish), e.g. to show progress.
	Done func(r *Run, finished, total int)
}

// Account is one account folder of the roll-up, in accounts: order.
type Account struct {
	Name  string // output folder and key: the username (after Build), else the folder's name
	index int    // position in the plan
	Dir   string // project folder (joined to the roll-up folder)
	Rel   string // project folder relative to the roll-up folder
	Group string
	Label string
}

// Plan is a loaded roll-up: its configuration, the accounts to build and
// every problem of its rapor.yaml.
type Plan struct {
	Dir       string
	Config    *report.RollupConfig // nil when rapor.yaml cannot be used
	Framework *report.Framework    // the embedded framework (labels, target ids)
	Accounts  []Account
	Lang      string
	Cat       *msg.Catalog
	Problems  report.Problems
	opt       Options
}

// IsRollup reports whether the project folder dir is a roll-up.
func IsRollup(dir string) bool { return config.IsRollup(dir) }

// Load reads the roll-up's rapor.yaml and lists its accounts; it reads no
// account yet.
func Load(dir string, opt Options) *Plan {
	if opt.Env == nil {
		opt.Env = os.Getenv
	}
	p := &Plan{Dir: dir, opt: opt}
	cfg, probs := config.LoadRollup(dir, config.Options{Period: opt.Period, Now: opt.Now})
	p.Problems.Add(probs...)
	lang := ""
	if cfg != nil {
		lang = cfg.Language
	}
	p.Lang = config.Lang(opt.Lang, lang, opt.Env)
	p.Cat = msg.MustLoad(p.Lang)
	if cfg == nil {
		p.Problems.Sort()
		return p
	}
	p.Config = cfg
	fw, fprobs := framework.Load(framework.EmbeddedName, dir)
	p.Problems.Add(fprobs...)
	p.Framework = fw
	if fw != nil && cfg.TargetsSet {
		ids := make([]string, len(fw.Indicators))
		for i, d := range fw.Indicators {
			ids[i] = d.ID
		}
		p.Problems.Add(config.CheckTargets(&report.Config{Path: cfg.Path, Targets: cfg.Targets}, ids)...)
	}
	p.Accounts = accountsOf(cfg)
	p.Problems.Sort()
	return p
}

// Failed reports whether the roll-up's own rapor.yaml has errors (with
// strict, warnings too).
func (p *Plan) Failed(strict bool) bool {
	if p.Problems.Errors() > 0 {
		return true
	}
	return strict && len(p.Problems) > 0
}

// OnDone sets the function called after each account is built or
// validated (one call at a time), e.g. to show progress.
func (p *Plan) OnDone(fn func(r *Run, finished, total int)) { p.opt.Done = fn }

// workers returns the size of the worker pool: one per core unless set,
// never more than the accounts.
func (p *Plan) workers() int {
	n := p.opt.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return max(1, min(n, len(p.Accounts)))
}

// accountsOf lists the matched folders in accounts: order, each named by
// its folder's name until the build knows its username.
func accountsOf(cfg *report.RollupConfig) []Account {
	var out []Account
	for _, e := range cfg.Accounts {
		for _, rel := range e.Dirs {
			out = append(out, Account{Name: path.Base(rel), Dir: filepath.Join(cfg.Dir, filepath.FromSlash(rel)),
				Rel: rel, Group: e.Group, Label: e.Label, index: len(out)})
		}
	}
	return out
}
