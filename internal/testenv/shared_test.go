package testenv

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// TestMain runs the tests through Run, except in a child process started
// with TESTENV_NO_RUN, which shows what Shared does without it.
func TestMain(m *testing.M) {
	if os.Getenv("TESTENV_NO_RUN") != "" {
		os.Exit(m.Run())
	}
	os.Exit(Run(m))
}

// TestSharedBuildsOnce: parallel tests asking for one Shared value get the
// value of a single build, made in an empty folder that exists.
func TestSharedBuildsOnce(t *testing.T) {
	var s Shared[string]
	var builds atomic.Int32
	build := func(dir string) (string, error) {
		builds.Add(1)
		es, err := os.ReadDir(dir)
		if err != nil || len(es) > 0 {
			return "", fmt.Errorf("folder %s: %v, %d entries", dir, err, len(es))
		}
		return dir, os.WriteFile(dir+"/out", []byte("x"), 0o644)
	}
	var mu sync.Mutex
	got := map[string]bool{}
	t.Run("group", func(t *testing.T) {
		for i := range 8 {
			t.Run(fmt.Sprint(i), func(t *testing.T) {
				t.Parallel()
				dir := s.Get(t, build)
				mu.Lock()
				got[dir] = true
				mu.Unlock()
			})
		}
	})
	if n := builds.Load(); n != 1 || len(got) != 1 {
		t.Fatalf("%d builds, %d different values; want 1 and 1", n, len(got))
	}
	var other Shared[string]
	if dir := other.Get(t, build); got[dir] {
		t.Errorf("two Shared values were built in the same folder %s", dir)
	}
}

// recorder is a testing.TB that records Fatalf instead of stopping.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

// TestSharedError: a failed build fails every test that asks, with the
// build's error, and is not tried again.
func TestSharedError(t *testing.T) {
	var s Shared[int]
	builds := 0
	for range 2 {
		r := &recorder{TB: t}
		s.Get(r, func(string) (int, error) { builds++; return 0, errors.New("example broken") })
		if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "example broken") {
			t.Errorf("Get reported %q, want the build's error", r.msgs)
		}
	}
	if builds != 1 {
		t.Errorf("%d builds, want 1", builds)
	}
}

// TestSharedChild: in a child test process, Get without Run fails and says
// how to fix it; with Run, the folder is gone when the process ends.
func TestSharedChild(t *testing.T) {
	if mode := os.Getenv("TESTENV_CHILD"); mode == "shared" {
		var s Shared[string]
		fmt.Printf("DIR=%s\n", s.Get(t, func(dir string) (string, error) { return dir, nil }))
		return
	} else if mode != "" {
		return
	}
	for _, noRun := range []bool{false, true} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSharedChild$", "-test.v")
		cmd.Env = append(os.Environ(), "TESTENV_CHILD=shared")
		if noRun {
			cmd.Env = append(cmd.Env, "TESTENV_NO_RUN=1")
		}
		out, err := cmd.CombinedOutput()
		if noRun {
			if err == nil || !strings.Contains(string(out), "testenv.Run(m)") {
				t.Errorf("without Run: %v\n%s", err, out)
			}
			continue
		}
		_, rest, ok := strings.Cut(string(out), "DIR=")
		dir, _, _ := strings.Cut(rest, "\n")
		if err != nil || !ok || dir == "" {
			t.Fatalf("with Run: %v\n%s", err, out)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("%s still exists after the tests ended (%v)", dir, err)
		}
	}
}
