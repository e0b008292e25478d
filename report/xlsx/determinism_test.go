package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
)

// TestDeterministicAcrossProcesses writes the fixture workbook in two
// separate processes (this test binary, re-executed) and in this process,
// and compares the SHA-256 of the three files.
func TestDeterministicAcrossProcesses(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "writes workbooks in four more processes")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		dir := t.TempDir()
		var sums []string
		for i := 0; i < 2; i++ {
			path := filepath.Join(dir, lang+string(rune('a'+i))+".xlsx")
			cmd := exec.Command(exe, "-test.run=^$")
			cmd.Env = append(os.Environ(), envWrite+"="+path, envLang+"="+lang)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("writer process: %v\n%s", err, out)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			sums = append(sums, sha(b))
		}
		w := writeFixtureT(t, lang)
		sums = append(sums, sha(w.data))
		if sums[0] != sums[1] || sums[0] != sums[2] {
			t.Errorf("%s: SHA-256 differ: process 1 %s, process 2 %s, in-process %s", lang, sums[0], sums[1], sums[2])
		}
		t.Logf("%s: %d bytes, sha256 %s", lang, len(w.data), sums[0])
	}
}

// TestZipEntriesSorted checks that the zip entries are written in name
// order (fix 2 of research/go-deps.md §2.7) and that the image extension
// defaults of [Content_Types].xml are sorted (fix 1).
func TestZipEntriesSorted(t *testing.T) {
	t.Parallel()
	w := writeFixtureT(t, "en")
	names, files := zipFiles(t, w.data)
	if !sort.StringsAreSorted(names) {
		t.Errorf("zip entries not sorted: %q", names)
	}
	ct := files["[Content_Types].xml"]
	var exts []string
	for _, m := range reDefault.FindAllStringSubmatch(ct, -1) {
		exts = append(exts, m[1])
	}
	if len(exts) < 5 || !sort.StringsAreSorted(exts) {
		t.Errorf("content type defaults %q not sorted", exts)
	}
	// two writes of the same report in one process are identical too
	var a, b bytes.Buffer
	r := fixtureReport("en")
	if err := Write(&a, Options{Lang: "en", Document: docFor(r, "en")}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, Options{Lang: "en", Document: docFor(r, "en")}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same report differ")
	}
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
