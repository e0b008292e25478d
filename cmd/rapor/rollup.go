package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/project"
	"github.com/rapor-id/rapor/report/rollup"
)

// validateRollup validates a roll-up: its rapor.yaml, then every account
// (in parallel); it exits 1 when any has errors.
func (a *app) validateRollup(dir, period, lang string, strict bool) error {
	p := rollup.Load(dir, rollup.Options{Period: period, Lang: lang, Env: a.env, Version: version, Now: time.Now()})
	a.printProblems(p.Cat, p.Problems, strict)
	if p.Failed(strict) {
		fmt.Fprintln(a.stderr, p.Cat.T("cli.validate_failed", p.Problems.Errors(), p.Problems.Warnings()))
		return &exitError{exitInput}
	}
	runs := p.Validate()
	bad := 0
	for _, r := range runs {
		a.printProblems(p.Cat, r.Problems, strict)
		if r.Problems.Errors() > 0 || strict && len(r.Problems) > 0 {
			bad++
		}
	}
	if bad > 0 {
		fmt.Fprintln(a.stderr, p.Cat.T("rollup.cli.validate_failed", bad, len(runs)))
		return &exitError{exitInput}
	}
	fmt.Fprintln(a.stdout, p.Cat.T("rollup.cli.validate_ok", len(runs)))
	return nil
}

// buildRollup builds every account into OUT/accounts/<account>/ and the
// roll-up into OUT; a failed account is listed with its error and the
// others are built; the exit code is 1 when any failed.
func (a *app) buildRollup(dir, out, period, lang string, pdf, quiet, verbose bool) error {
	prog := newProgress(a.stderr, quiet)
	p := rollup.Load(dir, rollup.Options{Period: period, Lang: lang, Env: a.env, Version: version, Now: time.Now()})
	a.printProblems(p.Cat, p.Problems, false)
	if p.Failed(false) {
		fmt.Fprintln(a.stderr, p.Cat.T("cli.build_failed", p.Problems.Errors()))
		return &exitError{exitInput}
	}
	if pdf {
		fmt.Fprintln(a.stderr, p.Cat.T("rollup.cli.no_pdf"))
		return &exitError{exitUsage}
	}
	if out == "" {
		out = filepath.Join(dir, "out")
	}
	if err := p.CheckOut(out); err != nil {
		return a.outputError(p.Cat, err)
	}
	a.guard.setCatalog(p.Cat)
	set, err := a.guard.staging(out, project.Stage)
	if err != nil {
		return a.outputError(p.Cat, err)
	}
	start := time.Now()
	p.OnDone(func(_ *rollup.Run, finished, total int) {
		prog.step(p.Cat.T("rollup.cli.progress", finished, total))
	})
	ru, runs, err := p.Build(set, out)
	prog.done()
	if c := a.guard.signalled(); c != 0 {
		return &exitError{c} // accounts failed because the set was aborted
	}
	if err != nil {
		set.Abort()
		return a.outputError(p.Cat, err)
	}
	failed := 0
	for _, r := range runs {
		if r.Result.Status != report.AccountOK {
			failed++
			fmt.Fprintln(a.stderr, p.Cat.T("rollup.cli.account_failed", r.Account.Name, r.Account.Rel, r.Result.Error))
			if verbose {
				a.printProblems(p.Cat, r.Problems, false)
			}
			continue
		}
		if !quiet {
			fmt.Fprintln(a.stdout, p.Cat.T("rollup.cli.account_ok", r.Account.Name, r.Account.Rel, r.Problems.Warnings()))
		}
		if verbose {
			a.printProblems(p.Cat, r.Problems, false)
		}
	}
	outs, err := rollup.Write(context.Background(), set, ru, rollup.WriteOptions{Lang: p.Lang})
	if err != nil {
		return a.outputError(p.Cat, err)
	}
	if !quiet {
		for _, o := range outs {
			fmt.Fprintf(a.stdout, "%s  %s\n", o.Path, humanSize(o.Size))
		}
		fmt.Fprintln(a.stdout, p.Cat.T("rollup.cli.summary", len(runs)-failed, len(runs)))
		if verbose {
			fmt.Fprintln(a.stdout, p.Cat.T("cli.elapsed", time.Since(start).Round(time.Millisecond).String()))
		}
	}
	if failed > 0 {
		fmt.Fprintln(a.stderr, p.Cat.T("rollup.cli.failed", failed, len(runs)))
		return &exitError{exitInput}
	}
	return nil
}
