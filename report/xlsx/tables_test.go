package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestTableNumber(t *testing.T) {
	cases := []struct {
		name string
		n    int
		ok   bool
	}{
		{"xl/tables/table1.xml", 1, true},
		{"xl/tables/table12.xml", 12, true},
		{"xl/tables/tableSingleCells1.xml", 0, false},
		{"xl/tables/_rels/table1.xml.rels", 0, false},
		{"xl/worksheets/sheet1.xml", 0, false},
		{"xl/tables/table1.xml.bak", 0, false},
	}
	for _, c := range cases {
		n, ok := tableNumber(c.name)
		if n != c.n || ok != c.ok {
			t.Errorf("tableNumber(%q) = %d, %v; want %d, %v", c.name, n, ok, c.n, c.ok)
		}
	}
}

// TestParkedTablesAllWritten checks that the table parts parked while the
// workbook is built all reach the file, each with its own number and name.
func TestParkedTablesAllWritten(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, Options{Lang: "id", Document: docFor(fixtureReport("id"), "id")}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		if _, ok := tableNumber(f.Name); !ok {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(data)
	}
	if len(parts) < 3 {
		t.Fatalf("%d table parts in the workbook, want several", len(parts))
	}
	names := map[string]bool{}
	for i := 1; i <= len(parts); i++ {
		x, ok := parts[fmt.Sprintf("xl/tables/table%d.xml", i)]
		if !ok {
			t.Fatalf("table part %d missing among %d", i, len(parts))
		}
		if !strings.Contains(x, fmt.Sprintf(` id="%d"`, i)) {
			t.Errorf("table part %d does not carry id %d", i, i)
		}
		at := strings.Index(x, ` name="`)
		if at < 0 {
			t.Fatalf("table part %d has no name", i)
		}
		name := x[at+7:]
		name = name[:strings.IndexByte(name, '"')]
		if names[name] {
			t.Errorf("table name %q used twice", name)
		}
		names[name] = true
	}
}
