package ingest

import (
	"github.com/rapor-id/rapor/report"
)

// hintKinds are the kinds tried, in order, for a file whose header fits no
// preset of its source's kind.
var hintKinds = []string{report.KindPosts, report.KindDaily, report.KindAudience, report.KindComments, report.KindMonitoring}

// noPreset reports a header that fits no preset of the source's kind, or,
// when the reader of another kind accepts the file, names that kind.
func noPreset(c *fileCtx, recs []Record, line int, known string) {
	if g := c.acceptingKind(); g != "" {
		c.errorf(line, 1, "ingest.wrong_kind", g, c.src.Kind)
		return
	}
	c.errorf(line, 1, "ingest.no_preset", c.src.Kind, known)
}

// acceptingKind returns the first other kind whose reader reads the file
// without an error and uses some of its rows ("" when none does). The
// trial reads use no columns: mapping, record nothing, and give no hints.
func (c *fileCtx) acceptingKind() string {
	if c.dry || c.in == nil {
		return ""
	}
	for _, k := range hintKinds {
		if k == c.src.Kind || c.in.size > MaxSize(k) {
			continue
		}
		src := &report.Source{Kind: k, Index: c.src.Index, Delimiter: c.src.Delimiter, Loc: c.src.Loc, Timezone: c.src.Timezone}
		trial := &fileCtx{cfg: c.cfg, src: src, path: c.path, shown: c.shown, opts: &Options{}, in: c.in, dry: true,
			rep: &report.FileReport{Path: c.path, Kind: k, Skipped: map[string]int{}}}
		var read readFiles
		readFile(trial, c.in, &report.Dataset{Series: map[string]*report.Series{}}, &read)
		if !trial.refused() && trial.rep.RowsUsed > 0 && !trial.tooManyBad() {
			return k
		}
	}
	return ""
}
