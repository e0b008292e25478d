package scaffold

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
	"gopkg.in/yaml.v3"
)

var now = time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)

// files lists the files under dir, slash-separated and sorted.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestInitLoads checks that a new project passes config.Load with no
// problem, in both languages, and holds the expected files.
func TestInitLoads(t *testing.T) {
	t.Parallel()
	want := map[string][]string{
		"id": {"exports/BACA-SAYA.txt", "narrative/1-share.md", "narrative/2-optimize.md", "narrative/3-manage.md",
			"narrative/4-engage.md", "notes/observasi-contoh.yaml", "notes/wawancara-contoh.yaml", "rapor.yaml"},
		"en": {"exports/README.txt", "narrative/1-share.md", "narrative/2-optimize.md", "narrative/3-manage.md",
			"narrative/4-engage.md", "notes/interview-example.yaml", "notes/observation-example.yaml", "rapor.yaml"},
	}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "proyek")
			if err := Init(dir, lang, now); err != nil {
				t.Fatal(err)
			}
			if got := files(t, dir); !reflect.DeepEqual(got, want[lang]) {
				t.Errorf("files %q, want %q", got, want[lang])
			}
			cfg, probs := config.Load(dir, config.Options{})
			if len(probs) != 0 {
				t.Fatalf("problems: %+v", probs)
			}
			if cfg.Language != lang || cfg.Period.ID != "2026-10" || cfg.ReportDate.String() != "2026-11-01" {
				t.Errorf("config: language %s period %s report date %s", cfg.Language, cfg.Period.ID, cfg.ReportDate)
			}
			if len(cfg.Sources) != 1 || cfg.Sources[0].Kind != report.KindNotes || len(cfg.Sources[0].Files) != 2 {
				t.Errorf("sources: %+v", cfg.Sources)
			}
			if !cfg.Privacy.Pseudonymize {
				t.Error("pseudonymize is off")
			}
			if _, err := os.Stat(filepath.Join(dir, "exports")); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestInitNarrative checks one Markdown file per stage with its front matter.
func TestInitNarrative(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		dir := t.TempDir()
		if err := Init(dir, lang, now); err != nil {
			t.Fatal(err)
		}
		m, _ := filepath.Glob(filepath.Join(dir, "narrative", "*.md"))
		var stages []string
		for _, f := range m {
			b, _ := os.ReadFile(f)
			fm := regexp.MustCompile(`(?s)\A---\nstage: (\w+)\n---\n\S`).FindSubmatch(b)
			if fm == nil {
				t.Errorf("%s: no front matter: %q", f, b)
				continue
			}
			stages = append(stages, string(fm[1]))
		}
		if want := []string{"share", "optimize", "manage", "engage"}; !reflect.DeepEqual(stages, want) {
			t.Errorf("%s: stages %q, want %q", lang, stages, want)
		}
	}
}

