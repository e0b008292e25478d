package xlsx

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compares a text dump of the fixture workbook (every non-empty
// cell with its raw value and number format, the first posts, the panes,
// tables and charts) with testdata/fixture.<lang>.golden.txt. Refresh with
// go test ./report/xlsx -run TestGolden -update.
func TestGolden(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			w := writeFixtureT(t, lang)
			got := dump(t, w)
			path := filepath.Join("testdata", "fixture."+lang+".golden.txt")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) && i < len(wl); i++ {
					if gl[i] != wl[i] {
						t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\n(run with -update if the change is intended)", path, i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("%s differs in length: %d lines, want %d", path, len(gl), len(wl))
			}
		})
	}
}

// TestCatalogOption checks that a catalogue passed in Options gives the same
// workbook, and that one in the wrong language is not used.
func TestCatalogOption(t *testing.T) {
	t.Parallel()
	w := writeFixtureT(t, "en") // written with Options{Lang: "en", Document: docFor(r, "en")}
	r, a := w.r, bytes.NewBuffer(w.data)
	var b, c bytes.Buffer
	en, _ := msg.Load("en")
	id, _ := msg.Load("id")
	if err := Write(&b, Options{Lang: "en", Catalog: en, Document: docFor(r, "en")}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&c, Options{Lang: "en", Catalog: id, Document: docFor(r, "en")}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) || !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("workbooks differ with a passed catalogue")
	}
}

// dump renders the workbook as text.
func dump(t *testing.T, w *written) []byte {
	var out bytes.Buffer
	for _, sheet := range w.f.GetSheetList() {
		fmt.Fprintf(&out, "== %s\n", sheet)
		if p, err := w.f.GetPanes(sheet); err == nil && p.Freeze {
			fmt.Fprintf(&out, "panes: freeze x=%d y=%d %s\n", p.XSplit, p.YSplit, p.TopLeftCell)
		}
		tables, _ := w.f.GetTables(sheet)
		for _, tb := range tables {
			fmt.Fprintf(&out, "table: %s %s\n", tb.Name, tb.Range)
		}
		rows, err := w.f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			if sheet == w.names["posts"] && r >= 14 {
				fmt.Fprintf(&out, "… %d more rows\n", len(rows)-r)
				break
			}
			for c, v := range row {
				if v == "" {
					continue
				}
				name := cellName(c+1, r+1)
				nf := w.numFmt(t, sheet, name)
				if nf == "General" {
					nf = ""
				} else {
					nf = " [" + nf + "]"
				}
				fmt.Fprintf(&out, "%s %q%s\n", name, v, nf)
			}
		}
	}
	_, files := zipFiles(t, w.data)
	cs := charts(t, files)
	sort.Slice(cs, func(i, j int) bool { return cs[i].title < cs[j].title })
	for _, c := range cs {
		fmt.Fprintf(&out, "chart %q %s %s\n", c.title, c.kind, strings.Join(c.refs, " "))
	}
	return out.Bytes()
}
