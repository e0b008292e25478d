package config

import (
	"strings"
	"testing"
)

// base is a minimal valid rapor.yaml (5 lines); cases append to it.
const base = `title: T
account: acc
period: 2026-10
sources:
  - {kind: notes, path: "notes/*.yaml"}
`

// TestLoadBad checks that each malformed rapor.yaml gives exactly one error,
// at the exact line and column, with the expected message key.
func TestLoadBad(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		yml       string
		line, col int
		key       string
	}{
		{"unknown top key", base + "titel: x\n", 6, 1, "config.unknown_key_near"},
		{"merge key is unknown", base + "<<: {a: b}\n", 6, 1, "config.unknown_key"},
		{"duplicate key", base + "title: U\n", 6, 1, "config.duplicate_key"},
		{"missing title", "account: acc\nperiod: 2026-10\nsources: []\n", 1, 1, "config.missing_key"},
		{"missing sources", "title: T\naccount: acc\nperiod: 2026-10\n", 1, 1, "config.missing_key"},
		{"missing period", "title: T\naccount: acc\nsources: []\n", 1, 1, "config.missing_key"},
		{"title is a list", strings.Replace(base, "title: T", "title: [a, b]", 1), 1, 8, "config.want_string"},
		{"title is empty", strings.Replace(base, "title: T", `title: ""`, 1), 1, 1, "config.empty_value"},
		{"title is null", strings.Replace(base, "title: T", "title:", 1), 1, 1, "config.empty_value"},
		{"account is a URL", strings.Replace(base, "account: acc", "account: https://instagram.com/acc", 1), 2, 10, "config.bad_account"},
		{"language fr", base + "language: fr\n", 6, 11, "config.bad_language"},
		{"unknown time zone", base + "timezone: Asia/Jakrta\n", 6, 11, "config.bad_timezone"},
		{"Local time zone", base + "export_timezone: Local\n", 6, 18, "config.bad_timezone"},
		{"month 13", strings.Replace(base, "2026-10", "2026-13", 1), 3, 9, "config.bad_period"},
		{"quarter 5", strings.Replace(base, "2026-10", "2026-Q5", 1), 3, 9, "config.bad_period"},
		{"single date", strings.Replace(base, "2026-10", "2026-10-01", 1), 3, 9, "config.bad_period"},
		{"period list", strings.Replace(base, "2026-10", "[2026-10]", 1), 3, 9, "config.bad_period"},
		{"range reversed", strings.Replace(base, "2026-10", "2026-10-31..2026-10-01", 1), 3, 9, "config.period_order"},
		{"from/to reversed", strings.Replace(base, "2026-10", "{from: 2026-10-31, to: 2026-10-01}", 1), 3, 32, "config.period_order"},
		{"absurd period", strings.Replace(base, "2026-10", "{from: 0001-01-01, to: 9999-12-31}", 1), 3, 9, "config.period_years"},
		{"year 1999", strings.Replace(base, "2026-10", "1999", 1), 3, 9, "config.period_years"},
		{"range to 2101", strings.Replace(base, "2026-10", "2100-12-01..2101-01-31", 1), 3, 9, "config.period_years"},
		{"21 years", strings.Replace(base, "2026-10", "2001-01-01..2021-12-31", 1), 3, 9, "config.period_too_long"},
		{"compare 1990", base + "compare: 1990\n", 6, 10, "config.period_years"},
		{"from/to missing to", strings.Replace(base, "2026-10", "{from: 2026-10-01}", 1), 3, 9, "config.missing_key"},
		{"from/to bad date", strings.Replace(base, "2026-10", "{from: 2026-10-01, to: 2026-10-32}", 1), 3, 32, "config.bad_date"},
		{"from/to extra key", strings.Replace(base, "2026-10", "{from: 2026-10-01, to: 2026-10-31, till: x}", 1), 3, 44, "config.unknown_key"},
		{"compare bogus", base + "compare: last\n", 6, 10, "config.bad_period"},
		{"report_date 31 Nov", base + "report_date: 2026-11-31\n", 6, 14, "config.bad_date"},
		{"framework file missing", base + "framework: frameworks/mine.yaml\n", 6, 12, "config.file_missing"},
		{"logo gif", base + "logo: assets/logo.gif\n", 6, 7, "config.bad_extension"},
		{"logo missing", base + "logo: assets/logo.png\n", 6, 7, "config.file_missing"},
		{"signatory without name", base + "signatory: {title: Kepala}\n", 6, 12, "config.missing_key"},
		{"signatory string", base + "signatory: Dra. Siti\n", 6, 12, "config.want_mapping"},
		{"signatory unknown key", base + "signatory: {name: S, nipp: 1}\n", 6, 22, "config.unknown_key_near"},
		{"letterhead four lines", base + "letterhead: {lines: [a, b, c, d]}\n", 6, 21, "config.letterhead_lines"},
		{"letterhead without lines", base + "letterhead: {address: Jl. Raya}\n", 6, 13, "config.missing_key"},
		{"letterhead logo missing", base + "letterhead: {logo: kop.png, lines: [a]}\n", 6, 20, "config.file_missing"},
		{"page size A5", base + "page: {size: A5}\n", 6, 14, "config.bad_page_size"},
		{"page unknown key", base + "page: {margin: 2}\n", 6, 8, "config.unknown_key"},
		{"outputs unknown", base + "outputs: [html, docs]\n", 6, 17, "config.bad_output"},
		{"outputs twice", base + "outputs: [docx, docx]\n", 6, 17, "config.duplicate_output"},
		{"outputs empty", base + "outputs: []\n", 6, 10, "config.no_outputs"},
		{"method unknown key", base + "method: {desain: x}\n", 6, 10, "config.unknown_key_near"},
		{"method text not markdown", base + "method: {text: metode.txt}\n", 6, 16, "config.bad_extension"},
		{"method collection string", base + "method: {collection: wawancara}\n", 6, 22, "config.want_list"},
		{"channels mapping", base + "channels: {platform: x}\n", 6, 11, "config.want_list"},
		{"channel without handle", base + "channels:\n  - {platform: tiktok}\n", 7, 5, "config.missing_key"},
		{"channel unknown key", base + "channels:\n  - {platform: x, handle: h, follower: 3}\n", 7, 30, "config.unknown_key_near"},
		{"followers with thousands dot", base + "channels:\n  - {platform: x, handle: h, followers: 48.210}\n", 7, 41, "config.want_whole"},
		{"followers negative", base + "channels:\n  - {platform: x, handle: h, followers: -5}\n", 7, 41, "config.negative"},
		{"followers quoted", base + "channels:\n  - {platform: x, handle: h, followers: \"5\"}\n", 7, 41, "config.want_number"},
		{"active maybe", base + "channels:\n  - {platform: x, handle: h, active: maybe}\n", 7, 38, "config.want_bool"},
		{"home_region string", base + "home_region: Sukamaju\n", 6, 14, "config.want_list"},
		{"targets list", base + "targets: [share.posts]\n", 6, 10, "config.want_mapping"},
		{"target number", base + "targets:\n  share.posts: 7\n", 7, 16, "config.want_mapping"},
		{"target min quoted", base + "targets:\n  share.posts: {min: \"7\"}\n", 7, 22, "config.want_number"},
		{"target min inf", base + "targets:\n  share.posts: {min: .inf}\n", 7, 22, "config.want_number"},
		{"target empty", base + "targets:\n  share.posts: {}\n", 7, 16, "config.target_empty"},
		{"target min > max", base + "targets:\n  share.posts: {min: 9, max: 3}\n", 7, 16, "config.target_order"},
		{"target unknown key", base + "targets:\n  share.posts: {minimum: 9}\n", 7, 17, "config.unknown_key"},
		{"target near negative", base + "targets:\n  share.posts: {min: 9, near: -0.1}\n", 7, 31, "config.negative"},
		{"target near alone", base + "targets:\n  share.posts: {near: 0.1}\n", 7, 16, "config.target_empty"},
		{"target_near string", base + "target_near: tenth\n", 6, 14, "config.want_number"},
		{"service not mapping", base + "service: office hours\n", 6, 10, "config.want_mapping"},
		{"service unknown key", base + "service:\n  hours: \"08:00-16:00\"\n  sla: 8\n", 8, 3, "config.unknown_key"},
		{"service hours across midnight", base + "service: {hours: \"22:00-06:00\"}\n", 6, 18, "config.bad_service_hours"},
		{"service hours 24:30", base + "service: {hours: \"08:00-24:30\"}\n", 6, 18, "config.bad_service_hours"},
		{"service hours one time", base + "service: {hours: \"08:00\"}\n", 6, 18, "config.bad_service_hours"},
		{"service hours empty window", base + "service: {hours: \"08:00-08:00\"}\n", 6, 18, "config.bad_service_hours"},
		{"service day unknown", base + "service: {days: [mon, sen]}\n", 6, 23, "config.bad_weekday"},
		{"service holiday bad date", base + "service: {holidays: [2026-02-30]}\n", 6, 22, "config.bad_date"},
		{"service sla negative", base + "service: {sla_hours: -1}\n", 6, 22, "config.negative"},
		{"service question words string", base + "service: {question_words: apa}\n", 6, 27, "config.want_list"},
		{"relative period without a date", strings.Replace(base, "2026-10", "last-month", 1), 3, 9, "config.relative_no_date"},
		{"relative period misspelt", strings.Replace(base, "2026-10", "last-week", 1), 3, 9, "config.bad_period"},
		{"sources string", strings.Replace(base, "sources:\n  - {kind: notes, path: \"notes/*.yaml\"}", "sources: notes/*.yaml", 1), 4, 10, "config.want_list"},
		{"source not mapping", base + "  - notes/*.yaml\n", 6, 5, "config.want_mapping"},
		{"source unknown key", base + "  - {kind: posts, path: exports/posts.csv, pth: x}\n", 6, 44, "config.unknown_key_near"},
		{"source bad kind", base + "  - {kind: post, path: exports/posts.csv}\n", 6, 12, "config.bad_kind"},
		{"source missing path", base + "  - {kind: posts}\n", 6, 5, "config.missing_key"},
		{"source missing kind", base + "  - {path: exports/posts.csv}\n", 6, 5, "config.missing_key"},
		{"glob matches nothing", base + "  - {kind: posts, path: \"exports/*.xlsx\"}\n", 6, 25, "config.glob_no_match"},
		{"glob absolute", base + "  - {kind: posts, path: \"/etc/*.csv\"}\n", 6, 25, "config.glob_absolute"},
		{"glob bad pattern", base + "  - {kind: posts, path: \"exports/[.csv\"}\n", 6, 25, "config.glob_bad"},
		{"file in two entries", base + "  - {kind: notes, path: notes/a.yaml}\n", 6, 25, "config.file_twice"},
		{"delimiter x", base + "  - {kind: posts, path: exports/posts.csv, delimiter: x}\n", 6, 55, "config.bad_delimiter"},
		{"delimiter pipe unquoted block", base + "  - kind: posts\n    path: exports/posts.csv\n    delimiter: |\n", 8, 16, "config.bad_delimiter"},
		{"delimiter on notes", strings.Replace(base, "notes/*.yaml\"}", "notes/*.yaml\", delimiter: \";\"}", 1), 5, 41, "config.key_not_for_kind"},
		{"platform on posts", base + "  - {kind: posts, path: exports/posts.csv, platform: facebook}\n", 6, 44, "config.key_not_for_kind"},
		{"platform tiktok", base + "  - {kind: daily, path: exports/posts.csv, platform: tiktok}\n", 6, 54, "config.bad_platform"},
		{"covers on notes", base + "  - {kind: notes, path: exports/posts.csv, covers: {from: 2026-10-01, to: 2026-10-31}}\n", 6, 44, "config.key_not_for_kind"},
		{"metric on posts", base + "  - {kind: posts, path: exports/posts.csv, metric: reach}\n", 6, 44, "config.key_not_for_kind"},
		{"metric not canonical", base + "  - {kind: daily, path: exports/posts.csv, metric: jangkauan}\n", 6, 52, "config.bad_metric"},
		{"columns onto one header", base + "  - {kind: comments, path: exports/posts.csv, columns: {comment_id: id, parent_id: \" ID \"}}\n", 6, 84, "config.columns_same_header"},
		{"covers bad date", base + "  - {kind: comments, path: exports/posts.csv, covers: {from: 2026-10-01, to: 31-10-2026}}\n", 6, 78, "config.bad_date"},
		{"source timezone", base + "  - {kind: comments, path: exports/posts.csv, timezone: WIB}\n", 6, 57, "config.bad_timezone"},
		{"columns list", base + "  - {kind: comments, path: exports/posts.csv, columns: [id]}\n", 6, 56, "config.want_mapping"},
		{"columns empty header", base + "  - {kind: comments, path: exports/posts.csv, columns: {comment_id: \"\"}}\n", 6, 57, "config.empty_value"},
		{"narrative matches nothing", base + "narrative: \"narasi/*.md\"\n", 6, 12, "config.glob_no_match"},
		{"events not list", base + "events: {date: 2026-10-12}\n", 6, 9, "config.want_list"},
		{"event bad date", base + "events:\n  - {date: 12-10-2026, label: HUT}\n", 7, 12, "config.bad_date"},
		{"event without label", base + "events:\n  - {date: 2026-10-12}\n", 7, 5, "config.missing_key"},
		{"privacy unknown key", base + "privacy:\n  pseudonymise: false\n", 7, 3, "config.unknown_key_near"},
		{"pseudonymize string", base + "privacy:\n  pseudonymize: kadang\n", 7, 17, "config.want_bool"},
		{"redact string", base + "privacy:\n  redact: Budi\n", 7, 11, "config.want_list"},
		{"redact empty item", base + "privacy:\n  redact: [Budi, \" \"]\n", 7, 18, "config.empty_value"},
		{"non-scalar key", base + "? [a, b]\n: c\n", 6, 3, "config.bad_key"},
		{"top level list", "- title: T\n", 1, 1, "config.not_mapping"},
		{"top level scalar", "hello\n", 1, 1, "config.not_mapping"},
		{"two documents", base + "---\ntitle: U\n", 7, 1, "config.multiple_documents"},
		{"syntax error", base + "title: [a\n", 6, 0, "config.syntax"},
		{"syntax error on line 1", "title: !foo!bar x\n", 1, 0, "config.syntax"},
		{"directive after content", "title: T\n%YAML 1.2\n", 2, 0, "config.syntax"},
		{"sequence then key", "- a\nb: c\n", 2, 0, "config.syntax"},
		{"unterminated quote", "title: 'x\naccount: a\n", 3, 0, "config.syntax"},
		{"indented key", "title: T\naccount: a\n bad: x\n", 3, 0, "config.syntax"},
		{"tab indentation", "title: T\nprivacy:\n\tpseudonymize: true\n", 3, 0, "config.syntax"},
		{"invalid UTF-8", "title: T\naccount: ac\xe9\n", 2, 12, "config.invalid_utf8"},
		{"empty file", "", 0, 0, "config.empty"},
		{"only comments", "# nothing here\n\n", 0, 0, "config.empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := project(t, ptr(c.yml), baseFiles...)
			_, probs := Load(dir, Options{})
			errs := errorsOf(probs)
			if len(errs) != 1 {
				t.Fatalf("want 1 error %s at %d:%d, got %d: %+v", c.key, c.line, c.col, len(errs), probs)
			}
			e := errs[0]
			if e.Key != c.key || e.Line != c.line || e.Col != c.col {
				t.Errorf("got %s at %d:%d (args %v), want %s at %d:%d", e.Key, e.Line, e.Col, e.Args, c.key, c.line, c.col)
			}
			if want := dir + "/" + FileName; e.Path != want {
				t.Errorf("path %q, want %q", e.Path, want)
			}
		})
	}
}

// covers: is accepted on every data kind, and metric: on daily files.
func TestCoversAndMetricAccepted(t *testing.T) {
	t.Parallel()
	yml := base + "  - {kind: posts, path: exports/posts.csv, covers: {from: 2026-10-01, to: 2026-10-31}}\n" +
		"  - {kind: daily, path: exports/daily.csv, metric: reach, covers: {from: 2026-10-01, to: 2026-10-31}}\n" +
		"  - {kind: audience, path: exports/audience.csv, covers: {from: 2026-10-01, to: 2026-10-31}}\n"
	dir := project(t, ptr(yml), append(baseFiles, "exports/daily.csv", "exports/audience.csv")...)
	cfg, probs := Load(dir, Options{})
	if errs := errorsOf(probs); len(errs) != 0 {
		t.Fatalf("errors %+v", errs)
	}
	for _, s := range cfg.Sources[1:] {
		if s.Covers == nil || s.Covers.From.String() != "2026-10-01" {
			t.Errorf("%s: covers %v", s.Kind, s.Covers)
		}
	}
	if cfg.Sources[2].Metric != "reach" {
		t.Errorf("metric %q", cfg.Sources[2].Metric)
	}
}