// TestInitNotes checks the required fields of SPEC §5 in the note templates.
func TestInitNotes(t *testing.T) {
	t.Parallel()
	codes := map[string]bool{}
	for _, c := range strings.Fields("share.participate share.connect share.build_trust optimize.listen_learn " +
		"optimize.authentic_conversation manage.media_monitoring manage.quick_response manage.real_time " +
		"engage.know_audience engage.influencers_communities engage.how_when") {
		codes[c] = true
	}
	type item struct {
		Code       string   `yaml:"code"`
		Codes      []string `yaml:"codes"`
		Text       string   `yaml:"text"`
		Time       string   `yaml:"time"`
		Assessment string   `yaml:"assessment"`
	}
	type note struct {
		Kind      string `yaml:"kind"`
		ID        string `yaml:"id"`
		Date      string `yaml:"date"`
		Informant struct {
			Name, Role, Pseudonym string
		} `yaml:"informant"`
		Interviewer string `yaml:"interviewer"`
		Observer    string `yaml:"observer"`
		Setting     string `yaml:"setting"`
		Segments    []item `yaml:"segments"`
		Entries     []item `yaml:"entries"`
	}
	for _, lang := range []string{"id", "en"} {
		dir := t.TempDir()
		if err := Init(dir, lang, now); err != nil {
			t.Fatal(err)
		}
		m, _ := filepath.Glob(filepath.Join(dir, "notes", "*.yaml"))
		kinds := map[string]bool{}
		for _, f := range m {
			b, _ := os.ReadFile(f)
			dec := yaml.NewDecoder(bytes.NewReader(b))
			dec.KnownFields(true)
			var n note
			if err := dec.Decode(&n); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			kinds[n.Kind] = true
			if _, err := report.ParseDate(n.Date); err != nil || n.ID == "" {
				t.Errorf("%s: id %q date %q", f, n.ID, n.Date)
			}
			items := n.Segments
			switch n.Kind {
			case "interview":
				if n.Informant.Name == "" || len(n.Segments) == 0 {
					t.Errorf("%s: interview without informant name or segments", f)
				}
			case "observation":
				if n.Observer == "" || len(n.Entries) == 0 {
					t.Errorf("%s: observation without observer or entries", f)
				}
				items = n.Entries
			default:
				t.Errorf("%s: kind %q", f, n.Kind)
			}
			for _, it := range items {
				all := append([]string{it.Code}, it.Codes...)
				if it.Code == "" {
					all = it.Codes
				}
				if len(all) == 0 || strings.TrimSpace(it.Text) == "" {
					t.Errorf("%s: item without code or text: %+v", f, it)
				}
				for _, c := range all {
					if !codes[c] {
						t.Errorf("%s: unknown code %q", f, c)
					}
				}
				if a := it.Assessment; a != "" && a != "optimal" && a != "belum_optimal" && a != "tidak_ada" {
					t.Errorf("%s: assessment %q", f, a)
				}
			}
		}
		if !kinds["interview"] || !kinds["observation"] {
			t.Errorf("%s: kinds %v", lang, kinds)
		}
	}
}

// reCommented matches the commented-out settings of the skeleton rapor.yaml.
var reCommented = regexp.MustCompile(`(?m)^(\s*)# ((?:- \{kind:|- kind:|  path:|  codes:|  sources:|report_date:|logo:|signatory:|channels:|home_region:|targets:|target_near:|service:|events:|  - \{|  share\.|  manage\.|  hours:|  days:|  holidays:|  sla_hours:|  question_words:).*)$`)

// TestInitCommentedSettings uncomments every example setting of the
// skeleton, adds the files its sources name, and checks that the result is
// still a valid rapor.yaml (so the examples teach correct syntax).
func TestInitCommentedSettings(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		dir := t.TempDir()
		if err := Init(dir, lang, now); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "rapor.yaml")
		b, _ := os.ReadFile(p)
		out := reCommented.ReplaceAll(b, []byte("$1$2"))
		if n := len(reCommented.FindAll(b, -1)); n < 18 {
			t.Fatalf("%s: only %d commented settings found", lang, n)
		}
		if err := os.WriteFile(p, out, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"exports/Mar-01-2026_Mar-31-2026_1.csv", "exports/daily/reach.csv",
			"exports/Audience.csv", "exports/comments.csv", "exports/monitoring.csv", "assets/logo.png",
			"coding/wawancara.qdpx", "coding/highlights.csv"} {
			q := filepath.Join(dir, filepath.FromSlash(f))
			os.MkdirAll(filepath.Dir(q), 0o755)
			if err := os.WriteFile(q, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cfg, probs := config.Load(dir, config.Options{})
		if len(probs) != 0 {
			t.Fatalf("%s: problems after uncommenting: %+v\n%s", lang, probs, out)
		}
		if len(cfg.Sources) != 8 || len(cfg.Sources[6].Codes) != 2 || len(cfg.Sources[6].Meta) != 1 || len(cfg.Channels) != 3 || len(cfg.Targets) != 4 || len(cfg.Events) != 1 ||
			cfg.Signatory == nil || cfg.Logo == "" || len(cfg.HomeRegion) != 1 || cfg.ReportDate.String() != "2026-11-01" ||
			cfg.TargetNear == nil || len(cfg.Service.Holidays) != 1 || len(cfg.Service.QuestionWords) != 18 {
			t.Errorf("%s: uncommented config incomplete: %+v", lang, cfg)
		}
		known := []string{"share.posts_per_week", "manage.response_rate", "manage.median_response_hours", "manage.replied_within_sla"}
		if ps := config.CheckTargets(cfg, known); len(ps) != 0 {
			t.Errorf("%s: targets: %+v", lang, ps)
		}
	}
}

