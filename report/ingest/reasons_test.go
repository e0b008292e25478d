package ingest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// TestSkipReasonsListed: every reason the code skips rows for is in
// SkipReasons (so that outputs can translate it), and nothing else is.
func TestSkipReasonsListed(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`(?:skip\(|unuse\(|(?:badRow|unuseBad)\([^,]+,[^,]+, )"([a-z_]+)"`)
	used := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	// reasons passed through a variable
	used["negative_number"] = true
	for _, r := range []string{"no_source_text", "out_of_range", "splits_character", "empty_text", "ignored_code", "rating_only", "unmapped_code"} {
		used[r] = true // coded data: reasons given by report/qda
	}
	for r := range used {
		if !slices.Contains(SkipReasons, r) {
			t.Errorf("reason %q is used but not in SkipReasons", r)
		}
	}
	for _, r := range SkipReasons {
		if !used[r] {
			t.Errorf("SkipReasons lists %q, which no code uses", r)
		}
	}
}
