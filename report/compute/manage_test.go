package compute

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

// withConversation sets up the comments of the manage tests:
//
//	c1  Oct 2 10:00, a reply row by the account at 11:00          replied, 1 h
//	c2  Oct 3 10:00, flag ya, reply_timestamp 13:00, row at 15:00  replied, 3 h (earliest)
//	c3  Oct 4, flag tidak                                          unreplied
//	c4  Oct 5, flag blank, its source has reply rows               unreplied
//	c5  Oct 6, flag ya, no reply time                              replied, no time
//	c9  Oct 31 23:30, flag ya, reply_timestamp Nov 2 00:30         replied, 25 h
//	c10 Oct 7, scraper source (no reply data)                      comments only
//	c11 Oct 8, source with a replied column but no reply rows, flag blank: unknown
//	own Oct 9, top level by "@KAB.Test"                            not audience
//	r7  Oct 2, reply by another user to c1                         not top level
//	c8  Sep 30 23:00                                               September
//	c12 Oct 10 on another account's post                           left out
func withConversation(f *fixture) {
	f.ds.Sources = []report.SourceInfo{
		{Kind: report.KindComments, CarriesReplies: true, Coverage: &report.Range{From: day("2026-09-01"), To: day("2026-10-31")}},
		{Kind: report.KindComments, CarriesReplies: false, Coverage: &report.Range{From: day("2026-09-01"), To: day("2026-10-31")}},
		{Kind: report.KindComments, CarriesReplies: true, Coverage: &report.Range{From: day("2026-09-01"), To: day("2026-10-31")}},
	}
	f.ds.CommentCover = []report.Range{rng("2026-09-01", "2026-10-31"), rng("2026-09-01", "2026-10-31"), rng("2026-09-01", "2026-10-31")}
	f.add(collabPost("other", at("2026-10-01 09:00")))
	f.setComments([]report.CommentRow{
		{ID: "c1", Username: "warga1", Time: at("2026-10-02 10:00")},
		{ID: "c2", Username: "warga2", Time: at("2026-10-03 10:00"), Replied: bp(true), ReplyTime: tp("2026-10-03 13:00")},
		{ID: "c3", Username: "warga3", Time: at("2026-10-04 10:00"), Replied: bp(false)},
		{ID: "c4", Username: "warga4", Time: at("2026-10-05 10:00")},
		{ID: "c5", Username: "warga5", Time: at("2026-10-06 10:00"), Replied: bp(true)},
		{ID: "c9", Username: "warga9", Time: at("2026-10-31 23:30"), Replied: bp(true), ReplyTime: tp("2026-11-02 00:30")},
		{ID: "c10", Username: "warga10", Time: at("2026-10-07 10:00"), Source: 1, NoReplies: true},
		{ID: "c11", Username: "warga11", Time: at("2026-10-08 10:00"), Source: 2},
		{ID: "own", Username: "@KAB.Test", Time: at("2026-10-09 10:00")},
		{ID: "r7", ParentID: "c1", Username: "warga7", Time: at("2026-10-02 10:30")},
		{ID: "c8", Username: "warga8", Time: at("2026-09-30 23:00"), Replied: bp(false)},
		{ID: "c12", Username: "warga12", Time: at("2026-10-10 10:00"), PostKey: "other"},
	})
	f.setReplies([]report.CommentRow{
		{ID: "r1", ParentID: "c1", Username: "kab.test", Time: at("2026-10-02 11:00")},
		{ID: "r2", ParentID: "c2", Username: "kab.test", Time: at("2026-10-03 15:00")},
	})
}

