package project

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// FindBrowser finds Chrome, Chromium or Edge for --pdf: RAPOR_BROWSER, then
// the usual command names on PATH, then the usual install places on Linux,
// macOS and Windows. It returns "" when none is found.
func FindBrowser(env func(string) string) string {
	if b := env("RAPOR_BROWSER"); b != "" {
		if p, err := exec.LookPath(b); err == nil {
			return p
		}
		return ""
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
		"chrome", "microsoft-edge", "microsoft-edge-stable", "msedge"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	var places []string
	switch runtime.GOOS {
	case "darwin":
		places = []string{"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
			"/Applications/Chromium.app/Contents/MacOS/Chromium",
			"/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"}
	case "windows":
		for _, base := range []string{env("ProgramFiles"), env("ProgramFiles(x86)"), env("LocalAppData")} {
			if base == "" {
				continue
			}
			places = append(places, filepath.Join(base, `Google\Chrome\Application\chrome.exe`),
				filepath.Join(base, `Microsoft\Edge\Application\msedge.exe`),
				filepath.Join(base, `Chromium\Application\chrome.exe`))
		}
	default:
		places = []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
			"/opt/google/chrome/chrome", "/snap/bin/chromium", "/usr/bin/microsoft-edge"}
	}
	for _, p := range places {
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}
