package qda

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rapor-id/rapor/report"
)

// TestRealFiles reads every real file of ../shared/qda-samples and checks
// exact counts: codes (any depth) and their deepest level, text sources,
// coded selections, codings, users, sets and the other sources.
func TestRealFiles(t *testing.T) {
	t.Parallel()
	cases := []struct {
		file                                string
		origin                              string
		codes, depth, sources, coded, codng int
		users, sets, other, otherCoded      int
		memos, segments, items              int
	}{
		{"atlasti23win_target-atlas-project.qdpx", "ATLAS.ti for Windows 23.2.3.27778", 3, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0},
		{"maxqda24_ICLS_Themes_just10.qdpx", "MAXQDA 24 (Release 24.7.0)", 307, 2, 10, 0, 0, 1, 2, 0, 0, 0, 0, 0},
		{"nvivo12win_oltas0517.qdpx", "NVivo for Windows 12.6", 152, 4, 2, 303, 303, 2, 0, 0, 0, 0, 188, 303},
		{"nvivo15mac_nvivo_project.qdpx", "NVivo for Mac 15.0.0", 262, 7, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0},
		{"qc132_demo_interview.qdpx", "qc 1.3.2", 262, 7, 2, 158, 205, 1, 0, 0, 0, 0, 158, 158},
		{"atlasti84mac_refi-standard-project.qde", "ATLAS.ti 8.4.0 573 , macOS Version 10.14.3 (Build 18D109)", 14, 1, 6, 5, 7, 3, 16, 6, 9, 2, 5, 5},
		{"taguette141_codebook.qdc", "Taguette 1.4.1", 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		{"taguette_highlights_all_tags_20220303.csv", TaguetteHighlights, 22, 1, 17, 1793, 1930, 0, 0, 0, 0, 0, 1793, 1930},
		{"qualcoder_coding_report_FG06_FG11.csv", QualCoderReport, 13, 2, 2, 235, 235, 0, 0, 0, 0, 0, 235, 235},
		{"taguette_codebook_20220303_8.csv", TaguetteCodebook, 22, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			p, probs := Read(c.file, sample(t, c.file))
			if p == nil || probs.Errors() > 0 {
				t.Fatalf("not read: %v", probs)
			}
			p.Resolve()
			codings, unresolved := 0, 0
			guids := map[string]bool{}
			p.Walk(func(k *Code) { guids[strings.ToLower(k.GUID)] = true })
			for _, s := range p.Sources {
				for _, sel := range s.Selections {
					codings += len(sel.CodeGUIDs) + len(sel.CodeNames)
					for _, g := range sel.CodeGUIDs {
						if !guids[strings.ToLower(g)] {
							unresolved++
						}
					}
				}
			}
			got := []int{p.CodeCount(), depth(p.Codes), len(p.Sources), p.CodedSelections(), codings,
				len(p.Users), len(p.Sets), p.OtherSources, p.OtherCoded, len(p.Notes)}
			want := []int{c.codes, c.depth, c.sources, c.coded, c.codng, c.users, c.sets, c.other, c.otherCoded, c.memos}
			for i, name := range []string{"codes", "depth", "sources", "coded selections", "codings", "users", "sets", "other sources", "other codings", "memos"} {
				if got[i] != want[i] {
					t.Errorf("%s = %d, want %d", name, got[i], want[i])
				}
			}
			if p.Origin != c.origin {
				t.Errorf("origin %q, want %q", p.Origin, c.origin)
			}
			if unresolved != 0 {
				t.Errorf("%d codings refer to no code", unresolved)
			}
			segments := 0
			for _, s := range p.Sources {
				segments += len(groups(s))
			}
			out := Notes(p, c.file, &Mapping{Framework: luttrell(t)})
			t.Logf("%d segments (distinct ranges), items %d, skipped %v", segments, out.Items, out.Skipped)
			if segments != c.segments || out.Items != c.items || out.Used != 0 {
				t.Errorf("segments %d items %d used %d, want %d %d 0", segments, out.Items, out.Used, c.segments, c.items)
			}
		})
	}
}

func depth(cs []*Code) int {
	d := 0
	for _, c := range cs {
		d = max(d, 1+depth(c.Children))
	}
	return d
}

