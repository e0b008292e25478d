package config

import (
	"reflect"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestLang(t *testing.T) {
	t.Parallel()
	cases := []struct {
		flag, cfg, lang, lcAll, want string
	}{
		{"en", "id", "", "", "en"},
		{"id", "en", "en_US.UTF-8", "", "id"},
		{"", "en", "", "", "en"},
		{"", "id", "en_US.UTF-8", "", "id"},
		{"", "", "en_US.UTF-8", "", "en"},
		{"", "", "", "en_GB.UTF-8", "en"},
		{"", "", "C.UTF-8", "en_US", "en"},
		{"", "", "id_ID.UTF-8", "", "id"},
		{"", "", "", "", "id"},
		{"fr", "", "", "", "id"},
		{"", "xx", "en", "", "en"},
	}
	for _, c := range cases {
		env := func(k string) string {
			return map[string]string{"LANG": c.lang, "LC_ALL": c.lcAll}[k]
		}
		if got := Lang(c.flag, c.cfg, env); got != c.want {
			t.Errorf("Lang(%q, %q, LANG=%q LC_ALL=%q) = %q, want %q", c.flag, c.cfg, c.lang, c.lcAll, got, c.want)
		}
	}
	if Lang("", "", nil) != "id" {
		t.Error("nil env")
	}
}

func TestNearest(t *testing.T) {
	t.Parallel()
	ids := []string{"share.posts", "share.posts_per_week", "share.stories_per_day", "manage.response_rate", "engage.er_reach"}
	cases := []struct {
		in   string
		want []string
	}{
		{"share.post", []string{"share.posts"}},
		{"posts_per_week", []string{"share.posts_per_week"}},
		{"manage.responserate", []string{"manage.response_rate"}},
		{"Engage.ER_reach", []string{"engage.er_reach"}},
		{"optimize.best_format", nil},
	}
	for _, c := range cases {
		if got := Nearest(c.in, ids, 3); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Nearest(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCheckTargets checks unknown target ids, their position and the
// suggestions.
func TestCheckTargets(t *testing.T) {
	t.Parallel()
	yml := base + "targets:\n  share.posts_per_week: {min: 7}\n  share.post_per_week: {min: 7}\n  foo.bar: {max: 1}\n"
	cfg := mustLoad(t, yml, Options{})
	known := []string{"share.posts", "share.posts_per_week", "manage.response_rate"}
	got := CheckTargets(cfg, known)
	want := report.Problems{
		report.Errorf(cfg.Path, 8, 3, "config.unknown_indicator", "share.post_per_week", "share.posts_per_week"),
		report.Errorf(cfg.Path, 9, 3, "config.unknown_indicator_none", "foo.bar"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if CheckTargets(nil, known) != nil {
		t.Error("nil config")
	}
}
