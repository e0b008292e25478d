package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// csvPassMain reads every .csv file below dir with encoding/csv (UTF-16
// files through a BOM-sniffing decoder) and counts the fields: the floor a
// reader of the same files cannot go below.
func csvPassMain(dir string, stderr io.Writer) int {
	files, fields := 0, 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".csv") {
			return err
		}
		n, err := csvPass(p)
		files++
		fields += n
		return err
	})
	if err == nil && files == 0 {
		err = errNoCSV
	}
	if err != nil {
		fmt.Fprintln(stderr, "benchtable:", err)
		return 1
	}
	return 0
}

// csvPass reads one file and returns its number of fields.
func csvPass(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	dec := unicode.BOMOverride(unicode.UTF8.NewDecoder())
	r := csv.NewReader(bufio.NewReaderSize(transform.NewReader(f, dec), 256<<10))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			// "sep=," lines and titles make ragged or odd rows; keep going.
			if _, ok := err.(*csv.ParseError); ok {
				continue
			}
			return n, err
		}
		n += len(rec)
	}
}
