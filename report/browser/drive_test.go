package browser

import (
	"bytes"
	"context"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/internal/testenv"
)

// script writes an executable shell script to a temporary folder.
func script(t *testing.T, body string) string {
	t.Helper()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	p := filepath.Join(t.TempDir(), "fake-browser")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestStartFailure: a browser that exits at once gives an error that names
// it and says why, and chromedp prints nothing to the standard logger.
func TestStartFailure(t *testing.T) {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	cases := []struct {
		name, body string
		want       []string
	}{
		{"silent", "exit 1", []string{"did not start", "printed nothing", "Chrome, Chromium or Edge"}},
		{"zero", "exit 0", []string{"did not start", "printed nothing"}},
		{"noisy", "echo first >&2\necho 'Missing X server or $DISPLAY' >&2\nexit 3",
			[]string{"did not start", "printed: first | Missing X server or $DISPLAY"}},
	}
	for _, c := range cases {
		p := script(t, c.body)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		tab, stop, err := Start(ctx, p, 400, 300)
		cancel()
		if err == nil {
			stop()
			t.Fatalf("%s: started %v", c.name, tab)
		}
		msg := err.Error()
		if !strings.Contains(msg, p) {
			t.Errorf("%s: error does not name the browser: %q", c.name, msg)
		}
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: error %q lacks %q", c.name, msg, w)
			}
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("%s: error spans lines: %q", c.name, msg)
		}
	}
	if logged.Len() > 0 {
		t.Errorf("chromedp logged: %q", logged.String())
	}
}

func TestFileURL(t *testing.T) {
	t.Parallel()
	u, err := FileURL("a b/report.html")
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if want := "file://" + filepath.ToSlash(filepath.Join(wd, "a b/report.html")); u != want {
		t.Errorf("got %q, want %q", u, want)
	}
}

// TestDrive prints a small page to PDF with the browser Find returns, and
// takes a whole-page screenshot and screenful screenshots of a tall page.
func TestDrive(t *testing.T) {
	testenv.Short(t, "starts a browser")
	b, err := Find(os.Getenv)
	if err != nil {
		testenv.Missing(t, "%v", err)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "p.html")
	if err := os.WriteFile(page, []byte("<!DOCTYPE html><title>t</title><p>Halo</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "p.pdf")
	if err := PrintPDF(context.Background(), b, page, pdf); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("not a PDF: %q", data[:min(len(data), 16)])
	}
	png, err := Screenshot(context.Background(), b, page, 390, 300)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("not a PNG: %q", png[:min(len(png), 8)])
	}
	tall := filepath.Join(dir, "tall.html")
	if err := os.WriteFile(tall, []byte(`<!DOCTYPE html><body style="margin:0"><div style="height:1000px">a</div>`), 0o644); err != nil {
		t.Fatal(err)
	}
	pages, err := ScreenPages(context.Background(), b, tall, 390, 300, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 4 { // 1000 px in screens of 300
		t.Errorf("%d screen pages, want 4", len(pages))
	}
	for i, p := range pages {
		if !bytes.HasPrefix(p, []byte("\x89PNG")) {
			t.Errorf("page %d is not a PNG", i)
		}
	}
}
