// Command screenshots writes pictures of a built report for a person to
// look at: PNGs of report.html as a phone (390×844) and a desktop (1280×800)
// show it, one per screenful, and one PNG per page of report.pdf (rendered
// by pdftoppm). It is a developer tool behind `make screenshots`, not a
// test: it checks nothing.
//
// Usage:
//
//	screenshots [-o docs/screenshots] [-max 200] OUT
//
// OUT is a folder `rapor build --pdf` wrote (report.html, report.pdf).
// Files the tool wrote before (phone-*.png, desktop-*.png, pdf-*.png) are
// removed from the output folder first, so no stale page stays.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/rapor-id/rapor/report/browser"
)

// screen is one window size the report is looked at in.
type screen struct {
	name          string
	width, height int
}

var screens = []screen{{"phone", 390, 844}, {"desktop", 1280, 800}}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("screenshots", flag.ContinueOnError)
	out := fs.String("o", filepath.Join("docs", "screenshots"), "folder the PNGs are written to")
	max := fs.Int("max", 200, "most screenfuls per window size")
	dpi := fs.Int("dpi", 60, "resolution of the PDF page PNGs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("usage: screenshots [-o DIR] [-max N] [-dpi N] OUT (a folder holding report.html and report.pdf)")
	}
	built := fs.Arg(0)
	b, err := browser.Find(getenv)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := removeOld(*out); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, s := range screens {
		pages, err := browser.ScreenPages(ctx, b, filepath.Join(built, "report.html"), s.width, s.height, *max)
		if err != nil {
			return err
		}
		for i, png := range pages {
			p := filepath.Join(*out, fmt.Sprintf("%s-%02d.png", s.name, i+1))
			if err := os.WriteFile(p, png, 0o644); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "%s: %d screenfuls of %d×%d\n", *out, len(pages), s.width, s.height)
	}
	return pdfPages(filepath.Join(built, "report.pdf"), *out, *dpi, stdout)
}

// pdfPages renders every page of pdf to DIR/pdf-NN.png with pdftoppm.
func pdfPages(pdf, dir string, dpi int, stdout io.Writer) error {
	if _, err := os.Stat(pdf); err != nil {
		return fmt.Errorf("%w (build with --pdf)", err)
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return errors.New("pdftoppm is missing (apt-get install poppler-utils)")
	}
	cmd := exec.Command("pdftoppm", "-png", "-r", fmt.Sprint(dpi), pdf, filepath.Join(dir, "pdf"))
	if o, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("pdftoppm: %v: %s", err, o)
	}
	n, err := filepath.Glob(filepath.Join(dir, "pdf-*.png"))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d PDF pages\n", dir, len(n))
	return nil
}

// removeOld removes the PNGs an earlier run wrote to dir.
func removeOld(dir string) error {
	for _, pattern := range []string{"phone-*.png", "desktop-*.png", "pdf-*.png"} {
		old, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return err
		}
		for _, p := range old {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	return nil
}
