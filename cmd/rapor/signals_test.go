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
	names := []string{"report.html", "report.xlsx", "indicators.json"}
	out := t.TempDir()
	oldSet := func() {
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(out, n), []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	delays := []time.Duration{0, 5, 20, 50, 100, 150, 200, 300, 400, 500, 700, 900, 1200, 1600, 2500}
	handled, early := 0, 0
	for i, d := range delays {
		oldSet()
		sig, code := syscall.SIGTERM, 143
		if i%2 == 1 {
			sig, code = syscall.SIGINT, 130
		}
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "RAPOR_AS_MAIN="+strings.Join([]string{"build", "../../data/example", "-o", out, "-q", "--lang", "en"}, "\n"))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(d * time.Millisecond)
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
				t.Errorf("%v after %dms: exit %d without a message: %q", sig, d, got, stderr.String())
			}
		case got == -1:
			// killed before main installed the handler (the test binary's
			// start-up): checked below that nothing was written
			early++
		default:
			t.Errorf("%v after %dms: exit %d, want %d: %s", sig, d, got, code, stderr.String())
		}
		old := 0
		for _, n := range names {
			b, err := os.ReadFile(filepath.Join(out, n))
			if err != nil {
				t.Fatalf("%v after %dms: %v", sig, d, err)
			}
			if string(b) == "old" {
				old++
			}
		}
		if old != 0 && old != len(names) {
			t.Errorf("%v after %dms: %d of %d outputs old: a mixed set (%s)", sig, d, old, len(names), stderr.String())
		}
		if left, _ := filepath.Glob(filepath.Join(out, ".*")); len(left) > 0 {
			t.Errorf("%v after %dms: temporary files left: %v", sig, d, left)
		}
		msg := "old"
		if old == 0 {
			msg = "new"
		}
		if got == -1 && msg != "old" {
			t.Errorf("%v after %dms: killed before the handler yet outputs were replaced", sig, d)
		}
		t.Logf("%v after %4dms: exit %3d, %s set", sig, d, got, msg)
	}
	if handled < 4 {
		t.Errorf("only %d of %d signals reached the handler (%d came before it was installed)", handled, len(delays), early)
	}
}
