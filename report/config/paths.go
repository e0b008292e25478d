package config

import (
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
