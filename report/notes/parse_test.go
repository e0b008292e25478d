package notes

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/framework"
	"github.com/rapor-id/rapor/report/msg"
)

func codes(t testing.TB) []string {
	t.Helper()
	fw, ps := framework.Load("", "")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	return fw.Codes()
}

const sample = `kind: interview
id: W1
date: 2026-10-14
informant: {name: Budi Santoso, role: Kepala Bidang IKP, pseudonym: Informan 1}
interviewer: Peneliti
segments:
  - code: share.participate
    text: |
      Kami memilih Instagram
      karena warga muda ada di sana.
  - codes: [manage.media_monitoring, manage.quick_response, manage.media_monitoring]
    text: Setiap pagi tim memantau komentar.
    assessment: belum_optimal
---
kind: observation
id: O2
date: 2026-10-20
observer: Peneliti
setting: Ruang media center
entries:
  - time: "9.30"
    code: manage.quick_response
    text: Admin membalas dalam 15 menit.
    assessment: optimal
---
# a comment-only document is ignored
---
kind: document
id: D1
date: 2026-09-01
title: SOP Pengelolaan Media Sosial
segments:
  - code: manage.quick_response
    text: Komentar warga wajib dijawab paling lambat 1x24 jam.
---
`

func TestParseSample(t *testing.T) {
	got, ps := Parse("notes/a.yaml", []byte(sample), codes(t))
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	want := []*report.Note{
		{Kind: "interview", ID: "W1", Date: report.NewDate(2026, 10, 14),
			Informant:   &report.Informant{Name: "Budi Santoso", Role: "Kepala Bidang IKP", Pseudonym: "Informan 1"},
			Interviewer: "Peneliti",
			Segments: []report.Segment{
				{Codes: []string{"share.participate"}, Text: "Kami memilih Instagram\nkarena warga muda ada di sana.", Line: 7},
				{Codes: []string{"manage.media_monitoring", "manage.quick_response"}, Text: "Setiap pagi tim memantau komentar.",
					Assessment: "belum_optimal", Line: 11},
			},
			File: "notes/a.yaml", Index: 0, Line: 1, IDLine: 2, IDCol: 1},
		{Kind: "observation", ID: "O2", Date: report.NewDate(2026, 10, 20), Observer: "Peneliti", Setting: "Ruang media center",
			Segments: []report.Segment{{Codes: []string{"manage.quick_response"}, Text: "Admin membalas dalam 15 menit.",
				Assessment: "optimal", Time: "09:30", Line: 21}},
			File: "notes/a.yaml", Index: 1, Line: 15, IDLine: 16, IDCol: 1},
		{Kind: "document", ID: "D1", Date: report.NewDate(2026, 9, 1), Title: "SOP Pengelolaan Media Sosial",
			Segments: []report.Segment{{Codes: []string{"manage.quick_response"},
				Text: "Komentar warga wajib dijawab paling lambat 1x24 jam.", Line: 33}},
			File: "notes/a.yaml", Index: 3, Line: 28, IDLine: 29, IDCol: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d notes, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("note %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// TestFixtureNotes parses the shared fixture's notes: no problems.
func TestFixtureNotes(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/fixtures/kab-contoh/notes/*.yaml")
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/fixtures is missing")
		}
		t.Skip("../shared/fixtures is not here")
	}
	var all []*report.Note
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ns, ps := Parse(f, data, codes(t))
		if len(ps) > 0 {
			t.Errorf("%s: %v", f, ps)
		}
		all = append(all, ns...)
	}
	if len(all) != 3 {
		t.Errorf("fixture notes = %d, want 3 (O1, W1, W2)", len(all))
	}
	if ps := CheckIDs(all); len(ps) > 0 {
		t.Errorf("duplicate ids: %v", ps)
	}
}

func TestMalformedNotes(t *testing.T) {
	head := "kind: interview\nid: W1\ndate: 2026-10-14\ninformant: {name: Budi}\nsegments:\n"
	seg := "  - code: share.participate\n    text: Teks.\n"
	cases := []struct {
		name string
		src  string
		want []string // "line:col key"
	}{
		{"missing kind", "id: W1\ndate: 2026-10-14\n", []string{"1:1 notes.missing_field"}},
		{"bad kind", "kind: interviu\nid: W1\n", []string{"1:7 notes.bad_kind"}},
		{"missing id and date", "kind: document\ntitle: SOP\nsegments:\n" + seg,
			[]string{"1:1 notes.missing_field", "1:1 notes.missing_field"}},
		{"missing informant name", strings.Replace(head, "{name: Budi}", "{role: Staf}", 1) + seg,
			[]string{"4:12 notes.missing_field"}},
		{"empty informant name", strings.Replace(head, "{name: Budi}", "{name: \"\"}", 1) + seg,
			[]string{"4:19 notes.empty_field"}},
		{"unknown field", head + seg + "mood: happy\n", []string{"8:1 notes.unknown_key"}},
		{"document field in an interview", head + seg + "title: x\n", []string{"8:1 notes.unknown_key"}},
		{"unknown segment field", head + "  - code: share.participate\n    txt: Teks.\n",
			[]string{"7:5 notes.unknown_key", "6:5 notes.missing_field"}},
		{"segment without code", head + "  - text: Teks.\n", []string{"6:5 notes.missing_field"}},
		{"segment without text", head + "  - code: share.participate\n", []string{"6:5 notes.missing_field"}},
		{"unknown code", head + "  - code: manage.quick_respons\n    text: T\n", []string{"6:11 notes.unknown_code"}},
		{"unknown code in codes", head + "  - codes: [share.participate, shar.conect]\n    text: T\n",
			[]string{"6:32 notes.unknown_code"}},
		{"far code", head + "  - code: lorem\n    text: T\n", []string{"6:11 notes.unknown_code_far"}},
		{"bad date", strings.Replace(head, "2026-10-14", "2026-02-30", 1) + seg, []string{"3:7 notes.bad_date"}},
		{"date with time", strings.Replace(head, "2026-10-14", "2026-10-14T10:00:00", 1) + seg, []string{"3:7 notes.bad_date"}},
		{"bad assessment", head + seg + "    assessment: bagus\n", []string{"8:17 notes.bad_assessment"}},
		{"bad observation time", "kind: observation\nid: O1\ndate: 2026-10-20\nobserver: P\nentries:\n  - time: \"25:00\"\n    code: share.connect\n    text: T\n",
			[]string{"6:11 notes.bad_time"}},
		{"observation without observer", "kind: observation\nid: O1\ndate: 2026-10-20\nentries:\n  - code: share.connect\n    text: T\n",
			[]string{"1:1 notes.missing_field"}},
		{"segments not a list", head[:len(head)-len("segments:\n")] + "segments: teks\n", []string{"5:11 notes.not_list"}},
		{"empty segments", head[:len(head)-len("segments:\n")] + "segments: []\n", []string{"5:11 notes.empty_field"}},
		{"text is a list", head + "  - code: share.participate\n    text: [a, b]\n", []string{"7:11 notes.not_text"}},
		{"duplicate key", head + seg + "id: W2\n", []string{"8:1 notes.duplicate_key"}},
		{"alias", head + "  - code: &c share.participate\n    text: T\n  - code: *c\n    text: U\n",
			[]string{"6:11 notes.alias", "8:11 notes.alias"}},
		{"root is a list", "- a\n- b\n", []string{"1:1 notes.not_mapping"}},
		{"syntax", "kind: interview\nid: [W1\n", []string{"2:0 notes.syntax"}},
		{"tab indentation", "kind: interview\nsegments:\n\t- code: x\n", []string{"3:0 notes.syntax"}},
		{"invalid utf8", "kind: interview\nid: W\xe91\n", []string{"2:6 notes.invalid_utf8"}},
		{"problem in the second document", head + seg + "---\nkind: document\nid: D1\ndate: 2026-10-01\nsegments:\n" + seg,
			[]string{"9:1 notes.missing_field"}},
	}
	cat := msg.MustLoad("id")
	valid := codes(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ns, ps := Parse("n.yaml", []byte(c.src), valid)
			var got []string
			for _, p := range ps {
				got = append(got, fmt.Sprintf("%d:%d %s", p.Line, p.Col, p.Key))
				if p.Path != "n.yaml" || p.Severity != report.Error || !cat.Has(p.Key) {
					t.Errorf("problem %+v: wrong path, severity, or key not in the catalogue", p)
				}
				if s := cat.Format(p); strings.Contains(s, "%!") {
					t.Errorf("bad message arguments: %s", s)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("problems\n got %v\nwant %v", got, c.want)
			}
			for _, n := range ns {
				if n.Index == 0 && len(c.want) > 0 && !strings.Contains(c.name, "second") {
					t.Errorf("a note with problems was returned: %+v", n)
				}
			}
		})
	}
}

func TestMessageArguments(t *testing.T) {
	src := "kind: interview\nid: W1\ndate: 2026-10-14\ninformant: {name: B}\nsegments:\n  - code: manage.quick_respons\n    text: T\n"
	_, ps := Parse("w.yaml", []byte(src), codes(t))
	if len(ps) != 1 {
		t.Fatalf("got %v", ps)
	}
	want := `w.yaml:6:11: code "manage.quick_respons" is not in the framework; did you mean: manage.quick_response`
	if got := msg.MustLoad("en").Format(ps[0]); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestTooLarge(t *testing.T) {
	data := []byte("kind: document\n# " + strings.Repeat("x", MaxFileSize) + "\n")
	ns, ps := Parse("big.yaml", data, codes(t))
	if len(ns) != 0 || len(ps) != 1 || ps[0].Key != "notes.too_large" || ps[0].Line != 0 {
		t.Errorf("got %v %v", ns, ps)
	}
}

func TestEmptyFile(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "---\n", "---\n---\n"} {
		ns, ps := Parse("e.yaml", []byte(src), codes(t))
		if len(ns) != 0 || len(ps) != 0 {
			t.Errorf("%q: got %v %v", src, ns, ps)
		}
	}
}

func TestNearest(t *testing.T) {
	valid := codes(t)
	cases := []struct {
		code string
		want []string
	}{
		{"manage.quick_respons", []string{"manage.quick_response"}},
		{"Manage.Quick_Response", []string{"manage.quick_response"}},
		{"quick_response", []string{"manage.quick_response"}},
		{"share.conect", []string{"share.connect"}},
		{"optimise.listen_learn", []string{"optimize.listen_learn"}},
		{"engage.influencer", []string{"engage.influencers_communities"}},
		{"monitoring", []string{"manage.media_monitoring"}},
		{"know_audience", []string{"engage.know_audience"}},
		{"share.participat", []string{"share.participate"}},
		{"share.trust", []string{"share.build_trust"}},
		{"lorem", nil},
		{"share.xyz", nil},
		{"", nil},
	}
	for _, c := range cases {
		if got := Nearest(c.code, valid); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Nearest(%q) = %v, want %v", c.code, got, c.want)
		}
	}
}

func TestCheckIDs(t *testing.T) {
	notes := []*report.Note{
		{ID: "W1", File: "a.yaml", Line: 1},
		{ID: "W2", File: "a.yaml", Line: 9},
		{ID: "W1", File: "b.yaml", Line: 4},
		{ID: "W1", File: "c.yaml", Line: 2},
	}
	ps := CheckIDs(notes)
	// Notes without an id position (QDA coding) are placed at their line.
	want := report.Problems{
		report.Errorf("b.yaml", 4, 0, "notes.duplicate_id", "W1", "a.yaml", 1),
		report.Errorf("c.yaml", 2, 0, "notes.duplicate_id", "W1", "a.yaml", 1),
	}
	if !reflect.DeepEqual(ps, want) {
		t.Errorf("got %v\nwant %v", ps, want)
	}
}

// TestDuplicateIDAtIDKey: a duplicate id is reported at the `id:` key of the
// duplicate note in its own file (not at its document's first key, not in
// the first file), and the message names the first note's `id:` line.
func TestDuplicateIDAtIDKey(t *testing.T) {
	cs := codes(t)
	first := "kind: interview\ndate: 2026-10-14\nid: W1\ninformant: {name: A, role: B}\n" +
		"segments:\n  - {code: share.participate, text: x}\n"
	second := "kind: document\nid: D1\ndate: 2026-10-01\ntitle: T\nsegments:\n  - {code: share.participate, text: y}\n" +
		"---\n# the duplicate: id is its fourth key, indented under a comment\n" +
		"kind: interview\ndate: 2026-10-15\ninformant: {name: C, role: D}\n  \nid:   W1\n" +
		"segments:\n  - {code: share.participate, text: z}\n"
	var all []*report.Note
	for _, f := range []struct{ path, text string }{{"notes/a.yaml", first}, {"notes/b.yaml", second}} {
		ns, ps := Parse(f.path, []byte(f.text), cs)
		if len(ps) > 0 {
			t.Fatalf("%s: %v", f.path, ps)
		}
		all = append(all, ns...)
	}
	got := CheckIDs(all)
	want := report.Problems{report.Errorf("notes/b.yaml", 13, 1, "notes.duplicate_id", "W1", "notes/a.yaml", 3)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}
