package rollup

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/project"
)

// OverallID is the ranking key of the overall score.
const OverallID = "overall_score"

// Validate loads every account (in parallel) and returns each one's run;
// it writes nothing.
func (p *Plan) Validate() []*Run {
	return p.forEach(p.validateAccount)
}

// AccountsFolder is the roll-up's folder of per-account outputs, one of
// the outputs of its set (replaced as a whole with the others).
const AccountsFolder = "accounts"

// Build builds every account into the accounts/<name>/ folder staged in set
// (in parallel, one worker per core) and summarises them; Write then
// replaces the roll-up's outputs in out, accounts/ included, as one set. A
// failed account is listed with its error; the others are built. Run
// outputs are named by their final paths in out.
func (p *Plan) Build(set *project.Set, out string) (*report.Rollup, []*Run, error) {
	dir, err := set.Mkdir(AccountsFolder)
	if err != nil {
		return nil, nil, err
	}
	runs := p.forEach(func(a Account) *Run {
		return p.buildAccount(set, filepath.Join(AccountsFolder, ".tmp-"+strconv.Itoa(a.index)), a)
	})
	if err := nameAccounts(dir, filepath.Join(out, AccountsFolder), runs); err != nil {
		return nil, runs, err
	}
	return p.summarise(runs), runs, nil
}

// nameAccounts names every account by its Instagram username (else its
// folder's name), made unique in accounts order ("-2", "-3", …), and moves
// each built account's outputs to dir/<name>/ (final/<name>/ once the set
// is in place).
func nameAccounts(dir, final string, runs []*Run) error {
	taken := map[string]bool{}
	for _, r := range runs {
		base := r.Handle
		if base == "" || strings.Trim(base, ".") == "" {
			base = r.Account.Name
		}
		name := base
		for i := 2; taken[strings.ToLower(name)]; i++ {
			name = base + "-" + strconv.Itoa(i)
		}
		taken[strings.ToLower(name)] = true
		r.Account.Name, r.Result.Account = name, name
		tmp := filepath.Join(dir, ".tmp-"+strconv.Itoa(r.Account.index))
		if r.Result.Status != report.AccountOK {
			os.RemoveAll(tmp)
			continue
		}
		dst := filepath.Join(dir, name)
		if err := os.RemoveAll(dst); err != nil {
			return &project.OutputError{Key: "build.out_write", Args: []any{dst, err.Error()}}
		}
		if err := os.Rename(tmp, dst); err != nil {
			return &project.OutputError{Key: "build.out_write", Args: []any{dst, err.Error()}}
		}
		for i := range r.Outputs {
			r.Outputs[i].Path = filepath.Join(final, name, filepath.Base(r.Outputs[i].Path))
		}
		r.Result.Report = "accounts/" + name + "/report.html"
	}
	return nil
}

// summarise makes the roll-up from the runs.
func (p *Plan) summarise(runs []*Run) *report.Rollup {
	cfg := p.Config
	ru := &report.Rollup{
		Meta: report.RollupMeta{Title: cfg.Title, Organization: cfg.Organization, Language: p.Lang,
			ReportDate: cfg.ReportDate, Version: p.opt.Version, Signatory: cfg.Signatory},
		Period: report.PeriodInfo{ID: cfg.Period.ID, From: cfg.Period.From, To: cfg.Period.To, Days: cfg.Period.Days()},
	}
	if cfg.Compare != nil {
		ru.Previous = &report.PeriodInfo{ID: cfg.Compare.ID, From: cfg.Compare.From, To: cfg.Compare.To, Days: cfg.Compare.Days()}
	}
	ru.Stages, ru.Indicators = p.labels()
	for _, r := range runs {
		ru.Accounts = append(ru.Accounts, r.Result)
	}
	ru.Totals = totals(ru.Accounts)
	ru.Rankings = rankings(ru.Indicators, ru.Accounts)
	ru.Groups = groups(ru.Accounts)
	ru.Collaborations = collaborations(runs)
	return ru
}

// labels returns the stages and the headline indicators with their labels
// in the roll-up's language.
func (p *Plan) labels() ([]report.RollupIndicator, []report.RollupIndicator) {
	var stages, inds []report.RollupIndicator
	fw := p.Framework
	if fw != nil {
		for _, s := range fw.Stages {
			stages = append(stages, report.RollupIndicator{ID: s.ID, Label: s.Label.In(p.Lang), Unit: "ratio", Direction: "higher"})
		}
	}
	for _, id := range Headline {
		ind := report.RollupIndicator{ID: id, Unit: "count", Direction: "higher", Label: p.Cat.T("rollup.views")}
		if d := fwIndicator(fw, id); d != nil {
			ind = report.RollupIndicator{ID: id, Stage: report.StageOf(d.Subcomponent), Label: d.Label.In(p.Lang),
				Unit: d.Unit, Direction: d.Direction}
		}
		inds = append(inds, ind)
	}
	inds = append(inds, report.RollupIndicator{ID: OverallID, Label: p.Cat.T("rollup.overall"), Unit: "ratio", Direction: "higher"})
	return stages, inds
}

