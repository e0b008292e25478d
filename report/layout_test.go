package report_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFileFolderTwins: no Go file X.go sits beside a package folder X/
// (such as report/config.go beside report/config/), so that a name says
// whether it is the model's types or the package that loads them.
func TestNoFileFolderTwins(t *testing.T) {
	t.Parallel()
	for _, root := range []string{"../report", "../cmd"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			dir := strings.TrimSuffix(p, ".go")
			if pkg, _ := filepath.Glob(filepath.Join(dir, "*.go")); len(pkg) > 0 {
				t.Errorf("%s sits beside the package %s: name the file for what it holds", p, dir)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
