package main

import (
	"sort"
	"strconv"
	"time"
)

// exportFile is one Meta Business Suite content export covering a calendar
// month (in the export time zone, as Meta dates its exports).
type exportFile struct {
	year  int
	month time.Month
	jobID string // the export job number at the end of the file name
}

// name returns the file name Meta gives the export, e.g.
// Sep-01-2026_Sep-30-2026_1219887403321456.csv.
func (e exportFile) name() string {
	first := time.Date(e.year, e.month, 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1)
	return first.Format("Jan-02-2006") + "_" + last.Format("Jan-02-2006") + "_" + e.jobID + ".csv"
}

// monthFiles returns one export per calendar month from (y0, m0) for n
// months, with job numbers drawn from g.
func monthFiles(g *ids, y0 int, m0 time.Month, n int) []exportFile {
	out := make([]exportFile, n)
	for i := range out {
		t := time.Date(y0, m0+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		out[i] = exportFile{year: t.Year(), month: t.Month(),
			jobID: strconv.FormatUint(1_000_000_000_000_000+g.r.Uint64N(900_000_000_000_000), 10)}
	}
	return out
}

// writeContentExports writes the posts into one export per month under dir:
// a post goes into the file of its publish month in exportLoc. Within a file
// feed posts (own and collaborations) come first, then stories, each in
// publish order. Posts outside every file's month are left out; their number
// is returned.
func writeContentExports(t *tree, dir string, files []exportFile, posts []*post, exportLoc *time.Location) int {
	byMonth := map[[2]int][]*post{}
	for _, p := range posts {
		e := p.local.In(exportLoc)
		k := [2]int{e.Year(), int(e.Month())}
		byMonth[k] = append(byMonth[k], p)
	}
	dropped := len(posts)
	for _, ef := range files {
		rows := byMonth[[2]int{ef.year, int(ef.month)}]
		dropped -= len(rows)
		sort.SliceStable(rows, func(i, j int) bool {
			si, sj := rows[i].kind == kStory, rows[j].kind == kStory
			if si != sj {
				return sj
			}
			return rows[i].local.Before(rows[j].local)
		})
		f := t.create(dir+"/"+ef.name(), false, true)
		f.writeString(contentHeader + "\n")
		for _, p := range rows {
			appendContentRow(f, p, exportLoc)
		}
		f.close()
	}
	return dropped
}

// appendContentRow writes one content export row, quoting the fields Meta
// quotes.
func appendContentRow(f *file, p *post, exportLoc *time.Location) {
	b := f.line
	b = append(b, p.id...)
	b = append(b, ',')
	b = append(b, p.acct.id...)
	b = append(b, ',')
	b = appendField(b, p.acct.user, false)
	b = append(b, ',')
	b = appendField(b, p.acct.name, true)
	b = append(b, ',')
	b = appendField(b, p.caption, true)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(p.duration), 10)
	b = append(b, ',', '"')
	b = p.local.In(exportLoc).AppendFormat(b, "01/02/2006 15:04")
	b = append(b, '"', ',')
	b = append(b, p.permalink()...)
	b = append(b, ',')
	b = appendField(b, typeNames[p.kind], true)
	b = append(b, ',', ',')
	b = append(b, `"Sepanjang Masa"`...)
	for _, v := range p.m {
		b = append(b, ',')
		b = appendInt(b, v)
	}
	f.line = b
	f.flushLine()
}
