package qda

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Kinds of notes a source can become (SPEC §5).
var noteKinds = map[string]string{
	"interview": "interview", "wawancara": "interview",
	"observation": "observation", "observasi": "observation",
	"document": "document", "dokumen": "document",
}

// variable names (normalised) that carry a source's metadata.
var (
	informantVars = []string{"informant", "informan", "participant", "partisipan", "narasumber"}
	roleVars      = []string{"role", "peran", "jabatan"}
	kindVars      = []string{"kind", "jenis", "source kind", "jenis sumber"}
	dateVars      = []string{"date", "tanggal", "interview date", "tanggal wawancara"}
	ratingVars    = []string{"rating", "penilaian", "assessment", "verdict"}
	titleVars     = []string{"title", "judul"}
)

// sourceInfo is what a source's variables or sources: entry say of it.
type sourceInfo struct {
	kind, informant, role, rating, title string
	date                                 report.Date
	fromName                             bool // informant is the source name
}

// sourceMeta resolves the kind, informant, role, date, rating and title of
// a source: its variables (on the source or a case holding it) first, then
// the sources: entry, then the case name, then the source name.
func (m *Mapping) sourceMeta(p *Project, src *Source, probs *report.Problems) sourceInfo {
	vars, caseName := sourceVars(p, src)
	meta := m.metaFor(src.Name)
	if meta == nil {
		meta = &report.SourceMeta{}
	}
	info := sourceInfo{kind: "interview", role: meta.Role, rating: Rating(lookup(vars, ratingVars)), title: src.Name}
	if meta.Kind != "" {
		info.kind = meta.Kind
	}
	if kind, ok := noteKinds[norm(lookup(vars, kindVars))]; ok {
		info.kind = kind
	}
	info.informant = firstOf(lookup(vars, informantVars), meta.Informant, caseName)
	if info.informant == "" {
		info.informant, info.fromName = src.Name, true
	}
	if r := lookup(vars, roleVars); r != "" {
		info.role = r
	}
	if t := lookup(vars, titleVars); t != "" {
		info.title = t
	}
	if meta.Date != nil {
		info.date = *meta.Date
	}
	if d := lookup(vars, dateVars); d != "" {
		if date, err := report.ParseDate(d[:min(len(d), 10)]); err == nil {
			info.date = date
		} else {
			probs.Add(report.Warnf(p.Where, src.Line, 0, "qda.bad_date_variable", src.Name, d))
		}
	}
	return info
}

// sourceVars returns the variable values of a source by normalised
// variable name (the source's own first, then those of the cases holding
// it) and the name of the first such case.
func sourceVars(p *Project, src *Source) (map[string]string, string) {
	vars := map[string]string{}
	names := map[string]string{}
	for _, v := range p.Variables {
		names[v.GUID] = norm(v.Name)
	}
	add := func(vals []VarValue) {
		for _, v := range vals {
			name := names[v.VarGUID]
			if name == "" {
				name = norm(v.VarGUID)
			}
			if _, ok := vars[name]; !ok && strings.TrimSpace(v.Value) != "" {
				vars[name] = strings.TrimSpace(v.Value)
			}
		}
	}
	add(src.Values)
	caseName := ""
	for _, c := range p.Cases {
		for _, ref := range c.SourceRefs {
			if src.GUID != "" && strings.EqualFold(ref, src.GUID) {
				add(c.Values)
				caseName = firstOf(caseName, c.Name)
			}
		}
	}
	return vars, caseName
}

func lookup(vars map[string]string, names []string) string {
	for _, n := range names {
		if v := vars[n]; v != "" {
			return v
		}
	}
	return ""
}

// firstOf returns the first non-empty string.
func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
