// Package ingest reads a project's input files into a report.Dataset:
// encoding and delimiter sniffing, header presets per kind, row accounting
// (every data row is used or skipped with a reason), posts merged by
// identity, comments de-duplicated (SPEC §3).
package ingest

import (
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/internal/boundedio"
	"github.com/rapor-id/rapor/report/msg"
)

// Options tune Load.
type Options struct {
	// Catalog renders per-file warnings into FileReport.Warnings; nil = keys only.
	Catalog *msg.Catalog
	// Notes parses a notes file (report/notes.Parse); nil skips notes sources.
	Notes func(path string, data []byte) ([]*report.Note, report.Problems)
	// Coded reads a file of coded qualitative data (kinds qdpx and qda-csv,
	// report/qda); nil skips those sources.
	Coded func(path string, data []byte, src *report.Source) *Coded
}

// Coded is what a coded-data file gave: notes, and the accounting of its
// items (coded selections, or CSV rows).
type Coded struct {
	Format   string // the writing program or export format
	Notes    []*report.Note
	Read     int
	Used     int
	Bad      int            // skipped items that count toward BadRowLimit
	Skipped  map[string]int // by reason (SkipReasons)
	Problems report.Problems
}

// BadRowLimit is the share of bad rows above which a file is an error.
const BadRowLimit = 0.05

// Load reads every source of cfg. Problems (errors and warnings) are in
// Dataset.Problems; the Dataset is usable for what could be read.
func Load(cfg *report.Config, opts Options) *report.Dataset {
	ds := &report.Dataset{Series: map[string]*report.Series{}}
	ds.Sources = make([]report.SourceInfo, len(cfg.Sources))
	var jobs []*fileJob
	for si := range cfg.Sources {
		src := &cfg.Sources[si]
		ds.Sources[si].Kind = src.Kind
		for _, rel := range src.Files {
			c := &fileCtx{cfg: cfg, src: src, path: rel, shown: filepath.ToSlash(filepath.Join(cfg.Dir, rel)), opts: &opts,
				rep: &report.FileReport{Path: rel, Kind: src.Kind, Source: si, Skipped: map[string]int{}}}
			jobs = append(jobs, &fileJob{c: c})
		}
	}
	readAll(jobs, ds)
	var read readFiles
	var ctxs []*fileCtx
	for _, j := range jobs {
		ds.Files = append(ds.Files, j.c.rep)
		if j.failed {
			ds.Problems.Add(j.c.probs...)
			continue
		}
		ctxs = append(ctxs, j.c)
		read.posts = append(read.posts, j.read.posts...)
		read.daily = append(read.daily, j.read.daily...)
		read.audiences = append(read.audiences, j.read.audiences...)
		read.comments = append(read.comments, j.read.comments...)
	}
	mergePosts(cfg, read.posts, ds)
	warnRowCoverage(cfg, read.posts)
	mergeDaily(read.daily, ds)
	pickAudience(read.audiences, ds)
	mergeComments(cfg, read.comments, ds)
	checkNightPosts(cfg, ds)
	for _, c := range ctxs {
		c.finish()
		ds.Problems.Add(c.probs...)
	}
	for _, f := range ds.Files {
		if len(f.Skipped) == 0 {
			f.Skipped = map[string]int{}
		}
	}
	ds.Problems.Sort()
	return ds
}

// readFiles holds the files read, waiting for the merges.
type readFiles struct {
	posts     []*postFile
	daily     []*dailyFile
	comments  []*commentFile
	audiences []*audienceFile
}

// fileJob is the reading of one file: its context and what it gave.
type fileJob struct {
	c      *fileCtx
	read   readFiles
	failed bool // the file could not be opened or was too large
}

// readAll reads the files. Tables (posts, daily, audience, comments) touch
// nothing but their own job, so up to GOMAXPROCS of them are read at once;
// the kinds that add to ds (monitoring, notes, coded data) are read one
// after the other, in order, meanwhile.
func readAll(jobs []*fileJob, ds *report.Dataset) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, j := range jobs {
		switch j.c.src.Kind {
		case report.KindPosts, report.KindDaily, report.KindAudience, report.KindComments:
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				j.run(ds)
			}()
		}
	}
	for _, j := range jobs {
		switch j.c.src.Kind {
		case report.KindPosts, report.KindDaily, report.KindAudience, report.KindComments:
		default:
			j.run(ds)
		}
	}
	wg.Wait()
}

