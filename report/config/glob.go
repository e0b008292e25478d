package config

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// ErrAbsolute is returned by Glob for a pattern that is an absolute path.
var ErrAbsolute = errors.New("the pattern is an absolute path; write it relative to the project folder")

// Glob returns the files under dir matching pattern, relative to dir,
// slash-separated and sorted. The pattern is slash-separated and relative
// to dir; each segment has path.Match syntax, and a segment "**" matches any
// number of directories (zero or more; as the last segment, every file
// below). Like a shell, a wildcard does not match a name beginning with "."
// unless the segment itself begins with "." (so macOS "._x.csv" files and
// ".git" are left out). Literal segments, including "..", are followed as
// written. Only regular files are returned (symbolic links to files count);
// "**" does not descend into linked directories.
func Glob(dir, pattern string) ([]string, error) {
	if isAbs(pattern) {
		return nil, ErrAbsolute
	}
	var segs []string
	for _, s := range strings.Split(pattern, "/") {
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
	g := &globber{dir: dir, seen: map[string]bool{}}
	if err := g.walk("", segs); err != nil {
		return nil, err
	}
	sort.Strings(g.out)
	return g.out, nil
}

// globber collects the matches of one pattern.
type globber struct {
	dir  string
	seen map[string]bool
	out  []string
}

// full returns the OS path of rel (slash-separated, relative to dir).
func (g *globber) full(rel string) string {
	return filepath.Join(g.dir, filepath.FromSlash(rel))
}

func (g *globber) add(rel string) {
	if !g.seen[rel] {
		g.seen[rel] = true
		g.out = append(g.out, rel)
	}
}

// walk matches segs against the folder rel.
func (g *globber) walk(rel string, segs []string) error {
	seg, last := segs[0], len(segs) == 1
	if seg == "**" {
		if last {
			return g.all(rel)
		}
		if err := g.walk(rel, segs[1:]); err != nil {
			return err
		}
		return g.each(rel, func(e fs.DirEntry, sub string) error {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				return g.walk(sub, segs)
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
			g.add(sub)
		case !last && st.IsDir():
			return g.walk(sub, segs[1:])
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
				g.add(sub)
			}
			return nil
		}
		if e.IsDir() || g.isLinkedDir(e, sub) {
			return g.walk(sub, segs[1:])
		}
		return nil
	})
}

// all adds every file below rel ("**" as the last segment).
func (g *globber) all(rel string) error {
	return g.each(rel, func(e fs.DirEntry, sub string) error {
		if strings.HasPrefix(e.Name(), ".") {
			return nil
		}
		if e.IsDir() {
			return g.all(sub)
		}
		if g.isFile(e, sub) {
			g.add(sub)
		}
		return nil
	})
}

// each calls fn for every entry of the folder rel. A folder that does not
// exist has no entries; another read error is returned.
func (g *globber) each(rel string, fn func(e fs.DirEntry, sub string) error) error {
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

// hasMeta reports whether a segment holds path.Match wildcards.
func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[\`) }
