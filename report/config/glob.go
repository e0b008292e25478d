package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// ErrAbsolute is returned by Glob for a pattern that is an absolute path.
var ErrAbsolute = errors.New("the pattern is an absolute path; write it relative to the project folder")

// GlobError is a pattern that cannot be expanded safely; Key is a message
// key (config.glob_*) whose first argument is the pattern, Args the rest.
type GlobError struct {
	Key  string
	Args []any
}

func (e *GlobError) Error() string { return fmt.Sprint(append([]any{e.Key + ":"}, e.Args...)...) }

// GlobLimits bound one expansion, so that a hostile or mistaken pattern
// (symbolic-link loops, a 12-level */*/… over a big tree) ends with a
// message instead of running for minutes.
type GlobLimits struct {
	Depth   int           // folders below the project folder
	Matches int           // files matched
	Dirs    int           // folders read
	Time    time.Duration // wall-clock time
}

// DefaultGlobLimits are far above any real project (a 5-year export of a
// large account is a few thousand files in a few folders).
var DefaultGlobLimits = GlobLimits{Depth: 32, Matches: 100_000, Dirs: 100_000, Time: 10 * time.Second}

// Glob returns the files under dir matching pattern, relative to dir,
// slash-separated and sorted. The pattern is relative to dir, with "/" or
// "\" between folders (see Slash); each segment has path.Match syntax, and
// a segment "**" matches any number of directories (zero or more; as the
// last segment, every file below). Like a shell, a wildcard does not match a
// name beginning with "." unless the segment itself begins with "." (so
// macOS "._x.csv" files and ".git" are left out). Only regular files are
// returned (symbolic links to files count); "**" does not descend into
// linked directories, and each real folder is read once per pattern
// position, so link loops end.
//
// Every match must stay inside dir once symbolic links and ".." are
// resolved: a file or folder whose real path leaves the project is a
// *GlobError (config.glob_outside), as is passing DefaultGlobLimits.
func Glob(dir, pattern string) ([]string, error) {
	return GlobWithin(dir, pattern, DefaultGlobLimits)
}

// GlobWithin is Glob with explicit limits.
func GlobWithin(dir, pattern string, lim GlobLimits) ([]string, error) {
	if IsAbs(pattern) {
		return nil, ErrAbsolute
	}
	segs, err := segments(pattern)
	if err != nil {
		return nil, err
	}
	if len(segs) > lim.Depth {
		return nil, &GlobError{Key: "config.glob_too_deep", Args: []any{pattern, lim.Depth}}
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		root = filepath.Clean(dir) // the project folder's own problem is reported elsewhere
	}
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	g := &globber{dir: dir, root: root, pattern: pattern, lim: lim, seen: map[string]bool{},
		walked: map[walkKey]bool{}, deadline: time.Now().Add(lim.Time)}
	if err := g.walk("", segs, 0); err != nil {
		return nil, err
	}
	sort.Strings(g.out)
	return g.out, nil
}

// segments splits a pattern into checked segments.
func segments(pattern string) ([]string, error) {
	var segs []string
	for _, s := range strings.Split(Slash(pattern), "/") {
		switch {
		case s == "" || s == ".":
			continue
		case s == "**" && len(segs) > 0 && segs[len(segs)-1] == "**":
			continue // a/**/**/b is a/**/b
		case s != "**":
			if _, err := path.Match(s, ""); err != nil {
				return nil, err
			}
		}
		segs = append(segs, s)
	}
	if len(segs) == 0 {
		return nil, errors.New("the pattern is empty")
	}
	return segs, nil
}

// walkKey is a real folder at a position of the pattern.
type walkKey struct {
	real string
	left int // segments left
}

// globber collects the matches of one pattern.
type globber struct {
	dir, root, pattern string
	lim                GlobLimits
	deadline           time.Time
	dirs               int
	seen               map[string]bool
	walked             map[walkKey]bool
	out                []string
}

// full returns the OS path of rel (slash-separated, relative to dir).
func (g *globber) full(rel string) string {
	return filepath.Join(g.dir, filepath.FromSlash(rel))
}

