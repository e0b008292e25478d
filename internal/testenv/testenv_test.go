package testenv

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestDecisions runs the helpers in a child test process under each
// combination of -short and CI, and checks which skip and which fail.
func TestDecisions(t *testing.T) {
	if mode := os.Getenv("TESTENV_CHILD"); mode != "" {
		switch mode {
		case "short":
			Short(t, "slow")
		case "missing":
			Missing(t, "%s is missing", "tool")
		}
		return
	}
	cases := []struct {
		mode  string
		short bool
		ci    string
		want  string // "ok", "skip" or "fail"
	}{
		{"short", true, "", "skip"},
		{"short", true, "true", "ok"},
		{"short", false, "", "ok"},
		{"missing", false, "", "skip"},
		{"missing", true, "false", "skip"},
		{"missing", false, "true", "fail"},
	}
	for _, c := range cases {
		args := []string{"-test.run=^TestDecisions$", "-test.v"}
		if c.short {
			args = append(args, "-test.short")
		}
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = append(os.Environ(), "TESTENV_CHILD="+c.mode, "CI="+c.ci)
		out, err := cmd.CombinedOutput()
		got := "ok"
		switch {
		case err != nil:
			got = "fail"
		case strings.Contains(string(out), "--- SKIP"):
			got = "skip"
		}
		if got != c.want {
			t.Errorf("%s short=%v CI=%q: got %s, want %s\n%s", c.mode, c.short, c.ci, got, c.want, out)
		}
		if c.mode == "missing" && got != "ok" && !strings.Contains(string(out), "tool is missing") {
			t.Errorf("%s: message lacks the reason:\n%s", c.mode, out)
		}
	}
}
