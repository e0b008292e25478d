package browser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// Start starts the browser at path headless — a fresh temporary profile, no
// network services, host names unresolvable so that nothing can be fetched —
// with a window of width × height CSS pixels, and returns a chromedp context
// for its first tab. Call stop to end the browser and remove the profile.
// A browser that cannot start gives an error saying why, with what it
// printed; chromedp's own log lines are kept out of the program's output.
func Start(ctx context.Context, path string, width, height int) (tab context.Context, stop func(), err error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	// chromedp's log lines (a closed pipe, a malformed message) would reach
	// the user's terminal; the error returned says what went wrong instead.
	tctx, cancelTab := chromedp.NewContext(actx, chromedp.WithLogf(discard), chromedp.WithErrorf(discard))
	stop = func() {
		cancelTab()
		cancelAlloc()
	}
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate("about:blank")); err != nil {
		stop()
		return nil, nil, startError(path, err)
	}
	return tctx, stop, nil
}

// startError explains why the browser at path did not start. chromedp's
// error ends with what the browser printed, which can be nothing.
func startError(path string, err error) error {
	msg := err.Error()
	const failed = "chrome failed to start:"
	if i := strings.Index(msg, failed); i >= 0 {
		out := lastLines(msg[i+len(failed):], 5)
		if out == "" {
			return fmt.Errorf("browser %s did not start: it exited before it was ready and printed nothing (is it Chrome, Chromium or Edge?)", path)
		}
		return fmt.Errorf("browser %s did not start: it exited before it was ready and printed: %s", path, out)
	}
	return fmt.Errorf("browser %s did not start: %w", path, err)
}

// lastLines returns the last n non-blank lines of s, joined by " | ".
func lastLines(s string, n int) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

func discard(string, ...any) {}

// FileURL returns the file:// URL of a local path.
func FileURL(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	abs = filepath.ToSlash(abs)
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // a Windows drive letter: file:///C:/…
	}
	return "file://" + abs, nil
}

// Open loads the page at url in tab, waits for its body and then lets its
// scripts run for settle.
func Open(tab context.Context, url string, settle time.Duration) error {
	if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.WaitReady("body"), chromedp.Sleep(settle)); err != nil {
		return fmt.Errorf("open %s: %w", url, err)
	}
	return nil
}

// PrintWidth is the window width PrintPDF lays pages out at: about the
// printable width of A4 at 96 dpi, so charts are drawn at the width they
// are printed at.
const PrintWidth = 760

// PrintPDF prints the page at htmlPath to an A4 PDF at pdfPath with the
// browser at browserPath. The page's own print CSS sets the page size,
// margins and page breaks; SVG charts keep their text searchable.
func PrintPDF(ctx context.Context, browserPath, htmlPath, pdfPath string) error {
	url, err := FileURL(htmlPath)
	if err != nil {
		return err
	}
	tab, stop, err := Start(ctx, browserPath, PrintWidth, 1075)
	if err != nil {
		return err
	}
	defer stop()
	if err := Open(tab, url, 0); err != nil {
		return err
	}
	opts := []chromedp.PDFOption{chromedp.PDFPaper(chromedp.PaperA4),
		chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()}
	hf, err := headerFooter(tab)
	if err != nil {
		return fmt.Errorf("print %s: %w", htmlPath, err)
	}
	pdf, err := chromedp.Run(tab, chromedp.PrintToPDF(append(opts, hf...)...))
	if err != nil {
		return fmt.Errorf("print %s: %w", htmlPath, err)
	}
	return os.WriteFile(pdfPath, pdf, 0o644)
}

// headerFooter reads the running header and the page-number footer the
// page holds in <template id="rapor-pdf-header"> and "rapor-pdf-footer"
// (the report's language and text stay in the report); a page without
// them prints without a header and footer.
func headerFooter(tab context.Context) ([]chromedp.PDFOption, error) {
	const js = `["rapor-pdf-header", "rapor-pdf-footer"].map(function (id) {
		var t = document.getElementById(id);
		return t ? t.innerHTML : "";
	})`
	parts, err := chromedp.Run(tab, chromedp.Evaluate[[]string](js))
	if err != nil || len(parts) != 2 {
		return nil, fmt.Errorf("read the page's header and footer: %v", err)
	}
	if parts[0] == "" && parts[1] == "" {
		return nil, nil
	}
	// An empty template would let the browser print its own (date, URL).
	for i := range parts {
		if parts[i] == "" {
			parts[i] = "<span></span>"
		}
	}
	return []chromedp.PDFOption{chromedp.PDFHeaderTemplate(parts[0]), chromedp.PDFFooterTemplate(parts[1])}, nil
}

// openPage starts the browser at browserPath with a window width × height
// CSS pixels and opens the page at htmlPath in it; stop ends the browser.
func openPage(ctx context.Context, browserPath, htmlPath string, width, height int) (tab context.Context, stop func(), err error) {
	url, err := FileURL(htmlPath)
	if err != nil {
		return nil, nil, err
	}
	tab, stop, err = Start(ctx, browserPath, width, height)
	if err != nil {
		return nil, nil, err
	}
	if err := Open(tab, url, 300*time.Millisecond); err != nil {
		stop()
		return nil, nil, err
	}
	return tab, stop, nil
}

// Screenshot opens the page at htmlPath with the browser at browserPath in a
// window width × height CSS pixels and returns a PNG of the whole page.
func Screenshot(ctx context.Context, browserPath, htmlPath string, width, height int) ([]byte, error) {
	tab, stop, err := openPage(ctx, browserPath, htmlPath, width, height)
	if err != nil {
		return nil, err
	}
	defer stop()
	return chromedp.Run(tab, chromedp.FullScreenshot(100))
}

// ScreenPages opens the page at htmlPath with the browser at browserPath in
// a window width × height CSS pixels and returns a PNG of each screenful
// from the top, as a reader scrolling the page sees it: at most max.
func ScreenPages(ctx context.Context, browserPath, htmlPath string, width, height, max int) ([][]byte, error) {
	tab, stop, err := openPage(ctx, browserPath, htmlPath, width, height)
	if err != nil {
		return nil, err
	}
	defer stop()
	total, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.documentElement.scrollHeight`))
	if err != nil {
		return nil, fmt.Errorf("read the page height: %w", err)
	}
	var pages [][]byte
	for y := 0; y < total && len(pages) < max; y += height {
		scroll := chromedp.Evaluate[chromedp.Void](fmt.Sprintf("window.scrollTo(0,%d)", y))
		if err := chromedp.Do(tab, scroll, chromedp.Sleep(50*time.Millisecond)); err != nil {
			return nil, fmt.Errorf("scroll to %d: %w", y, err)
		}
		png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
		if err != nil {
			return nil, fmt.Errorf("screenshot at %d: %w", y, err)
		}
		pages = append(pages, png)
	}
	return pages, nil
}
