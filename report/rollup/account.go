package rollup

import (
	"context"
	"regexp"
	"strings"
	"sync"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/privacy"
	"github.com/rapor-id/rapor/report/project"
)

// ViewsID is the key of the account's views in the roll-up: the sum of its
// daily Instagram views over the period and the comparison period, as its
// views tile shows them (breakdowns.series_totals of its own
// indicators.json). It is not an indicator of the framework.
const ViewsID = "views"

// Headline lists the indicators of the accounts table, in order.
var Headline = []string{
	"share.posts_per_week", "engage.er_reach", "share.median_reach", ViewsID,
	"engage.followers_end", "engage.follower_growth", "manage.response_rate",
	"manage.median_response_hours",
}

// extra are the indicators kept besides the headline ones: the counts
// that are summed across accounts (posts, interactions, comments).
var extra = []string{"share.posts", "engage.interactions", "manage.comments"}

// Run is what building (or validating) one account gave.
type Run struct {
	Account  Account
	Problems report.Problems // the account's own problems (paths are its files)
	Outputs  []project.Output
	Warnings []string
	Result   report.RollupAccount
	Handle   string         // the account's Instagram username ("" when unknown)
	Links    map[string]int // lower-cased handle -> collab rows of it in P
	Mentions map[string]int // lower-cased handle -> own posts in P mentioning it
}

