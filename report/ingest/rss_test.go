package ingest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"

	"github.com/rapor-id/rapor/internal/testenv"
)

// maxRSS is the peak memory allowed while a 1 GiB input is refused or read.
const maxRSS = 200 << 20

// TestBoundedReading reads a 1 GiB sparse file (NUL bytes) as every kind in
// a child process and checks its peak RSS (VmHWM): each is refused, before
// reading (over the kind's cap) or at its first over-long line, within
// maxRSS.
func TestBoundedReading(t *testing.T) {
	testenv.Short(t, "reads 1 GiB")
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc: peak RSS cannot be measured here")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.csv")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, kind := range []string{"posts", "daily", "audience", "comments", "monitoring", "notes"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestRSSChild$")
		cmd.Env = append(os.Environ(), "RAPOR_RSS_DIR="+dir, "RAPOR_RSS_KIND="+kind)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", kind, err, out)
		}
		var rss int64
		var key string
		for _, line := range strings.Split(string(out), "\n") {
			if _, err := fmt.Sscanf(line, "RSS %d %s", &rss, &key); err == nil {
				break
			}
		}
		t.Logf("1 GiB %s file: %s, peak RSS %.1f MB", kind, key, float64(rss)/(1<<20))
		if rss == 0 || rss > maxRSS {
			t.Errorf("%s: peak RSS %d bytes (limit %d)\n%s", kind, rss, maxRSS, out)
		}
		if key != "ingest.too_large" && key != "ingest.line_too_long" {
			t.Errorf("%s: refused with %s", kind, key)
		}
	}
}

// TestRSSChild is the child process of TestBoundedReading.
func TestRSSChild(t *testing.T) {
	dir, kind := os.Getenv("RAPOR_RSS_DIR"), os.Getenv("RAPOR_RSS_KIND")
	if dir == "" {
		t.Skip("run by TestBoundedReading")
	}
	ds := Load(oneSource(t, dir, "kab.uji", report.Source{Kind: kind, Files: []string{"huge.csv"}}),
		Options{Notes: func(string, []byte) ([]*report.Note, report.Problems) { return nil, nil }})
	key := "none"
	if len(ds.Problems) > 0 {
		key = ds.Problems[0].Key
	}
	fmt.Printf("RSS %d %s\n", peakRSS(t), key)
}

// peakRSS reads VmHWM of this process.
func peakRSS(t *testing.T) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM")
	return 0
}
