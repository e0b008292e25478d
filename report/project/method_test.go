package project

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/present"
)

// TestMethodText: the Markdown file of method.text reaches the Report
// redacted, and the document's research design shows it instead of the
// generated paragraph.
func TestMethodText(t *testing.T) {
	if _, err := os.Stat(exampleDir); err != nil {
		t.Skip("no example project")
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleDir)); err != nil {
		t.Fatal(err)
	}
	const text = "Penelitian ini memakai studi kasus tunggal; wawancara dengan Hendra Gunawan dilakukan dua kali.\n"
	if err := os.WriteFile(filepath.Join(dir, "desain.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "rapor.yaml")
	cfg, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfgPath, append(cfg, "method: {text: desain.md}\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	p := Load(dir, Options{Lang: "id", Env: func(string) string { return "" }})
	if p.Failed(false) {
		t.Fatalf("project: %v", p.Problems)
	}
	r, err := p.Report()
	if err != nil {
		t.Fatal(err)
	}
	if r.MethodText == nil {
		t.Fatal("method.text was not read")
	}
	if strings.Contains(r.MethodText.Markdown, "Hendra Gunawan") || !strings.Contains(r.MethodText.Markdown, "studi kasus tunggal") {
		t.Errorf("method text not redacted or lost: %q", r.MethodText.Markdown)
	}
	d, err := present.Document(r, p.Cat)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, s := range d.Sections {
		for _, sub := range s.Sections {
			if sub.ID != "method-design" {
				continue
			}
			found = true
			if len(sub.Blocks) == 0 || sub.Blocks[0].Narrative == nil || sub.Blocks[0].Paragraph != "" {
				t.Fatalf("research design starts with %+v, want the method text", sub.Blocks[0])
			}
			if sub.Blocks[0].Narrative.Markdown != r.MethodText.Markdown {
				t.Errorf("design text %q", sub.Blocks[0].Narrative.Markdown)
			}
		}
	}
	if !found {
		t.Error("no research design section")
	}
}
