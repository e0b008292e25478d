package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
)

// TestMain lets a test run this binary as the rapor command in a separate
// process (RAPOR_AS_MAIN holds the arguments, one per line), through main
// so that signals are handled as in the real command.
func TestMain(m *testing.M) {
	if args := os.Getenv("RAPOR_AS_MAIN"); args != "" {
		os.Args = append([]string{"rapor"}, strings.Split(args, "\n")...)
		main()
	}
	os.Exit(testenv.Run(m))
}

// TestDeterministicAcrossProcesses builds the example twice in separate
// processes and requires byte-identical report.html, report.xlsx,
// indicators.json, report.docx and brief.docx.
func TestDeterministicAcrossProcesses(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "builds the example in two more processes")
	var outs []string
	for i := 0; i < 2; i++ {
		out := t.TempDir()
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "RAPOR_AS_MAIN="+strings.Join([]string{"build", "../../data/example", "-o", out, "-q"}, "\n"))
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build %d: %v\n%s", i, err, b)
		}
		outs = append(outs, out)
	}
	for _, f := range []string{"report.html", "report.xlsx", "indicators.json", "report.docx", "brief.docx"} {
		a, err1 := os.ReadFile(filepath.Join(outs[0], f))
		b, err2 := os.ReadFile(filepath.Join(outs[1], f))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", f, err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two processes (%d vs %d bytes)", f, len(a), len(b))
		}
	}
}
