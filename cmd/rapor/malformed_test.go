package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/project"
)

const baseYAML = `title: Uji
account: kab.uji
period: 2026-10
sources:
  - {kind: posts, path: "exports/*.csv"}
  - {kind: notes, path: "notes/*.yaml"}
`

const basePosts = "\ufeffID Postingan,ID Akun,Nama pengguna akun,Deskripsi,Waktu penerbitan,Permalink,Jenis postingan,Tanggal,Tayangan,Jangkauan,Suka,Komentar,Frekuensi dibagikan,Frekuensi Disimpan\n" +
	"18000000000000001,1784,kab.uji,Satu,10/02/2026 08:00,https://www.instagram.com/p/AAAAAAAAAA1/,Gambar IG,Sepanjang Masa,100,90,5,1,0,1\n" +
	"18000000000000002,1784,kab.uji,Dua,10/03/2026 08:00,https://www.instagram.com/p/AAAAAAAAAA2/,Reel IG,Sepanjang Masa,200,150,9,2,1,0\n"

const baseNotes = `kind: interview
id: W1
date: 2026-10-14
informant: {name: Rina Wulandari, role: Kepala Bidang}
segments:
  - code: share.participate
    text: Kami memilih Instagram.
`

// posts20 is a valid export of 20 rows with one bad row inserted by the cases.
func posts20(bad string) string {
	var b strings.Builder
	b.WriteString("\ufeffPost ID,Account username,Publish time,Permalink,Post type,Views,Reach,Likes,Comments,Shares,Saves\n")
	for i := 0; i < 20; i++ {
		b.WriteString("1800000000000010" + string(rune('a'+i)) + ",kab.uji,10/05/2026 09:00,https://www.instagram.com/p/BBBBBBBBBB" + string(rune('a'+i)) + "/,IG image,10,9,1,0,0,0\n")
	}
	b.WriteString(bad)
	return b.String()
}

