package ingest

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// bigCSV returns a CSV text over pipeMin with quoted, multi-line and
// blank-line records, and tail appended.
func bigCSV(tail string) []byte {
	var b strings.Builder
	b.WriteString("id,text,n\n")
	for i := 0; b.Len() < pipeMin+(1<<20); i++ {
		switch i % 7 {
		case 3:
			fmt.Fprintf(&b, "%d,\"a, \"\"quoted\"\"\nline\",%d\n", i, i)
		case 5:
			b.WriteString("\n")
		default:
			fmt.Fprintf(&b, "%d,plain text %d,%d\n", i, i, i%13)
		}
	}
	b.WriteString(tail)
	return []byte(b.String())
}

// collect reads every record with each, copying the fields.
func collect(t *testing.T, raw []byte, each func(*Text, func(Record) error) error) ([]Record, error) {
	t.Helper()
	tx, err := openText(memInput(raw), 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []Record
	err = each(tx, func(r Record) error {
		r.Fields = append([]string(nil), r.Fields...)
		out = append(out, r)
		return nil
	})
	return out, err
}

// TestEachPipedSameRecords checks that a large file read with the parsing
// in its own goroutine gives the same records, lines, marks and errors as
// reading it on one goroutine.
func TestEachPipedSameRecords(t *testing.T) {
	for _, tail := range []string{"1,2,3", "9,\"never closed\n1,2,3\n", "8,short"} {
		raw := bigCSV(tail)
		want, werr := collect(t, raw, (*Text).scan)
		got, gerr := collect(t, raw, (*Text).Each)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Errorf("tail %q: error %v, want %v", tail, gerr, werr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tail %q: %d records differ from the %d read on one goroutine", tail, len(got), len(want))
		}
	}
}

// TestEachPipedStops checks that an error from fn ends the reading at once
// with that error (and the parsing goroutine does not block).
func TestEachPipedStops(t *testing.T) {
	tx, err := openText(memInput(bigCSV("")), 0)
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("enough")
	n := 0
	err = tx.Each(func(Record) error {
		n++
		if n == 1000 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 1000 {
		t.Errorf("Each = %v after %d records, want %v after 1000", err, n, stop)
	}
}

// TestPlainCountSameAsParse checks the shortcut for cells of plain digits
// against the full parse, in both decimal conventions.
func TestPlainCountSameAsParse(t *testing.T) {
	cells := []string{"0", "7", "007", "20", "123456789012345", "999999999999999", "1234567890123456", "12a", "", "1.5", "1,5", " 3", "٣"}
	for i := range 2000 {
		cells = append(cells, fmt.Sprint(i*7919%100003))
	}
	for _, f := range []numFormat{{}, {decimalComma: true}} {
		for _, c := range cells {
			v, ok, err := parseNum(c, f)
			fv, fok, ferr := parseNumFull(c, f)
			if v != fv || ok != fok || fmt.Sprint(err) != fmt.Sprint(ferr) {
				t.Errorf("parseNum(%q) = %v %v %v, the full parse gives %v %v %v", c, v, ok, err, fv, fok, ferr)
			}
		}
	}
}

// TestEachMark checks that a mark function set during reading marks later
// records with what it says of them, and that the parsing goroutine does
// mark them while the callback is behind it: here the callback is slow
// (it spins 20µs a record), so the batches wait for it.
func TestEachMark(t *testing.T) {
	tx, err := openText(memInput(bigCSV("")), 0)
	if err != nil {
		t.Fatal(err)
	}
	odd := func(r Record) bool { return strings.HasSuffix(r.Get(0), "1") }
	const stopAt = 5000
	n, marked := 0, 0
	err = tx.Each(func(r Record) error {
		n++
		if n == 1 {
			tx.SetMark(odd)
		}
		if r.Marked {
			marked++
			if r.Mark != odd(r) {
				t.Fatalf("record at line %d marked %v", r.Line, r.Mark)
			}
		}
		for start := time.Now(); time.Since(start) < 20*time.Microsecond; {
		}
		if n == stopAt {
			return errStop
		}
		return nil
	})
	if err != errStop || marked < n/2 {
		t.Errorf("Each = %v; %d of %d records marked", err, marked, n)
	}
}
