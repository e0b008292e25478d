package qda

import (
	"path"
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/textdist"
)

// Ignore is the codes: target that drops a code on purpose.
const Ignore = "ignore"

// Mapping says how the codes and sources of a project become notes.
type Mapping struct {
	Framework *report.Framework
	Codes     []report.CodeMap    // codes: of the source entry
	Meta      []report.SourceMeta // sources: of the source entry
	Config    string              // path of rapor.yaml, for problems about codes:
}

// Outcome is what Notes made of a project.
type Outcome struct {
	Notes    []*report.Note
	Items    int            // coded selections (a CSV: rows) read
	Used     int            // items that became (part of) a segment
	Bad      int            // items skipped because the file is wrong (out_of_range, splits_character)
	Skipped  map[string]int // items skipped, by reason
	Unmapped []Unmapped     // code paths that map to nothing, by path
	Problems report.Problems
}

// Unmapped is a code path no framework code was found for.
type Unmapped struct {
	Path       string
	Selections int    // coded selections carrying it
	Nearest    string // the nearest framework code
	Line       int    // line of the code in the project (CSV: its first row); 0 when unknown
}

// target is what one code maps to.
type target struct {
	code   string // framework code, or ""
	rating string // assessment, or ""
	ignore bool
}

// codeIndex resolves the codes of one project.
type codeIndex struct {
	byGUID map[string]*Code
	byPath map[string]*Code
	m      *Mapping
	auto   map[string]string // normalised name -> framework code
	guids  map[string]string // derived GUID (lower) -> framework code
	cache  map[*Code]target
}

func newCodeIndex(p *Project, m *Mapping) *codeIndex {
	ix := &codeIndex{byGUID: map[string]*Code{}, byPath: map[string]*Code{}, m: m,
		auto: map[string]string{}, guids: map[string]string{}, cache: map[*Code]target{}}
	p.Walk(func(c *Code) {
		if c.GUID != "" {
			ix.byGUID[strings.ToLower(c.GUID)] = c
		}
		ix.byPath[c.Path] = c
	})
	if m.Framework != nil {
		for _, st := range m.Framework.Stages {
			for _, sc := range st.Subcomponents {
				code := st.ID + "." + sc.ID
				for _, name := range []string{code, st.ID + "/" + sc.ID,
					st.Label.ID + "/" + sc.Label.ID, st.Label.EN + "/" + sc.Label.EN} {
					if _, dup := ix.auto[norm(name)]; !dup {
						ix.auto[norm(name)] = code
					}
				}
				ix.guids[strings.ToLower(GUID(m.Framework.Name, "code", code))] = code
			}
		}
	}
	return ix
}

// of maps one code.
func (ix *codeIndex) of(c *Code) target {
	if t, ok := ix.cache[c]; ok {
		return t
	}
	t := ix.resolve(c)
	ix.cache[c] = t
	return t
}

func (ix *codeIndex) resolve(c *Code) target {
	best, bestLen := -1, -1
	for i, e := range ix.m.Codes {
		p := norm(e.Path)
		cp := norm(c.Path)
		if (cp == p || strings.HasPrefix(cp, p+"/")) && len(p) > bestLen {
			best, bestLen = i, len(p)
		}
	}
	if best >= 0 {
		if ix.m.Codes[best].Code == Ignore {
			return target{ignore: true}
		}
		return target{code: ix.m.Codes[best].Code}
	}
	if code, ok := ix.guids[strings.ToLower(c.GUID)]; ok && c.GUID != "" {
		return target{code: code}
	}
	segs := strings.Split(c.Path, "/")
	names := []string{c.Path, c.Name}
	if len(segs) >= 2 {
		names = append(names, segs[len(segs)-2]+"/"+segs[len(segs)-1])
	}
	for _, n := range names {
		if code, ok := ix.auto[norm(n)]; ok {
			return target{code: code}
		}
	}
	if r := Rating(c.Name); r != "" {
		return target{rating: r}
	}
	return target{}
}

// ratingNames are the names of the researcher's verdicts (SPEC §5), in
// both report languages, normalised.
var ratingNames = map[string]string{
	"optimal": "optimal", "belum optimal": "belum_optimal", "not yet optimal": "belum_optimal",
	"tidak ada": "tidak_ada", "absent": "tidak_ada",
}

// Rating returns the assessment a code or variable value names
// (Optimal, Belum optimal, Tidak ada, their English labels or the ids), or "".
func Rating(name string) string { return ratingNames[norm(name)] }

// norm folds case, treats _ and - as spaces, collapses spaces and trims
// spaces around "/".
func norm(s string) string {
	s = strings.ToLower(strings.NewReplacer("_", " ", "-", " ").Replace(s))
	parts := strings.Split(s, "/")
	for i, p := range parts {
		parts[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(parts, "/")
}

// nearest returns the framework code nearest to a code path by edit
// distance of its last name to the codes, ids and labels in both languages.
func nearest(fw *report.Framework, codePath string) string {
	if fw == nil {
		return ""
	}
	name := codePath
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	name = norm(name)
	best, bestD := "", -1
	for _, st := range fw.Stages {
		for _, sc := range st.Subcomponents {
			code := st.ID + "." + sc.ID
			for _, cand := range []string{code, sc.ID, sc.Label.ID, sc.Label.EN} {
				if d := textdist.Distance(name, norm(cand)); bestD < 0 || d < bestD {
					best, bestD = code, d
				}
			}
		}
	}
	return best
}

// sortedUnmapped turns counts into the Unmapped list, by path.
func sortedUnmapped(fw *report.Framework, counts map[string]int, lines map[string]int) []Unmapped {
	out := make([]Unmapped, 0, len(counts))
	for p, n := range counts {
		out = append(out, Unmapped{Path: p, Selections: n, Nearest: nearest(fw, p), Line: lines[p]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// metaFor returns the sources: entry for a source name: an exact name
// first, else the first glob that matches.
func (m *Mapping) metaFor(name string) *report.SourceMeta {
	for i := range m.Meta {
		if m.Meta[i].Pattern == name {
			return &m.Meta[i]
		}
	}
	for i := range m.Meta {
		if ok, err := path.Match(m.Meta[i].Pattern, name); err == nil && ok {
			return &m.Meta[i]
		}
	}
	return nil
}