// TestMalformedInputs: every malformed config or data file gives the
// expected exit code and a problem at the exact file, line and column with
// the expected message key — and never a panic.
func TestMalformedInputs(t *testing.T) {
	t.Parallel()
	type prob struct {
		file      string // relative to the project folder
		line, col int
		key       string
	}
	cases := []struct {
		name  string
		files map[string]string // overrides; "" deletes
		args  []string
		exit  int
		want  prob
	}{
		// rapor.yaml
		{"unknown key", map[string]string{"rapor.yaml": baseYAML + "colour: blue\n"}, nil, 1, prob{"rapor.yaml", 7, 1, "config.unknown_key"}},
		{"missing title", map[string]string{"rapor.yaml": strings.Replace(baseYAML, "title: Uji\n", "", 1)}, nil, 1, prob{"rapor.yaml", 1, 1, "config.missing_key"}},
		{"bad period", map[string]string{"rapor.yaml": strings.Replace(baseYAML, "2026-10", "Oktober 2026", 1)}, nil, 1, prob{"rapor.yaml", 3, 9, "config.bad_period"}},
		{"bad timezone", map[string]string{"rapor.yaml": baseYAML + "timezone: Asia/Jkt\n"}, nil, 1, prob{"rapor.yaml", 7, 11, "config.bad_timezone"}},
		{"glob matches nothing", map[string]string{"rapor.yaml": baseYAML + "  - {kind: comments, path: \"komentar.csv\"}\n"}, nil, 1, prob{"rapor.yaml", 7, 28, "config.glob_no_match"}},
		{"unknown target", map[string]string{"rapor.yaml": baseYAML + "targets:\n  share.postz: {min: 7}\n"}, nil, 1, prob{"rapor.yaml", 8, 3, "config.unknown_indicator"}},
		{"wrong type", map[string]string{"rapor.yaml": baseYAML + "channels:\n  - {platform: instagram, handle: kab.uji, followers: banyak}\n"}, nil, 1, prob{"rapor.yaml", 8, 55, "config.want_number"}},
		{"file twice", map[string]string{"rapor.yaml": baseYAML + "  - {kind: posts, path: \"exports/a.csv\"}\n"}, nil, 1, prob{"rapor.yaml", 7, 25, "config.file_twice"}},
		{"bad language", map[string]string{"rapor.yaml": baseYAML + "language: jv\n"}, nil, 1, prob{"rapor.yaml", 7, 11, "config.bad_language"}},
		{"bad kind", map[string]string{"rapor.yaml": baseYAML + "  - {kind: tweets, path: \"exports/a.csv\"}\n"}, nil, 1, prob{"rapor.yaml", 7, 12, "config.bad_kind"}},
		{"yaml syntax", map[string]string{"rapor.yaml": baseYAML + "events: [\n"}, nil, 1, prob{"rapor.yaml", 8, 0, "config.syntax"}},
		{"bad --period", nil, []string{"--period", "2026-13"}, 1, prob{"rapor.yaml", 0, 0, "config.bad_period_flag"}},
		// data files
		{"excel wrapped", map[string]string{"exports/a.csv": "\ufeff\"Post ID,\"\"Account ID\"\",\"\"Account username\"\",Description,\"\"Publish time\"\"\"\n\"1,2,x,y,z\"\n"}, nil, 1, prob{"exports/a.csv", 1, 1, "ingest.excel_wrapped"}},
		{"excel month in audience", map[string]string{"rapor.yaml": baseYAML + "  - {kind: audience, path: aud.csv}\n",
			"aud.csv": "Usia & jenis kelamin;;\n;Perempuan;Laki-laki\n18-24;12,4;9,8\n25-34;3-Mei;1,0\n"}, nil, 1, prob{"aud.csv", 4, 2, "ingest.excel_month"}},
		{"facebook export", map[string]string{"exports/a.csv": "\"Post ID\",\"Page ID\",\"Page name\",\"Publish time\",Permalink,\"Post type\"\n1,2,x,10/01/2026 10:00,https://facebook.com/1,Photos\n"}, nil, 1, prob{"exports/a.csv", 1, 1, "ingest.facebook_export"}},
		{"duplicate header", map[string]string{"exports/a.csv": "Post ID,Publish time,Permalink,Post type,Views,Views\n1,10/01/2026 10:00,https://www.instagram.com/p/X/,IG image,1,2\n"}, nil, 1, prob{"exports/a.csv", 1, 6, "ingest.duplicate_header"}},
		{"missing column", map[string]string{"exports/a.csv": "Post ID,Permalink,Post type,Views,Description\n1,https://www.instagram.com/p/X/,IG image,1,x\n"}, nil, 1, prob{"exports/a.csv", 1, 1, "ingest.no_preset"}},
		{"no preset comments", map[string]string{"rapor.yaml": baseYAML + "  - {kind: comments, path: k.csv}\n", "k.csv": "a,b,c\n1,2,3\n"}, nil, 1, prob{"k.csv", 1, 1, "ingest.no_preset"}},
		{"empty file", map[string]string{"rapor.yaml": baseYAML + "  - {kind: monitoring, path: m.csv}\n", "m.csv": "\n\n"}, nil, 1, prob{"m.csv", 0, 0, "ingest.empty_file"}},
		{"monitoring missing column", map[string]string{"rapor.yaml": baseYAML + "  - {kind: monitoring, path: m.csv}\n", "m.csv": "case_id,channel\nM1,x\n"}, nil, 1, prob{"m.csv", 1, 1, "ingest.missing_column"}},
		{"bad time row is a warning", map[string]string{"exports/b.csv": posts20("18000000000000199,kab.uji,31/31/2026 09:00,https://www.instagram.com/p/CCCCCCCCCC1/,IG image,1,1,1,0,0,0\n")}, nil, 0, prob{"exports/b.csv", 22, 3, "ingest.bad_time"}},
		{"bad row with --strict", map[string]string{"exports/b.csv": posts20("18000000000000199,kab.uji,10/05/2026 09:00,https://www.instagram.com/p/CCCCCCCCCC1/,IG image,1,-4,1,0,0,0\n")}, []string{"--strict"}, 1, prob{"exports/b.csv", 22, 7, "ingest.bad_number"}},
		{"too many bad rows", map[string]string{"exports/b.csv": posts20("x,kab.uji,10/05/2026 09:00,https://www.instagram.com/p/CCCCCCCCCC1/,IG image,1,abc,1,0,0,0\nx,kab.uji,10/05/2026 09:00,https://www.instagram.com/p/CCCCCCCCCC2/,IG image,1,abc,1,0,0,0\n")}, nil, 1, prob{"exports/b.csv", 0, 0, "ingest.too_many_bad_rows"}},
		{"unknown post type", map[string]string{"exports/b.csv": posts20("18000000000000199,kab.uji,10/05/2026 09:00,https://www.instagram.com/p/CCCCCCCCCC1/,IG live,1,1,1,0,0,0\n")}, nil, 0, prob{"exports/b.csv", 22, 5, "ingest.unknown_post_type"}},
		{"reply before comment", map[string]string{"rapor.yaml": baseYAML + "  - {kind: comments, path: k.csv}\n",
			"k.csv": "comment_id,username,timestamp,replied,reply_timestamp\n" + strings.Repeat("", 0) + "1,a,2026-10-02T10:00:00+07:00,ya,2026-10-02T09:00:00+07:00\n2,b,2026-10-02T10:00:00+07:00,ya,\n"},
			nil, 1, prob{"k.csv", 2, 5, "ingest.reply_before_comment"}},
		{"scientific id", map[string]string{"exports/b.csv": posts20("1.83552E+16,kab.uji,10/05/2026 09:00,https://www.instagram.com/p/CCCCCCCCCC1/,IG image,1,1,1,0,0,0\n")}, nil, 0, prob{"exports/b.csv", 22, 1, "ingest.scientific_id"}},
		{"unterminated quote", map[string]string{"exports/b.csv": "Post ID,Publish time,Permalink,Post type\n1,\"10/01/2026 10:00,https://www.instagram.com/p/X/,IG image\n"}, nil, 1, prob{"exports/b.csv", 2, 2, "ingest.csv_parse"}},
		{"daily file given as posts", map[string]string{"exports/b.csv": "sep=,\n\"Jangkauan\"\n\"Tanggal\",\"Primary\"\n\"2026-10-01T00:00:00\",\"5\"\n"}, nil, 1, prob{"exports/b.csv", 2, 1, "ingest.wrong_kind"}},
		{"posts file given as comments", map[string]string{"rapor.yaml": baseYAML + "  - {kind: comments, path: k.csv}\n", "k.csv": basePosts}, nil, 1, prob{"k.csv", 1, 1, "ingest.wrong_kind"}},
		{"count target on a quarter", map[string]string{"rapor.yaml": strings.Replace(baseYAML, "period: 2026-10", "period: 2026-Q4", 1) + "targets:\n  share.posts: {min: 30}\n"}, []string{"--strict"}, 1, prob{"rapor.yaml", 8, 3, "build.count_target_period"}},
		{"period nobody covers", nil, []string{"--period", "2020-01"}, 1, prob{"rapor.yaml", 3, 9, "build.period_uncovered"}},
		{"period partly covered", map[string]string{"rapor.yaml": strings.Replace(baseYAML, "period: 2026-10", "period: 2026-10-02..2026-10-09", 1)}, []string{"--strict"}, 1, prob{"rapor.yaml", 3, 9, "build.period_partly_covered"}},
		// notes and narrative
		{"unknown code", map[string]string{"notes/w.yaml": strings.Replace(baseNotes, "share.participate", "share.partisipate", 1)}, nil, 1, prob{"notes/w.yaml", 6, 11, "notes.unknown_code"}},
		{"missing informant", map[string]string{"notes/w.yaml": strings.Replace(baseNotes, "informant: {name: Rina Wulandari, role: Kepala Bidang}\n", "", 1)}, nil, 1, prob{"notes/w.yaml", 1, 1, "notes.missing_field"}},
		{"duplicate note id", map[string]string{"notes/x.yaml": baseNotes}, nil, 1, prob{"notes/x.yaml", 2, 1, "notes.duplicate_id"}},
		{"corrupt qdpx", map[string]string{"rapor.yaml": baseYAML + "  - {kind: qdpx, path: \"coding/*.qdpx\"}\n", "coding/x.qdpx": "PK\x03\x04broken"}, nil, 1, prob{"coding/x.qdpx", 0, 0, "qda.bad_zip"}},
		{"qde with a DTD", map[string]string{"rapor.yaml": baseYAML + "  - {kind: qdpx, path: \"coding/*.qde\"}\n",
			"coding/x.qde": "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&e;\"/>"}, nil, 1, prob{"coding/x.qde", 2, 0, "qda.dtd"}},
		{"qda-csv unknown header", map[string]string{"rapor.yaml": baseYAML + "  - {kind: qda-csv, path: \"coding/*.csv\"}\n", "coding/x.csv": "a,b\n1,2\n"}, nil, 1, prob{"coding/x.csv", 1, 0, "qda.csv_unknown"}},
		{"codes: target not a framework code", map[string]string{"rapor.yaml": baseYAML + "  - {kind: qda-csv, path: \"coding/*.csv\", codes: {Balasan: manage.quik_response}}\n",
			"coding/x.csv": "id,document,tag,content\n1,W9,Balasan,Kami membalas.\n"}, nil, 1, prob{"rapor.yaml", 7, 60, "qda.bad_code_target"}},
		{"narrative block with too much markup", map[string]string{"rapor.yaml": baseYAML + "narrative: \"n/*.md\"\n", "n/a.md": "---\nstage: share\n---\n# x\n\n" + strings.Repeat(`"a`, 200) + "\n"}, []string{"--strict"}, 1, prob{"n/a.md", 6, 1, "build.narrative_plain_block"}},
		{"narrative stage", map[string]string{"rapor.yaml": baseYAML + "narrative: \"n/*.md\"\n", "n/a.md": "---\nstage: sharing\n---\n# x\n"}, nil, 1, prob{"n/a.md", 2, 1, "build.narrative_stage"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			files := map[string]string{"rapor.yaml": baseYAML, "exports/a.csv": basePosts, "notes/w.yaml": baseNotes}
			for k, v := range tc.files {
				files[k] = v
			}
			for name, body := range files {
				if body == "" {
					continue
				}
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var out, errb bytes.Buffer
			args := append([]string{"validate", dir, "--lang", "en"}, tc.args...)
			code := run(args, &out, &errb, func(string) string { return "" })
			if code != tc.exit {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.exit, out.String(), errb.String())
			}
			if strings.Contains(errb.String(), "internal error") || strings.Contains(errb.String(), "goroutine") {
				t.Fatalf("panic: %s", errb.String())
			}
			opt := project.Options{Lang: "en", Env: func(string) string { return "" }}
			for i := 0; i+1 < len(tc.args); i++ {
				if tc.args[i] == "--period" {
					opt.Period = tc.args[i+1]
				}
			}
			p := project.Load(dir, opt)
			wantPath := ""
			if tc.want.file != "" {
				wantPath = filepath.ToSlash(filepath.Join(dir, tc.want.file))
			}
			var found *report.Problem
			for i, pr := range p.Problems {
				if pr.Key == tc.want.key && filepath.ToSlash(pr.Path) == wantPath {
					found = &p.Problems[i]
					break
				}
			}
			if found == nil {
				t.Fatalf("no %s problem at %s; got:\n%s", tc.want.key, wantPath, errb.String())
			}
			if found.Line != tc.want.line || (tc.want.col != 0 && found.Col != tc.want.col) {
				t.Errorf("%s at %d:%d, want %d:%d", tc.want.key, found.Line, found.Col, tc.want.line, tc.want.col)
			}
			// the message printed says where, in the report language
			where := found.Where() + ": "
			if !strings.Contains(errb.String(), where) {
				t.Errorf("stderr lacks %q:\n%s", where, errb.String())
			}
		})
	}
}
