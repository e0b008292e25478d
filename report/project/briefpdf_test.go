package project

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
)

// TestOutputNamesBriefPDF: with pdf (listed or --pdf) a build writes
// brief.pdf after report.pdf, with or without the Word files, and
// report.html with them.
func TestOutputNamesBriefPDF(t *testing.T) {
	for _, c := range []struct {
		opt  WriteOptions
		want []string
	}{
		{WriteOptions{PDF: true}, []string{"report.html", "report.xlsx", "indicators.json", "report.docx", "brief.docx", "report.pdf", "brief.pdf"}},
		{WriteOptions{Outputs: []string{"json", "pdf"}}, []string{"report.html", "indicators.json", "report.pdf", "brief.pdf"}},
		{WriteOptions{Outputs: []string{"json", "docx"}}, []string{"indicators.json", "report.docx", "brief.docx"}},
	} {
		if got := OutputNames(c.opt); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.opt, got, c.want)
		}
	}
}

// TestPrintPDFError: a browser that cannot print is a PDF failure, unless
// the build was cancelled (by the user or by another part that failed):
// then the error is the context's, which Write does not report as this
// part's failure.
func TestPrintPDFError(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-browser")
	page, pdf := filepath.Join(dir, "brief.print.html"), filepath.Join(dir, "brief.pdf")
	var oe *OutputError
	if err := printPDF(context.Background(), missing, page, pdf); !errors.As(err, &oe) || oe.Key != "build.pdf_failed" {
		t.Errorf("live build: %v, want build.pdf_failed", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := printPDF(ctx, missing, page, pdf); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled build: %v, want context.Canceled", err)
	}
}
