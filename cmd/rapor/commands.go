package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/browser"
	"github.com/rapor-id/rapor/report/framework"
	"github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/project"
	"github.com/rapor-id/rapor/report/qda"
	"github.com/rapor-id/rapor/report/rollup"
	"github.com/rapor-id/rapor/report/scaffold"
)

func (a *app) validate(args []string) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	period := fs.String("period", "", "report period")
	lang := fs.String("lang", "", "id|en")
	strict := fs.Bool("strict", false, "warnings are errors")
	pos, err := a.parse(fs, args, 1)
	if err != nil {
		return err
	}
	if err := a.langFlag(fs, *lang); err != nil {
		return err
	}
	dir := dirArg(pos)
	if rollup.IsRollup(dir) {
		return a.validateRollup(dir, *period, *lang, *strict)
	}
	p := project.Load(dir, project.Options{Period: *period, Lang: *lang, Env: a.env, Version: version, Now: time.Now()})
	a.printFiles(p)
	a.printProblems(p.Cat, p.Problems, *strict)
	if p.Failed(*strict) {
		fmt.Fprintln(a.stderr, p.Cat.T("cli.validate_failed", p.Problems.Errors(), p.Problems.Warnings()))
		return &exitError{exitInput}
	}
	fmt.Fprintln(a.stdout, p.Cat.T("cli.validate_ok", len(fileReports(p)), p.Problems.Warnings()))
	return nil
}

func (a *app) build(args []string) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	out := fs.String("o", "", "output folder (default DIR/out)")
	fs.StringVar(out, "out", "", "output folder (default DIR/out)")
	period := fs.String("period", "", "report period")
	lang := fs.String("lang", "", "id|en")
	pdf := fs.Bool("pdf", false, "also print report.pdf with Chrome/Chromium/Edge")
	noDocx := fs.Bool("no-docx", false, "do not write report.docx and brief.docx")
	quiet := fs.Bool("q", false, "quiet")
	verbose := fs.Bool("v", false, "verbose")
	pos, err := a.parse(fs, args, 1)
	if err != nil {
		return err
	}
	if err := a.langFlag(fs, *lang); err != nil {
		return err
	}
	dir := dirArg(pos)
	if rollup.IsRollup(dir) {
		return a.buildRollup(dir, *out, *period, *lang, *pdf, *quiet, *verbose)
	}
	if *out == "" {
		*out = filepath.Join(dir, "out")
	}
	framework.Warm() // while the catalogue and rapor.yaml are read
	prog := newProgress(a.stderr, *quiet)
	cat := a.catalog(*lang)
	prog.step(cat.T("cli.progress_reading"))
	p := project.Load(dir, project.Options{Period: *period, Lang: *lang, Env: a.env, Version: version, Catalog: cat, Now: time.Now()})
	prog.done()
	if !*quiet {
		a.printFiles(p)
	}
	a.printProblems(p.Cat, p.Problems, false)
	if p.Failed(false) {
		fmt.Fprintln(a.stderr, p.Cat.T("cli.build_failed", p.Problems.Errors()))
		return &exitError{exitInput}
	}
	a.guard.setCatalog(p.Cat)
	outputs := project.Outputs(p.Config, *pdf, *noDocx)
	wantPDF := slices.Contains(outputs, "pdf")
	if err := project.CheckOut(*out, p.Config, project.OutputNames(project.WriteOptions{Outputs: outputs})); err != nil {
		return a.outputError(p.Cat, err)
	}
	browserPath := ""
	if wantPDF {
		var err error
		if browserPath, err = browser.Find(a.env); err != nil {
			fmt.Fprintln(a.stderr, p.Cat.T("cli.no_browser"))
			return &exitError{exitInput}
		}
	}
	start := time.Now()
	prog.step(p.Cat.T("cli.progress_computing"))
	r, err := p.Report()
	if err != nil {
		prog.done()
		return err
	}
	prog.step(p.Cat.T("cli.progress_writing"))
	set, err := a.guard.staging(*out, project.Stage)
	if err != nil {
		prog.done()
		return a.outputError(p.Cat, err)
	}
	parts, err := project.Parts(r, project.WriteOptions{Lang: p.Lang, Catalog: p.Cat, Outputs: outputs, PDF: wantPDF, Browser: browserPath, Letter: p.Config.PageSize == "Letter"})
	if err != nil {
		set.Abort()
		prog.done()
		return a.outputError(p.Cat, err)
	}
	outs, warns, err := project.Write(context.Background(), set, parts)
	prog.done()
	if err != nil {
		return a.outputError(p.Cat, err)
	}
	for _, w := range warns {
		fmt.Fprintf(a.stderr, "%s: %s\n", p.Cat.T("warning"), safe(w))
	}
	if !*quiet {
		for _, o := range outs {
			fmt.Fprintf(a.stdout, "%s  %s\n", safe(o.Path), humanSize(o.Size))
		}
		if *verbose {
			fmt.Fprintln(a.stdout, p.Cat.T("cli.elapsed", time.Since(start).Round(time.Millisecond).String()))
		}
	}
	return nil
}

