// Package htmltest opens a rendered report.html in headless Chromium and
// reports what a test must check (SPEC §8 "Security" and "Real browser"):
// console errors, requests other than the document itself and data: URLs,
// dialogs, a changed title, the chart ids drawn (each with an <svg>), and
// horizontal scrolling at a given width. It is used by report/html's tests
// and by the end-to-end test of the example project.
package htmltest

import (
	"context"
	"fmt"
	stdhtml "html"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report/browser"
)

// Findings is what the browser saw.
type Findings struct {
	URL           string
	ConsoleErrors []string // console errors and uncaught exceptions
	Requests      []string // requests other than the document itself and data: URLs
	Dialogs       []string // messages of alert/confirm/prompt dialogs
	WantTitle     string   // the <title> of the file, unescaped
	Title         string   // document.title after the scripts ran
	WantCharts    []string // the chart ids the caller expects, in order
	ChartIDs      []string // ids of the div.chart elements, in page order
	NoSVG         []string // chart ids without an <svg> inside
	Width         int      // the viewport width
	ScrollWidth   int      // document.documentElement.scrollWidth
	ClientWidth   int      // document.documentElement.clientWidth
	Text          string   // document.body.innerText with every <details> open
}

// Problems lists every failed check; empty means the page passed.
func (f *Findings) Problems() []string {
	var out []string
	for _, c := range f.ConsoleErrors {
		out = append(out, "console error: "+c)
	}
	for _, r := range f.Requests {
		out = append(out, "request: "+r)
	}
	for _, d := range f.Dialogs {
		out = append(out, "dialog: "+d)
	}
	if f.Title != f.WantTitle {
		out = append(out, fmt.Sprintf("title changed: %q, want %q", f.Title, f.WantTitle))
	}
	if !slices.Equal(f.ChartIDs, f.WantCharts) && !(len(f.ChartIDs) == 0 && len(f.WantCharts) == 0) {
		out = append(out, fmt.Sprintf("chart ids %q, want %q", f.ChartIDs, f.WantCharts))
	}
	for _, id := range f.NoSVG {
		out = append(out, "chart without an <svg>: "+id)
	}
	if f.ScrollWidth > f.ClientWidth {
		out = append(out, fmt.Sprintf("horizontal scrolling at %d px: scrollWidth %d > clientWidth %d", f.Width, f.ScrollWidth, f.ClientWidth))
	}
	return out
}

var titleRE = regexp.MustCompile(`(?s)<title>(.*?)</title>`)

// pageState is read from the page after load.
type pageState struct {
	Title       string   `json:"title"`
	IDs         []string `json:"ids"`
	NoSVG       []string `json:"noSvg"`
	ScrollWidth int      `json:"sw"`
	ClientWidth int      `json:"cw"`
}

const stateJS = `(() => {
  const charts = [...document.querySelectorAll('div.chart')];
  return {
    title: document.title,
    ids: charts.map(d => d.id),
    noSvg: charts.filter(d => !d.querySelector('svg')).map(d => d.id),
    sw: document.documentElement.scrollWidth,
    cw: document.documentElement.clientWidth,
  };
})()`

const textJS = `(() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  return document.body.innerText;
})()`

// CheckInBrowser opens the file at path in headless Chromium (found by
// report/browser.Find) with a viewport width px wide, lets the scripts
// run, and returns what it saw. want is the expected chart id list (usually
// html.ChartIDs of the report). The error is about running the browser, not
// about the page: check Findings.Problems for that.
func CheckInBrowser(ctx context.Context, path string, want []string, width int) (Findings, error) {
	f := Findings{WantCharts: want, Width: width}
	src, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if m := titleRE.FindSubmatch(src); m != nil {
		f.WantTitle = stdhtml.UnescapeString(string(m[1]))
	}
	url, err := browser.FileURL(path)
	if err != nil {
		return f, err
	}
	f.URL = url
	b, err := browser.Find(os.Getenv)
	if err != nil {
		return f, err
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	tctx, stop, err := browser.Start(ctx, b, width, 900)
	if err != nil {
		return f, err
	}
	defer stop()

	// Subscribe before navigating; the streams end when lctx is cancelled.
	lctx, endListen := context.WithCancel(tctx)
	console := chromedp.Console(lctx)
	requests := chromedp.Events(lctx, network.RequestWillBeSent)
	dialogs := chromedp.Events(lctx, page.JavascriptDialogOpening)
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		for m, err := range console {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" || m.Type == "assert" {
				mu.Lock()
				f.ConsoleErrors = append(f.ConsoleErrors, m.String())
				mu.Unlock()
			}
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range requests {
			if err != nil {
				return
			}
			u := ev.Request.URL
			if u == url || strings.HasPrefix(u, "data:") {
				continue
			}
			mu.Lock()
			f.Requests = append(f.Requests, u)
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			mu.Lock()
			f.Dialogs = append(f.Dialogs, string(ev.Type)+": "+ev.Message)
			mu.Unlock()
			go func() {
				_, _ = chromedp.Call(tctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
			}()
		}
	}()

	runErr := func() error {
		if err := browser.Open(tctx, url, 400*time.Millisecond); err != nil {
			return err
		}
		st, err := chromedp.Run(tctx, chromedp.Evaluate[pageState](stateJS))
		if err != nil {
			return fmt.Errorf("read page state: %w", err)
		}
		f.Title, f.ChartIDs, f.NoSVG = st.Title, st.IDs, st.NoSVG
		f.ScrollWidth, f.ClientWidth = st.ScrollWidth, st.ClientWidth
		txt, err := chromedp.Run(tctx, chromedp.Evaluate[string](textJS))
		if err != nil {
			return fmt.Errorf("read page text: %w", err)
		}
		f.Text = txt
		return chromedp.Do(tctx, chromedp.Sleep(100*time.Millisecond))
	}()
	endListen()
	wg.Wait()
	if f.ChartIDs == nil {
		f.ChartIDs = []string{}
	}
	return f, runErr
}

// RequireBrowser returns the browser report/browser.Find picks — the one
// `rapor build --pdf` uses. It skips t under -short, and when no browser is
// installed; under CI=true it never skips and fails without a browser.
func RequireBrowser(t testing.TB) string {
	t.Helper()
	testenv.Short(t, "starts a browser")
	p, err := browser.Find(os.Getenv)
	if err != nil {
		testenv.Missing(t, "%v", err)
	}
	return p
}