// inside resolves rel and refuses a real path outside the project folder.
func (g *globber) inside(rel string) (string, error) {
	real, err := filepath.EvalSymlinks(g.full(rel))
	if err != nil {
		return "", err
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if real != g.root && !strings.HasPrefix(real, g.root+string(filepath.Separator)) {
		return "", &GlobError{Key: "config.glob_outside", Args: []any{g.pattern, rel}}
	}
	return real, nil
}

func (g *globber) add(rel string) error {
	if _, err := g.inside(rel); err != nil {
		var ge *GlobError
		if errors.As(err, &ge) {
			return err
		}
		return nil // vanished or a broken link: no match
	}
	return g.record(rel)
}

// addEntry adds the entry e (a file or a link to one) of a folder that
// walk or all reached. A plain file is inside the project folder when its
// folder is (walk checked that folder, all only descends into plain
// folders), so only a link has its real path resolved and checked.
func (g *globber) addEntry(e fs.DirEntry, rel string) error {
	if e.Type().IsRegular() {
		return g.record(rel)
	}
	return g.add(rel)
}

// record adds the match rel, once.
func (g *globber) record(rel string) error {
	if !g.seen[rel] {
		if len(g.out) >= g.lim.Matches {
			return &GlobError{Key: "config.glob_too_many", Args: []any{g.pattern, g.lim.Matches}}
		}
		g.seen[rel] = true
		g.out = append(g.out, rel)
	}
	return nil
}

// walk matches segs against the folder rel, depth folders below dir.
func (g *globber) walk(rel string, segs []string, depth int) error {
	if depth > g.lim.Depth {
		return &GlobError{Key: "config.glob_too_deep", Args: []any{g.pattern, g.lim.Depth}}
	}
	real, err := g.inside(rel)
	if err != nil {
		var ge *GlobError
		if errors.As(err, &ge) {
			return err
		}
		return nil // nothing there: no match
	}
	key := walkKey{real, len(segs)}
	if g.walked[key] {
		return nil // this folder was already matched against the same rest: a link loop or a second way in
	}
	g.walked[key] = true
	seg, last := segs[0], len(segs) == 1
	if seg == "**" {
		if last {
			return g.all(rel, depth)
		}
		if err := g.walk(rel, segs[1:], depth); err != nil {
			return err
		}
		return g.each(rel, func(e fs.DirEntry, sub string) error {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				return g.walk(sub, segs, depth+1)
			}
			return nil
		})
	}
	if !hasMeta(seg) {
		sub := join(rel, seg)
		st, err := os.Stat(g.full(sub))
		switch {
		case err != nil:
			return nil // nothing there: no match
		case last && st.Mode().IsRegular():
			return g.add(sub)
		case !last && st.IsDir():
			return g.walk(sub, segs[1:], depth+1)
		}
		return nil
	}
	return g.each(rel, func(e fs.DirEntry, sub string) error {
		name := e.Name()
		if strings.HasPrefix(name, ".") && !strings.HasPrefix(seg, ".") {
			return nil
		}
		if ok, _ := path.Match(seg, name); !ok {
			return nil
		}
		if last {
			if g.isFile(e, sub) {
				return g.addEntry(e, sub)
			}
			return nil
		}
		if e.IsDir() || g.isLinkedDir(e, sub) {
			return g.walk(sub, segs[1:], depth+1)
		}
		return nil
	})
}

// all adds every file below rel ("**" as the last segment).
func (g *globber) all(rel string, depth int) error {
	if depth > g.lim.Depth {
		return &GlobError{Key: "config.glob_too_deep", Args: []any{g.pattern, g.lim.Depth}}
	}
	return g.each(rel, func(e fs.DirEntry, sub string) error {
		if strings.HasPrefix(e.Name(), ".") {
			return nil
		}
		if e.IsDir() {
			return g.all(sub, depth+1)
		}
		if g.isFile(e, sub) {
			return g.addEntry(e, sub)
		}
		return nil
	})
}

// each calls fn for every entry of the folder rel. A folder that does not
// exist has no entries; another read error is returned. Each call counts
// toward the folder and time limits.
func (g *globber) each(rel string, fn func(e fs.DirEntry, sub string) error) error {
	g.dirs++
	if g.dirs > g.lim.Dirs {
		return &GlobError{Key: "config.glob_too_many_dirs", Args: []any{g.pattern, g.lim.Dirs}}
	}
	if time.Now().After(g.deadline) {
		return &GlobError{Key: "config.glob_too_slow", Args: []any{g.pattern, g.lim.Time.String()}}
	}
	entries, err := os.ReadDir(g.full(rel))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return nil
		}
		return err
	}
	for _, e := range entries {
		if err := fn(e, join(rel, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// isFile reports whether e is a regular file or a link to one.
func (g *globber) isFile(e fs.DirEntry, sub string) bool {
	if e.Type().IsRegular() {
		return true
	}
	if e.Type()&fs.ModeSymlink != 0 {
		st, err := os.Stat(g.full(sub))
		return err == nil && st.Mode().IsRegular()
	}
	return false
}

// isLinkedDir reports whether e is a link to a folder.
func (g *globber) isLinkedDir(e fs.DirEntry, sub string) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(g.full(sub))
	return err == nil && st.IsDir()
}

// join joins a relative slash path and a name; "." becomes "".
func join(rel, name string) string {
	p := path.Join(rel, name)
	if p == "." {
		return ""
	}
	return p
}

// hasMeta reports whether a segment holds path.Match wildcards (a backslash
// is a folder separator in rapor.yaml, never an escape).
func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[`) }