// forEach runs fn on every account with the plan's worker pool and returns
// the runs in accounts order.
func (p *Plan) forEach(fn func(a Account) *Run) []*Run {
	runs := make([]*Run, len(p.Accounts))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for w := 0; w < p.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				runs[i] = fn(p.Accounts[i])
				if p.opt.Done != nil {
					mu.Lock()
					finished++
					p.opt.Done(runs[i], finished, len(runs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range p.Accounts {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return runs
}

// loadAccount loads one account with the roll-up's overrides applied.
func (p *Plan) loadAccount(a Account) *project.Project {
	lang := p.opt.Lang
	if lang == "" && p.Config.Language != "" {
		lang = p.Config.Language
	}
	period := p.Config.Period.ID // --period is already applied to the roll-up's period
	pr := project.Load(a.Dir, project.Options{Period: period, Lang: lang, Env: p.opt.Env, Version: p.opt.Version, Now: p.opt.Now})
	if pr.Config != nil {
		pr.Config.Compare = p.Config.Compare // comparable: one comparison period for all
		if p.Config.TargetsSet {
			pr.Config.Targets = p.Config.Targets
		}
	}
	return pr
}

// newRun starts the run of an account from its loaded project.
func (p *Plan) newRun(a Account, pr *project.Project) *Run {
	r := &Run{Account: a, Problems: pr.Problems}
	r.Result = report.RollupAccount{Account: a.Name, Label: a.Label, Group: a.Group, Path: a.Rel,
		Status: report.AccountOK, Indicators: map[string]report.RollupValue{}}
	if pr.Config != nil {
		r.Handle = pr.Config.Account
		if r.Result.Label == "" {
			r.Result.Label = pr.Config.Organization
		}
	}
	if r.Result.Label == "" {
		r.Result.Label = a.Name
	}
	return r
}

// fail marks the run failed with its first error.
func (r *Run) fail(msg string, errors int) {
	r.Result.Status = report.AccountFailed
	r.Result.Error = msg
	r.Result.Errors = errors
	r.Result.Indicators = map[string]report.RollupValue{}
	r.Result.Report = ""
}

// validateAccount loads one account and reports its problems.
func (p *Plan) validateAccount(a Account) *Run {
	pr := p.loadAccount(a)
	r := p.newRun(a, pr)
	if pr.Failed(false) {
		r.fail(p.firstError(pr), pr.Problems.Errors())
	}
	return r
}

// buildAccount loads, computes and writes one account into the folder
// tmp of set's staging folder (renamed to accounts/<name>/ once every
// account is named) and keeps only what the roll-up needs.
func (p *Plan) buildAccount(set *project.Set, tmp string, a Account) *Run {
	pr := p.loadAccount(a)
	r := p.newRun(a, pr)
	if pr.Failed(false) {
		r.fail(p.firstError(pr), pr.Problems.Errors())
		return r
	}
	opt := project.WriteOptions{Lang: pr.Lang, Catalog: pr.Cat}
	path, err := set.Staged(tmp)
	if err != nil {
		r.fail(err.Error(), 1)
		return r
	}
	if err := project.CheckOut(path, pr.Config, project.OutputNames(opt)); err != nil {
		r.fail(p.errText(err), 1)
		return r
	}
	rep, err := pr.Report()
	if err != nil {
		r.fail(err.Error(), 1)
		return r
	}
	outs, warns, err := writeAccount(set, tmp, rep, opt)
	if err != nil {
		r.fail(p.errText(err), 1)
		return r
	}
	r.Outputs, r.Warnings = outs, warns
	r.Result.Indicators = values(rep)
	r.Result.StageScores = rep.StageScores
	r.Links, r.Mentions = links(pr, rep)
	return r
}

// firstError returns the first error of the account in the roll-up's
// language, with the account's redact terms applied (a file name may hold
// a name the account hides).
func (p *Plan) firstError(pr *project.Project) string {
	for _, x := range pr.Problems {
		if x.Severity != report.Error {
			continue
		}
		text := p.Cat.Format(x)
		if pr.Config != nil && len(pr.Config.Privacy.Redact) > 0 {
			text = privacy.NewRedactor(pr.Config.Privacy.Redact, p.Lang).Redact(text)
		}
		return text
	}
	return ""
}

// errText renders an output error in the roll-up's language.
func (p *Plan) errText(err error) string {
	if oe, ok := err.(*project.OutputError); ok {
		return p.Cat.T(oe.Key, oe.Args...)
	}
	return err.Error()
}

// values copies the headline and summed indicators of rep, and its views
// (the series total of its daily views).
func values(rep *report.Report) map[string]report.RollupValue {
	out := map[string]report.RollupValue{}
	for _, id := range append(append([]string(nil), Headline...), extra...) {
		if id == ViewsID {
			continue
		}
		if res := rep.Indicator(id); res != nil {
			out[id] = report.RollupValue{Value: res.Value, Previous: res.Previous, Change: res.Change,
				N: res.N, Reason: res.Reason}
		}
	}
	v := report.RollupValue{Reason: report.ReasonNoData}
	for _, st := range rep.Breakdowns.SeriesTotals {
		if st.Metric != ViewsID || st.Value == nil {
			continue
		}
		v = report.RollupValue{Value: st.Value, Previous: st.Previous, N: len(rep.Breakdowns.Daily[ViewsID])}
		if st.Previous != nil {
			c := *st.Value - *st.Previous
			v.Change = &c
		}
	}
	out[ViewsID] = v
	return out
}

// mentionRe is the mention pattern of SPEC §4 (engage.collaborations).
var mentionRe = regexp.MustCompile(`(^|[^A-Za-z0-9_.@])@([A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?)`)

// links counts, for the period of rep, the collaboration rows of other
// accounts in the account's content exports and its own posts' mentions of
// other accounts, by lower-cased handle. Captions are the redacted ones
// the report shows.
func links(pr *project.Project, rep *report.Report) (collabs, mentions map[string]int) {
	collabs, mentions = map[string]int{}, map[string]int{}
	own := strings.ToLower(pr.Config.Account)
	loc := pr.Config.Loc
	from, to := rep.Period.From, rep.Period.To
	for _, post := range pr.Data.Posts {
		if post.Own || post.Username == "" || post.Published.IsZero() {
			continue
		}
		if d := report.DateOf(post.Published, loc); d < from || d > to {
			continue
		}
		if h := strings.ToLower(strings.TrimPrefix(post.Username, "@")); h != own {
			collabs[h]++
		}
	}
	for _, post := range rep.Posts {
		seen := map[string]bool{}
		for _, m := range mentionRe.FindAllStringSubmatch(post.Caption, -1) {
			h := strings.ToLower(m[2])
			if h != own && !seen[h] {
				seen[h] = true
				mentions[h]++
			}
		}
	}
	return collabs, mentions
}

// writeAccount writes an account's outputs into the folder name of set's
// staging folder as one sub-set (staged, then moved in all at once, as a
// single build does); nothing is written once set is aborted.
func writeAccount(set *project.Set, name string, rep *report.Report, opt project.WriteOptions) ([]project.Output, []string, error) {
	parts, err := project.Parts(rep, opt)
	if err != nil {
		return nil, nil, err
	}
	sub, err := set.Sub(name)
	if err != nil {
		return nil, nil, err
	}
	return project.Write(context.Background(), sub, parts)
}