func (a *app) outputError(cat *msg.Catalog, err error) error {
	if c := a.guard.signalled(); c != 0 {
		return &exitError{c} // stopped by a signal: its handler says so
	}
	if oe, ok := err.(*project.OutputError); ok {
		fmt.Fprintf(a.stderr, "rapor: %s\n", cat.T(oe.Key, safeArgs(oe.Args)...))
		return &exitError{exitInput}
	}
	return err
}

func (a *app) init(args []string) error {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	lang := fs.String("lang", "", "id|en")
	qdc := fs.Bool("qdc", false, "also write the framework as a REFI-QDA codebook (coding/*.qdc)")
	pos, err := a.parse(fs, args, 1)
	if err != nil {
		return err
	}
	if err := a.langFlag(fs, *lang); err != nil {
		return err
	}
	if len(pos) != 1 {
		a.usageError(fs, "init needs a folder: rapor init DIR")
		return &exitError{exitUsage}
	}
	cat := a.catalog(*lang)
	if err := scaffold.Init(pos[0], cat.Lang, time.Now()); err != nil {
		var pe *report.ProblemError
		if errors.As(err, &pe) {
			a.printProblems(cat, pe.Problems, false)
		} else {
			fmt.Fprintf(a.stderr, "rapor: %s\n", cat.T("cli.init_failed", safe(pos[0]), safe(err.Error())))
		}
		return &exitError{exitInput}
	}
	if *qdc {
		file, err := writeInitCodebook(pos[0], cat.Lang)
		if err != nil {
			fmt.Fprintf(a.stderr, "rapor: %s\n", cat.T("cli.init_failed", safe(pos[0]), safe(err.Error())))
			return &exitError{exitInput}
		}
		fmt.Fprintln(a.stdout, cat.T("cli.init_qdc", safe(file)))
	}
	fmt.Fprintln(a.stdout, cat.T("cli.init_ok", safe(pos[0])))
	return nil
}

// writeInitCodebook writes the embedded framework as a REFI-QDA codebook
// into DIR/coding/, for import into QualCoder, NVivo, ATLAS.ti or MAXQDA.
func writeInitCodebook(dir, lang string) (string, error) {
	fw, probs := framework.Load("luttrell", dir)
	if fw == nil {
		return "", fmt.Errorf("%v", probs)
	}
	var buf bytes.Buffer
	if err := qda.WriteCodebook(&buf, fw, lang); err != nil {
		return "", err
	}
	name := map[string]string{"id": "kerangka-luttrell.qdc", "en": "luttrell-framework.qdc"}[lang]
	file := filepath.Join(dir, "coding", name)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return "", err
	}
	return file, os.WriteFile(file, buf.Bytes(), 0o644)
}

