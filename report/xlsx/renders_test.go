package xlsx

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
)

// TestWriteTakesOnlyTheDocument: Write takes no *report.Report (the
// workbook renders the document model), and the workbook's sources (the
// roll-up workbook aside) use nothing of package report but dates, post
// type names and the language rule — no Report, Result or Breakdowns they
// could read content from.
func TestWriteTakesOnlyTheDocument(t *testing.T) {
	t.Parallel()
	ft := reflect.TypeOf(Write)
	for i := 0; i < ft.NumIn(); i++ {
		if in := ft.In(i); in == reflect.TypeOf(&report.Report{}) || in == reflect.TypeOf(report.Report{}) {
			t.Errorf("Write's parameter %d is a %v", i, in)
		}
	}
	allowed := map[string]bool{"Date": true, "Reel": true, "NormLang": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	seen := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "rollup.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		seen++
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "report" && !allowed[sel.Sel.Name] {
				t.Errorf("%s: uses report.%s; the workbook renders the document model only", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
	if seen < 10 {
		t.Fatalf("checked %d source files, want the workbook's sources", seen)
	}
}