// TestInitDeterministic checks that two runs write identical files.
func TestInitDeterministic(t *testing.T) {
	t.Parallel()
	a, b := t.TempDir(), t.TempDir()
	if err := Init(a, "id", now); err != nil {
		t.Fatal(err)
	}
	if err := Init(b, "id", now); err != nil {
		t.Fatal(err)
	}
	for _, f := range files(t, a) {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs", f)
		}
	}
}

// TestInitRefuses checks a non-empty folder and a file in the way.
func TestInitRefuses(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644)
	file := filepath.Join(dir, "keep.txt")
	for _, target := range []string{dir, file} {
		err := Init(target, "id", now)
		var pe *report.ProblemError
		if !errors.As(err, &pe) || len(pe.Problems) != 1 || pe.Problems[0].Key != "config.init_not_empty" {
			t.Errorf("%s: err %v", target, err)
		}
	}
	if b, _ := os.ReadFile(file); string(b) != "x" {
		t.Error("existing file changed")
	}
	// an existing empty folder is fine
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if err := Init(empty, "en", now); err != nil {
		t.Error(err)
	}
	// a folder that cannot be created
	err := Init(filepath.Join(file, "sub"), "id", now)
	var pe *report.ProblemError
	if !errors.As(err, &pe) || pe.Problems[0].Key != "config.init_write" {
		t.Errorf("under a file: %v", err)
	}
}

// TestDataFor checks the default period: the month before now.
func TestDataFor(t *testing.T) {
	t.Parallel()
	cases := []struct {
		now  time.Time
		want Data
	}{
		{now, Data{"2026-10", "2026-11-01", "2026-10-14", "2026-10-20"}},
		{time.Date(2027, 1, 31, 23, 0, 0, 0, time.UTC), Data{"2026-12", "2027-01-01", "2026-12-14", "2026-12-20"}},
		{time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC), Data{"2028-02", "2028-03-01", "2028-02-14", "2028-02-20"}},
		{time.Time{}, Data{"2026-10", "2026-11-01", "2026-10-14", "2026-10-20"}},
	}
	for _, c := range cases {
		if got := DataFor(c.now); got != c.want {
			t.Errorf("DataFor(%s) = %+v, want %+v", c.now, got, c.want)
		}
	}
}

func TestWithEOL(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, eol, want string }{
		{"a\nb\n", "\r\n", "a\r\nb\r\n"},
		{"a\r\nb\n", "\r\n", "a\r\nb\r\n"},
		{"a\r\nb\r\n", "\n", "a\nb\n"},
		{"a", "\r\n", "a"},
		{"", "\n", ""},
	}
	for _, c := range cases {
		if got := string(WithEOL([]byte(c.in), c.eol)); got != c.want {
			t.Errorf("WithEOL(%q, %q) = %q, want %q", c.in, c.eol, got, c.want)
		}
	}
	if EOL("windows") != "\r\n" || EOL("linux") != "\n" || EOL("darwin") != "\n" {
		t.Error("EOL: CRLF on windows only")
	}
}