func (a *app) indicators(args []string) error {
	fs := flag.NewFlagSet("indicators", flag.ContinueOnError)
	lang := fs.String("lang", "", "id|en")
	format := fs.String("format", "text", "text|markdown|json|yaml|qdc")
	pos, err := a.parse(fs, args, 1)
	if err != nil {
		return err
	}
	if err := a.langFlag(fs, *lang); err != nil {
		return err
	}
	switch *format {
	case "text", "markdown", "json", "yaml", "qdc":
	default:
		a.usageError(fs, fmt.Sprintf("--format must be text, markdown, json, yaml or qdc, not %q", *format))
		return &exitError{exitUsage}
	}
	cat := a.catalog(*lang)
	name, dir := "luttrell", "."
	if len(pos) == 1 {
		dir = pos[0]
		p := project.Load(dir, project.Options{Lang: *lang, Env: a.env, Version: version})
		if p.Framework == nil {
			a.printProblems(p.Cat, p.Problems, false)
			return &exitError{exitInput}
		}
		return writeFramework(a.stdout, p.Framework, p.Lang, *format)
	}
	fw, probs := framework.Load(name, dir)
	if fw == nil {
		a.printProblems(cat, probs, false)
		return &exitError{exitInput}
	}
	return writeFramework(a.stdout, fw, cat.Lang, *format)
}

// writeFramework prints the framework in format: qdc is a REFI-QDA
// codebook (report/qda), the others report/framework's.
func writeFramework(w io.Writer, fw *report.Framework, lang, format string) error {
	if format == "qdc" {
		return qda.WriteCodebook(w, fw, lang)
	}
	return framework.Write(w, fw, lang, format)
}

func (a *app) version(args []string) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	lic := fs.Bool("licenses", false, "print third-party licenses")
	if _, err := a.parse(fs, args, 0); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "rapor %s\n", version)
	if *lic {
		if l := html.Licenses(); l != "" {
			fmt.Fprintln(a.stdout, "\nApache ECharts (embedded in report.html):")
			fmt.Fprintln(a.stdout, l)
		} else {
			fmt.Fprintln(a.stdout, "ECharts: not embedded in this binary (built without `make assets`)")
		}
	}
	return nil
}

func dirArg(pos []string) string {
	if len(pos) == 0 {
		return "."
	}
	return pos[0]
}

func fileReports(p *project.Project) []*report.FileReport {
	if p.Data == nil {
		return nil
	}
	return p.Data.Files
}

// printFiles prints one line per input file: kind, preset, encoding,
// delimiter, coverage, rows used / read, skipped by reason.
func (a *app) printFiles(p *project.Project) {
	files := fileReports(p)
	if len(files) == 0 {
		return
	}
	w := 0
	for _, f := range files {
		if n := len(safe(f.Path)); n > w {
			w = n
		}
	}
	for _, f := range files {
		cov := "-"
		if f.Coverage != nil {
			cov = f.Coverage.From.String() + ".." + f.Coverage.To.String()
			if f.CoverageFrom != "" {
				cov += " " + p.Cat.T("cli.coverage_from."+f.CoverageFrom)
			}
		}
		delim := f.Delimiter
		if delim == "" {
			delim = "-"
		}
		fmt.Fprintf(a.stdout, "%-*s  %-10s %-18s %-15s %-3s %-34s %s\n", w, safe(f.Path), f.Kind, dash(f.Preset), dash(f.Encoding), delim, cov,
			p.Cat.T("cli.rows", f.RowsUsed, f.RowsRead, skippedText(f.Skipped)))
	}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func skippedText(m map[string]int) string {
	if len(m) == 0 {
		return "0"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// printProblems prints every problem as path:line:col: message (errors and,
// with strict, warnings as errors).
func (a *app) printProblems(cat *msg.Catalog, ps report.Problems, strict bool) {
	for _, p := range ps {
		if strict && p.Severity == report.Warning {
			p.Severity = report.Error
		}
		fmt.Fprintln(a.stderr, cat.Format(safeProblem(p)))
	}
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

var _ = os.Stdout
