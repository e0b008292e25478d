// Package docxtest converts .docx files to PDF with LibreOffice and reads
// the PDFs back (text and page count with poppler), for tests of the Word
// writers. Without soffice or poppler the test is skipped, unless CI=true.
package docxtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// NeedTool returns the path of a program, skipping the test without it
// unless CI=true, where a missing tool fails the test.
func NeedTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required when CI=true: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// ToPDF converts the .docx files with one LibreOffice run and returns the
// PDF paths in the same order.
func ToPDF(t testing.TB, docs ...string) []string {
	t.Helper()
	soffice := NeedTool(t, "soffice")
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir}, docs...)
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	var pdfs []string
	for _, d := range docs {
		p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(d), filepath.Ext(d))+".pdf")
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("LibreOffice wrote no PDF for %s", d)
		}
		pdfs = append(pdfs, p)
	}
	return pdfs
}

// Text returns the PDF's text with whitespace runs collapsed to one space.
func Text(t testing.TB, pdf string) string {
	t.Helper()
	out, err := exec.Command(NeedTool(t, "pdftotext"), pdf, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// Pages returns the PDF's page count.
func Pages(t testing.TB, pdf string) int {
	t.Helper()
	out, err := exec.Command(NeedTool(t, "pdfinfo"), pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	m := pagesLine.FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}
