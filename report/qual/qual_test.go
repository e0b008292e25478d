package qual

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/framework"
	"github.com/rapor-id/rapor/report/privacy"
)

func seg(text, assessment string, codes ...string) report.Segment {
	return report.Segment{Codes: codes, Text: text, Assessment: assessment}
}

// handNotes is the small hand-made set the expectations below are worked from.
func handNotes() []*report.Note {
	d := report.NewDate
	return []*report.Note{
		{Kind: "interview", ID: "W2", Date: d(2026, 10, 12), File: "b.yaml", Index: 0,
			Informant: &report.Informant{Name: "Rina", Role: "Admin media sosial", Pseudonym: "Informan A"},
			Segments: []report.Segment{
				seg("Rina: kami posting tiap hari", "belum_optimal", "share.participate"),
				seg("Biasanya dibalas sore.", "", "manage.quick_response"),
			}},
		{Kind: "document", ID: "D1", Date: d(2026, 9, 1), File: "b.yaml", Index: 1, Title: "SOP Humas",
			Segments: []report.Segment{seg("Dijawab 1x24 jam.", "tidak_ada", "manage.quick_response")}},
		{Kind: "interview", ID: "W1", Date: d(2026, 10, 14), File: "a.yaml", Index: 0,
			Informant: &report.Informant{Name: "Budi Santoso", Role: "Kepala Bidang IKP"},
			Segments: []report.Segment{
				seg("Kata Budi Santoso, kami aktif.", "optimal", "share.participate"),
				seg("Dibalas cepat.", "belum_optimal", "manage.quick_response", "manage.real_time"),
			}},
		{Kind: "observation", ID: "O1", Date: d(2026, 10, 10), File: "a.yaml", Index: 1,
			Observer: "Peneliti", Setting: "Ruang kerja Budi Santoso",
			Segments: []report.Segment{
				{Codes: []string{"manage.quick_response"}, Text: "Balasan dalam 15 menit.", Assessment: "optimal", Time: "09:30"},
				seg("Tidak ada unggahan pagi ini.", "", "share.participate"),
			}},
	}
}

func handResults() []report.Result {
	r := func(id, status string) report.Result { return report.Result{ID: id, Status: status} }
	return []report.Result{
		r("share.posts", report.StatusMet), r("share.posts_per_week", report.StatusNotMet),
		r("share.active_days", report.StatusNoData), r("share.reel_share", report.StatusNoTarget),
		r("manage.response_rate", report.StatusMet), r("manage.median_response_hours", report.StatusMet),
		r("manage.replied_within_1h", report.StatusNotMet),
	}
}

func build(t *testing.T, notes []*report.Note, generalize bool) Qual {
	t.Helper()
	fw, ps := framework.Load("", "")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	pseud := privacy.Pseudonyms(notes, true, "id")
	return Build(fw, notes, handResults(), pseud, generalize, "id")
}

