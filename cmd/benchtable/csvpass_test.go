package main

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// TestCSVPass counts the fields of a UTF-8 file and of a UTF-16LE file with
// a BOM, as Meta writes its daily exports.
func TestCSVPass(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.csv")
	if err := os.WriteFile(plain, []byte("x,y\n1,\"2\n3\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	u := utf16.Encode([]rune("\ufeffsep=,\n\"Tanggal\",\"Primary\"\n\"2026-01-01T00:00:00\",\"5\"\n"))
	b := make([]byte, 0, 2*len(u))
	for _, c := range u {
		b = append(b, byte(c), byte(c>>8))
	}
	wide := filepath.Join(dir, "b.csv")
	if err := os.WriteFile(wide, b, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		want int
	}{{plain, 4}, {wide, 6}} { // "sep=," is two fields
		got, err := csvPass(tc.path)
		if err != nil || got != tc.want {
			t.Errorf("csvPass(%s) = %d, %v; want %d fields", filepath.Base(tc.path), got, err, tc.want)
		}
	}
}
