// Package browser finds a Chromium-family browser (Chrome, Chromium or Edge)
// and drives it headless: rapor prints report.html to PDF with it, and the
// browser tests and the screenshot tool open pages with it, so the browser
// search users get is the one the tests exercise.
package browser

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// EnvVar names the environment variable that picks the browser.
const EnvVar = "RAPOR_BROWSER"

// ErrNotFound means no Chrome, Chromium or Edge was found.
var ErrNotFound = errors.New("no Chrome, Chromium or Edge found (install chromium, or set " + EnvVar + " to its path)")

// commandNames are looked up on PATH, in this order.
var commandNames = []string{
	"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
	"microsoft-edge", "microsoft-edge-stable", "msedge", "headless-shell",
}

// Find returns the browser to use: $RAPOR_BROWSER when set (a command name
// or a path; an error when it names nothing runnable), else the first of the
// usual command names on PATH, else the first usual install place of the
// running system (Linux, macOS or Windows) that exists. getenv reads the
// environment (os.Getenv in production).
func Find(getenv func(string) string) (string, error) {
	return finder{getenv: getenv, goos: runtime.GOOS, lookPath: exec.LookPath, isFile: isFile}.find()
}

// finder holds what Find reads from the system, so that tests can give the
// install places of another system.
type finder struct {
	getenv   func(string) string
	goos     string
	lookPath func(string) (string, error)
	isFile   func(string) bool
}

func (f finder) find() (string, error) {
	if b := f.getenv(EnvVar); b != "" {
		p, err := f.lookPath(b)
		if err != nil {
			return "", fmt.Errorf("%s=%s: %w", EnvVar, b, err)
		}
		return p, nil
	}
	for _, n := range commandNames {
		if p, err := f.lookPath(n); err == nil {
			return p, nil
		}
	}
	for _, p := range installPlaces(f.goos, f.getenv) {
		if f.isFile(p) {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// installPlaces lists where Chrome, Chromium and Edge are usually installed
// on goos, in the order they are tried.
func installPlaces(goos string, getenv func(string) string) []string {
	switch goos {
	case "darwin":
		var places []string
		for _, base := range []string{"/Applications", filepath.Join(getenv("HOME"), "Applications")} {
			places = append(places,
				base+"/Google Chrome.app/Contents/MacOS/Google Chrome",
				base+"/Chromium.app/Contents/MacOS/Chromium",
				base+"/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")
		}
		return places
	case "windows":
		var places []string
		for _, base := range []string{getenv("ProgramFiles"), getenv("ProgramFiles(x86)"), getenv("LocalAppData")} {
			if base == "" {
				continue
			}
			places = append(places,
				base+`\Google\Chrome\Application\chrome.exe`,
				base+`\Microsoft\Edge\Application\msedge.exe`,
				base+`\Chromium\Application\chrome.exe`)
		}
		return places
	default:
		return []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
			"/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome", "/snap/bin/chromium",
			"/usr/bin/microsoft-edge", "/opt/microsoft/msedge/msedge"}
	}
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
