package project

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/browser"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/msg"
)

// briefPrintName is the staged page brief.pdf is printed from; it is
// removed after printing and is never one of the outputs.
const briefPrintName = "brief.print.html"

// writeBriefPDF prints brief.pdf: the briefing page (html.RenderBrief, with
// the gaps and recommendations brief.docx uses) is written next to path in
// the staging folder, printed by the browser, and removed.
func writeBriefPDF(ctx context.Context, r *report.Report, d *doc.Document, cat *msg.Catalog, opt WriteOptions,
	path string, staged func(string) string) ([]string, error) {
	page := staged(briefPrintName)
	defer os.Remove(page)
	// Its warnings (a recommendations narrative that cannot be rendered)
	// are report.html's too, which is always written with the PDFs.
	_, err := writeBuffered(page, func(w io.Writer) ([]string, error) {
		return html.RenderBrief(w, d, BriefPage(cat, opt.Letter))
	})
	if err != nil {
		return nil, err
	}
	return nil, printPDF(ctx, opt.Browser, page, path)
}

// printPDF prints the page at htmlPath to pdfPath with the browser, within
// 120 s. When ctx was cancelled — by the user, or because another part of
// the set failed — the error is ctx's own, not a PDF failure, so that Write
// reports the cause (two PDFs are printed at the same time: the one that
// failed first stops the other).
func printPDF(ctx context.Context, browserPath, htmlPath, pdfPath string) error {
	tctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	if err := browser.PrintPDF(tctx, browserPath, htmlPath, pdfPath); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return &OutputError{Key: "build.pdf_failed", Args: []any{err.Error()}, Err: err}
	}
	return nil
}

// BriefPage is what html.RenderBrief needs beyond the document: the paper
// and the briefing's words in the language of cat.
func BriefPage(cat *msg.Catalog, letter bool) html.Brief {
	return html.Brief{
		Letter: letter,
		Labels: html.BriefLabels{
			Kicker:          cat.T("docx.brief.kicker"),
			Verdict:         cat.T("docx.verdict"),
			Tiles:           cat.T("docx.tiles"),
			Scores:          cat.T("docx.scores"),
			Unmet:           cat.T("docx.brief.unmet"),
			AllMet:          cat.T("docx.brief.all_met"),
			Post:            cat.T("docx.col.post"),
			Indicator:       cat.T("docx.col.indicator"),
			Value:           cat.T("docx.col.value"),
			Target:          cat.T("docx.col.target"),
			Gap:             cat.T("docx.col.gap"),
			Status:          cat.T("docx.col.status"),
			Recommendations: cat.T("docx.brief.recommendations"),
			MoreUnmet:       cat.T("docx.brief.more_unmet"),
			More:            cat.T("briefpdf.more"),
		},
	}
}
