package framework

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func loadEmbedded(t *testing.T) *report.Framework {
	t.Helper()
	fw, ps := Load("", "")
	if len(ps) > 0 || fw == nil {
		t.Fatalf("embedded framework: %v", ps)
	}
	return fw
}

func TestEmbeddedShape(t *testing.T) {
	t.Parallel()
	fw := loadEmbedded(t)
	if fw.Name != "luttrell" || fw.Version == "" {
		t.Errorf("name %q version %q", fw.Name, fw.Version)
	}
	if !strings.Contains(fw.Citation, "Luttrell, R. (2019)") || !strings.Contains(fw.Citation, "Rowman & Littlefield") {
		t.Errorf("citation %q", fw.Citation)
	}
	// SPEC §4 stages and sub-components (11 in all: 3 + 2 + 3 + 3).
	want := map[string][]string{
		"share":    {"participate", "connect", "build_trust"},
		"optimize": {"listen_learn", "authentic_conversation"},
		"manage":   {"media_monitoring", "quick_response", "real_time"},
		"engage":   {"know_audience", "influencers_communities", "how_when"},
	}
	if len(fw.Stages) != 4 {
		t.Fatalf("stages = %d, want 4", len(fw.Stages))
	}
	for i, id := range StageIDs {
		st := fw.Stages[i]
		if st.ID != id {
			t.Errorf("stage %d = %q, want %q", i, st.ID, id)
		}
		var got []string
		for _, sc := range st.Subcomponents {
			got = append(got, sc.ID)
			if sc.Label.ID == "" || sc.Label.EN == "" || sc.Description.ID == "" || sc.Description.EN == "" {
				t.Errorf("%s.%s: label or description missing", st.ID, sc.ID)
			}
		}
		if !reflect.DeepEqual(got, want[id]) {
			t.Errorf("stage %s sub-components %v, want %v", id, got, want[id])
		}
	}
	if n := len(fw.Codes()); n != 11 {
		t.Errorf("codes = %d, want 11", n)
	}
	labels := map[string]string{"share": "Membagikan/Share", "optimize": "Mengoptimalkan/Optimize",
		"manage": "Mengelola/Manage", "engage": "Mengikutsertakan/Engage"}
	for _, st := range fw.Stages {
		if got := st.Label.ID + "/" + st.Label.EN; got != labels[st.ID] {
			t.Errorf("stage %s label %q", st.ID, got)
		}
	}
}

// specTable is the indicator tables of SPEC §4 and §9: id, sub-component,
// unit, direction.
var specTable = [][4]string{
	{"share.posts", "participate", "count", "higher"},
	{"share.posts_per_week", "participate", "per_week", "higher"},
	{"share.stories_per_day", "participate", "per_day", "higher"},
	{"share.active_days", "participate", "ratio", "higher"},
	{"share.longest_gap_days", "participate", "days", "lower"},
	{"share.reel_share", "participate", "ratio", "none"},
	{"share.channels", "connect", "count", "higher"},
	{"share.median_reach", "connect", "count", "higher"},
	{"share.median_views", "connect", "count", "higher"},
	{"optimize.reach_change", "listen_learn", "ratio", "higher"},
	{"optimize.er_change", "listen_learn", "pp", "higher"},
	{"optimize.save_share_rate", "listen_learn", "ratio", "higher"},
	{"optimize.best_format", "listen_learn", "ratio", "none"},
	{"optimize.best_slot", "listen_learn", "ratio", "none"},
	{"optimize.conversation_rate", "authentic_conversation", "count", "higher"},
	{"manage.comments", "quick_response", "count", "none"},
	{"manage.response_rate", "quick_response", "ratio", "higher"},
	{"manage.median_response_hours", "quick_response", "hours", "lower"},
	{"manage.p90_response_hours", "quick_response", "hours", "lower"},
	{"manage.replied_within_24h", "quick_response", "ratio", "higher"},
	{"manage.replied_within_1h", "real_time", "ratio", "higher"},
	{"manage.cases", "media_monitoring", "count", "none"},
	{"manage.cases_resolved", "media_monitoring", "ratio", "higher"},
	{"manage.median_clarify_hours", "media_monitoring", "hours", "lower"},
	{"engage.interactions", "how_when", "count", "higher"},
	{"engage.er_reach", "how_when", "ratio", "higher"},
	{"engage.er_followers", "know_audience", "ratio", "higher"},
	{"engage.followers_end", "know_audience", "count", "higher"},
	{"engage.follower_growth", "know_audience", "ratio", "higher"},
	{"engage.daily_reach_mean", "know_audience", "count", "higher"},
	{"engage.weekly_constancy", "how_when", "ratio", "lower"},
	{"engage.home_audience", "know_audience", "ratio", "higher"},
	{"engage.collaborations", "influencers_communities", "count", "higher"},
	// SPEC §9 "Second-wave indicators", after the first 33 in that table's order.
	{"share.follows_per_1k_reach", "connect", "per_1k", "higher"},
	{"engage.followers_gained", "know_audience", "count", "higher"},
	{"engage.followers_net", "know_audience", "count", "higher"},
	{"engage.followers_lost", "know_audience", "count", "lower"},
	{"optimize.amplification_rate", "listen_learn", "ratio", "higher"},
	{"optimize.applause_rate", "listen_learn", "ratio", "higher"},
	{"engage.er_views", "how_when", "ratio", "higher"},
	{"engage.er_reach_mean", "how_when", "ratio", "higher"},
	{"engage.mention_er_lift", "influencers_communities", "ratio", "none"},
	{"manage.spike_days", "media_monitoring", "count", "none"},
	{"manage.replied_within_sla", "quick_response", "ratio", "higher"},
	{"manage.median_response_working_hours", "quick_response", "hours", "lower"},
	{"manage.question_response_rate", "quick_response", "ratio", "higher"},
}

