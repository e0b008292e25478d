package report_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/rapor-id/rapor/"

// forbidden lists, per package (relative to the module), the module
// packages it must not import. Dependency direction runs one way:
// cmd → build → ingest/compute/html/xlsx → report.
var forbidden = map[string][]string{
	"report":          {"report/", "cmd/"},
	"report/ingest":   {"report/compute", "report/html", "report/xlsx", "report/project", "report/qual", "cmd/"},
	"report/compute":  {"report/ingest", "report/html", "report/xlsx", "report/project", "report/config", "cmd/"},
	"report/html":     {"report/ingest", "report/compute", "report/xlsx", "report/project", "report/config", "report/present", "report/msg", "report/browser", "cmd/"},
	"report/xlsx":     {"report/ingest", "report/compute", "report/html", "report/project", "report/config", "report/present", "cmd/"},
	"report/jsonout":  {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "cmd/"},
	"report/config":   {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "cmd/"},
	"report/qual":     {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "cmd/"},
	"report/design":   {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "report/config", "cmd/"},
	"report/project":  {"cmd/"},
	"report/present":  {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/jsonout", "report/project", "report/config", "cmd/"},
	"report/doc":      {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/jsonout", "report/project", "report/config", "report/qual", "report/msg", "report/format", "report/present", "cmd/"},
	"data":            {"report/", "cmd/"},
	"report/rollup":   {"cmd/"},
	"report/worktime": {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "report/config", "cmd/"},
	"report/question": {"report/", "cmd/"},
	"report/datawarn": {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "report/config", "cmd/"},
	"report/qda":      {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/project", "report/config", "report/qual", "cmd/"},
	// the bounded reader of every input file imports nothing of ours
	"report/internal/boundedio":  {"report/", "cmd/"},
	"report/browser":             {"report/", "cmd/"}, // finds and drives Chromium; knows nothing of reports
	"report/internal/yamlstrict": {"report/config", "report/framework", "report/notes", "report/project", "cmd/"},
	"report/docx":                {"report/ingest", "report/compute", "report/html", "report/xlsx", "report/jsonout", "report/project", "report/config", "report/qual", "report/present", "cmd/"},
	"report/docx/wml":            {"report/", "cmd/"},
	"report/mdguard":             {"report/", "cmd/"},
}

// TestDependencyDirection parses the imports of each package's non-test
// files, as the Go standard library's own dependency test does.
func TestDependencyDirection(t *testing.T) {
	for pkg, bad := range forbidden {
		dir := filepath.Join("..", filepath.FromSlash(pkg))
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Errorf("%s: no Go files (%v)", pkg, err)
			continue
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				path := strings.Trim(imp.Path.Value, `"`)
				if !strings.HasPrefix(path, module) {
					continue
				}
				rel := strings.TrimPrefix(path, module)
				for _, b := range bad {
					if rel == strings.TrimSuffix(b, "/") || strings.HasPrefix(rel, b) && strings.HasSuffix(b, "/") {
						if pkg == "report" && rel == "templates" {
							continue
						}
						t.Errorf("%s imports %s (not allowed: dependencies run cmd → build → ingest/compute/html/xlsx → report)", f, rel)
					}
				}
			}
		}
	}
}
