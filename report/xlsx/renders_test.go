package xlsx

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
)

// TestWriteTakesOnlyTheDocument: Write and WriteRollup take no
// *report.Report or *report.Rollup (both workbooks render the document
// model), and the workbooks' sources use nothing of package report but
// dates, post type names and the language rule — no Report, Rollup, Result
// or Breakdowns they could read content from.
func TestWriteTakesOnlyTheDocument(t *testing.T) {
	t.Parallel()
	banned := []reflect.Type{reflect.TypeOf(&report.Report{}), reflect.TypeOf(report.Report{}),
		reflect.TypeOf(&report.Rollup{}), reflect.TypeOf(report.Rollup{})}
	for name, fn := range map[string]any{"Write": Write, "WriteRollup": WriteRollup} {
		ft := reflect.TypeOf(fn)
		for i := 0; i < ft.NumIn(); i++ {
			if in := ft.In(i); slices.Contains(banned, in) {
				t.Errorf("%s's parameter %d is a %v", name, i, in)
			}
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
		if strings.HasSuffix(name, "_test.go") {
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
	if !slices.Contains(files, "rollup.go") {
		t.Error("rollup.go, the roll-up workbook, is not among the sources checked")
	}
	if seen < 10 {
		t.Fatalf("checked %d source files, want the workbook's sources", seen)
	}
}

// TestWriteRollupNeedsItsData: a document without the roll-up workbook's
// data (none, or an account's document) is refused with an error.
func TestWriteRollupNeedsItsData(t *testing.T) {
	t.Parallel()
	for _, d := range []*doc.Document{nil, {Lang: "id", Workbook: &doc.Workbook{}}} {
		var buf bytes.Buffer
		if err := WriteRollup(&buf, d, Options{}); err == nil || buf.Len() != 0 {
			t.Errorf("WriteRollup(%v) = %v, %d bytes; want an error and nothing written", d, err, buf.Len())
		}
	}
}
