package framework

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
)

// validMini is a small valid framework; the cases below break one thing each.
const validMini = `name: mini
version: "2"
stages:
  - id: share
    label: {id: Membagikan, en: Share}
    subcomponents:
      - id: participate
        label: {id: Berpartisipasi, en: Participate}
indicators:
  - id: share.posts
    subcomponent: share.participate
    label: {id: Unggahan, en: Posts}
    formula: {id: Jumlah, en: Count}
    unit: count
    direction: higher
`

// want is one expected problem: "line:col key".
func TestMalformedFrameworks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		src  string
		want []string
	}{
		{"unknown top key", validMini + "colour: red\n", []string{"16:1 framework.unknown_key"}},
		{"missing version", strings.Replace(validMini, "version: \"2\"\n", "", 1),
			[]string{"1:1 framework.missing_field"}},
		{"empty name", strings.Replace(validMini, "name: mini", "name: \"\"", 1),
			[]string{"1:7 framework.empty_field"}},
		{"bad unit", strings.Replace(validMini, "unit: count", "unit: percent", 1),
			[]string{"14:11 framework.bad_unit"}},
		{"unit changed", strings.Replace(validMini, "unit: count", "unit: ratio", 1),
			[]string{"14:11 framework.unit_changed"}},
		{"bad direction", strings.Replace(validMini, "direction: higher", "direction: up", 1),
			[]string{"15:16 framework.bad_direction"}},
		{"duplicate indicator", validMini + validMini[strings.Index(validMini, "  - id: share.posts"):],
			[]string{"16:9 framework.duplicate_id"}},
		{"code not in stages", strings.Replace(validMini, "subcomponent: share.participate", "subcomponent: share.connect", 1),
			[]string{"11:19 framework.unknown_subcomponent"}},
		{"not computable", strings.Replace(validMini, "- id: share.posts", "- id: share.likes", 1),
			[]string{"10:9 framework.unknown_indicator"}},
		{"unknown stage", strings.Replace(validMini, "- id: share\n", "- id: publish\n", 1),
			// the stage is refused, so its code is unknown too
			[]string{"4:9 framework.unknown_stage", "11:19 framework.unknown_subcomponent"}},
		{"duplicate sub-component", strings.Replace(validMini, "indicators:", "      - id: participate\n        label: {id: B, en: P}\nindicators:", 1),
			[]string{"9:13 framework.duplicate_id"}},
		{"bad sub-component id", strings.Replace(validMini, "- id: participate", "- id: Participate!", 1),
			[]string{"7:13 framework.bad_id", "11:19 framework.unknown_subcomponent"}},
		{"label without en", strings.Replace(validMini, "{id: Unggahan, en: Posts}", "{id: Unggahan}", 1),
			[]string{"12:12 framework.missing_field"}},
		{"formula not a mapping", strings.Replace(validMini, "{id: Jumlah, en: Count}", "Jumlah", 1),
			[]string{"13:14 framework.not_mapping"}},
		{"empty stages", "name: x\nversion: \"1\"\nstages: []\nindicators: []\n",
			[]string{"3:9 framework.empty_field"}},
		{"stages not a list", "name: x\nversion: \"1\"\nstages: share\nindicators: []\n",
			[]string{"3:9 framework.not_list"}},
		{"duplicate key", strings.Replace(validMini, "version: \"2\"", "version: \"2\"\nname: again", 1),
			[]string{"3:1 framework.duplicate_key"}},
		{"alias", strings.Replace(strings.Replace(validMini, "{id: Unggahan, en: Posts}", "&l {id: Unggahan, en: Posts}", 1),
			"{id: Jumlah, en: Count}", "*l", 1),
			[]string{"12:12 framework.alias", "13:14 framework.alias"}},
		{"syntax", "name: mini\nstages: [a, b\nindicators: []\n", []string{"2:0 framework.syntax"}},
		{"invalid utf8", "name: mini\nversion: \"1\xff\"\n", []string{"2:12 framework.invalid_utf8"}},
		{"empty", "# nothing\n", []string{"0:0 framework.empty"}},
		{"two documents", validMini + "---\nname: other\n", []string{"17:1 framework.several_documents"}},
		{"root is a list", "- a\n- b\n", []string{"1:1 framework.not_mapping"}},
	}
	cat := msg.MustLoad("en")
	dir := t.TempDir()
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			name := fmt.Sprintf("case%d.yaml", i)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			fw, ps := Load(name, dir)
			if fw != nil {
				t.Errorf("framework returned despite errors")
			}
			var got []string
			for _, p := range ps {
				got = append(got, fmt.Sprintf("%d:%d %s", p.Line, p.Col, p.Key))
				if p.Path != filepath.Join(dir, name) || p.Severity != report.Error {
					t.Errorf("problem %+v: wrong path or severity", p)
				}
				if !cat.Has(p.Key) {
					t.Errorf("message key %s is not in the catalogue", p.Key)
				}
				if s := cat.Format(p); strings.Contains(s, "%!") {
					t.Errorf("bad message arguments: %s", s)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("problems\n got %v\nwant %v", got, c.want)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	t.Parallel()
	_, ps := Load("absent.yaml", t.TempDir())
	if len(ps) != 1 || ps[0].Key != "framework.read" {
		t.Errorf("got %v", ps)
	}
}

func TestTooLarge(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := validMini + "# " + strings.Repeat("x", maxFileSize) + "\n"
	if err := os.WriteFile(filepath.Join(dir, "big.yaml"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ps := Load("big.yaml", dir)
	if len(ps) != 1 || ps[0].Key != "framework.too_large" {
		t.Errorf("got %v", ps)
	}
}