func TestBuildEvidence(t *testing.T) {
	q := build(t, handNotes(), false)
	if len(q.Evidence) != 11 || len(q.Triangulation) != 11 || len(q.CodeFreq) != 11 {
		t.Fatalf("evidence %d, triangulation %d, codefreq %d; want 11 each", len(q.Evidence), len(q.Triangulation), len(q.CodeFreq))
	}
	d := report.NewDate
	part := q.Evidence[0]
	if part.Code != "share.participate" || part.Stage != "share" || part.Label != "Berpartisipasi" {
		t.Errorf("first evidence %s %s %s", part.Code, part.Stage, part.Label)
	}
	// chronological: W2 (12 Oct) before W1 (14 Oct)
	wantInterviews := []report.Quote{
		{NoteID: "W2", Kind: "interview", Who: "Informan A", Role: "Admin media sosial", Date: d(2026, 10, 12),
			Text: "Rina: kami posting tiap hari", Assessment: "belum_optimal"},
		{NoteID: "W1", Kind: "interview", Who: "Informan 1", Role: "Kepala Bidang IKP", Date: d(2026, 10, 14),
			Text: "Kata Budi Santoso, kami aktif.", Assessment: "optimal"},
	}
	if !reflect.DeepEqual(part.Interviews, wantInterviews) {
		t.Errorf("interviews\n got %+v\nwant %+v", part.Interviews, wantInterviews)
	}
	wantObs := []report.Quote{{NoteID: "O1", Kind: "observation", Who: "Peneliti", Setting: "Ruang kerja Budi Santoso",
		Date: d(2026, 10, 10), Text: "Tidak ada unggahan pagi ini."}}
	if !reflect.DeepEqual(part.Observations, wantObs) || len(part.Documents) != 0 {
		t.Errorf("observations %+v documents %+v", part.Observations, part.Documents)
	}
	// optimal 1, belum_optimal 1: a tie goes to the less favourable
	if part.Verdict != "belum_optimal" || !reflect.DeepEqual(part.Verdicts, map[string]int{"optimal": 1, "belum_optimal": 1}) {
		t.Errorf("participate verdict %q %v", part.Verdict, part.Verdicts)
	}
	qr := q.Evidence[6]
	if qr.Code != "manage.quick_response" {
		t.Fatalf("evidence[6] = %s", qr.Code)
	}
	// three-way tie 1/1/1 → tidak_ada
	if qr.Verdict != "tidak_ada" || len(qr.Interviews) != 2 || len(qr.Observations) != 1 || len(qr.Documents) != 1 {
		t.Errorf("quick_response: verdict %q, %d/%d/%d", qr.Verdict, len(qr.Interviews), len(qr.Observations), len(qr.Documents))
	}
	if doc := qr.Documents[0]; doc.Who != "SOP Humas" || doc.Text != "Dijawab 1x24 jam." || doc.Kind != "document" {
		t.Errorf("document quote %+v", doc)
	}
	if obs := qr.Observations[0]; obs.Time != "09:30" || obs.Assessment != "optimal" {
		t.Errorf("observation quote %+v", obs)
	}
	if rt := q.Evidence[7]; rt.Code != "manage.real_time" || rt.Verdict != "belum_optimal" || len(rt.Interviews) != 1 {
		t.Errorf("real_time %+v", rt)
	}
	if ka := q.Evidence[8]; ka.Verdict != "" || len(ka.Verdicts) != 0 || ka.Interviews == nil {
		t.Errorf("know_audience should be empty but non-nil: %+v", ka)
	}
}

