package html

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report/doc"
)

// Brief is what the printed briefing (brief.pdf) needs beyond the document
// model (which holds its content, gaps and recommendations included): the
// paper and the fixed words of the page in the report language.
type Brief struct {
	Letter bool // US Letter paper instead of A4
	Labels BriefLabels
}

// BriefLabels are the briefing's own headings and notices.
type BriefLabels struct {
	Kicker          string // "Ringkasan untuk pimpinan"
	Verdict         string // "Kesimpulan"
	Tiles           string // "Indikator utama"
	Scores          string // "Skor per tahap"
	Unmet           string // "Target yang belum tercapai"
	AllMet          string // when no target is unmet
	Post            string // column head of the top posts
	Indicator       string // column heads of the unmet targets
	Value           string
	Target          string
	Gap             string
	Status          string
	Recommendations string // "Rekomendasi"
	MoreUnmet       string // fmt: %d targets left out
	More            string // "Selengkapnya dalam laporan lengkap"
}

// The briefing's limits are the document model's (doc.BriefTiles …);
// within them the page's fitting script keeps what the two sheets hold.
// The printed page clips a long title (its running header repeats it).
const briefTitle = 160 // characters of the title

//go:embed templates/brief.html.tmpl templates/brief.css templates/brief.js
var briefFS embed.FS

// briefTpl returns the briefing page template, parsed once on first use.
var briefTpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("brief.html.tmpl").Funcs(template.FuncMap{
		"safeURL": logoURL,
	}).ParseFS(briefFS, "templates/brief.html.tmpl"))
})

// briefPage is what the briefing template shows.
type briefPage struct {
	Doc   *doc.Document
	Lang  string
	L     BriefLabels
	Title string
	// Letterhead is the letterhead's lines (organisation and address),
	// shown small beside the title.
	Letterhead []string
	Verdict    string
	Tiles      []doc.Tile
	Posts      []doc.PostCard
	Metrics    []string // column heads of the posts (the first post's metric labels)
	Findings   []string
	Chart      *scoreChart
	Unmet      []unmetRow
	// UnmetTotal counts every unmet target, also those beyond the limit.
	UnmetTotal int
	Recs       *narrativeView // the recommendations narratives, rendered
	RecItems   []string       // else the findings after the first three
	CSS        template.CSS
	JS         template.JS
	Letter     bool
	PageOf     template.HTML
}

type unmetRow struct {
	doc.Tile
	Gap string
}

