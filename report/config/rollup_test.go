package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rollupDir makes a roll-up folder with three account projects below
// akun/ (each only a rapor.yaml) and the given roll-up rapor.yaml.
func rollupDir(t *testing.T, yml string) string {
	t.Helper()
	dir := t.TempDir()
	for _, a := range []string{"akun/dinas/dinkes", "akun/dinas/dinsos", "akun/kec/cibeureum"} {
		p := filepath.Join(dir, filepath.FromSlash(a))
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(p, FileName), []byte("title: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const rollupBase = `title: Roll-up
period: 2026-10
accounts:
  - {path: "akun/dinas/*", group: Dinas}
`

func TestLoadRollupGood(t *testing.T) {
	dir := rollupDir(t, rollupBase+"  - {path: akun/kec/cibeureum, group: Kecamatan, label: Kecamatan Cibeureum}\n"+
		"  - akun/kec/cibeureum/../../kec/*\n"+
		"language: en\ncompare: none\ntargets: {share.posts_per_week: {min: 5}}\n")
	if !IsRollup(dir) {
		t.Fatal("IsRollup = false")
	}
	cfg, probs := LoadRollup(dir, Options{})
	if len(probs) != 1 || probs[0].Key != "rollup.account_twice" || probs[0].Line != 6 {
		t.Fatalf("problems %v; want only the folder matched twice, on line 6", probs)
	}
	if cfg.Title != "Roll-up" || cfg.Language != "en" || cfg.Period.ID != "2026-10" || !cfg.CompareSet || cfg.Compare != nil {
		t.Errorf("config %+v", cfg)
	}
	if !cfg.TargetsSet || len(cfg.Targets) != 1 || *cfg.Targets[0].Target.Min != 5 {
		t.Errorf("targets %+v", cfg.Targets)
	}
	if got := strings.Join(cfg.Accounts[0].Dirs, ","); got != "akun/dinas/dinkes,akun/dinas/dinsos" {
		t.Errorf("dirs %q", got)
	}
	if e := cfg.Accounts[1]; e.Group != "Kecamatan" || e.Label != "Kecamatan Cibeureum" || len(e.Dirs) != 1 {
		t.Errorf("entry %+v", e)
	}
}

func TestLoadRollupDefaults(t *testing.T) {
	cfg, probs := LoadRollup(rollupDir(t, rollupBase), Options{Period: "2026-Q3"})
	if len(probs) != 0 {
		t.Fatal(probs)
	}
	if cfg.Period.ID != "2026-Q3" || cfg.Compare == nil || cfg.Compare.ID != "2026-Q2" || cfg.CompareSet || cfg.TargetsSet || cfg.Language != "" {
		t.Errorf("config %+v", cfg)
	}
}

func TestIsRollupNot(t *testing.T) {
	dir := t.TempDir()
	if IsRollup(dir) {
		t.Error("a folder without rapor.yaml is a roll-up")
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(base), 0o644); err != nil {
		t.Fatal(err)
	}
	if IsRollup(dir) {
		t.Error("a project with sources: is a roll-up")
	}
}

// TestLoadRollupBad: each broken roll-up gives one error at the exact
// line and column.
func TestLoadRollupBad(t *testing.T) {
	cases := []struct {
		name      string
		yml       string
		line, col int
		key       string
	}{
		{"sources in a roll-up", rollupBase + "sources: []\n", 5, 1, "config.unknown_key"},
		{"account key in a roll-up", rollupBase + "account: x\n", 5, 1, "config.unknown_key_near"},
		{"no title", strings.Replace(rollupBase, "title: Roll-up\n", "", 1), 1, 1, "config.missing_key"},
		{"no period", strings.Replace(rollupBase, "period: 2026-10\n", "", 1), 1, 1, "config.missing_key"},
		{"empty accounts", "title: R\nperiod: 2026-10\naccounts: []\n", 3, 11, "rollup.no_accounts"},
		{"accounts mapping", "title: R\nperiod: 2026-10\naccounts: {path: x}\n", 3, 11, "config.want_list"},
		{"no match", rollupBase + "  - {path: akun/dinkes}\n", 5, 12, "rollup.account_no_match"},
		{"label on a glob", rollupBase + "  - {path: \"akun/kec/*\", label: A}\n  - {path: \"akun/*/dinkes\", label: B}\n", 6, 12, "rollup.account_twice"},
		{"label on two folders", strings.Replace(rollupBase, "group: Dinas", "label: Dinas", 1), 4, 28, "rollup.account_label_glob"},
		{"the roll-up itself", rollupBase + "  - {path: .}\n", 5, 12, "rollup.account_is_rollup"},
		{"absolute path", rollupBase + "  - {path: /etc}\n", 5, 12, "config.glob_absolute"},
		{"unknown entry key", rollupBase + "  - {path: akun/kec/cibeureum, grup: K}\n", 5, 32, "config.unknown_key_near"},
		{"missing path", rollupBase + "  - {group: K}\n", 5, 5, "config.missing_key"},
		{"unknown target", rollupBase + "targets: {share.post: {min: 1}}\n", 5, 11, ""},
		{"bad language", rollupBase + "language: fr\n", 5, 11, "config.bad_language"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := LoadRollup(rollupDir(t, tc.yml), Options{})
			if tc.key == "" {
				if len(probs) != 0 {
					t.Errorf("problems %v; target ids are checked against the framework later", probs)
				}
				return
			}
			if len(probs) != 1 {
				t.Fatalf("%d problems: %v", len(probs), probs)
			}
			p := probs[0]
			if p.Line != tc.line || p.Col != tc.col || p.Key != tc.key || !strings.HasSuffix(p.Path, FileName) {
				t.Errorf("got %s:%d:%d %s, want line %d col %d %s", p.Path, p.Line, p.Col, p.Key, tc.line, tc.col, tc.key)
			}
		})
	}
}

// TestLoadRollupAccountOutside: an account may lie beside the roll-up
// folder (`../example`, as in data/example-rollup), and a glob may start
// there; the glob itself still stays inside that folder.
func TestLoadRollupAccountOutside(t *testing.T) {
	parent := t.TempDir()
	for _, a := range []string{"contoh", "opd/dinkes", "opd/dinsos"} {
		p := filepath.Join(parent, filepath.FromSlash(a))
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(p, FileName), []byte("title: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(parent, "rollup")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	yml := "title: R\nperiod: 2026-10\naccounts:\n  - ../contoh\n  - {path: \"../opd/*\", group: Dinas}\n"
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, probs := LoadRollup(dir, Options{})
	if len(probs) != 0 {
		t.Fatalf("problems %v", probs)
	}
	var got []string
	for _, a := range cfg.Accounts {
		got = append(got, a.Dirs...)
	}
	if strings.Join(got, ",") != "../contoh,../opd/dinkes,../opd/dinsos" {
		t.Errorf("dirs %v", got)
	}
}
