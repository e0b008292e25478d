// Package testenv decides when a test may skip. `go test -short` skips the
// slow tests (a real browser, LibreOffice, large synthetic inputs) and a
// test whose tool or sample is missing skips too — except under CI=true,
// where nothing skips: CI runs every test and fails on a missing part.
package testenv

import (
	"fmt"
	"os"
	"testing"
)

// CI reports whether the environment variable CI is "true".
func CI() bool { return os.Getenv("CI") == "true" }

// Short skips t under `go test -short` unless CI=true. why says what makes
// the test slow, e.g. "starts Chromium".
func Short(t testing.TB, why string) {
	t.Helper()
	if testing.Short() && !CI() {
		t.Skipf("-short: %s", why)
	}
}

// Missing reports that something t needs is not there: it skips t, or fails
// it under CI=true. The message says what is missing and how to get it.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if CI() {
		t.Fatalf("CI=true and %s", msg)
	}
	t.Skip(msg)
}