func TestEmbeddedIndicatorsMatchSpec(t *testing.T) {
	t.Parallel()
	fw := loadEmbedded(t)
	if len(fw.Indicators) != 46 || len(Computable()) != 46 || len(specTable) != 46 {
		t.Fatalf("indicators %d, Computable() %d, spec %d; want 46", len(fw.Indicators), len(Computable()), len(specTable))
	}
	seen := map[string]int{}
	for _, id := range Computable() {
		seen[id]++
	}
	for i, row := range specTable {
		d := fw.Indicators[i]
		if seen[row[0]] != 1 {
			t.Errorf("%s appears %d times in Computable()", row[0], seen[row[0]])
		}
		if Computable()[i] != row[0] || d.ID != row[0] {
			t.Errorf("#%d: Computable() %q, framework %q, spec %q", i, Computable()[i], d.ID, row[0])
			continue
		}
		code := report.StageOf(row[0]) + "." + row[1]
		if d.Subcomponent != code || d.Unit != row[2] || d.Direction != row[3] {
			t.Errorf("%s: got %s %s %s, want %s %s %s", d.ID, d.Subcomponent, d.Unit, d.Direction, code, row[2], row[3])
		}
		if d.Label.ID == "" || d.Label.EN == "" || d.Formula.ID == "" || d.Formula.EN == "" {
			t.Errorf("%s: label or formula missing", d.ID)
		}
	}
}

func TestLoadNames(t *testing.T) {
	t.Parallel()
	a, _ := Load("", "")
	b, ps := Load("luttrell", "/nowhere")
	if len(ps) > 0 || !reflect.DeepEqual(a, b) {
		t.Errorf("Load(luttrell) differs from Load(\"\"): %v", ps)
	}
}

func TestYAMLRoundTrip(t *testing.T) {
	t.Parallel()
	fw := loadEmbedded(t)
	dir := t.TempDir()
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		if err := Write(&buf, fw, lang, "yaml"); err != nil {
			t.Fatal(err)
		}
		name := "fw-" + lang + ".yaml"
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got, ps := Load(name, dir)
		if len(ps) > 0 {
			t.Fatalf("%s: reloading the yaml output: %v", lang, ps)
		}
		if !reflect.DeepEqual(got, fw) {
			t.Errorf("%s: round trip changed the framework", lang)
		}
		// Writing the reloaded framework again gives the same bytes.
		var again bytes.Buffer
		if err := Write(&again, got, lang, "yaml"); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Errorf("%s: second write differs (%v)", lang, err)
		}
	}
}

func TestEditedCopy(t *testing.T) {
	t.Parallel()
	// A user may reorder, drop indicators, change labels, formulas and directions.
	dir := t.TempDir()
	src := validMini + `  - id: share.reel_share
    subcomponent: share.participate
    label: {id: Reel, en: Reels}
    formula: {id: Porsi reel, en: Reel share}
    unit: ratio
    direction: higher
`
	if err := os.WriteFile(filepath.Join(dir, "fw.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fw, ps := Load("fw.yaml", dir)
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if fw.Name != "mini" || fw.Version != "2" || fw.Citation != "" || len(fw.Indicators) != 2 {
		t.Fatalf("got %+v", fw)
	}
	want := report.IndicatorDef{ID: "share.reel_share", Subcomponent: "share.participate",
		Label: report.Text{ID: "Reel", EN: "Reels"}, Formula: report.Text{ID: "Porsi reel", EN: "Reel share"},
		Unit: "ratio", Direction: "higher"}
	if fw.Indicators[1] != want {
		t.Errorf("indicator = %+v, want %+v", fw.Indicators[1], want)
	}
	// An absolute path ignores dir.
	if _, ps := Load(filepath.Join(dir, "fw.yaml"), "/elsewhere"); len(ps) > 0 {
		t.Errorf("absolute path: %v", ps)
	}
}

func TestWriteBadFormat(t *testing.T) {
	t.Parallel()
	if err := Write(&bytes.Buffer{}, loadEmbedded(t), "id", "pdf"); err == nil {
		t.Error("format pdf: no error")
	}
	if err := Write(&bytes.Buffer{}, nil, "id", "text"); err == nil {
		t.Error("nil framework: no error")
	}
}