// TestQuotesByTool checks every selection's quote against an independent
// slicing of the source text in the tool's convention (NVivo: UTF-16 code
// units; qc: code points), and a few quotes written out, among them NVivo
// selections after emoji, which code points would cut mid-word.
func TestQuotesByTool(t *testing.T) {
	t.Parallel()
	known := map[string]string{
		"a9504413-3306-4dbc-a6dd-ae1dc06dbff2": "tudatos hal äl reklám, hatalmas árulás",
		"c8834f5d-2755-4b25-a1dd-ae1dc0766fca": "Záhertorta egy alkesz nulla",
		"bfcfc7aa-d26c-49ae-bbdd-ae1dc0c7e28c": "Süket duma!!!!! Olyan szintű népbutítás megy hogy az valami eszméletlen 🤦🏼\u200d♀️",
		"5971f61e-f65f-4c83-8add-ae1dc1401e72": "Mocskos fidess propagandisták!🤮",
		"e3a6e477-2b94-48fd-a9dd-ae1f25874146": "@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍\r\n",
		"37323865-3734-6533-3337-623138653238": "This district goal is engage every student in joyful, purposeful learning that \n",
	}
	slicers := map[string]func(text string) func(a, b int) string{
		"nvivo12win_oltas0517.qdpx": func(text string) func(a, b int) string {
			u := utf16.Encode([]rune(text))
			return func(a, b int) string { return string(utf16.Decode(u[a:b])) }
		},
		"qc132_demo_interview.qdpx": func(text string) func(a, b int) string {
			r := []rune(text)
			return func(a, b int) string { return string(r[a:b]) }
		},
	}
	seen := 0
	for file, slicer := range slicers {
		p, probs := Read(file, sample(t, file))
		if p == nil {
			t.Fatal(probs)
		}
		p.Resolve()
		n := 0
		for _, s := range p.Sources {
			slice := slicer(s.Text)
			for _, sel := range s.Selections {
				n++
				if sel.Skip != "" {
					t.Errorf("%s %s skipped: %s", file, sel.GUID, sel.Skip)
					continue
				}
				if want := slice(sel.Start, sel.End); sel.Quote != want {
					t.Errorf("%s %s: quote %q, want %q", file, sel.GUID, sel.Quote, want)
				}
				if want, ok := known[sel.GUID]; ok {
					seen++
					if sel.Quote != want {
						t.Errorf("%s %s: quote %q, want %q", file, sel.GUID, sel.Quote, want)
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no selections", file)
		}
	}
	if seen != len(known) {
		t.Errorf("found %d of the %d known selections", seen, len(known))
	}
}

// TestCSVQuotes checks that CSV selections quote the exported text and
// that Taguette's rows of one highlight merge.
func TestCSVQuotes(t *testing.T) {
	t.Parallel()
	p, _ := Read("t.csv", sample(t, "taguette_highlights_all_tags_20220303.csv"))
	first := p.Sources[0].Selections[0]
	if p.Sources[0].Name != "P2_GMT20211119.odt" || first.GUID != "473" || first.Quote != "Okay, I read this and I think the text is clear." || first.Line != 2 {
		t.Errorf("first selection %+v of %s", first, p.Sources[0].Name)
	}
	merged := 0
	for _, s := range p.Sources {
		for _, sel := range s.Selections {
			if len(sel.Rows) > 1 {
				merged += len(sel.Rows) - 1
			}
		}
	}
	if merged != 1930-1793 {
		t.Errorf("%d rows merged, want %d", merged, 1930-1793)
	}
	q, _ := Read("q.csv", sample(t, "qualcoder_coding_report_FG06_FG11.csv"))
	sel := q.Sources[0].Selections[0]
	if !strings.HasPrefix(sel.Quote, "P1: Um termo bom... Você falou") || sel.CodeNames[0] != "8 Referências/Experiência" || sel.GUID != "ctid:1824" {
		t.Errorf("first QualCoder selection %+v", sel)
	}
}

// TestBareQDE: a bare .qde holds no source texts, so its coded text
// selections are skipped with no_source_text (ATLAS.ti's REFI test project:
// 5 coded selections), never quoted wrongly.
func TestBareQDE(t *testing.T) {
	t.Parallel()
	p, probs := Read("a.qde", sample(t, "atlasti84mac_refi-standard-project.qde"))
	if p == nil {
		t.Fatal(probs)
	}
	p.Resolve()
	out := Notes(p, "a.qde", &Mapping{Framework: luttrell(t)})
	if out.Items != 5 || out.Skipped["no_source_text"] != 5 || len(out.Notes) != 0 || Convention(p.Origin) != LineEndsOne {
		t.Errorf("items %d skipped %v notes %d", out.Items, out.Skipped, len(out.Notes))
	}
	if p.Notes[0].Name != "Research Plan" || !strings.HasPrefix(p.Notes[0].Text, "This is a great project") {
		t.Errorf("memo %+v", p.Notes[0])
	}
}

// TestRealMapping maps one NVivo parent code through codes: (its three
// children inherit it): the three ranges coded with them become segments,
// every selection NVivo repeated at those ranges counts as used, and the
// quotes are NVivo's words.
func TestRealMapping(t *testing.T) {
	t.Parallel()
	p, _ := Read("n.qdpx", sample(t, "nvivo12win_oltas0517.qdpx"))
	p.Resolve()
	out := Notes(p, "n.qdpx", &Mapping{Framework: luttrell(t),
		Codes: []report.CodeMap{{Path: "2. Attitűd szint az oltáshoz", Code: "manage.media_monitoring"}}})
	segs := 0
	for _, n := range out.Notes {
		segs += len(n.Segments)
		for _, s := range n.Segments {
			if s.Codes[0] != "manage.media_monitoring" || s.Text == "" {
				t.Errorf("segment %+v", s)
			}
		}
	}
	if len(out.Notes) != 1 || out.Notes[0].ID != "n#2" || segs != 3 || out.Used != 17 || out.Skipped["unmapped_code"] != 303-17 {
		t.Errorf("%d notes, %d segments, used %d, skipped %v", len(out.Notes), segs, out.Used, out.Skipped)
	}
	if got := out.Notes[0].Segments[0].Text; !strings.HasPrefix(got, "Senkit nem lehet kötelezni oltásra") {
		t.Errorf("first quote %q", got)
	}
}
