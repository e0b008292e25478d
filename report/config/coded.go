package config

import (
	"path"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// codedKinds are the kinds of coded qualitative data (SPEC §9).
var codedKinds = []string{report.KindQDPX, report.KindQDACSV}

// metaKeys are the keys of one entry of a coded source's sources: map.
var metaKeys = []string{"kind", "informant", "role", "date"}

// noteKinds are the values of a sources: entry's kind.
var noteKinds = []string{"interview", "observation", "document"}

// coded reads the codes: and sources: maps of a qdpx or qda-csv entry.
func (w *walker) coded(o *object, index int, s *report.Source) {
	prefix := "sources[" + itoa(index) + "]."
	if g := o.get("codes"); g != nil {
		m := w.mapping(g.val, g.name, prefix+"codes.", nil, nil)
		for i := range fieldsOf(m) {
			f := &m.fields[i]
			if strings.TrimSpace(f.name) == "" {
				w.errAt(f.key, "config.empty_value", g.name)
				continue
			}
			if code, ok := w.text(f); ok {
				s.Codes = append(s.Codes, report.CodeMap{Path: strings.TrimSpace(f.name), Code: code, Pos: posOf(f.val)})
			}
		}
	}
	if g := o.get("sources"); g != nil {
		m := w.mapping(g.val, g.name, prefix+"sources.", nil, nil)
		for i := range fieldsOf(m) {
			f := &m.fields[i]
			if strings.TrimSpace(f.name) == "" {
				w.errAt(f.key, "config.empty_value", g.name)
				continue
			}
			if _, err := path.Match(f.name, ""); err != nil {
				w.errAt(f.key, "config.glob_bad", f.name, err.Error())
				continue
			}
			if meta, ok := w.sourceMeta(f, prefix+"sources."+f.name+"."); ok {
				s.Meta = append(s.Meta, meta)
			}
		}
	}
}

// sourceMeta reads one {kind, informant, role, date} entry.
func (w *walker) sourceMeta(f *field, prefix string) (report.SourceMeta, bool) {
	meta := report.SourceMeta{Pattern: f.name, Pos: posOf(f.key)}
	m := w.mapping(f.val, f.name, prefix, metaKeys, nil)
	if m == nil {
		return meta, false
	}
	ok := true
	if g := m.get("kind"); g != nil {
		if k, good := w.text(g); good && contains(noteKinds, k) {
			meta.Kind = k
		} else if good {
			w.errAt(g.val, "config.bad_note_kind", k, strings.Join(noteKinds, ", "))
			ok = false
		}
	}
	if g := m.get("informant"); g != nil {
		meta.Informant, _ = w.text(g)
	}
	if g := m.get("role"); g != nil {
		meta.Role, _ = w.str(g.val, g.name)
	}
	if g := m.get("date"); g != nil {
		if d, good := w.date(g.val, g.name); good {
			meta.Date = &d
		} else {
			ok = false
		}
	}
	return meta, ok
}

// fieldsOf returns the fields of m (none when m is nil).
func fieldsOf(m *object) []field {
	if m == nil {
		return nil
	}
	return m.fields
}
