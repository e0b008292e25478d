package config

import (
	"path/filepath"
	"runtime"
	"testing"
)

// TestPathRules: the Windows path rules of rapor.yaml hold on every
// platform (pure string functions).
func TestPathRules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in    string
		abs   bool
		slash string
	}{
		{`C:\Users\Budi Santoso\Laporan\logo.png`, true, "C:/Users/Budi Santoso/Laporan/logo.png"},
		{`c:/data/*.csv`, true, "c:/data/*.csv"},
		{`D:relative.csv`, true, "D:relative.csv"},
		{`\\server\share\exports\a.csv`, true, "//server/share/exports/a.csv"},
		{`\rooted\a.csv`, true, "/rooted/a.csv"},
		{`/etc/passwd`, true, "/etc/passwd"},
		{`exports\harian\*.csv`, false, "exports/harian/*.csv"},
		{`assets\logo kab.png`, false, "assets/logo kab.png"},
		{`1:2.csv`, false, "1:2.csv"},
		{`logo.png`, false, "logo.png"},
	}
	for _, c := range cases {
		if got := IsAbs(c.in); got != c.abs {
			t.Errorf("IsAbs(%q) = %v, want %v", c.in, got, c.abs)
		}
		if got := Slash(c.in); got != c.slash {
			t.Errorf("Slash(%q) = %q, want %q", c.in, got, c.slash)
		}
	}
}

// TestResolve: an absolute logo or framework path is not joined under the
// project folder (issue 15 item 11); a relative one is, with either
// separator.
func TestResolve(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("proj", "x")
	if got, want := Resolve(dir, `assets\logo.png`), filepath.Join(dir, "assets", "logo.png"); got != want {
		t.Errorf("relative with backslash: %q, want %q", got, want)
	}
	if got, want := Resolve(dir, "assets/logo.png"), filepath.Join(dir, "assets", "logo.png"); got != want {
		t.Errorf("relative: %q, want %q", got, want)
	}
	if got := Resolve(dir, "/srv/logo.png"); runtime.GOOS != "windows" && got != "/srv/logo.png" {
		t.Errorf("absolute Unix path joined: %q", got)
	}
	if got := Resolve(dir, `C:\logo.png`); got != `C:\logo.png` {
		t.Errorf("absolute Windows path joined: %q", got)
	}
}

func TestMatches(t *testing.T) {
	t.Parallel()
	cases := []struct {
		pattern, rel string
		want         bool
	}{
		{"**", "out/indicators.json", true},
		{"**/*.json", "out/indicators.json", true},
		{"data/**/*.json", "data/a/b/indicators.json", true},
		{"data/**/*.json", "data/indicators.json", true},
		{"*.csv", "out/report.html", false},
		{"**/*.csv", "out/indicators.json", false},
		{`exports\*`, "exports/report.html", true},
		{"exports/*", "exports/sub/report.html", false},
		{"../x/*", "../x/a", true},
		{"[", "a", false},
	}
	for _, c := range cases {
		if got := Matches(c.pattern, c.rel); got != c.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", c.pattern, c.rel, got, c.want)
		}
	}
}