func TestBuildTriangulation(t *testing.T) {
	q := build(t, handNotes(), false)
	want := map[string]report.TriRow{
		"share.participate": {Code: "share.participate", Stage: "share", Label: "Berpartisipasi", Met: 1, WithTarget: 2,
			Indicators: []string{"share.posts", "share.posts_per_week", "share.stories_per_day", "share.active_days",
				"share.longest_gap_days", "share.reel_share"},
			Interviews: 2, Observations: 1, Documents: 0, Verdict: "belum_optimal",
			Verdicts: map[string]int{"optimal": 1, "belum_optimal": 1},
			// one target of two met, and the interviews are split: partly
			Sources: []report.TriSource{
				{Kind: "interview", Count: 2, Ratings: map[string]int{"optimal": 1, "belum_optimal": 1}, Verdict: "belum_optimal", KeyQuote: "W2"},
				{Kind: "observation", Count: 1, Ratings: map[string]int{}, KeyQuote: "O1"},
				{Kind: "document", Ratings: map[string]int{}}},
			Agreement: "partly"},
		"manage.quick_response": {Code: "manage.quick_response", Stage: "manage", Label: "Respons cepat", Met: 2, WithTarget: 2,
			Indicators: []string{"manage.comments", "manage.response_rate", "manage.median_response_hours",
				"manage.p90_response_hours", "manage.replied_within_24h",
				// the second wave (SPEC §9)
				"manage.replied_within_sla", "manage.median_response_working_hours", "manage.question_response_rate"},
			Interviews: 2, Observations: 1, Documents: 1, Verdict: "tidak_ada",
			Verdicts: map[string]int{"optimal": 1, "belum_optimal": 1, "tidak_ada": 1},
			// every target met while the evidence says "none": conflict
			Sources: []report.TriSource{
				{Kind: "interview", Count: 2, Ratings: map[string]int{"belum_optimal": 1}, Verdict: "belum_optimal", KeyQuote: "W1"},
				{Kind: "observation", Count: 1, Ratings: map[string]int{"optimal": 1}, Verdict: "optimal", KeyQuote: "O1"},
				{Kind: "document", Count: 1, Ratings: map[string]int{"tidak_ada": 1}, Verdict: "tidak_ada", KeyQuote: "D1"}},
			Agreement: "conflict"},
		"manage.real_time": {Code: "manage.real_time", Stage: "manage", Label: "Interaksi waktu nyata", Met: 0, WithTarget: 1,
			Indicators: []string{"manage.replied_within_1h"}, Interviews: 1, Verdict: "belum_optimal",
			Verdicts: map[string]int{"belum_optimal": 1},
			// the target missed and rated not optimal: agree
			Sources: []report.TriSource{
				{Kind: "interview", Count: 1, Ratings: map[string]int{"belum_optimal": 1}, Verdict: "belum_optimal", KeyQuote: "W1"},
				{Kind: "observation", Ratings: map[string]int{}}, {Kind: "document", Ratings: map[string]int{}}},
			Agreement: "agree"},
		"share.build_trust": {Code: "share.build_trust", Stage: "share", Label: "Membangun kepercayaan",
			Indicators: []string{}, Verdicts: map[string]int{},
			Sources: []report.TriSource{{Kind: "interview", Ratings: map[string]int{}}, {Kind: "observation", Ratings: map[string]int{}}, {Kind: "document", Ratings: map[string]int{}}}},
	}
	for _, row := range q.Triangulation {
		if w, ok := want[row.Code]; ok && !reflect.DeepEqual(row, w) {
			t.Errorf("%s\n got %+v\nwant %+v", row.Code, row, w)
		}
	}
	var codes []string
	for _, row := range q.Triangulation {
		codes = append(codes, row.Code)
	}
	fw, _ := framework.Load("", "")
	if !reflect.DeepEqual(codes, fw.Codes()) {
		t.Errorf("row order %v", codes)
	}
}

func TestBuildCounts(t *testing.T) {
	q := build(t, handNotes(), false)
	freq := map[string]int{}
	total := 0
	for _, c := range q.CodeFreq {
		freq[c.Name] = c.Count
		total += c.Count
	}
	if freq["share.participate"] != 3 || freq["manage.quick_response"] != 4 || freq["manage.real_time"] != 1 || total != 8 {
		t.Errorf("code frequencies %v (total %d)", q.CodeFreq, total)
	}
	if len(q.CodeInformants) != 22 {
		t.Fatalf("codes × informants has %d cells, want 11 × 2", len(q.CodeInformants))
	}
	// informants in order of first appearance by (File, Index): a.yaml's Budi first
	if q.CodeInformants[0] != (report.CodeInformant{Code: "share.participate", Informant: "Informan 1", Count: 1}) ||
		q.CodeInformants[1] != (report.CodeInformant{Code: "share.participate", Informant: "Informan A", Count: 1}) {
		t.Errorf("first cells %v", q.CodeInformants[:2])
	}
	nonzero := map[string]int{}
	for _, c := range q.CodeInformants {
		if c.Count > 0 {
			nonzero[c.Code+"/"+c.Informant] = c.Count
		}
	}
	want := map[string]int{"share.participate/Informan 1": 1, "share.participate/Informan A": 1,
		"manage.quick_response/Informan 1": 1, "manage.quick_response/Informan A": 1, "manage.real_time/Informan 1": 1}
	if !reflect.DeepEqual(nonzero, want) {
		t.Errorf("non-zero cells %v, want %v", nonzero, want)
	}
}

