package config

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/rapor-id/rapor/report"
	"gopkg.in/yaml.v3"
)

// rollupKeys are the keys of a roll-up rapor.yaml (SPEC §9).
var rollupKeys = []string{
	"title", "organization", "language", "period", "compare", "report_date",
	"signatory", "targets", "accounts",
}

// accountKeys are the keys of one accounts entry.
var accountKeys = []string{"path", "group", "label"}

// IsRollup reports whether DIR/rapor.yaml is a roll-up: a readable YAML
// mapping with an `accounts:` key. Any file that cannot be read or parsed is
// not one (the ordinary loader then reports what is wrong with it).
func IsRollup(dir string) bool {
	p := filepath.Join(dir, FileName)
	b, prob := readFile(p)
	if prob != nil {
		return false
	}
	if b, prob = toUTF8(p, b); prob != nil {
		return false
	}
	root, _ := parse(p, b)
	if root == nil {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Kind == yaml.ScalarNode && k.Value == "accounts" {
			return true
		}
	}
	return false
}

// LoadRollup reads DIR/rapor.yaml as a roll-up: title, period and accounts
// are required (period unless opts.Period is set); `sources:` and the other
// keys of a single-account project are errors. Each accounts entry's path
// (a folder or a glob) must match at least one folder holding a rapor.yaml,
// and no folder may be matched twice. Problems carry rapor.yaml:line:col.
func LoadRollup(dir string, opts Options) (*report.RollupConfig, report.Problems) {
	p := filepath.Join(dir, FileName)
	b, prob := readFile(p)
	if prob != nil {
		return nil, report.Problems{*prob}
	}
	return walkBytes(p, b, func(w *walker, root *yaml.Node) *report.RollupConfig {
		return w.decodeRollup(dir, root, opts)
	})
}

// decodeRollup walks the top-level mapping of a roll-up.
func (w *walker) decodeRollup(dir string, root *yaml.Node, opts Options) *report.RollupConfig {
	cfg := &report.RollupConfig{Dir: filepath.Clean(dir), Path: w.path, PosOf: w.pos}
	required := []string{"title", "period", "accounts"}
	if opts.Period != "" {
		required = []string{"title", "accounts"}
	}
	o := w.mapping(root, "rapor.yaml", "", rollupKeys, required)
	if f := o.get("title"); f != nil {
		cfg.Title, _ = w.text(f)
	}
	if f := o.get("organization"); f != nil {
		s, _ := w.str(f.val, f.name)
		cfg.Organization = strings.TrimSpace(s)
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
	var pc report.Config
	w.periods(o, opts, &pc)
	cfg.Period, cfg.Compare, cfg.ReportDate = pc.Period, pc.Compare, pc.ReportDate
	cfg.CompareSet = o.get("compare") != nil
	if f := o.get("signatory"); f != nil {
		cfg.Signatory = w.signatory(f)
	}
	if f := o.get("targets"); f != nil {
		cfg.Targets = w.targets(f)
		cfg.TargetsSet = true
	}
	if f := o.get("accounts"); f != nil {
		cfg.Accounts = w.accounts(f, cfg.Dir)
	}
	return cfg
}

// accounts reads the accounts list and expands each path to the project
// folders it matches.
func (w *walker) accounts(f *field, dir string) []report.AccountEntry {
	items, ok := w.list(f.val, f.name)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		w.errAt(f.val, "rollup.no_accounts")
	}
	owners := map[string]int{} // folder -> line of the entry that matched it
	var out []report.AccountEntry
	for i, it := range items {
		prefix := "accounts[" + itoa(i) + "]"
		n := it
		w.pos[prefix] = posOf(n)
		if n.Kind == yaml.ScalarNode && !isNull(n) {
			// a bare path is allowed: "- akun/dinas-*"
			e := report.AccountEntry{Path: strings.TrimSpace(n.Value), Pos: posOf(n)}
			e.Dirs = w.accountDirs(n, dir, e.Path, owners)
			out = append(out, e)
			continue
		}
		o := w.mapping(it, "accounts", prefix+".", accountKeys, []string{"path"})
		if o == nil {
			continue
		}
		e := report.AccountEntry{Pos: posOf(n)}
		if g := o.get("group"); g != nil {
			e.Group, _ = w.text(g)
		}
		if g := o.get("label"); g != nil {
			e.Label, _ = w.text(g)
		}
		g := o.get("path")
		if g == nil {
			continue
		}
		s, good := w.text(g)
		if !good {
			continue
		}
		e.Path = s
		e.Dirs = w.accountDirs(g.val, dir, s, owners)
		if e.Label != "" && len(e.Dirs) > 1 {
			w.errAt(o.get("label").key, "rollup.account_label_glob", s, len(e.Dirs))
		}
		out = append(out, e)
	}
	return out
}

// accountDirs expands an account path (a folder or a glob of folders) to the
// folders below dir that hold a rapor.yaml, refusing folders already matched
// by an earlier entry and the roll-up folder itself.
func (w *walker) accountDirs(n *yaml.Node, dir, pattern string, owners map[string]int) []string {
	if pattern == "" {
		w.errAt(n, "config.empty_value", "path")
		return nil
	}
	if IsAbs(pattern) {
		w.errAt(n, "config.glob_absolute", pattern)
		return nil
	}
	files, err := accountFiles(dir, pattern)
	if err != nil {
		w.errAt(n, "config.glob_bad", pattern, err.Error())
		return nil
	}
	var out []string
	for _, f := range files {
		d := path.Dir(f)
		if d == "." {
			w.errAt(n, "rollup.account_is_rollup", pattern)
			continue
		}
		if line, dup := owners[d]; dup {
			w.errAt(n, "rollup.account_twice", d, line)
			continue
		}
		owners[d] = n.Line
		out = append(out, d)
	}
	if len(files) == 0 {
		w.errAt(n, "rollup.account_no_match", pattern, FileName)
	}
	return out
}

// accountFiles returns the rapor.yaml files an account pattern names,
// relative to the roll-up folder. Unlike a source glob, an account may lie
// outside the roll-up folder (`../example`): the pattern's leading literal
// folders (".." included) become the folder the glob starts from, and the
// glob itself stays inside that folder.
func accountFiles(dir, pattern string) ([]string, error) {
	segs := strings.Split(strings.Trim(Slash(pattern), "/"), "/")
	n := 0
	for n < len(segs) && !strings.ContainsAny(segs[n], "*?[\\") {
		n++
	}
	base := path.Join(segs[:n]...)
	rest := path.Join(append(segs[n:], FileName)...)
	files, err := Glob(filepath.Join(dir, filepath.FromSlash(base)), rest)
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		files[i] = path.Join(base, f)
	}
	return files, nil
}
