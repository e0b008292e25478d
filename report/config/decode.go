package config

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/rapor-id/rapor/report"
	"gopkg.in/yaml.v3"
)

// Defaults of SPEC §2.
const (
	DefaultLanguage       = "id"
	DefaultTimezone       = "Asia/Jakarta"
	DefaultExportTimezone = "America/Los_Angeles"
	DefaultFramework      = "luttrell"
)

// topKeys are the keys of rapor.yaml, in the order of SPEC §2.
var topKeys = []string{
	"title", "organization", "account", "language", "timezone", "export_timezone",
	"period", "compare", "report_date", "framework", "logo", "signatory", "channels",
	"home_region", "targets", "target_near", "service", "sources", "narrative", "events", "privacy",
	"letterhead", "method", "page", "outputs",
}

// languages are the report languages.
var languages = []string{"id", "en"}

// reAccount is an Instagram username: letters, digits, '.' and '_', at most 30.
var reAccount = regexp.MustCompile(`^[A-Za-z0-9._]{1,30}$`)

// decode walks the top-level mapping into a Config.
func (w *walker) decode(dir string, root *yaml.Node, opts Options) *report.Config {
	cfg := &report.Config{
		Dir:            filepath.Clean(dir),
		Path:           w.path,
		Language:       DefaultLanguage,
		Timezone:       DefaultTimezone,
		ExportTimezone: DefaultExportTimezone,
		Framework:      DefaultFramework,
		Privacy:        report.Privacy{Pseudonymize: true},
		Service:        report.DefaultService(),
		PosOf:          w.pos,
	}
	required := []string{"title", "account", "period", "sources"}
	if opts.Period != "" {
		required = []string{"title", "account", "sources"}
	}
	o := w.mapping(root, "rapor.yaml", "", topKeys, required)

	if f := o.get("title"); f != nil {
		cfg.Title, _ = w.text(f)
	}
	if f := o.get("organization"); f != nil {
		s, _ := w.str(f.val, f.name)
		cfg.Organization = strings.TrimSpace(s)
	}
	if f := o.get("account"); f != nil {
		if s, ok := w.text(f); ok {
			s = strings.TrimPrefix(s, "@")
			if reAccount.MatchString(s) {
				cfg.Account = s
			} else {
				w.errAt(f.val, "config.bad_account", s)
			}
		}
	}
	if f := o.get("language"); f != nil {
		if s, ok := w.text(f); ok {
			if contains(languages, s) {
				cfg.Language = s
			} else {
				w.errAt(f.val, "config.bad_language", s)
			}
		}
	}
	w.zone(o.get("timezone"), &cfg.Timezone, &cfg.Loc)
	w.zone(o.get("export_timezone"), &cfg.ExportTimezone, &cfg.ExportLoc)
	w.periods(o, opts, cfg)
	if f := o.get("framework"); f != nil {
		cfg.Framework, _ = w.text(f)
		if cfg.Framework != "" && cfg.Framework != DefaultFramework {
			w.localFile(f, cfg.Dir, nil)
		}
	}
	if f := o.get("logo"); f != nil {
		if s, ok := w.text(f); ok {
			cfg.Logo = s
			w.localFile(f, cfg.Dir, imageExts)
		}
	}
	if f := o.get("signatory"); f != nil {
		cfg.Signatory = w.signatory(f)
	}
	if f := o.get("letterhead"); f != nil {
		cfg.Letterhead = w.letterhead(f, cfg.Dir)
	}
	if f := o.get("method"); f != nil {
		cfg.Method = w.method(f, cfg.Dir)
	}
	if f := o.get("page"); f != nil {
		cfg.PageSize = w.page(f)
	}
	if f := o.get("outputs"); f != nil {
		cfg.Outputs = w.outputs(f)
	}
	if f := o.get("channels"); f != nil {
		cfg.Channels = w.channels(f)
	}
	if f := o.get("home_region"); f != nil {
		cfg.HomeRegion = w.strings(f)
	}
	if f := o.get("targets"); f != nil {
		cfg.Targets = w.targets(f)
	}
	if f := o.get("target_near"); f != nil {
		if v, ok := w.nonNegative(f); ok {
			cfg.TargetNear = &v
		}
	}
	applyNear(cfg.Targets, cfg.TargetNear)
	if f := o.get("service"); f != nil {
		cfg.Service = w.service(f)
	}
	if f := o.get("sources"); f != nil {
		cfg.Sources = w.sources(f, cfg.Dir)
	}
	if f := o.get("narrative"); f != nil {
		if s, ok := w.text(f); ok {
			cfg.Narrative = s
			w.globFiles(f.val, cfg.Dir, s)
		}
	}
	if f := o.get("events"); f != nil {
		cfg.Events = w.events(f)
	}
	if f := o.get("privacy"); f != nil {
		cfg.Privacy = w.privacy(f)
	}
	return cfg
}

