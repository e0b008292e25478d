package config

import (
	"errors"
	"strings"

	"github.com/rapor-id/rapor/report"
	"gopkg.in/yaml.v3"
)

// kinds are the source kinds of SPEC §3, in order.
var kinds = []string{
	report.KindPosts, report.KindDaily, report.KindAudience,
	report.KindComments, report.KindMonitoring, report.KindNotes,
	report.KindQDPX, report.KindQDACSV,
}

// csvKinds are the kinds read from CSV files.
var csvKinds = []string{
	report.KindPosts, report.KindDaily, report.KindAudience,
	report.KindComments, report.KindMonitoring,
}

// sourceKeys are the keys of one sources entry.
var sourceKeys = []string{"kind", "path", "columns", "platform", "timezone", "delimiter", "covers", "metric", "codes", "sources"}

// keyKinds says which kinds an optional source key applies to.
var keyKinds = map[string][]string{
	"columns":   csvKinds,
	"timezone":  csvKinds,
	"delimiter": csvKinds,
	"platform":  {report.KindDaily},
	"covers":    csvKinds,
	"metric":    {report.KindDaily},
	"codes":     codedKinds,
	"sources":   codedKinds,
}

// platforms are the values of a source's platform: key.
var platforms = []string{"instagram", "facebook"}

// delimiters maps the accepted spellings of delimiter: to the delimiter.
// Besides the character itself, a TAB may be written "\t" in single quotes
// (or unquoted) and "tab".
var delimiters = map[string]string{
	",": ",", ";": ";", "|": "|", "\t": "\t", `\t`: "\t", "tab": "\t", "TAB": "\t",
}

// sources reads the sources list, expands each glob and checks that no file
// belongs to two entries.
func (w *walker) sources(f *field, dir string) []report.Source {
	items, ok := w.list(f.val, f.name)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		w.warnAt(f.key, "config.no_sources")
	}
	type owner struct{ index, line int }
	owners := map[string]owner{}
	var out []report.Source
	for i, it := range items {
		prefix := "sources[" + itoa(i) + "]"
		node := it
		w.pos[prefix] = posOf(node)
		o := w.mapping(it, "sources", prefix+".", sourceKeys, []string{"kind", "path"})
		if o == nil {
			continue
		}
		s := w.source(o, i)
		s.Pos = posOf(node)
		if g := o.get("path"); g != nil && s.Path != "" {
			pn := g.val
			s.Files = w.globFiles(pn, dir, s.Path)
			for _, file := range s.Files {
				if prev, dup := owners[file]; dup {
					w.errAt(pn, "config.file_twice", file, prev.index+1, prev.line)
					continue
				}
				owners[file] = owner{i, node.Line}
			}
		}
		out = append(out, s)
	}
	return out
}

// source reads the fields of one sources entry.
func (w *walker) source(o *object, index int) report.Source {
	s := report.Source{Index: index}
	if g := o.get("kind"); g != nil {
		if k, ok := w.text(g); ok {
			if contains(kinds, k) {
				s.Kind = k
			} else {
				w.errAt(g.val, "config.bad_kind", k, strings.Join(kinds, ", "))
			}
		}
	}
	if g := o.get("path"); g != nil {
		s.Path, _ = w.text(g)
	}
	for _, g := range o.fields {
		if kinds, opt := keyKinds[g.name]; opt && s.Kind != "" && !contains(kinds, s.Kind) {
			w.errAt(g.key, "config.key_not_for_kind", g.name, s.Kind, strings.Join(kinds, ", "))
		}
	}
	if g := o.get("columns"); g != nil {
		s.Columns = w.columns(g, index)
	}
	if g := o.get("platform"); g != nil {
		if p, ok := w.text(g); ok {
			if contains(platforms, p) {
				s.Platform = p
			} else {
				w.errAt(g.val, "config.bad_platform", p, strings.Join(platforms, ", "))
			}
		}
	}
	if g := o.get("timezone"); g != nil {
		if z, ok := w.text(g); ok {
			if loc, good := loadZone(z); good {
				s.Timezone, s.Loc = z, loc
			} else {
				w.errAt(g.val, "config.bad_timezone", g.name, z)
			}
		}
	}
	if g := o.get("delimiter"); g != nil {
		if d, ok := w.str(g.val, g.name); ok {
			if v, good := delimiters[d]; good {
				s.Delimiter = v
			} else {
				w.errAt(g.val, "config.bad_delimiter", describe(g.val))
			}
		}
	}
	if g := o.get("metric"); g != nil {
		if m, ok := w.text(g); ok {
			if contains(report.SeriesNames, m) {
				s.Metric = m
			} else {
				w.errAt(g.val, "config.bad_metric", m, strings.Join(report.SeriesNames, ", "))
			}
		}
	}
	if g := o.get("covers"); g != nil {
		if r, ok := w.dateRange(g.val, g.name, "sources["+itoa(index)+"].covers."); ok {
			s.Covers = &r
		}
	}
	w.coded(o, index, &s)
	return s
}

// columns reads a mapping canonical name -> header.
func (w *walker) columns(f *field, index int) map[string]string {
	o := w.mapping(f.val, f.name, "sources["+itoa(index)+"].columns.", nil, nil)
	if o == nil {
		return nil
	}
	m := map[string]string{}
	owner := map[string]string{} // normalised header -> the canonical name mapped onto it
	for i := range o.fields {
		g := &o.fields[i]
		if strings.TrimSpace(g.name) == "" {
			w.errAt(g.key, "config.empty_value", f.name)
			continue
		}
		h, ok := w.text(g)
		if !ok {
			continue
		}
		key := strings.ToLower(strings.Join(strings.Fields(h), " "))
		if prev, dup := owner[key]; dup {
			w.errAt(g.val, "config.columns_same_header", h, prev, g.name)
			continue
		}
		owner[key] = g.name
		m[g.name] = h
	}
	return m
}

// globFiles expands pattern under dir, reporting a bad or absolute pattern
// and a pattern that matches nothing at node n.
func (w *walker) globFiles(n *yaml.Node, dir, pattern string) []string {
	if IsAbs(pattern) {
		w.errAt(n, "config.glob_absolute", pattern)
		return nil
	}
	files, err := Glob(dir, pattern)
	var ge *GlobError
	switch {
	case errors.As(err, &ge):
		w.errAt(n, ge.Key, ge.Args...)
		return nil
	case err != nil:
		w.errAt(n, "config.glob_bad", pattern, err.Error())
		return nil
	}
	if len(files) == 0 {
		w.errAt(n, "config.glob_no_match", pattern)
	}
	return files
}
