package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAppendField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in    string
		force bool
		want  string
	}{
		{"plain", false, "plain"},
		{"plain", true, `"plain"`},
		{"", true, ""},
		{"a,b", false, `"a,b"`},
		{"say \"hi\"", false, `"say ""hi"""`},
		{"two\nlines", false, "\"two\nlines\""},
		{" lead", false, `" lead"`},
	}
	for _, tt := range tests {
		if got := string(appendField(nil, tt.in, tt.force)); got != tt.want {
			t.Errorf("appendField(%q, %v) = %q, want %q", tt.in, tt.force, got, tt.want)
		}
	}
}

func TestUTF16Writer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
	}{
		{"ascii", "sep=,\n\"Jangkauan\"\n"},
		{"latin", "\"São Paulo, SP\"\n"},
		{"surrogates", "HUT ke-44 🎉\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := &tree{root: t.TempDir()}
			f := tr.create("x.csv", true, false)
			f.writeString(tt.text)
			f.close()
			if tr.err != nil {
				t.Fatal(tr.err)
			}
			b, err := os.ReadFile(filepath.Join(tr.root, "x.csv"))
			if err != nil {
				t.Fatal(err)
			}
			if got := decodeUTF16(t, "x.csv", b); got != tt.text {
				t.Fatalf("decoded %q, want %q", got, tt.text)
			}
		})
	}
}
