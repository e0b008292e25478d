package project

import (
	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/ingest"
	"github.com/rapor-id/rapor/report/qda"
)

// codedReader returns the reader of coded qualitative data files (kinds
// qdpx and qda-csv): report/qda reads the file, quotes its selections and
// maps its codes onto fw; every code path that maps to nothing is a
// warning naming its selections and the nearest framework code. A codes:
// target that is no framework code is an error, once per source entry.
func codedReader(cfg *report.Config, fw *report.Framework) func(string, []byte, *report.Source) *ingest.Coded {
	checked := map[int]bool{} // source entries whose codes: targets were checked
	return func(shown string, data []byte, src *report.Source) *ingest.Coded {
		res := &ingest.Coded{Skipped: map[string]int{}}
		m := &qda.Mapping{Framework: fw, Codes: src.Codes, Meta: src.Meta, Config: cfg.Path}
		if !checked[src.Index] {
			checked[src.Index] = true
			res.Problems.Add(qda.CheckTargets(m)...)
		}
		p, probs := qda.Read(shown, data)
		res.Problems.Add(probs...)
		if p == nil {
			return res
		}
		res.Format = qda.Format(p, data)
		p.Resolve()
		out := qda.Notes(p, shown, m)
		res.Notes, res.Read, res.Used, res.Bad, res.Skipped = out.Notes, out.Items, out.Used, out.Bad, out.Skipped
		res.Problems.Add(out.Problems...)
		for _, u := range out.Unmapped {
			res.Problems.Add(report.Warnf(p.Where, u.Line, 0, "qda.unmapped_code", u.Path, u.Selections, u.Nearest))
		}
		return res
	}
}
