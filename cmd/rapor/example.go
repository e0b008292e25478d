package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/rapor-id/rapor/data"
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/scaffold"
)

// example writes the bundled example project (embedded in the binary) into
// a new folder: `rapor example contoh && rapor build contoh`.
func (a *app) example(args []string) error {
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	lang := fs.String("lang", "", "id|en")
	pos, err := a.parse(fs, args, 1)
	if err != nil {
		return err
	}
	if err := a.langFlag(fs, *lang); err != nil {
		return err
	}
	if len(pos) != 1 {
		a.usageError(fs, "example needs a new folder: rapor example DIR")
		return &exitError{exitUsage}
	}
	cat := a.catalog(*lang)
	if err := scaffold.Copy(pos[0], data.Example()); err != nil {
		var pe *report.ProblemError
		if errors.As(err, &pe) {
			a.printProblems(cat, pe.Problems, false)
		} else {
			fmt.Fprintf(a.stderr, "rapor: %s\n", cat.T("cli.init_failed", safe(pos[0]), safe(err.Error())))
		}
		return &exitError{exitInput}
	}
	fmt.Fprintln(a.stdout, cat.T("cli.example_ok", safe(pos[0])))
	return nil
}
