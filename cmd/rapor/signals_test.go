package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rapor-id/rapor/internal/testenv"
)

// TestSignalsLeaveCompleteSet: SIGINT or SIGTERM at any moment of a build
// exits 130/143 with a message, leaves no temporary file, and the output
// folder holds either the complete old set or the complete new set
// (issue 15 item 2).
func TestSignalsLeaveCompleteSet(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "runs ~20 builds")
	signalBuilds(t, "../../data/example", []string{"report.html", "report.xlsx", "indicators.json"}, 15)
}

// TestRollupSignalsLeaveCompleteSet: the same for a roll-up, whose set is
// its four files and its accounts/ folder (an old file in it must stay or
// go with the old files).
func TestRollupSignalsLeaveCompleteSet(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "runs ~12 roll-up builds")
	signalBuilds(t, "../../data/example-rollup", []string{"report.html", "report.xlsx", "indicators.json", "report.docx", "accounts/old.txt"}, 12)
}

// signalBuilds builds project into a folder holding an old set (names,
// each "old"), sends SIGTERM or SIGINT after each of n delays and checks the exit
// code, the message, that the folder holds the complete old or the complete
// new set (a new set lacks any old name it does not write) and that no
// temporary file is left.
func signalBuilds(t *testing.T, project string, names []string, n int) {
	t.Helper()
	out := t.TempDir()
	args := "RAPOR_AS_MAIN=" + strings.Join([]string{"build", project, "-o", out, "-q", "--lang", "en"}, "\n")
	delays := signalDelays(t, args, n)
	oldSet := func() {
		for _, n := range names {
			p := filepath.Join(out, n)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	handled, early := 0, 0
	for i, d := range delays {
		oldSet()
		sig, code := syscall.SIGTERM, 143
		if i%2 == 1 {
			sig, code = syscall.SIGINT, 130
		}
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), args)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(d)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		got := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			got = ee.ExitCode()
		}
		switch {
		case got == 0: // finished before the signal
		case got == code:
			handled++
			if !strings.Contains(stderr.String(), "stopped by") {
				t.Errorf("%v after %v: exit %d without a message: %q", sig, d, got, stderr.String())
			}
		case got == -1:
			// killed before main installed the handler (the test binary's
			// start-up): checked below that nothing was written
			early++
		default:
			t.Errorf("%v after %v: exit %d, want %d: %s", sig, d, got, code, stderr.String())
		}
		old, gone := 0, 0
		for _, n := range names {
			b, err := os.ReadFile(filepath.Join(out, n))
			switch {
			case errors.Is(err, os.ErrNotExist) && filepath.Dir(n) != ".":
				gone++ // an old file in a folder the new set replaced
			case err != nil:
				t.Fatalf("%v after %v: %v", sig, d, err)
			case string(b) == "old":
				old++
			}
		}
		if old != 0 && old != len(names) {
			t.Errorf("%v after %v: %d of %d outputs old (%d gone): a mixed set (%s)", sig, d, old, len(names), gone, stderr.String())
		}
		if left, _ := filepath.Glob(filepath.Join(out, ".*")); len(left) > 0 {
			t.Errorf("%v after %v: temporary files left: %v", sig, d, left)
		}
		msg := "old"
		if old == 0 {
			msg = "new"
		}
		if got == -1 && msg != "old" {
			t.Errorf("%v after %v: killed before the handler yet outputs were replaced", sig, d)
		}
		t.Logf("%v after %8v: exit %3d, %s set", sig, d.Round(time.Millisecond/10), got, msg)
	}
	if handled < 4 {
		t.Errorf("only %d of %d signals reached the handler (%d came before it was installed)", handled, len(delays), early)
	}
}

// signalDelays times three builds (env args) without a signal and returns
// n delays spread from 0 to the fastest one's duration, so that most
// signals land during a build however fast the machine builds the project
// (fixed delays missed a build that got faster, and a single timing was
// often the slow first run of a cold cache, which put most delays after
// the build).
func signalDelays(t *testing.T, args string, n int) []time.Duration {
	t.Helper()
	var fastest time.Duration
	for i := range 3 {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), args)
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build without a signal: %v: %s", err, out)
		}
		if d := time.Since(start); i == 0 || d < fastest {
			fastest = d
		}
	}
	delays := make([]time.Duration, n)
	for i := range delays {
		delays[i] = fastest * time.Duration(i) / time.Duration(n-1)
	}
	return delays
}
