package project

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// parts returns test parts writing "<version> <name>".
func testParts(version string, names ...string) []Part {
	var ps []Part
	for _, n := range names {
		n := n
		ps = append(ps, Part{Name: n, Write: func(_ context.Context, path string, _ func(string) string) ([]string, error) {
			return nil, os.WriteFile(path, []byte(version+" "+n), 0o644)
		}})
	}
	return ps
}

var setNames = []string{"report.html", "report.xlsx", "indicators.json"}

// contents returns the folder's files as name=content, hidden ones included.
func contents(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if e.IsDir() {
			out = append(out, e.Name()+"/")
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out = append(out, e.Name()+"="+string(b))
	}
	sort.Strings(out)
	return out
}

func build(t *testing.T, out, version string, rename func(string, string) error) error {
	t.Helper()
	set, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if rename != nil {
		set.rename = rename
	}
	_, _, err = Write(context.Background(), set, testParts(version, setNames...))
	return err
}

func wantSet(t *testing.T, dir, version string) {
	t.Helper()
	got := strings.Join(contents(t, dir), " ")
	want := "indicators.json=" + version + " indicators.json report.html=" + version + " report.html report.xlsx=" + version + " report.xlsx"
	if got != want {
		t.Errorf("folder holds %q, want the complete %s set %q", got, version, want)
	}
}

// TestCommitRollback: whichever rename fails (issue 15 item 2: the second
// rename failing left a new report.html beside old files, and the message
// claimed the earlier outputs were untouched), the folder holds the complete
// old set and nothing else, and the error is build.out_write.
func TestCommitRollback(t *testing.T) {
	for fail := 1; fail <= 6; fail++ {
		out := t.TempDir()
		if err := build(t, out, "old", nil); err != nil {
			t.Fatal(err)
		}
		calls := 0
		err := build(t, out, "new", func(a, b string) error {
			calls++
			if calls == fail {
				return &os.LinkError{Op: "rename", Old: a, New: b, Err: errors.New("input/output error")}
			}
			return os.Rename(a, b)
		})
		var oe *OutputError
		if !errors.As(err, &oe) || oe.Key != "build.out_write" {
			t.Errorf("rename %d fails: err %v, want build.out_write", fail, err)
		}
		wantSet(t, out, "old")
	}
}

// TestCommitRollbackFails: when putting the old outputs back fails too,
// the message says the folder may be mixed and where the old ones are.
func TestCommitRollbackFails(t *testing.T) {
	out := t.TempDir()
	if err := build(t, out, "old", nil); err != nil {
		t.Fatal(err)
	}
	calls := 0
	err := build(t, out, "new", func(a, b string) error {
		calls++
		if calls >= 4 {
			return errors.New("input/output error")
		}
		return os.Rename(a, b)
	})
	var oe *OutputError
	if !errors.As(err, &oe) || oe.Key != "build.out_mixed" {
		t.Errorf("err %v, want build.out_mixed", err)
	}
}

