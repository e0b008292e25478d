package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{nil, {"a", "b"}} {
		err := run(args, io.Discard, func(string) string { return "" })
		if err == nil || !strings.Contains(err.Error(), "usage: screenshots") {
			t.Errorf("%q: got %v, want the usage", args, err)
		}
	}
}

func TestMissingPDF(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	err := pdfPages(filepath.Join(dir, "report.pdf"), dir, 60, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "build with --pdf") {
		t.Errorf("got %v", err)
	}
}

// TestRemoveOld removes the tool's own earlier PNGs and nothing else.
func TestRemoveOld(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, n := range []string{"phone-01.png", "desktop-12.png", "pdf-03.png", "logo.png", "README.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := removeOld(dir); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if want := []string{"README.md", "logo.png"}; !slices.Equal(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
}