// zone reads a time zone name into name and loc; without the key, or with
// a bad one, the default name (already in *name) is loaded.
func (w *walker) zone(f *field, name *string, loc **time.Location) {
	if f != nil {
		if s, ok := w.text(f); ok {
			if l, good := loadZone(s); good {
				*name, *loc = s, l
				return
			}
			w.errAt(f.val, "config.bad_timezone", f.name, s)
		}
	}
	*loc, _ = loadZone(*name) // the default, so that Loc is never nil
}

// channels reads the channel list.
func (w *walker) channels(f *field) []report.Channel {
	items, _ := w.list(f.val, f.name)
	var out []report.Channel
	for i, it := range items {
		prefix := "channels[" + itoa(i) + "]"
		w.pos[prefix] = posOf(it)
		o := w.mapping(it, "channels", prefix+".",
			[]string{"platform", "handle", "followers", "active"}, []string{"platform", "handle"})
		if o == nil {
			continue
		}
		c := report.Channel{Active: true}
		if g := o.get("platform"); g != nil {
			if s, ok := w.text(g); ok {
				c.Platform = strings.ToLower(s)
			}
		}
		if g := o.get("handle"); g != nil {
			if s, ok := w.text(g); ok {
				c.Handle = strings.TrimPrefix(s, "@")
			}
		}
		if g := o.get("followers"); g != nil {
			if v, ok := w.count(g); ok {
				c.Followers = &v
			}
		}
		if g := o.get("active"); g != nil {
			c.Active, _ = w.boolean(g.val, g.name)
		}
		out = append(out, c)
	}
	return out
}

// count reads a whole, non-negative number.
func (w *walker) count(f *field) (float64, bool) {
	v, ok := w.number(f.val, f.name)
	if !ok {
		return 0, false
	}
	n := f.val
	if v < 0 {
		w.errAt(n, "config.negative", f.name, describe(n))
		return 0, false
	}
	if v != float64(int64(v)) {
		w.errAt(n, "config.want_whole", f.name, describe(n))
		return 0, false
	}
	return v, true
}

// strings reads a list of non-empty texts.
func (w *walker) strings(f *field) []string {
	items, _ := w.list(f.val, f.name)
	var out []string
	for _, it := range items {
		s, ok := w.str(it, f.name)
		if !ok {
			continue
		}
		if s = strings.TrimSpace(s); s == "" {
			w.errAt(it, "config.empty_value", f.name)
			continue
		}
		out = append(out, s)
	}
	return out
}

// events reads the list of {date, label}.
func (w *walker) events(f *field) []report.Event {
	items, _ := w.list(f.val, f.name)
	var out []report.Event
	for i, it := range items {
		prefix := "events[" + itoa(i) + "]"
		w.pos[prefix] = posOf(it)
		o := w.mapping(it, "events", prefix+".", []string{"date", "label"}, []string{"date", "label"})
		if o == nil {
			continue
		}
		var e report.Event
		ok := true
		if g := o.get("date"); g != nil {
			var good bool
			e.Date, good = w.date(g.val, g.name)
			ok = ok && good
		} else {
			ok = false
		}
		if g := o.get("label"); g != nil {
			var good bool
			e.Label, good = w.text(g)
			ok = ok && good
		} else {
			ok = false
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// privacy reads {pseudonymize, generalize_roles, redact}.
func (w *walker) privacy(f *field) report.Privacy {
	p := report.Privacy{Pseudonymize: true}
	o := w.mapping(f.val, f.name, "privacy.", []string{"pseudonymize", "generalize_roles", "redact"}, nil)
	if o == nil {
		return p
	}
	if g := o.get("pseudonymize"); g != nil {
		if v, ok := w.boolean(g.val, g.name); ok {
			p.Pseudonymize = v
		}
	}
	if g := o.get("generalize_roles"); g != nil {
		p.GeneralizeRoles, _ = w.boolean(g.val, g.name)
	}
	if g := o.get("redact"); g != nil {
		p.Redact = w.strings(g)
	}
	return p
}

func posOf(n *yaml.Node) report.Pos { return report.Pos{Line: n.Line, Col: n.Column} }
