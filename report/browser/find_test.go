package browser

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// fakeSystem is a system with the given commands on PATH and files on disk.
func fakeSystem(goos string, env map[string]string, onPath []string, files []string) finder {
	return finder{
		getenv: func(k string) string { return env[k] },
		goos:   goos,
		lookPath: func(name string) (string, error) {
			for _, p := range onPath {
				if p == name || strings.HasSuffix(p, "/"+name) {
					return p, nil
				}
			}
			return "", exec.ErrNotFound
		},
		isFile: func(p string) bool {
			for _, f := range files {
				if f == p {
					return true
				}
			}
			return false
		},
	}
}

func TestFind(t *testing.T) {
	t.Parallel()
	winEnv := map[string]string{"ProgramFiles": `C:\Program Files`, "LocalAppData": `C:\Users\a\AppData\Local`}
	cases := []struct {
		name    string
		f       finder
		want    string
		wantErr string
	}{
		{"env wins over PATH", fakeSystem("linux", map[string]string{EnvVar: "/opt/x/chrome"},
			[]string{"/opt/x/chrome", "/usr/bin/chromium"}, nil), "/opt/x/chrome", ""},
		{"env names nothing", fakeSystem("linux", map[string]string{EnvVar: "/nope"},
			[]string{"/usr/bin/chromium"}, nil), "", EnvVar + "=/nope"},
		{"PATH order", fakeSystem("linux", nil, []string{"/usr/bin/google-chrome", "/usr/bin/chromium"}, nil),
			"/usr/bin/chromium", ""},
		{"edge on PATH", fakeSystem("linux", nil, []string{"/usr/bin/microsoft-edge-stable"}, nil),
			"/usr/bin/microsoft-edge-stable", ""},
		{"headless-shell on PATH", fakeSystem("linux", nil, []string{"/usr/local/bin/headless-shell"}, nil),
			"/usr/local/bin/headless-shell", ""},
		{"linux install place", fakeSystem("linux", nil, nil, []string{"/opt/google/chrome/chrome"}),
			"/opt/google/chrome/chrome", ""},
		{"linux snap", fakeSystem("linux", nil, nil, []string{"/snap/bin/chromium"}), "/snap/bin/chromium", ""},
		{"macOS chrome", fakeSystem("darwin", nil, nil,
			[]string{"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"}),
			"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", ""},
		{"macOS edge in home", fakeSystem("darwin", map[string]string{"HOME": "/Users/a"}, nil,
			[]string{"/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"}),
			"/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", ""},
		{"windows edge", fakeSystem("windows", winEnv, nil,
			[]string{`C:\Program Files\Microsoft\Edge\Application\msedge.exe`}),
			`C:\Program Files\Microsoft\Edge\Application\msedge.exe`, ""},
		{"windows chrome per user", fakeSystem("windows", winEnv, nil,
			[]string{`C:\Users\a\AppData\Local\Google\Chrome\Application\chrome.exe`}),
			`C:\Users\a\AppData\Local\Google\Chrome\Application\chrome.exe`, ""},
		{"windows place on another system", fakeSystem("linux", winEnv, nil,
			[]string{`C:\Program Files\Microsoft\Edge\Application\msedge.exe`}), "", ErrNotFound.Error()},
		{"nothing", fakeSystem("linux", nil, nil, nil), "", ErrNotFound.Error()},
	}
	for _, c := range cases {
		got, err := c.f.find()
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("%s: got %q, %v; want error with %q", c.name, got, err, c.wantErr)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestFindNotFoundIsErrNotFound(t *testing.T) {
	t.Parallel()
	_, err := fakeSystem("linux", nil, nil, nil).find()
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
}

// TestFindReal runs Find on this machine with RAPOR_BROWSER naming a
// program that exists and one that does not.
func TestFindReal(t *testing.T) {
	t.Parallel()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	got, err := Find(func(k string) string {
		if k == EnvVar {
			return sh
		}
		return ""
	})
	if err != nil || got != sh {
		t.Errorf("Find(%s=%s) = %q, %v", EnvVar, sh, got, err)
	}
	if _, err := Find(func(k string) string {
		if k == EnvVar {
			return "/no/such/browser"
		}
		return ""
	}); err == nil || !strings.Contains(err.Error(), "/no/such/browser") {
		t.Errorf("missing %s: got %v", EnvVar, err)
	}
}