func TestManageIndicators(t *testing.T) {
	t.Parallel()
	withCases := func(f *fixture) {
		f.ds.CasesCover = []report.Range{rng("2026-09-01", "2026-10-31")}
		f.ds.Cases = []*report.Case{
			{ID: "k1", DetectedAt: at("2026-10-02 07:15"), RespondedAt: tp("2026-10-02 10:00"), ResolvedAt: tp("2026-10-06 16:00"), Status: "proses"},
			{ID: "k2", DetectedAt: at("2026-10-09 19:40"), RespondedAt: tp("2026-10-10 08:10"), Status: " Selesai "},
			{ID: "k3", DetectedAt: at("2026-10-15 11:00"), RespondedAt: tp("2026-10-15 11:45"), Status: "proses"},
			{ID: "k4", DetectedAt: at("2026-10-24 21:10"), Status: "DONE"},
			{ID: "k5", DetectedAt: at("2026-09-12 08:00"), RespondedAt: tp("2026-09-12 13:30"), Status: "closed"},
			{ID: "k6", DetectedAt: at("2026-10-31 23:30")},
			{ID: "k7", DetectedAt: at("2026-11-01 00:00"), Status: "tuntas"},
		}
	}
	cases := []icase{
		{name: "comments: audience top-level comments in P", id: "manage.comments", n: 8, setup: withConversation,
			want: 8, prev: fp(1)},
		{name: "comments without a comments source", id: "manage.comments", n: 0, null: report.ReasonNoData},
		{name: "comments not covering September", id: "manage.comments", n: 8,
			setup: func(f *fixture) {
				withConversation(f)
				f.ds.CommentCover = []report.Range{rng("2026-10-01", "2026-10-31")}
			}, want: 8, prevNo: report.ReasonNoCoverage},
		{name: "response rate", id: "manage.response_rate", n: 6, setup: withConversation, want: 4.0 / 6, prev: fp(0)},
		{name: "response rate without reply data", id: "manage.response_rate", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) {
				withConversation(f)
				f.ds.Sources[0].CarriesReplies = false
				f.ds.Sources[2].CarriesReplies = false
			}},
		{name: "response rate when the reply source does not cover P", id: "manage.response_rate", n: 0, null: report.ReasonNoCoverage,
			setup: func(f *fixture) {
				withConversation(f)
				f.ds.Sources[0].Coverage = &report.Range{From: day("2026-09-01"), To: day("2026-10-20")}
				f.ds.Sources[2].CarriesReplies = false
			}},
		{name: "median response hours", id: "manage.median_response_hours", n: 3, setup: withConversation, want: 3,
			prevNo: report.ReasonNoData},
		{name: "p90 response hours (nearest rank)", id: "manage.p90_response_hours", n: 3, setup: withConversation, want: 25},
		{name: "p90 of ten values is the 9th", id: "manage.p90_response_hours", n: 10,
			setup: func(f *fixture) {
				withConversation(f)
				var rows []report.CommentRow
				for i := 1; i <= 10; i++ {
					rows = append(rows, report.CommentRow{ID: "x" + string(rune('0'+i)), Username: "w",
						Time: at("2026-10-05 00:00"), Replied: bp(true), ReplyTime: tp("2026-10-05 00:00")})
					*rows[i-1].ReplyTime = rows[i-1].ReplyTime.Add(timeHours(i))
				}
				f.setComments(rows)
			}, want: 9},
		{name: "replied within 24 h", id: "manage.replied_within_24h", n: 5, setup: withConversation, want: 2.0 / 5},
		{name: "replied within 1 h (inclusive)", id: "manage.replied_within_1h", n: 5, setup: withConversation, want: 1.0 / 5},
		{name: "cases detected in P", id: "manage.cases", n: 5, setup: withCases, want: 5, prev: fp(1)},
		{name: "cases without a monitoring log", id: "manage.cases", n: 0, null: report.ReasonNoData},
		{name: "cases resolved by status or resolved_at", id: "manage.cases_resolved", n: 5, setup: withCases, want: 3.0 / 5, prev: fp(1)},
		{name: "cases resolved with no cases", id: "manage.cases_resolved", n: 0, null: report.ReasonNoData,
			setup: func(f *fixture) { f.ds.CasesCover = []report.Range{rng("2026-10-01", "2026-10-31")} }},
		{name: "median clarify hours", id: "manage.median_clarify_hours", n: 3, setup: withCases, want: 2.75, prev: fp(5.5)},
	}
	runCases(t, cases)
}

// TestCommentStates checks the replied / unreplied / unknown rules one by one.
func TestCommentStates(t *testing.T) {
	t.Parallel()
	f := newFixture()
	withConversation(f)
	x := newPrep(Input{Data: f.ds, Config: f.cfg, Framework: f.fw}, nil)
	want := map[string]commentState{
		"c1":  {resp: true, replied: true, timed: true, hours: 1},
		"c2":  {resp: true, replied: true, timed: true, hours: 3},
		"c3":  {resp: true},
		"c4":  {resp: true},
		"c5":  {resp: true, replied: true},
		"c9":  {resp: true, replied: true, timed: true, hours: 25},
		"c10": {},
		"c11": {},
		"c8":  {resp: true},
	}
	got := map[string]commentState{}
	for i, c := range x.comments {
		got[f.ds.CommentStrs.Get(c.ID)] = x.cstate[i]
	}
	if len(got) != len(want) {
		t.Errorf("audience comments = %v, want the ids of %v", got, want)
	}
	for id, w := range want {
		if g, ok := got[id]; !ok || g != w {
			t.Errorf("%s: state %+v, want %+v", id, g, w)
		}
	}
}
