package config

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// targets reads the mapping indicator id -> {min, max, near}.
func (w *walker) targets(f *field) []report.TargetEntry {
	o := w.mapping(f.val, f.name, "targets.", nil, nil)
	if o == nil {
		return nil
	}
	var out []report.TargetEntry
	for _, g := range o.fields {
		id := strings.TrimSpace(g.name)
		if id == "" {
			w.errAt(g.key, "config.empty_value", f.name)
			continue
		}
		t := w.mapping(g.val, id, "targets."+id+".", []string{"min", "max", "near"}, nil)
		if t == nil {
			continue
		}
		var tg report.Target
		ok := true
		for _, b := range []struct {
			name string
			dst  **float64
		}{{"min", &tg.Min}, {"max", &tg.Max}} {
			if h := t.get(b.name); h != nil {
				v, good := w.number(h.val, id+"."+b.name)
				if good {
					*b.dst = &v
				}
				ok = ok && good
			}
		}
		if h := t.get("near"); h != nil {
			v, good := w.nonNegative(h)
			if good {
				tg.Near = &v
			}
			ok = ok && good
		}
		if !ok {
			continue
		}
		switch {
		case tg.Min == nil && tg.Max == nil:
			if len(t.node.Content) > 0 && t.get("near") == nil {
				continue // its unknown keys are reported
			}
			w.errAt(g.val, "config.target_empty", id)
			continue
		case tg.Min != nil && tg.Max != nil && *tg.Min > *tg.Max:
			w.errAt(g.val, "config.target_order", id, *tg.Min, *tg.Max)
			continue
		}
		out = append(out, report.TargetEntry{ID: id, Target: tg, Pos: posOf(g.key)})
	}
	return out
}

// CheckTargets reports target ids that are not indicators of the framework
// (not in known), at the id's position in rapor.yaml, suggesting the
// nearest ids.
func CheckTargets(cfg *report.Config, known []string) report.Problems {
	if cfg == nil {
		return nil
	}
	set := make(map[string]bool, len(known))
	for _, k := range known {
		set[k] = true
	}
	var probs report.Problems
	for _, t := range cfg.Targets {
		if set[t.ID] {
			continue
		}
		if near := Nearest(t.ID, known, 3); len(near) > 0 {
			probs.Add(report.Errorf(cfg.Path, t.Pos.Line, t.Pos.Col, "config.unknown_indicator", t.ID, strings.Join(near, ", ")))
		} else {
			probs.Add(report.Errorf(cfg.Path, t.Pos.Line, t.Pos.Col, "config.unknown_indicator_none", t.ID))
		}
	}
	return probs
}
