// Package scaffold writes a new rapor project (`rapor init`, SPEC §1).
//
// The skeleton lives in templates/init/<lang>/ (embedded): a commented
// rapor.yaml whose data sources are commented out until the user adds
// files, exports/ with a short guide, notes/ with one interview and one
// observation template, and narrative/ with one Markdown file per stage.
// Every file is rendered with text/template; the only inputs are the
// language and the date the CLI passes, so the result is deterministic.
package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"text/template"
	"time"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/templates"
)

// DefaultPeriod is the period written when Init is given a zero time.
const DefaultPeriod = "2026-10"

// Data is what the skeleton templates see.
type Data struct {
	Period     string // the month before now, e.g. 2026-10
	ReportDate string // the day after Period, e.g. 2026-11-01
	Date1      string // date of the example interview (the 14th of Period)
	Date2      string // date of the example observation (the 20th of Period)
}

// DataFor returns the template data for the date now: the report period is
// the calendar month before now's month (a monthly report is written after
// the month it covers). A zero now gives DefaultPeriod.
func DataFor(now time.Time) Data {
	var p report.Period
	if now.IsZero() {
		p, _ = report.ParsePeriod(DefaultPeriod)
	} else {
		y, m, _ := now.Date()
		first := report.NewDate(y, m, 1)
		py, pm, _ := (first - 1).YMD()
		p, _ = report.ParsePeriod(fmt.Sprintf("%04d-%02d", py, int(pm)))
	}
	return Data{
		Period:     p.ID,
		ReportDate: (p.To + 1).String(),
		Date1:      p.From.AddDays(13).String(),
		Date2:      p.From.AddDays(19).String(),
	}
}

// Init writes a new project into dir, which must not exist or be empty, in
// lang ("en", else "id"), with the line endings of the running system
// (CRLF on Windows, so that every editor there shows the comments as
// lines). Its rapor.yaml passes config.Load with no problems. Errors are a
// *report.ProblemError with keys config.init_*.
func Init(dir, lang string, now time.Time) error {
	return InitEOL(dir, lang, now, EOL(runtime.GOOS))
}

// InitEOL is Init with the line ending eol ("\n" or "\r\n") of the written
// text files.
func InitEOL(dir, lang string, now time.Time, eol string) error {
	if lang != "en" {
		lang = "id"
	}
	if err := checkEmpty(dir); err != nil {
		return err
	}
	files, err := Render(lang, DataFor(now))
	if err != nil {
		return writeErr(dir, err)
	}
	for i := range files {
		files[i].Data = WithEOL(files[i].Data, eol)
	}
	return writeFiles(dir, files)
}

// EOL is the line ending of text files that init writes on goos.
func EOL(goos string) string {
	if goos == "windows" {
		return "\r\n"
	}
	return "\n"
}

// WithEOL returns b with every line ending (LF or CRLF) written as eol.
func WithEOL(b []byte, eol string) []byte {
	lf := bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	if eol == "\n" {
		return lf
	}
	return bytes.ReplaceAll(lf, []byte("\n"), []byte(eol))
}

// Copy writes every file of src (e.g. the embedded example project) into
// dir, which must not exist or be empty, byte for byte: the example's export
// files keep their exact encodings and line endings.
func Copy(dir string, src fs.FS) error {
	if err := checkEmpty(dir); err != nil {
		return err
	}
	var files []File
	err := fs.WalkDir(src, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		files = append(files, File{Path: p, Data: b})
		return err
	})
	if err != nil {
		return writeErr(dir, err)
	}
	return writeFiles(dir, files)
}

// writeFiles writes files under dir, creating folders as needed.
func writeFiles(dir string, files []File) error {
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return writeErr(dir, err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return writeErr(dir, err)
		}
	}
	return nil
}

// File is one rendered skeleton file.
type File struct {
	Path string // slash-separated, relative to the project folder
	Data []byte
}

// Render renders the skeleton of lang ("id" or "en") with d, in path order.
func Render(lang string, d Data) ([]File, error) {
	root := "init/" + lang
	var out []File
	err := fs.WalkDir(templates.FS, root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(templates.FS, p)
		if err != nil {
			return err
		}
		t, err := template.New(path.Base(p)).Option("missingkey=error").Parse(string(b))
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := t.Execute(&buf, d); err != nil {
			return err
		}
		out = append(out, File{Path: strings.TrimPrefix(p, root+"/"), Data: buf.Bytes()})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no skeleton for language %q", lang)
	}
	return out, nil
}

// checkEmpty accepts a folder that does not exist or is empty.
func checkEmpty(dir string) error {
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return writeErr(dir, err)
	}
	if !st.IsDir() {
		return notEmpty(dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return writeErr(dir, err)
	}
	if len(entries) > 0 {
		return notEmpty(dir)
	}
	return nil
}

func notEmpty(dir string) error {
	return &report.ProblemError{Problems: report.Problems{report.Errorf(dir, 0, 0, "config.init_not_empty", dir)}}
}

func writeErr(dir string, err error) error {
	return &report.ProblemError{Problems: report.Problems{report.Errorf(dir, 0, 0, "config.init_write", err.Error())}}
}