// TestCommitFolderInTheWay: an output name taken by a folder fails before
// anything moves, and the folder is left alone.
func TestCommitFolderInTheWay(t *testing.T) {
	out := t.TempDir()
	if err := build(t, out, "old", nil); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(out, "report.xlsx")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(out, "report.xlsx", "keep"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := build(t, out, "new", nil)
	var oe *OutputError
	if !errors.As(err, &oe) || oe.Key != "build.out_is_dir" {
		t.Errorf("err %v, want build.out_is_dir", err)
	}
	got := strings.Join(contents(t, out), " ")
	if got != "indicators.json=old indicators.json report.html=old report.html report.xlsx/" {
		t.Errorf("folder holds %q", got)
	}
}

// TestWriteFailsAndAbort: a part that fails, a cancelled context and Abort
// leave the old set and no staging folder; Abort after Commit reports the
// new set in place.
func TestWriteFailsAndAbort(t *testing.T) {
	out := t.TempDir()
	if err := build(t, out, "old", nil); err != nil {
		t.Fatal(err)
	}
	set, _ := Stage(out)
	parts := testParts("new", setNames...)
	parts[1].Write = func(context.Context, string, func(string) string) ([]string, error) {
		return nil, errors.New("json: unsupported value: +Inf")
	}
	if _, _, err := Write(context.Background(), set, parts); err == nil || !strings.Contains(err.Error(), "report.xlsx") {
		t.Errorf("failing part: err %v", err)
	}
	wantSet(t, out, "old")

	set, _ = Stage(out)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Write(ctx, set, testParts("new", setNames...)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
	wantSet(t, out, "old")

	set, _ = Stage(out)
	if set.Abort() {
		t.Error("Abort before Commit reports replaced outputs")
	}
	if _, _, err := Write(context.Background(), set, testParts("new", setNames...)); err == nil {
		t.Error("Write after Abort succeeded")
	}
	wantSet(t, out, "old")

	set, _ = Stage(out)
	if _, _, err := Write(context.Background(), set, testParts("new", setNames...)); err != nil {
		t.Fatal(err)
	}
	if !set.Abort() {
		t.Error("Abort after Commit does not report the new outputs")
	}
	wantSet(t, out, "new")
}

// TestWriteConcurrentParts: parts run at the same time, yet a part with
// After finds that part staged, warnings come in part order, and when
// several parts fail the error named is the first failed part's in order
// (not whichever finished first), with the earlier set kept.
func TestWriteConcurrentParts(t *testing.T) {
	out := t.TempDir()
	if err := build(t, out, "old", nil); err != nil {
		t.Fatal(err)
	}
	parts := testParts("new", setNames...)
	for i := range parts {
		w, n := parts[i].Write, parts[i].Name
		parts[i].Write = func(ctx context.Context, path string, staged func(string) string) ([]string, error) {
			_, err := w(ctx, path, staged)
			return []string{"warn " + n}, err
		}
	}
	parts = append(parts, Part{Name: "report.pdf", After: "report.html", Write: func(_ context.Context, path string, staged func(string) string) ([]string, error) {
		b, err := os.ReadFile(staged("report.html"))
		if err != nil {
			return nil, err
		}
		return nil, os.WriteFile(path, append([]byte("pdf of "), b...), 0o644)
	}})
	set, _ := Stage(out)
	_, warns, err := Write(context.Background(), set, parts)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(warns, ","); got != "warn report.html,warn report.xlsx,warn indicators.json" {
		t.Errorf("warnings %q, want part order", got)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "report.pdf")); string(b) != "pdf of new report.html" {
		t.Errorf("report.pdf %q, want it printed from the staged report.html", b)
	}

	for range 20 {
		out := t.TempDir()
		if err := build(t, out, "old", nil); err != nil {
			t.Fatal(err)
		}
		parts := testParts("new", setNames...)
		parts[1].Write = func(context.Context, string, func(string) string) ([]string, error) {
			time.Sleep(2 * time.Millisecond)
			return nil, errors.New("xlsx broke")
		}
		parts[2].Write = func(context.Context, string, func(string) string) ([]string, error) {
			return nil, errors.New("json broke")
		}
		parts = append(parts, Part{Name: "report.pdf", After: "report.xlsx", Write: func(context.Context, string, func(string) string) ([]string, error) {
			t.Error("a part waiting for a failed part was written")
			return nil, nil
		}})
		set, _ := Stage(out)
		if _, _, err := Write(context.Background(), set, parts); err == nil || err.Error() != "report.xlsx: xlsx broke" {
			t.Fatalf("err %v, want the first failed part's in order", err)
		}
		got := strings.Join(contents(t, out), " ")
		if got != "indicators.json=old indicators.json report.html=old report.html report.xlsx=old report.xlsx" {
			t.Fatalf("folder holds %q, want the old set only", got)
		}
	}
}

// TestWriteHeaviestFirst: on one processor the parts are written one at a
// time, heaviest first (parts order among equals), the part waiting for
// another after it.
func TestWriteHeaviestFirst(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var mu sync.Mutex
	var order []string
	parts := testParts("new", "report.html", "report.xlsx", "indicators.json", "report.docx")
	for i, w := range []int{7, 27, 1, 7} {
		write, name := parts[i].Write, parts[i].Name
		parts[i].Weight = w
		parts[i].Write = func(ctx context.Context, path string, staged func(string) string) ([]string, error) {
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			return write(ctx, path, staged)
		}
	}
	parts = append([]Part{{Name: "report.pdf", After: "report.html", Weight: 100, Write: func(_ context.Context, path string, _ func(string) string) ([]string, error) {
		mu.Lock()
		order = append(order, "report.pdf")
		mu.Unlock()
		return nil, os.WriteFile(path, nil, 0o644)
	}}}, parts...)
	set, _ := Stage(t.TempDir())
	if _, _, err := Write(context.Background(), set, parts); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(order, " ")
	if i := strings.Index(got, "report.pdf"); i < strings.Index(got, "report.html") {
		t.Errorf("order %q: the PDF before its page", got)
	}
	got = strings.Replace(got, " report.pdf", "", 1)
	if want := "report.xlsx report.html report.docx indicators.json"; got != want {
		t.Errorf("order %q, want heaviest first %q", got, want)
	}
}

// TestSubSetAndFolderOutput: a folder output staged with Mkdir and filled
// by a sub-set replaces the earlier folder of that name (with the files);
// after Abort, Mkdir and Sub create nothing, so that no late writer (a
// roll-up's account) can bring the staging folder back.
func TestSubSetAndFolderOutput(t *testing.T) {
	out := t.TempDir()
	writeAll(t, out, map[string]string{"report.html": "old", "accounts/a/report.html": "old a", "accounts/stale.txt": "old"})
	set, err := Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := set.Mkdir("accounts"); err != nil {
		t.Fatal(err)
	}
	sub, err := set.Sub(filepath.Join("accounts", "a"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Write(context.Background(), sub, testParts("new", "report.html")); err != nil {
		t.Fatal(err)
	}
	parts := append(testParts("new", "report.html"), Part{Name: "accounts", Write: func(context.Context, string, func(string) string) ([]string, error) {
		return nil, nil
	}})
	if _, _, err := Write(context.Background(), set, parts); err != nil {
		t.Fatal(err)
	}
	got := listFiles(t, out)
	want := []string{"accounts/a/report.html=new report.html", "report.html=new report.html"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %v, want %v", got, want)
	}

	set, err = Stage(out)
	if err != nil {
		t.Fatal(err)
	}
	set.Abort()
	if _, err := set.Mkdir("accounts"); err == nil {
		t.Error("Mkdir after Abort succeeded")
	}
	if _, err := set.Sub("x"); err == nil {
		t.Error("Sub after Abort succeeded")
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".rapor-new-*")); len(left) > 0 {
		t.Errorf("staging left: %v", left)
	}
}

func writeAll(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for n, text := range files {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// listFiles returns "rel=content" of every file below dir, sorted.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel)+"="+string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}