// RenderBrief writes the two-page briefing of d, a self-contained page made
// for printing (brief.pdf): page 1 the verdict, headline tiles, top posts
// and three main findings; page 2 the per-stage scores chart, the unmet
// targets with their gap and the recommendations (the recommendations
// narrative, else the automatic findings after the first three). Each page
// is a sheet of fixed size; the page's own script drops, from the end of
// the least important list first, what its sheet cannot hold and says so.
// The stage chart is inline SVG: nothing is fetched or drawn by a library.
// Every word comes from d and b; user text is escaped by html/template.
func RenderBrief(w io.Writer, d *doc.Document, b Brief) ([]string, error) {
	if d == nil {
		return nil, errors.New("html: no document")
	}
	p, warnings := buildBrief(d, b)
	var buf bytes.Buffer
	if err := briefTpl().Execute(&buf, p); err != nil {
		return nil, err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return warnings, nil
}

func buildBrief(d *doc.Document, b Brief) (*briefPage, []string) {
	br := &d.Briefing
	p := &briefPage{
		Doc:        d,
		Lang:       d.Lang,
		L:          b.Labels,
		Title:      clipText(d.Title, briefTitle),
		Letterhead: letterheadLines(d.Cover.Letterhead),
		Verdict:    clipText(br.Verdict, doc.BriefClip),
		Tiles:      br.Tiles[:min(len(br.Tiles), doc.BriefTiles)],
		Posts:      br.TopPosts[:min(len(br.TopPosts), doc.BriefPosts)],
		CSS:        template.CSS(briefFile("brief.css")),
		JS:         template.JS(briefFile("brief.js")),
		Letter:     b.Letter,
		PageOf:     pageOf(d.Labels.PageOf),
		Chart:      newScoreChart(br.Stages),
	}
	if len(p.Posts) > 0 {
		for _, m := range p.Posts[0].Metrics {
			p.Metrics = append(p.Metrics, m.Label)
		}
	}
	for _, f := range br.Findings[:min(len(br.Findings), doc.BriefFindings)] {
		p.Findings = append(p.Findings, clipText(f, doc.BriefClip))
	}
	for _, t := range br.Tiles {
		if t.Status.Code != "not_met" && t.Status.Code != "near" {
			continue
		}
		p.UnmetTotal++
		if len(p.Unmet) < doc.BriefUnmet {
			g := t.Gap
			if g == "" {
				g = "—"
			}
			p.Unmet = append(p.Unmet, unmetRow{Tile: t, Gap: g})
		}
	}
	var warnings []string
	if recs := d.Briefing.Recommendations; len(recs) > 0 {
		p.Recs = recommendations(d, recs, &warnings)
	}
	if p.Recs == nil && len(br.Findings) > doc.BriefFindings {
		for _, f := range br.Findings[doc.BriefFindings:] {
			p.RecItems = append(p.RecItems, clipText(f, doc.BriefClip))
		}
	}
	return p, warnings
}

// recommendations renders the recommendations narratives as one block
// (headings below the page's h2), or nil when none renders.
func recommendations(d *doc.Document, ns []doc.Narrative, warnings *[]string) *narrativeView {
	bd := &builder{d: d, md: newMarkdown(2).render}
	var html strings.Builder
	for _, n := range ns {
		v := bd.narrative(n)
		if v.Problem != "" {
			continue
		}
		html.WriteString(string(v.HTML))
	}
	*warnings = append(*warnings, bd.warnings...)
	if strings.TrimSpace(html.String()) == "" {
		return nil
	}
	return &narrativeView{HTML: template.HTML(html.String())}
}

// clipText shortens s to n characters, the last one an ellipsis.
func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func briefFile(name string) string {
	// The names are fixed and //go:embed fails the build when one is
	// missing, so the error cannot happen at run time.
	b, _ := briefFS.ReadFile("templates/" + name)
	return string(b)
}

// scoreChart is the per-stage scores as horizontal bars, laid out here
// (in SVG user units) so the page needs no chart library.
type scoreChart struct {
	Width, Height int
	Bars          []scoreBar
	Grid          []gridLine
	X0, Top       int // left edge of the bars; top of the plot
	Bottom        int // bottom of the plot
}

type scoreBar struct {
	Label  string
	Value  string // the score as the report shows it, or why there is none
	Y, W   int    // top and length of the bar
	TextY  int    // baseline of the label and value
	ValueX int
	None   bool // no score: no bar, the reason instead
	BarH   int
}

type gridLine struct {
	X     int
	Label string
}

// Chart geometry, SVG user units (the chart scales to the column width).
const (
	chartW      = 680
	chartLabelW = 190 // stage labels
	chartValueW = 80  // value after the bar
	chartBarH   = 20
	chartRowH   = 32
	chartTop    = 6
	chartAxisH  = 22
)

// newScoreChart lays out one bar per stage (framework order) on a 0–100%
// scale; nil without stages.
func newScoreChart(stages []doc.Score) *scoreChart {
	if len(stages) == 0 {
		return nil
	}
	plot := chartW - chartLabelW - chartValueW
	c := &scoreChart{Width: chartW, X0: chartLabelW, Top: chartTop}
	for i, st := range stages {
		y := chartTop + i*chartRowH + (chartRowH-chartBarH)/2
		bar := scoreBar{Label: clipText(st.Label, 28), Value: st.Value.Text, Y: y, BarH: chartBarH,
			TextY: y + chartBarH/2 + 5}
		if st.Value.Raw == nil {
			bar.None = true
			bar.ValueX = chartLabelW + 8
			if bar.Value == "" {
				bar.Value = st.Value.Reason
			}
		} else {
			v := min(max(*st.Value.Raw, 0), 1)
			bar.W = int(v*float64(plot) + 0.5)
			bar.ValueX = chartLabelW + bar.W + 8
		}
		c.Bars = append(c.Bars, bar)
	}
	c.Bottom = chartTop + len(stages)*chartRowH
	for q := 0; q <= 4; q++ {
		c.Grid = append(c.Grid, gridLine{X: chartLabelW + q*plot/4, Label: fmt.Sprintf("%d%%", q*25)})
	}
	c.Height = c.Bottom + chartAxisH
	return c
}

// letterheadLines are the letterhead's lines (up to three organisation
// lines and the address), clipped.
func letterheadLines(lh []string) []string {
	var out []string
	for _, l := range lh[:min(len(lh), 4)] {
		out = append(out, clipText(l, 80))
	}
	return out
}
