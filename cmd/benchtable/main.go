// Command benchtable measures rapor: wall time and peak RSS of `rapor build`
// on the bundled example and on synthetic five-year projects at several
// scales (written by cmd/synth in the Graph-API comments shape), next to a
// plain encoding/csv pass over the same files. It prints a Markdown table.
//
//	go run ./cmd/benchtable -rapor bin/rapor -synth bin/synth [-dir /tmp/rapor-bench] [-scales 1,2,4]
//
// Projects are generated once into -dir (never into the repository) and
// reused. Wall time is the median of the runs; peak RSS the largest.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the parsed flags.
type options struct {
	rapor, synth, dir, example, scales string
	exampleRuns, runs                  int
	csvPass                            string
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("benchtable", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.StringVar(&o.rapor, "rapor", "bin/rapor", "the rapor binary")
	fl.StringVar(&o.synth, "synth", "bin/synth", "the synth binary")
	fl.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "rapor-bench"), "where the synthetic projects are written (reused when present)")
	fl.StringVar(&o.example, "example", "data/example", "the example project")
	fl.StringVar(&o.scales, "scales", "1,2,4", "multiples of the five-year project (20,000 posts, 1,000,000 comments)")
	fl.IntVar(&o.exampleRuns, "example-runs", 10, "runs on the example")
	fl.IntVar(&o.runs, "runs", 1, "runs on each synthetic project")
	fl.StringVar(&o.csvPass, "csv-pass", "", "internal: read every CSV below this folder with encoding/csv and exit")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if o.csvPass != "" {
		return csvPassMain(o.csvPass, stderr)
	}
	if err := bench(&o, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "benchtable:", err)
		return 1
	}
	return 0
}

// measurement is the result of running one command several times.
type measurement struct {
	wall  time.Duration // median
	cpu   time.Duration // user + system CPU time of the median run
	rssKB int64         // largest peak RSS
}

// bench measures every row and prints the table.
func bench(o *options, stdout, stderr io.Writer) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	out, err := os.MkdirTemp("", "rapor-bench-out")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	fmt.Fprintf(stdout, "| project | data | rapor build: median wall | its CPU (user+sys) | peak RSS | encoding/csv pass: wall | its CPU | its peak RSS |\n|---|---|---|---|---|---|---|---|\n")
	ex, err := measure(o.exampleRuns, o.rapor, "build", o.example, "-o", out, "-q")
	if err != nil {
		return err
	}
	exCSV, err := measure(1, self, "-csv-pass", o.example)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "| example month | %s | %s (%d runs) | %s | %s | %s | %s | %s |\n", size(o.example), ms(ex.wall), o.exampleRuns, ms(ex.cpu), mb(ex.rssKB), ms(exCSV.wall), ms(exCSV.cpu), mb(exCSV.rssKB))
	var base measurement
	for i, s := range strings.Split(o.scales, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 {
			return fmt.Errorf("-scales: %q is not a positive whole number", s)
		}
		dir := filepath.Join(o.dir, "x"+strconv.Itoa(k))
		if err := generate(o.synth, dir, k, stderr); err != nil {
			return err
		}
		m, err := measure(o.runs, o.rapor, "build", dir, "-o", out, "-q")
		if err != nil {
			return err
		}
		c, err := measure(1, self, "-csv-pass", dir)
		if err != nil {
			return err
		}
		ratio := ""
		if i == 0 {
			base = m
		} else {
			ratio = fmt.Sprintf(" (%.2f× wall, %.2f× CPU, %.2f× RSS of the first)", float64(m.wall)/float64(base.wall),
				float64(m.cpu)/float64(base.cpu), float64(m.rssKB)/float64(base.rssKB))
		}
		fmt.Fprintf(stdout, "| five years ×%d (%d posts, %d comments) | %s | %s%s | %s | %s | %s | %s | %s |\n",
			k, 20000*k, 1000000*k, size(dir), ms(m.wall), ratio, ms(m.cpu), mb(m.rssKB), ms(c.wall), ms(c.cpu), mb(c.rssKB))
	}
	return nil
}

// generate writes the k× project into dir unless it is there already.
func generate(synth, dir string, k int, stderr io.Writer) error {
	if _, err := os.Stat(filepath.Join(dir, "rapor.yaml")); err == nil {
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	cmd := exec.Command(synth, "-posts", strconv.Itoa(20000*k), "-comments", strconv.Itoa(1000000*k),
		"-years", "5", "-notes", "200", "-seed", "1", "-comments-shape", "graph", "-o", dir)
	cmd.Stderr = stderr
	return cmd.Run()
}

// measure runs a command n times; wall is the median, RSS the largest.
func measure(n int, name string, args ...string) (measurement, error) {
	type run struct{ wall, cpu time.Duration }
	var runs []run
	var m measurement
	for range max(n, 1) {
		cmd := exec.Command(name, args...)
		var errb strings.Builder
		cmd.Stderr = &errb
		start := time.Now()
		err := cmd.Run()
		r := run{wall: time.Since(start)}
		if err != nil {
			return m, fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, errb.String())
		}
		rssKB, cpu := usage(cmd.ProcessState)
		m.rssKB = max(m.rssKB, rssKB)
		r.cpu = cpu
		runs = append(runs, r)
	}
	slices.SortFunc(runs, func(a, b run) int { return cmp.Compare(a.wall, b.wall) })
	m.wall, m.cpu = runs[len(runs)/2].wall, runs[len(runs)/2].cpu
	return m, nil
}

// size returns the total size of the files below dir.
func size(dir string) string {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

func ms(d time.Duration) string {
	if d >= 10*time.Second {
		return fmt.Sprintf("%.1f s", d.Seconds())
	}
	if d >= time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%d ms", d.Milliseconds())
}

func mb(kb int64) string { return fmt.Sprintf("%d MB", kb/1024) }

var errNoCSV = errors.New("no CSV files")
