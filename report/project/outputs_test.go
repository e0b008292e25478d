package project

import (
	"slices"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestOutputs(t *testing.T) {
	tests := []struct {
		name        string
		listed      []string
		pdf, noDocx bool
		want        []string
	}{
		{"default", nil, false, false, []string{"html", "xlsx", "json", "docx"}},
		{"--pdf", nil, true, false, []string{"html", "xlsx", "json", "docx", "pdf"}},
		{"--no-docx", nil, false, true, []string{"html", "xlsx", "json"}},
		{"listed, canonical order", []string{"docx", "html"}, false, false, []string{"html", "docx"}},
		{"pdf listed", []string{"pdf", "json"}, false, false, []string{"json", "pdf"}},
		{"--no-docx beats the list", []string{"docx"}, false, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Outputs(&report.Config{Outputs: tt.listed}, tt.pdf, tt.noDocx)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
