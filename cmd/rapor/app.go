package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/msg"
)

// app holds the command's streams and environment.
type app struct {
	stdout, stderr io.Writer
	env            func(string) string
	guard          *guard // SIGINT/SIGTERM while writing outputs
}

const usage = `rapor — laporan evaluasi Instagram / Instagram evaluation reports

usage:
  rapor build [DIR] [-o OUT] [--period P] [--lang id|en] [--pdf] [--no-docx] [-q|-v]
  rapor validate [DIR] [--period P] [--lang id|en] [--strict]
  rapor init DIR [--lang id|en] [--qdc]
  rapor example DIR [--lang id|en]
  rapor indicators [DIR] [--lang id|en] [--format text|markdown|json|yaml|qdc]
  rapor version [--licenses]
`

func (a *app) dispatch(args []string) error {
	if len(args) == 0 {
		fmt.Fprint(a.stderr, usage)
		return &exitError{exitUsage}
	}
	switch args[0] {
	case "build":
		return a.build(args[1:])
	case "validate":
		return a.validate(args[1:])
	case "init":
		return a.init(args[1:])
	case "example":
		return a.example(args[1:])
	case "indicators":
		return a.indicators(args[1:])
	case "version", "--version", "-version":
		return a.version(args[1:])
	case "help", "-h", "--help", "-help":
		fmt.Fprint(a.stdout, usage)
		return nil
	}
	fmt.Fprintf(a.stderr, "rapor: unknown command %q\n\n%s", args[0], usage) // %q escapes
	return &exitError{exitUsage}
}

// parse parses flags that may stand before or after the positional
// arguments, and returns the positional ones.
func (a *app) parse(fs *flag.FlagSet, args []string, maxPos int) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			a.usageError(fs, err.Error())
			return nil, &exitError{exitUsage}
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) > maxPos {
		a.usageError(fs, fmt.Sprintf("too many arguments: %s", strings.Join(pos, " ")))
		return nil, &exitError{exitUsage}
	}
	return pos, nil
}

func (a *app) usageError(fs *flag.FlagSet, m string) {
	fmt.Fprintf(a.stderr, "rapor %s: %s\n\n%s", fs.Name(), m, usage)
}

// catalog returns the messages for the flag language or the environment.
func (a *app) catalog(flagLang string) *msg.Catalog {
	return msg.MustLoad(config.Lang(flagLang, "", a.env))
}

// langFlag checks --lang.
func (a *app) langFlag(fs *flag.FlagSet, l string) error {
	if l != "" && l != "id" && l != "en" {
		a.usageError(fs, fmt.Sprintf("--lang must be id or en, not %q", l))
		return &exitError{exitUsage}
	}
	return nil
}
