// Command synth writes synthetic rapor projects in the real export formats:
// Meta Business Suite content exports (Indonesian headers), Meta daily
// metric files and the audience file (UTF-16LE), a follower-total CSV,
// canonical comments with the account's replies, a media-monitoring log,
// notes and narrative.
//
//	go run ./cmd/synth -posts N -comments M -years Y -seed S -o DIR [-comments-shape graph]
//	go run ./cmd/synth -example -o DIR [-summary]
//	go run ./cmd/synth -accounts N [-seed S] -o DIR
//	go run ./cmd/synth -example-rollup -o DIR
//
// The output depends only on the flags: the same flags give byte-identical
// files. -example writes the bundled example project data/example.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	_ "time/tzdata" // the time zones must not depend on the host
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the parsed command-line flags.
type options struct {
	posts, comments, years, notes int
	accounts                      int
	seed                          uint64
	period                        string
	shape                         string // comments CSV shape: canonical or graph
	out                           string
	example, summary, force       bool
	exampleRollup                 bool
}

// run executes synth and returns the exit code: 0 success, 1 a write
// error, 2 a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("synth", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.IntVar(&o.posts, "posts", 20000, "content export rows in all: own feed posts, stories and collaboration rows")
	fl.IntVar(&o.comments, "comments", 1000000, "rows of the comments CSV: audience comments and the account's reply rows")
	fl.IntVar(&o.years, "years", 5, "calendar years of data, ending 31 December 2026")
	fl.Uint64Var(&o.seed, "seed", 1, "random seed")
	fl.IntVar(&o.notes, "notes", 200, "number of notes (interviews, observations, documents)")
	fl.StringVar(&o.shape, "comments-shape", "canonical", "comments CSV shape: canonical (replied flags, sorted per post) or graph (a Graph-API dump: id/media_id/created_time columns, +0000 offsets, newest first, reply rows inline after their comment)")
	fl.StringVar(&o.period, "period", "", "report period in rapor.yaml (default: the last year, 2026)")
	fl.StringVar(&o.out, "o", "", "output folder (required; must be empty or absent unless -force)")
	fl.BoolVar(&o.example, "example", false, "write the bundled example project (data/example); ignores the scale flags")
	fl.IntVar(&o.accounts, "accounts", 0, "write a roll-up of N synthetic one-month accounts (ignores the other scale flags but -seed)")
	fl.BoolVar(&o.exampleRollup, "example-rollup", false, "write the bundled roll-up example (data/example-rollup)")
	fl.BoolVar(&o.summary, "summary", false, "with -example: print the facts built into each month")
	fl.BoolVar(&o.force, "force", false, "write into a folder that is not empty (files are overwritten, others kept)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: synth -o DIR [-posts N] [-comments M] [-years Y] [-seed S] [-notes K] [-period P]")
		fmt.Fprintln(stderr, "       synth -example -o DIR [-summary]")
		fmt.Fprintln(stderr, "       synth -accounts N [-seed S] -o DIR")
		fmt.Fprintln(stderr, "       synth -example-rollup -o DIR")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if msg := o.check(fl); msg != "" {
		fmt.Fprintln(stderr, "synth:", msg)
		return 2
	}
	if msg := checkOut(o.out, o.force); msg != "" {
		fmt.Fprintln(stderr, "synth:", msg)
		return 1
	}
	t := &tree{root: o.out}
	switch {
	case o.exampleRollup:
		if err := writeRollup(t, 3, exampleRollupSeed, exampleRollupTitle, exampleRollupExtra); err != nil {
			fmt.Fprintln(stderr, "synth:", err)
			return 1
		}
		t.writeFile("README.md", []byte(exampleRollupReadme))
	case o.accounts > 0:
		title := fmt.Sprintf("Roll-up sintetis %d akun perangkat daerah", o.accounts)
		if err := writeRollup(t, o.accounts, o.seed, title, nil); err != nil {
			fmt.Fprintln(stderr, "synth:", err)
			return 1
		}
	case o.example:
		x, err := writeExample(t)
		if err != nil {
			fmt.Fprintln(stderr, "synth:", err)
			return 1
		}
		if o.summary {
			x.writeSummary(stdout)
		}
	default:
		if err := writeScale(t, &o); err != nil {
			fmt.Fprintln(stderr, "synth:", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "synth: wrote %d files to %s\n", len(t.files), o.out)
	return 0
}

// check validates the flags and returns a usage message, or "".
func (o *options) check(fl *flag.FlagSet) string {
	if fl.NArg() > 0 {
		return fmt.Sprintf("unexpected argument %q", fl.Arg(0))
	}
	if o.out == "" {
		return "-o DIR is required"
	}
	if o.accounts < 0 || o.accounts > 100000 {
		return "-accounts must be between 1 and 100000"
	}
	if o.exampleRollup && (o.example || o.accounts > 0) {
		return "-example-rollup cannot be combined with -example or -accounts"
	}
	if o.example && o.accounts > 0 {
		return "-example cannot be combined with -accounts"
	}
	if o.example {
		var scale []string
		fl.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "posts", "comments", "years", "seed", "notes", "period", "comments-shape":
				scale = append(scale, "-"+f.Name)
			}
		})
		if len(scale) > 0 {
			return fmt.Sprintf("-example writes a fixed project and cannot be combined with %v", scale)
		}
		return ""
	}
	switch {
	case o.summary:
		return "-summary needs -example"
	case o.posts < 0 || o.comments < 0 || o.notes < 0:
		return "-posts, -comments and -notes must not be negative"
	case o.years < 1 || o.years > 50:
		return "-years must be between 1 and 50"
	case o.shape != "canonical" && o.shape != "graph":
		return "-comments-shape must be canonical or graph"
	}
	return ""
}

// checkOut refuses an output path that is a file, or a folder that is not
// empty unless force is set.
func checkOut(dir string, force bool) string {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return ""
	case err != nil:
		return err.Error()
	case !st.IsDir():
		return fmt.Sprintf("%s is not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err.Error()
	}
	if len(entries) > 0 && !force {
		return fmt.Sprintf("%s is not empty (use -force to write into it)", filepath.Clean(dir))
	}
	return ""
}
