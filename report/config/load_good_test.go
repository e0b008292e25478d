package config

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rapor-id/rapor/report"
)

func date(s string) report.Date {
	d, err := report.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// mustLoad loads yml in a project with baseFiles (plus more) and fails on
// any problem.
func mustLoad(t *testing.T, yml string, opts Options, more ...string) *report.Config {
	t.Helper()
	dir := project(t, ptr(yml), append(append([]string{}, baseFiles...), more...)...)
	cfg, probs := Load(dir, opts)
	if len(probs) > 0 || cfg == nil {
		t.Fatalf("want no problems, got %+v", probs)
	}
	return cfg
}

// TestPeriods checks every period form with its default comparison period
// and report date.
func TestPeriods(t *testing.T) {
	t.Parallel()
	cases := []struct {
		period, id, kind, from, to string
		compare, reportDate        string
	}{
		{"2026-10", "2026-10", "month", "2026-10-01", "2026-10-31", "2026-09", "2026-11-01"},
		{"2026-01", "2026-01", "month", "2026-01-01", "2026-01-31", "2025-12", "2026-02-01"},
		{"2026-Q3", "2026-Q3", "quarter", "2026-07-01", "2026-09-30", "2026-Q2", "2026-10-01"},
		{"2026-q1", "2026-Q1", "quarter", "2026-01-01", "2026-03-31", "2025-Q4", "2026-04-01"},
		{"2026-H1", "2026-H1", "half", "2026-01-01", "2026-06-30", "2025-H2", "2026-07-01"},
		{"2026", "2026", "year", "2026-01-01", "2026-12-31", "2025", "2027-01-01"},
		{"2026-10-01..2026-10-15", "2026-10-01..2026-10-15", "range", "2026-10-01", "2026-10-15", "2026-09-16..2026-09-30", "2026-10-16"},
		{"{from: 2026-10-01, to: 2026-10-31}", "2026-10-01..2026-10-31", "range", "2026-10-01", "2026-10-31", "2026-08-31..2026-09-30", "2026-11-01"},
		{"\"2026-10\"", "2026-10", "month", "2026-10-01", "2026-10-31", "2026-09", "2026-11-01"},
		{"\n  from: 2024-02-01\n  to: 2024-02-29", "2024-02-01..2024-02-29", "range", "2024-02-01", "2024-02-29", "2024-01-03..2024-01-31", "2024-03-01"},
	}
	for _, c := range cases {
		t.Run(c.period, func(t *testing.T) {
			cfg := mustLoad(t, strings.Replace(base, "period: 2026-10", "period: "+c.period, 1), Options{})
			p := cfg.Period
			if p.ID != c.id || p.Kind != c.kind || p.From != date(c.from) || p.To != date(c.to) {
				t.Errorf("period %+v, want %s %s %s..%s", p, c.id, c.kind, c.from, c.to)
			}
			if cfg.Compare == nil || cfg.Compare.ID != c.compare {
				t.Errorf("compare %+v, want %s", cfg.Compare, c.compare)
			}
			if cfg.ReportDate.String() != c.reportDate {
				t.Errorf("report date %s, want %s", cfg.ReportDate, c.reportDate)
			}
		})
	}
}

// TestCompare checks the forms of compare:.
func TestCompare(t *testing.T) {
	t.Parallel()
	cases := []struct {
		compare, want string // want "" = nil
		warn          bool
	}{
		{"previous", "2026-09", false},
		{"none", "", false},
		{"2025-10", "2025-10", false},
		{"2025-Q4", "2025-Q4", false},
		{"{from: 2025-10-01, to: 2025-10-31}", "2025-10-01..2025-10-31", false},
		{"2026-Q4", "2026-Q4", true}, // overlaps 2026-10: a warning
	}
	for _, c := range cases {
		t.Run(c.compare, func(t *testing.T) {
			dir := project(t, ptr(base+"compare: "+c.compare+"\n"), baseFiles...)
			cfg, probs := Load(dir, Options{})
			if probs.Errors() != 0 || cfg == nil {
				t.Fatalf("errors: %+v", probs)
			}
			got := ""
			if cfg.Compare != nil {
				got = cfg.Compare.ID
			}
			if got != c.want {
				t.Errorf("compare %q, want %q", got, c.want)
			}
			if w := probs.Warnings(); (w == 1) != c.warn || w > 1 {
				t.Errorf("warnings %+v, want warning=%v", probs, c.warn)
			} else if c.warn && (probs[0].Key != "config.compare_overlaps" || probs[0].Line != 6 || probs[0].Col != 10) {
				t.Errorf("warning %+v", probs[0])
			}
		})
	}
}

// TestDefaults checks the defaults of SPEC §2 on a minimal file.
func TestDefaults(t *testing.T) {
	t.Parallel()
	cfg := mustLoad(t, base, Options{})
	checks := []struct {
		name      string
		got, want any
	}{
		{"language", cfg.Language, "id"},
		{"timezone", cfg.Timezone, "Asia/Jakarta"},
		{"loc", cfg.Loc.String(), "Asia/Jakarta"},
		{"export timezone", cfg.ExportTimezone, "America/Los_Angeles"},
		{"export loc", cfg.ExportLoc.String(), "America/Los_Angeles"},
		{"compare", cfg.Compare.ID, "2026-09"},
		{"report date", cfg.ReportDate.String(), "2026-11-01"},
		{"framework", cfg.Framework, "luttrell"},
		{"pseudonymize", cfg.Privacy.Pseudonymize, true},
		{"generalize", cfg.Privacy.GeneralizeRoles, false},
		{"logo", cfg.Logo, ""},
		{"signatory", cfg.Signatory == nil, true},
		{"narrative", cfg.Narrative, ""},
		{"sources", len(cfg.Sources), 1},
		{"files", cfg.Sources[0].Files, []string{"notes/a.yaml", "notes/b.yaml"}},
		{"source pos", cfg.Sources[0].Pos, report.Pos{Line: 5, Col: 5}},
		{"path", cfg.Path, cfg.Dir + "/rapor.yaml"},
		{"pos of period", cfg.PosOf["period"], report.Pos{Line: 3, Col: 9}},
		{"pos of title", cfg.PosOf["title"], report.Pos{Line: 1, Col: 8}},
		{"pos of source path", cfg.PosOf["sources[0].path"], report.Pos{Line: 5, Col: 25}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	// privacy: given without pseudonymize keeps the default true
	cfg = mustLoad(t, base+"privacy: {generalize_roles: yes}\n", Options{})
	if !cfg.Privacy.Pseudonymize || !cfg.Privacy.GeneralizeRoles {
		t.Errorf("privacy %+v", cfg.Privacy)
	}
}

// full uses every key of SPEC §2.
const full = `title: Evaluasi Pengelolaan Instagram @kab.sukamaju
organization: Diskominfo Kabupaten Sukamaju
account: "@kab.sukamaju"
language: en
timezone: Asia/Makassar
export_timezone: UTC
period: 2026-Q3
compare: none
report_date: 2026-10-05
framework: frameworks/mine.yaml
logo: assets/logo.PNG
signatory: {name: Dra. Siti Aminah, title: Kepala Diskominfo, nip: "19700101 199503 2 001", place: Sukamaju}
channels:
  - {platform: Instagram, handle: "@kab.sukamaju", followers: 48210}
  - {platform: tiktok, handle: kab.sukamaju, followers: 1_203.0}
  - {platform: x, handle: kabsukamaju, active: false}
home_region: [Sukamaju, " Cibeureum "]
targets:
  share.posts_per_week: {min: 7}
  manage.response_rate: {min: 0.6, max: 1}
  manage.median_response_hours: {max: 6}
sources:
  - {kind: posts, path: "exports/*_*.csv", timezone: Asia/Jakarta}
  - {kind: daily, path: "exports/daily/**/*.csv", platform: instagram, delimiter: ";"}
  - {kind: audience, path: exports/Audience.csv, delimiter: '\t'}
  - {kind: comments, path: "comments.csv", covers: {from: 2026-07-01, to: 2026-09-30}}
  - kind: comments
    path: db/comments.csv
    delimiter: "|"
    columns: {comment_id: id, replied: respondido,
              reply_timestamp: resposta_timestamp}
  - {kind: monitoring, path: "monitoring.csv", covers: {from: 2026-09-01, to: 2026-10-31}, delimiter: tab}
  - {kind: notes, path: "notes/*.yaml"}
narrative: "narrative/*.md"
events:
  - {date: 2026-08-17, label: "HUT RI ke-81"}
  - date: 2026-09-12
    label: HUT Kabupaten ke-44
privacy:
  pseudonymize: false
  generalize_roles: true
  redact: ["Budi Santoso", Siti]
letterhead:
  logo: assets/kop.png
  lines: ["PEMERINTAH KABUPATEN SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA"]
  address: "Jl. Raya Sukamaju No. 1"
method:
  design: deskriptif kualitatif
  collection: [wawancara mendalam, observasi]
  informant_selection: purposive
  text: docs/metode.md
page: {size: letter}
outputs: [html, docx, PDF]
`

// TestFull loads a file that uses every key.
func TestFull(t *testing.T) {
	t.Parallel()
	cfg := mustLoad(t, full, Options{}, "frameworks/mine.yaml", "assets/logo.PNG",
		"exports/Mar-18-2025_Apr-14-2025_1.csv", "exports/daily/2026/reach.csv", "exports/daily/views.csv",
		"exports/Audience.csv", "comments.csv", "db/comments.csv", "monitoring.csv", "assets/kop.png", "docs/metode.md")
	f := func(v float64) *float64 { return &v }
	checks := []struct {
		name      string
		got, want any
	}{
		{"title", cfg.Title, "Evaluasi Pengelolaan Instagram @kab.sukamaju"},
		{"organization", cfg.Organization, "Diskominfo Kabupaten Sukamaju"},
		{"account", cfg.Account, "kab.sukamaju"},
		{"language", cfg.Language, "en"},
		{"timezone", cfg.Loc.String(), "Asia/Makassar"},
		{"export timezone", cfg.ExportLoc.String(), "UTC"},
		{"period", cfg.Period.ID, "2026-Q3"},
		{"compare", cfg.Compare == nil, true},
		{"report date", cfg.ReportDate.String(), "2026-10-05"},
		{"framework", cfg.Framework, "frameworks/mine.yaml"},
		{"logo", cfg.Logo, "assets/logo.PNG"},
		{"signatory", *cfg.Signatory, report.Signatory{Name: "Dra. Siti Aminah", Title: "Kepala Diskominfo", NIP: "19700101 199503 2 001", Place: "Sukamaju"}},
		{"letterhead", *cfg.Letterhead, report.Letterhead{Logo: "assets/kop.png", Lines: []string{"PEMERINTAH KABUPATEN SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA"}, Address: "Jl. Raya Sukamaju No. 1"}},
		{"page", cfg.PageSize, "Letter"},
		{"outputs", cfg.Outputs, []string{"html", "docx", "pdf"}},
		{"method", *cfg.Method, report.Method{Design: "deskriptif kualitatif", Collection: []string{"wawancara mendalam", "observasi"}, InformantSelection: "purposive", Text: "docs/metode.md"}},
		{"channels", cfg.Channels, []report.Channel{
			{Platform: "instagram", Handle: "kab.sukamaju", Followers: f(48210), Active: true},
			{Platform: "tiktok", Handle: "kab.sukamaju", Followers: f(1203), Active: true},
			{Platform: "x", Handle: "kabsukamaju", Active: false},
		}},
		{"home region", cfg.HomeRegion, []string{"Sukamaju", "Cibeureum"}},
		{"targets", cfg.Targets, []report.TargetEntry{
			{ID: "share.posts_per_week", Target: report.Target{Min: f(7)}, Pos: report.Pos{Line: 19, Col: 3}},
			{ID: "manage.response_rate", Target: report.Target{Min: f(0.6), Max: f(1)}, Pos: report.Pos{Line: 20, Col: 3}},
			{ID: "manage.median_response_hours", Target: report.Target{Max: f(6)}, Pos: report.Pos{Line: 21, Col: 3}},
		}},
		{"narrative", cfg.Narrative, "narrative/*.md"},
		{"events", cfg.Events, []report.Event{{Date: date("2026-08-17"), Label: "HUT RI ke-81"}, {Date: date("2026-09-12"), Label: "HUT Kabupaten ke-44"}}},
		{"privacy", cfg.Privacy, report.Privacy{Pseudonymize: false, GeneralizeRoles: true, Redact: []string{"Budi Santoso", "Siti"}}},
		{"sources", len(cfg.Sources), 7},
		{"pos of framework", cfg.PosOf["framework"], report.Pos{Line: 10, Col: 12}},
		{"pos of logo", cfg.PosOf["logo"], report.Pos{Line: 11, Col: 7}},
		{"pos of narrative", cfg.PosOf["narrative"], report.Pos{Line: 34, Col: 12}},
		{"pos of followers", cfg.PosOf["channels[1].followers"], report.Pos{Line: 15, Col: 57}},
		{"pos of covers.to", cfg.PosOf["sources[3].covers.to"], report.Pos{Line: 26, Col: 75}},
		{"no bare from", cfg.PosOf["from"], report.Pos{}},
		{"pos of column", cfg.PosOf["sources[4].columns.replied"], report.Pos{Line: 30, Col: 40}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, c.got, c.want)
		}
	}
	r := func(a, b string) *report.Range { return &report.Range{From: date(a), To: date(b)} }
	want := []report.Source{
		{Index: 0, Kind: "posts", Path: "exports/*_*.csv", Timezone: "Asia/Jakarta", Files: []string{"exports/Mar-18-2025_Apr-14-2025_1.csv"}, Pos: report.Pos{Line: 23, Col: 5}},
		{Index: 1, Kind: "daily", Path: "exports/daily/**/*.csv", Platform: "instagram", Delimiter: ";", Files: []string{"exports/daily/2026/reach.csv", "exports/daily/views.csv"}, Pos: report.Pos{Line: 24, Col: 5}},
		{Index: 2, Kind: "audience", Path: "exports/Audience.csv", Delimiter: "\t", Files: []string{"exports/Audience.csv"}, Pos: report.Pos{Line: 25, Col: 5}},
		{Index: 3, Kind: "comments", Path: "comments.csv", Covers: r("2026-07-01", "2026-09-30"), Files: []string{"comments.csv"}, Pos: report.Pos{Line: 26, Col: 5}},
		{Index: 4, Kind: "comments", Path: "db/comments.csv", Delimiter: "|", Columns: map[string]string{"comment_id": "id", "replied": "respondido", "reply_timestamp": "resposta_timestamp"}, Files: []string{"db/comments.csv"}, Pos: report.Pos{Line: 27, Col: 5}},
		{Index: 5, Kind: "monitoring", Path: "monitoring.csv", Delimiter: "\t", Covers: r("2026-09-01", "2026-10-31"), Files: []string{"monitoring.csv"}, Pos: report.Pos{Line: 32, Col: 5}},
		{Index: 6, Kind: "notes", Path: "notes/*.yaml", Files: []string{"notes/a.yaml", "notes/b.yaml"}, Pos: report.Pos{Line: 33, Col: 5}},
	}
	for i, s := range cfg.Sources {
		if s.Loc != nil {
			if s.Loc.String() != s.Timezone {
				t.Errorf("source %d: loc %s, timezone %s", i, s.Loc, s.Timezone)
			}
			s.Loc = nil
		}
		if !reflect.DeepEqual(s, want[i]) {
			t.Errorf("source %d:\n got %+v\nwant %+v", i, s, want[i])
		}
	}
}

// TestBadZoneKeepsDefault checks that a bad time zone leaves the default
// location in place (Loc is never nil).
func TestBadZoneKeepsDefault(t *testing.T) {
	t.Parallel()
	dir := project(t, ptr(base+"timezone: WIB\nexport_timezone: PST\n"), baseFiles...)
	cfg, probs := Load(dir, Options{})
	if probs.Errors() != 2 || cfg.Loc.String() != "Asia/Jakarta" || cfg.ExportLoc.String() != "America/Los_Angeles" {
		t.Errorf("problems %+v, loc %v, export loc %v", probs, cfg.Loc, cfg.ExportLoc)
	}
}

// TestPeriodOverride checks Options.Period.
func TestPeriodOverride(t *testing.T) {
	t.Parallel()
	cfg := mustLoad(t, base, Options{Period: "2026-Q3"})
	if cfg.Period.ID != "2026-Q3" || cfg.Compare.ID != "2026-Q2" || cfg.ReportDate.String() != "2026-10-01" {
		t.Errorf("override: %+v %+v %s", cfg.Period, cfg.Compare, cfg.ReportDate)
	}
	// period: may be left out when --period is given
	noPeriod := strings.Replace(base, "period: 2026-10\n", "", 1)
	cfg = mustLoad(t, noPeriod, Options{Period: "2026-09-01..2026-09-30"})
	if cfg.Period.Kind != "range" || cfg.Period.Days() != 30 {
		t.Errorf("override range: %+v", cfg.Period)
	}
	dir := project(t, ptr(base), baseFiles...)
	_, probs := Load(dir, Options{Period: "Oktober"})
	if len(probs) != 1 || probs[0].Key != "config.bad_period_flag" || probs[0].Line != 0 {
		t.Errorf("bad flag: %+v", probs)
	}
}

// TestSpellings checks accepted spellings of booleans and delimiters.
func TestSpellings(t *testing.T) {
	t.Parallel()
	bools := map[string]bool{"true": true, "True": true, "yes": true, "ya": true, "on": true,
		"false": false, "FALSE": false, "no": false, "tidak": false, "off": false}
	for word, want := range bools {
		cfg := mustLoad(t, base+"privacy: {pseudonymize: "+word+"}\n", Options{})
		if cfg.Privacy.Pseudonymize != want {
			t.Errorf("pseudonymize: %s = %v, want %v", word, cfg.Privacy.Pseudonymize, want)
		}
	}
	delims := map[string]string{`","`: ",", `";"`: ";", `"|"`: "|", `"\t"`: "\t", `'\t'`: "\t", `tab`: "\t"}
	for spelled, want := range delims {
		cfg := mustLoad(t, base+"  - {kind: posts, path: exports/posts.csv, delimiter: "+spelled+"}\n", Options{})
		if got := cfg.Sources[1].Delimiter; got != want {
			t.Errorf("delimiter %s = %q, want %q", spelled, got, want)
		}
	}
}

// TestEncodings checks a UTF-8 BOM and UTF-16 with a BOM.
func TestEncodings(t *testing.T) {
	t.Parallel()
	text := strings.Replace(base, "title: T", "title: Évaluasi ✓", 1)
	u16 := func(order binary.ByteOrder, bom []byte) string {
		var b bytes.Buffer
		b.Write(bom)
		for _, u := range utf16.Encode([]rune(text)) {
			binary.Write(&b, order, u)
		}
		return b.String()
	}
	for name, content := range map[string]string{
		"utf8-bom": "\xEF\xBB\xBF" + text,
		"utf16le":  u16(binary.LittleEndian, []byte{0xFF, 0xFE}),
		"utf16be":  u16(binary.BigEndian, []byte{0xFE, 0xFF}),
	} {
		t.Run(name, func(t *testing.T) {
			cfg := mustLoad(t, content, Options{})
			if cfg.Title != "Évaluasi ✓" || cfg.PosOf["title"] != (report.Pos{Line: 1, Col: 8}) {
				t.Errorf("title %q at %+v", cfg.Title, cfg.PosOf["title"])
			}
		})
	}
}

// TestAliases checks that YAML anchors and aliases are refused, each at its
// own line and column (as in framework files and notes), so that no value
// stands at two places and no alias can fan out.
func TestAliases(t *testing.T) {
	t.Parallel()
	yml := base + "  - &c {kind: comments, path: exports/posts.csv, columns: &cols {comment_id: id}}\n" +
		"  - {kind: comments, path: comments2.csv, columns: *cols}\n" + "home_region: &h [A]\n"
	dir := project(t, &yml, "comments2.csv")
	cfg, probs := Load(dir, Options{})
	if cfg != nil {
		t.Errorf("a file with aliases loaded: %+v", cfg)
	}
	var got []string
	for _, p := range probs {
		got = append(got, fmt.Sprintf("%d:%d %s %v", p.Line, p.Col, p.Key, p.Args))
	}
	line := strings.Count(base, "\n") + 1
	want := []string{
		fmt.Sprintf("%d:5 config.alias [&c]", line),
		fmt.Sprintf("%d:59 config.alias [&cols]", line),
		fmt.Sprintf("%d:52 config.alias [*cols]", line+1),
		fmt.Sprintf("%d:14 config.alias [&h]", line+2),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(probs) > 0 && !strings.HasPrefix(probs[0].Where(), filepath.Join(dir, FileName)+":") {
		t.Errorf("problem at %s", probs[0].Where())
	}
}

// TestMissingAndEmptySources covers a missing file and sources: [].
func TestMissingAndEmptySources(t *testing.T) {
	t.Parallel()
	dir := project(t, nil)
	cfg, probs := Load(dir, Options{})
	if cfg != nil || len(probs) != 1 || probs[0].Key != "config.missing_file" || probs[0].Path != dir+"/rapor.yaml" {
		t.Errorf("missing: %+v", probs)
	}
	dir = project(t, ptr("title: T\naccount: a\nperiod: 2026\nsources: []\n"))
	cfg, probs = Load(dir, Options{})
	if cfg == nil || probs.Errors() != 0 || len(probs) != 1 || probs[0].Key != "config.no_sources" {
		t.Errorf("empty sources: %+v", probs)
	}
}

// TestFixture loads the shared fixture project when it is present.
func TestFixture(t *testing.T) {
	t.Parallel()
	dir := "../../../shared/fixtures/kab-contoh"
	cfg, probs := Load(dir, Options{})
	if len(probs) == 1 && probs[0].Key == "config.missing_file" {
		t.Skip("fixture not present")
	}
	if len(probs) != 0 {
		t.Fatalf("fixture: %+v", probs)
	}
	if cfg.Account != "kab.contoh" || len(cfg.Sources) != 7 || len(cfg.Targets) != 5 {
		t.Errorf("fixture: %+v", cfg)
	}
}