func TestBuildPrivacy(t *testing.T) {
	notes := handNotes()
	q := build(t, notes, true)
	// Who and role are qual's to protect (pseudonyms, generalised roles);
	// names inside free text are the assembler's redaction (report/project).
	var people []string
	for _, e := range q.Evidence {
		for _, qt := range e.Interviews {
			people = append(people, qt.Who, qt.Role)
		}
	}
	for _, ci := range q.CodeInformants {
		people = append(people, ci.Informant)
	}
	s := strings.ToLower(strings.Join(people, "|"))
	for _, name := range []string{"budi", "santoso", "rina", "kepala bidang", "admin media"} {
		if strings.Contains(s, name) {
			t.Errorf("%q leaks into the informants and roles: %s", name, s)
		}
	}
	if r := q.Evidence[0].Interviews[1].Role; r != "Pejabat" {
		t.Errorf("generalised role = %q", r)
	}
	// Without a pseudonym map, names still never appear.
	fw, _ := framework.Load("", "")
	q2 := Build(fw, notes, nil, nil, false, "en")
	if who := q2.Evidence[0].Interviews[1].Who; who != "Informant 1" {
		t.Errorf("fallback pseudonym = %q", who)
	}
}

func TestBuildDeterministic(t *testing.T) {
	a := handNotes()
	b := []*report.Note{a[3], a[1], a[0], a[2]}
	qa, _ := json.Marshal(build(t, a, false))
	qb, _ := json.Marshal(build(t, b, false))
	if string(qa) != string(qb) {
		t.Error("note order changes the output")
	}
}

func TestVerdict(t *testing.T) {
	cases := []struct {
		counts map[string]int
		want   string
	}{
		{map[string]int{}, ""},
		{map[string]int{"optimal": 2, "belum_optimal": 1}, "optimal"},
		{map[string]int{"optimal": 2, "belum_optimal": 2}, "belum_optimal"},
		{map[string]int{"optimal": 1, "tidak_ada": 1}, "tidak_ada"},
		{map[string]int{"optimal": 3, "belum_optimal": 3, "tidak_ada": 3}, "tidak_ada"},
		{map[string]int{"belum_optimal": 1, "tidak_ada": 2}, "tidak_ada"},
		{map[string]int{"optimal": 4, "tidak_ada": 3}, "optimal"},
	}
	for _, c := range cases {
		if got := verdict(c.counts); got != c.want {
			t.Errorf("verdict(%v) = %q, want %q", c.counts, got, c.want)
		}
	}
}

// TestInformantsNaturalOrder: the codes × informants grid lists informants
// as Informan 1, 2, 10, whatever order the notes name them in.
func TestInformantsNaturalOrder(t *testing.T) {
	fw, _ := framework.Load("", "")
	d := report.NewDate(2026, 10, 1)
	var notes []*report.Note
	for i, name := range []string{"Ani", "Budi", "Citra"} {
		notes = append(notes, &report.Note{Kind: "interview", ID: "W" + name, Date: d, File: "a.yaml", Index: i,
			Informant: &report.Informant{Name: name}, Segments: []report.Segment{seg("x", "", "share.participate")}})
	}
	pseud := map[string]string{"Ani": "Informan 10", "Budi": "Informan 2", "Citra": "Informan 1"}
	q := Build(fw, notes, nil, pseud, false, "id")
	var got []string
	for _, ci := range q.CodeInformants {
		if ci.Code == "share.participate" {
			got = append(got, ci.Informant)
		}
	}
	if want := []string{"Informan 1", "Informan 2", "Informan 10"}; !reflect.DeepEqual(got, want) {
		t.Errorf("informants %q, want %q", got, want)
	}
}
