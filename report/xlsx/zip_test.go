package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"testing"
)

// TestSortedZip writes more entries than the compressor's queue holds, in
// reverse order, and reads them back sorted by name with their contents.
func TestSortedZip(t *testing.T) {
	var buf bytes.Buffer
	z := newSortedZip(&buf)
	want := map[string]string{}
	for i := 3 * zipQueue; i > 0; i-- {
		name := fmt.Sprintf("xl/part%03d.xml", i)
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		body := strings.Repeat(fmt.Sprintf("<row r=%q/>", name), i*50)
		want[name] = body
		for len(body) > 0 { // several writes per entry
			n := min(len(body), 1000)
			if _, err := io.WriteString(w, body[:n]); err != nil {
				t.Fatal(err)
			}
			body = body[n:]
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc) // checks the CRC and size too
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if string(got) != want[f.Name] {
			t.Errorf("%s: %d bytes read back, want %d", f.Name, len(got), len(want[f.Name]))
		}
	}
	if len(names) != len(want) || !sort.StringsAreSorted(names) {
		t.Errorf("entries %v: want %d entries sorted by name", names, len(want))
	}
}

// TestSortedZipMisuse checks the errors of writing to a finished entry and
// of using the writer after Close.
func TestSortedZipMisuse(t *testing.T) {
	z := newSortedZip(io.Discard)
	w1, err := z.Create("a.xml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := z.Create("b.xml"); err != nil {
		t.Fatal(err)
	}
	if _, err := w1.Write([]byte("x")); err == nil {
		t.Error("write to a finished entry: no error")
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := z.Create("c.xml"); err == nil {
		t.Error("create after Close: no error")
	}
	if err := z.Close(); err == nil {
		t.Error("second Close: no error")
	}
}
