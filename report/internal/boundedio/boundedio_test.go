package boundedio

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func sparse(t *testing.T, size int64) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// A file over its cap is refused before anything is allocated for it, with
// "path: file larger than N MB".
func TestReadFileRefusesBeforeAllocating(t *testing.T) {
	p := sparse(t, 1<<30)
	for _, limit := range []int64{2 << 20, 256 << 10, 1 << 20} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		b, err := ReadFile(p, limit)
		runtime.ReadMemStats(&after)
		if !IsTooLarge(err) || b != nil {
			t.Fatalf("cap %d: %v", limit, err)
		}
		if want := p + ": file larger than " + SizeText(limit); err.Error() != want {
			t.Errorf("message %q, want %q", err.Error(), want)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<10 {
			t.Errorf("cap %d: %d bytes allocated to refuse a 1 GiB file", limit, grew)
		}
	}
}

func TestReadFileWithinCap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	want := []byte(strings.Repeat("abc", 1000))
	if err := os.WriteFile(p, want, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(p, int64(len(want)))
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%v, %d bytes", err, len(got))
	}
	if _, err := ReadFile(filepath.Dir(p), 10); err == nil {
		t.Error("a directory was read")
	}
}

// A file that grows past its cap after it was opened fails while reading.
func TestCapEnforcedWhileStreaming(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte("small"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(p, 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := os.WriteFile(p, bytes.Repeat([]byte("x"), 4<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, f)
	if !IsTooLarge(err) || n > 1<<10+1 {
		t.Errorf("read %d bytes, err %v", n, err)
	}
}

func TestSizeText(t *testing.T) {
	for n, want := range map[int64]string{2 << 20: "2 MB", 256 << 10: "256 KB", 1 << 30: "1024 MB", 1000: "1000 bytes"} {
		if got := SizeText(n); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
}
