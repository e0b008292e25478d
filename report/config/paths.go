package config

import (
	"path"
	"path/filepath"
	"strings"
)

// The path rules of rapor.yaml are the same on every platform, so that a
// project written on Windows builds on Linux or macOS and back:
//
//   - "/" and "\" both separate folders: exports\harian\*.csv is
//     exports/harian/*.csv (a literal wildcard character is matched with a
//     class, e.g. [*]);
//   - absolute are "/x" (Unix) and "C:\x", "C:/x", "C:x", "\x",
//     "\\server\share\x" (Windows), whatever the running system;
//   - names may hold spaces.
//
// Slash and IsAbs are pure string functions (no path/filepath) so that
// their tests exercise the Windows rules on every platform.

// Slash returns a path from rapor.yaml with every backslash as a slash.
func Slash(p string) string { return strings.ReplaceAll(p, `\`, "/") }

// IsAbs reports whether p is an absolute path on Unix or Windows.
func IsAbs(p string) bool {
	if strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) {
		return true
	}
	return hasDrive(p)
}

// hasDrive reports whether p starts with a Windows drive letter ("C:").
func hasDrive(p string) bool {
	return len(p) >= 2 && p[1] == ':' && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z')
}

// Resolve returns the path of a file named in rapor.yaml (logo, framework):
// an absolute name as written, a relative one under the project folder dir,
// with the separators of the running system.
func Resolve(dir, name string) string {
	if IsAbs(name) {
		if filepath.Separator == '\\' {
			return filepath.Clean(name)
		}
		return name // a Windows path on Unix is kept: it names no file here
	}
	return filepath.Join(dir, filepath.FromSlash(Slash(name)))
}

// Matches reports whether the slash-separated path rel (relative to the
// project folder) is one that pattern (a rapor.yaml file pattern, see Glob)
// can match, by names alone.
func Matches(pattern, rel string) bool {
	segs, err := segments(pattern)
	if err != nil {
		return false
	}
	var names []string
	for _, s := range strings.Split(rel, "/") {
		if s != "" && s != "." {
			names = append(names, s)
		}
	}
	return matchSegs(segs, names)
}

// matchSegs matches pattern segments against path names ("**" is zero or
// more folders, or every file below as the last segment).
func matchSegs(segs, names []string) bool {
	if len(segs) == 0 {
		return len(names) == 0
	}
	if segs[0] == "**" {
		if len(segs) == 1 {
			return len(names) > 0
		}
		for i := 0; i <= len(names); i++ {
			if matchSegs(segs[1:], names[i:]) {
				return true
			}
		}
		return false
	}
	if len(names) == 0 {
		return false
	}
	if segs[0] == ".." || names[0] == ".." {
		return segs[0] == names[0] && matchSegs(segs[1:], names[1:])
	}
	if ok, _ := path.Match(segs[0], names[0]); !ok {
		return false
	}
	return matchSegs(segs[1:], names[1:])
}
