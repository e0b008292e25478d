package html

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// ErrNoBrowser means no Chromium-family browser was found.
var ErrNoBrowser = errors.New("no Chromium browser found (install chromium, or set RAPOR_BROWSER to its path)")

// browserNames are looked up on PATH, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless-shell"}

// FindBrowser returns the path of the browser used for PDFs and browser
// tests: $RAPOR_BROWSER when set, else the first of chromium,
// chromium-browser, google-chrome, … found on PATH.
func FindBrowser() (string, error) {
	if p := os.Getenv("RAPOR_BROWSER"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("RAPOR_BROWSER=%s: %w", p, err)
		}
		return p, nil
	}
	for _, n := range browserNames {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// BrowserContext starts a headless browser (a fresh profile in a temporary
// folder, no network services, host names unresolvable so nothing can be
// fetched) with a window of width × height CSS pixels, and returns a chromedp
// context for its first tab. Call the returned func to stop the browser and
// remove the profile. browser "" uses FindBrowser.
func BrowserContext(ctx context.Context, browser string, width, height int) (context.Context, func(), error) {
	if browser == "" {
		var err error
		if browser, err = FindBrowser(); err != nil {
			return nil, nil, err
		}
	}
	profile, err := os.MkdirTemp("", "rapor-chromium-")
	if err != nil {
		return nil, nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(filepath.Clean(profile)),
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
	tctx, cancelTab := chromedp.NewContext(actx)
	stop := func() {
		cancelTab()
		cancelAlloc()
		_ = os.RemoveAll(profile)
	}
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate("about:blank")); err != nil {
		stop()
		return nil, nil, fmt.Errorf("start %s: %w", browser, err)
	}
	return tctx, stop, nil
}

// FileURL returns the file:// URL of a local path.
func FileURL(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return "file://" + filepath.ToSlash(abs), nil
}

// PrintPDF prints the report at htmlPath to an A4 PDF at pdfPath with a
// headless browser (browser "" uses FindBrowser). The page's own print CSS
// sets the A4 size, margins and page breaks; the charts are SVG, so their
// text stays searchable in the PDF.
func PrintPDF(ctx context.Context, htmlPath, pdfPath string, browser string) error {
	url, err := FileURL(htmlPath)
	if err != nil {
		return err
	}
	// 760 px is about the printable width of A4 at 96 dpi: the charts are
	// laid out at the width they are printed at.
	tctx, stop, err := BrowserContext(ctx, browser, 760, 1075)
	if err != nil {
		return err
	}
	defer stop()
	if err := chromedp.Do(tctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		return fmt.Errorf("open %s: %w", htmlPath, err)
	}
	pdf, err := chromedp.Run(tctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4),
		chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
	if err != nil {
		return fmt.Errorf("print %s: %w", htmlPath, err)
	}
	return os.WriteFile(pdfPath, pdf, 0o644)
}
