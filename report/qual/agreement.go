package qual

import "github.com/rapor-id/rapor/report"

// Agreement values of a triangulation row: whether the platform indicators
// and the qualitative evidence of a sub-component say the same.
const (
	AgreementAgree    = "agree"    // both favourable, or both not
	AgreementPartly   = "partly"   // targets partly met, or the sources disagree among themselves
	AgreementConflict = "conflict" // all targets met but rated not optimal, or none met but rated optimal
)

// sourceSummary is what one kind of evidence (interviews, observations or
// documents) says of a sub-component: its count, ratings, verdict, and the
// quote that carries the verdict most clearly (the first, in date order,
// whose rating equals the verdict; else the first).
func sourceSummary(kind string, quotes []report.Quote) report.TriSource {
	s := report.TriSource{Kind: kind, Count: len(quotes), Ratings: map[string]int{}}
	for _, q := range quotes {
		if q.Assessment != "" {
			s.Ratings[q.Assessment]++
		}
	}
	s.Verdict = verdict(s.Ratings)
	for _, q := range quotes {
		if s.Verdict == "" || q.Assessment == s.Verdict {
			s.KeyQuote = q.NoteID
			break
		}
	}
	if s.KeyQuote == "" && len(quotes) > 0 {
		s.KeyQuote = quotes[0].NoteID
	}
	return s
}

// agreement compares the indicator side (met of withTarget) with the
// overall qualitative verdict and the verdicts of each source. It is ""
// when either side has nothing to compare: no indicator with a target and
// data, or no rated evidence.
func agreement(met, withTarget int, verdict string, sources []report.TriSource) string {
	if withTarget == 0 || verdict == "" {
		return ""
	}
	favourable := verdict == "optimal"
	switch {
	case met == withTarget && !favourable, met == 0 && favourable:
		return AgreementConflict
	case met != withTarget && met != 0:
		return AgreementPartly
	}
	for _, s := range sources {
		if s.Verdict != "" && (s.Verdict == "optimal") != favourable {
			return AgreementPartly
		}
	}
	return AgreementAgree
}
