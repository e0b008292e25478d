package project

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
)

// OutputNames returns the file names a build with opt writes, in writing
// order; Parts writes exactly these.
func OutputNames(opt WriteOptions) []string {
	outputs := opt.Outputs
	if outputs == nil {
		outputs = config.DefaultOutputs
	}
	want := func(o string) bool { return slices.Contains(outputs, o) }
	pdf := opt.PDF || want("pdf")
	var names []string
	if want("html") || pdf { // the PDF is printed from report.html
		names = append(names, "report.html")
	}
	if want("xlsx") {
		names = append(names, "report.xlsx")
	}
	if want("json") {
		names = append(names, "indicators.json")
	}
	if want("docx") {
		names = append(names, "report.docx", "brief.docx")
	}
	if pdf {
		names = append(names, "report.pdf", "brief.pdf")
	}
	return names
}

// CheckOut refuses an output folder that, once symbolic links are
// resolved, is the root of a file system, the project folder, a folder
// holding an input file (sources, notes, narrative, logo, framework,
// rapor.yaml) or below which one lies, or a folder where a source or
// narrative pattern would match one of the outputs names (the next build
// would read its own output).
func CheckOut(out string, cfg *report.Config, names []string) error {
	realOut := realPath(out)
	if isRoot(realOut) {
		return &OutputError{Key: "build.out_root", Args: []any{out}}
	}
	realDir := realPath(cfg.Dir)
	if realOut == realDir {
		return &OutputError{Key: "build.out_project", Args: []any{out}}
	}
	for _, in := range inputs(cfg) {
		d := filepath.Dir(realPath(config.Resolve(cfg.Dir, in)))
		if d == realOut || within(d, realOut) {
			return &OutputError{Key: "build.out_holds_inputs", Args: []any{out, in}}
		}
	}
	if !within(realOut, realDir) {
		return nil // outside the project: no pattern reaches it
	}
	rel, err := filepath.Rel(realDir, realOut)
	if err != nil {
		return nil
	}
	var patterns []string
	for _, s := range cfg.Sources {
		patterns = append(patterns, s.Path)
	}
	if cfg.Narrative != "" {
		patterns = append(patterns, cfg.Narrative)
	}
	for _, p := range patterns {
		for _, n := range names {
			if config.Matches(p, filepath.ToSlash(filepath.Join(rel, n))) {
				return &OutputError{Key: "build.out_in_glob", Args: []any{out, p, n}}
			}
		}
	}
	return nil
}

// inputs lists every input file named by cfg, relative to its folder
// (or absolute).
func inputs(cfg *report.Config) []string {
	in := []string{config.FileName}
	for _, s := range cfg.Sources {
		in = append(in, s.Files...)
	}
	if cfg.Narrative != "" {
		files, _ := config.Glob(cfg.Dir, cfg.Narrative)
		in = append(in, files...)
	}
	if cfg.Logo != "" {
		in = append(in, cfg.Logo)
	}
	if cfg.Framework != "" && cfg.Framework != config.DefaultFramework {
		in = append(in, cfg.Framework)
	}
	return in
}

// RealPath returns p absolute with symbolic links resolved (see realPath):
// the path the output guards compare.
func RealPath(p string) string { return realPath(p) }

// realPath returns p absolute with symbolic links resolved; the part of p
// that does not exist yet is appended to its deepest existing folder.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	var rest []string
	cur := abs
	for {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(append([]string{r}, rest...)...)
		}
		if _, err := os.Lstat(cur); err == nil {
			return abs // exists but cannot be resolved (e.g. a link loop): as given
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = append([]string{filepath.Base(cur)}, rest...)
		cur = parent
	}
}

// within reports whether p lies strictly below dir.
func within(p, dir string) bool {
	return strings.HasPrefix(p, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}

// isRoot reports whether p is the root of a file system ("/", "C:\").
func isRoot(p string) bool { return filepath.Dir(p) == p }