// run reads the job's file; table kinds never touch ds.
func (j *fileJob) run(ds *report.Dataset) {
	c := j.c
	src := c.src
	in, err := scanFile(filepath.Join(c.cfg.Dir, filepath.FromSlash(c.path)), MaxSize(src.Kind))
	if err != nil {
		if boundedio.IsTooLarge(err) {
			c.readFailed(err)
		} else {
			c.errorf(0, 0, "ingest.read_failed", err.Error())
		}
		j.failed = true
		return
	}
	c.rep.SHA256 = in.sha256
	c.rep.Size = in.size
	c.in = in
	readFile(c, in, ds, &j.read)
	c.in = nil // the kind hints are given: let the file's first bytes go
	if cv := src.Covers; cv != nil && c.rep.Coverage == nil && !c.refused() {
		c.setCoverage(*cv, CoverageCovers)
	}
	c.checkUsed()
}

// readFile reads one file with the reader of its source's kind.
func readFile(c *fileCtx, in *input, ds *report.Dataset, read *readFiles) {
	switch c.src.Kind {
	case report.KindPosts:
		if pf := readPosts(c, in); pf != nil {
			read.posts = append(read.posts, pf)
		}
	case report.KindDaily:
		if df := readDaily(c, in); df != nil {
			read.daily = append(read.daily, df)
		}
	case report.KindAudience:
		if af := readAudience(c, in); af != nil {
			read.audiences = append(read.audiences, af)
		}
	case report.KindComments:
		if cf := readComments(c, in); cf != nil {
			read.comments = append(read.comments, cf)
		}
	case report.KindMonitoring:
		readMonitoring(c, in, ds)
	case report.KindNotes:
		readNotes(c, in, ds)
	case report.KindQDPX, report.KindQDACSV:
		readCoded(c, in, ds)
	}
}

// readNotes parses a notes file with opts.Notes.
func readNotes(c *fileCtx, in *input, ds *report.Dataset) {
	c.rep.Preset = "notes"
	c.rep.Encoding = EncUTF8
	if c.opts.Notes == nil {
		return
	}
	raw, err := in.bytes()
	if err != nil {
		c.readFailed(err)
		return
	}
	notes, probs := c.opts.Notes(c.shown, raw)
	c.probs.Add(probs...)
	for _, n := range notes {
		c.rep.RowsRead++
		c.rep.RowsUsed++
		ds.Notes = append(ds.Notes, n)
	}
}

// readCoded reads a coded-data file with opts.Coded. Most skipped items
// are expected (codes outside the framework) and carry no warning; those
// the reader counts as Bad (a selection outside its text) count toward
// BadRowLimit.
func readCoded(c *fileCtx, in *input, ds *report.Dataset) {
	c.rep.Encoding = EncUTF8
	if c.opts.Coded == nil {
		return
	}
	raw, err := in.bytes()
	if err != nil {
		c.errorf(0, 0, "ingest.read_failed", err.Error())
		return
	}
	res := c.opts.Coded(c.shown, raw, c.src)
	c.rep.Preset = res.Format
	c.probs.Add(res.Problems...)
	c.rep.RowsRead += res.Read
	c.rep.RowsUsed += res.Used
	c.bad += res.Bad
	for r, n := range res.Skipped {
		c.rep.Skipped[r] += n
	}
	ds.Notes = append(ds.Notes, res.Notes...)
}

// sortedKeys returns the keys of m sorted.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// SkipReasons lists every reason a data row can be skipped for (the keys of
// FileReport.Skipped); outputs translate them.
var SkipReasons = []string{"bad_boolean", "bad_date", "bad_number", "negative_number", "before_detected",
	"blank_value", "duplicate", "facebook_block", "no_id", "no_identity", "no_username",
	"truncated_record", "unclosed_quote",
	"other_account_post", "outside_block", "outside_section", "reply_before_comment", "superseded",
	"unknown_breakdown", "unknown_metric", "unknown_post_type",
	// coded qualitative data (report/qda)
	"no_source_text", "out_of_range", "splits_character", "empty_text", "ignored_code", "rating_only", "unmapped_code"}