func fwIndicator(fw *report.Framework, id string) *report.IndicatorDef {
	if fw == nil {
		return nil
	}
	return fw.Indicator(id)
}

// value returns the value of id for an account: an indicator, or the
// overall score.
func value(a *report.RollupAccount, id string) *float64 {
	if id == OverallID {
		return a.StageScores.Overall
	}
	return a.Get(id).Value
}

// totals sums the quantities that add up across accounts.
func totals(accts []report.RollupAccount) report.Totals {
	var t report.Totals
	add := func(sum *float64, n *int, v *float64) {
		if v != nil {
			*sum += *v
			*n++
		}
	}
	for i := range accts {
		a := &accts[i]
		add(&t.Posts, &t.PostsN, a.Get("share.posts").Value)
		add(&t.Views, &t.ViewsN, a.Get(ViewsID).Value)
		add(&t.Interactions, &t.InteractionsN, a.Get("engage.interactions").Value)
		add(&t.Comments, &t.CommentsN, a.Get("manage.comments").Value)
	}
	return t
}

// rankings orders, per indicator with a direction, the accounts with a
// value best first (ties by account name); accounts without one are listed
// apart.
func rankings(inds []report.RollupIndicator, accts []report.RollupAccount) []report.Ranking {
	var out []report.Ranking
	for _, ind := range inds {
		if ind.Direction != "higher" && ind.Direction != "lower" {
			continue
		}
		rk := report.Ranking{ID: ind.ID, Ranked: []string{}, Unranked: []string{}}
		type entry struct {
			name string
			v    float64
		}
		var es []entry
		for i := range accts {
			a := &accts[i]
			if v := value(a, ind.ID); v != nil && !math.IsNaN(*v) {
				es = append(es, entry{a.Account, *v})
			} else {
				rk.Unranked = append(rk.Unranked, a.Account)
			}
		}
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].v != es[j].v {
				if ind.Direction == "lower" {
					return es[i].v < es[j].v
				}
				return es[i].v > es[j].v
			}
			return es[i].name < es[j].name
		})
		for _, e := range es {
			rk.Ranked = append(rk.Ranked, e.name)
		}
		out = append(out, rk)
	}
	return out
}

// groups sums up the accounts per group, in order of first appearance.
func groups(accts []report.RollupAccount) []report.GroupSummary {
	var order []string
	members := map[string][]report.RollupAccount{}
	for _, a := range accts {
		if _, ok := members[a.Group]; !ok {
			order = append(order, a.Group)
		}
		members[a.Group] = append(members[a.Group], a)
	}
	var out []report.GroupSummary
	for _, g := range order {
		ms := members[g]
		s := report.GroupSummary{Group: g, Accounts: len(ms), Totals: totals(ms)}
		var ppw, er, overall []float64
		for i := range ms {
			a := &ms[i]
			if a.Status == report.AccountOK {
				s.Built++
			}
			collect(&ppw, a.Get("share.posts_per_week").Value)
			collect(&er, a.Get("engage.er_reach").Value)
			collect(&overall, a.StageScores.Overall)
		}
		s.MedianPostsPerWeek, s.MedianER, s.MedianOverall = median(ppw), median(er), median(overall)
		out = append(out, s)
	}
	return out
}

func collect(list *[]float64, v *float64) {
	if v != nil {
		*list = append(*list, *v)
	}
}

// median is the mean of the two middle values for an even count; nil for none.
func median(vs []float64) *float64 {
	if len(vs) == 0 {
		return nil
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return &m
}

// collaborations lists, for every ordered pair of built accounts, the
// collaboration rows and mentions that link them; pairs with neither are
// left out.
func collaborations(runs []*Run) []report.Collaboration {
	byHandle := map[string]string{}
	for _, r := range runs {
		if r.Handle != "" && r.Result.Status == report.AccountOK {
			byHandle[strings.ToLower(r.Handle)] = r.Account.Name
		}
	}
	var out []report.Collaboration
	for _, r := range runs {
		if r.Result.Status != report.AccountOK {
			continue
		}
		pairs := map[string]*report.Collaboration{}
		var names []string
		get := func(h string) *report.Collaboration {
			to, ok := byHandle[h]
			if !ok || to == r.Account.Name {
				return nil
			}
			c := pairs[to]
			if c == nil {
				c = &report.Collaboration{From: r.Account.Name, To: to}
				pairs[to] = c
				names = append(names, to)
			}
			return c
		}
		for h, n := range r.Links {
			if c := get(h); c != nil {
				c.Collabs += n
			}
		}
		for h, n := range r.Mentions {
			if c := get(h); c != nil {
				c.Mentions += n
			}
		}
		sort.Strings(names)
		for _, n := range names {
			out = append(out, *pairs[n])
		}
	}
	return out
}
