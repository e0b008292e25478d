package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report/scaffold"

	"github.com/rapor-id/rapor/internal/testenv"
)

func TestExampleCommand(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "contoh dengan spasi")
	code, out, errs := runCLI(t, "example", dir, "--lang", "en")
	if code != 0 {
		t.Fatalf("example: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "rapor build "+dir) {
		t.Errorf("example does not say how to build it: %q", out)
	}
	for _, f := range []string{"rapor.yaml", "README.md", "komentar.csv", "exports/Audiens.csv", "notes/dokumen.yaml"} {
		want, err := os.ReadFile(filepath.Join("../../data/example", filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s not written byte for byte (%v)", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("the example's out/ folder was written")
	}
	code, _, errs = runCLI(t, "validate", dir)
	if code != 0 {
		t.Errorf("validate of the written example: exit %d: %s", code, errs)
	}
	// an existing non-empty folder is refused and left alone
	code, _, errs = runCLI(t, "example", dir, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("example into a non-empty folder: exit %d: %q", code, errs)
	}
	if code, _, _ := runCLI(t, "example"); code != exitUsage {
		t.Errorf("example without a folder: exit %d, want %d", code, exitUsage)
	}
}

func TestInitMentionsExample(t *testing.T) {
	t.Parallel()
	_, out, _ := runCLI(t, "init", filepath.Join(t.TempDir(), "p"), "--lang", "en")
	if !strings.Contains(out, "rapor example") {
		t.Errorf("init does not mention rapor example: %q", out)
	}
}

// TestStandaloneBinary: the binary, built as `make release` builds it and
// copied alone into an empty folder outside the repository, writes the
// example and builds it into the same indicators.json as the repository's
// data/example.
func TestStandaloneBinary(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "builds the binary")
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to build the binary: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "rapor")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command(goTool, "build", "-trimpath", "-buildvcs=false",
		"-ldflags", "-s -w -buildid= -X main.version="+version, "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	empty := t.TempDir()
	alone := filepath.Join(empty, filepath.Base(bin))
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(alone, b, 0o755); err != nil {
		t.Fatal(err)
	}
	env := []string{"PATH=/nonexistent", "HOME=" + empty, "LANG=C"}
	for _, args := range [][]string{{"example", "contoh"}, {"build", "contoh", "-q"}} {
		cmd := exec.Command(alone, args...)
		cmd.Dir, cmd.Env = empty, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("rapor %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	got, err := os.ReadFile(filepath.Join(empty, "contoh", "out", "indicators.json"))
	if err != nil {
		t.Fatal(err)
	}
	ref := t.TempDir()
	if code, o, e := runCLI(t, "build", "../../data/example", "-o", ref, "-q"); code != 0 {
		t.Fatalf("build data/example: exit %d\n%s\n%s", code, o, e)
	}
	want, err := os.ReadFile(filepath.Join(ref, "indicators.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("indicators.json of the standalone example (%d bytes) differs from data/example's (%d bytes)", len(got), len(want))
	}
}

// TestInitCRLFValidates: the skeleton as init writes it on Windows (CRLF
// line endings) validates with no warning, on every platform.
func TestInitCRLFValidates(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		dir := filepath.Join(t.TempDir(), `C- drive like\name`)
		if err := scaffold.InitEOL(dir, lang, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), "\r\n"); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "rapor.yaml"))
		if err != nil || !bytes.Contains(b, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(b, []byte("\r\n"), nil), []byte("\n")) {
			t.Fatalf("%s: rapor.yaml not CRLF throughout (%v)", lang, err)
		}
		if code, out, errs := runCLI(t, "validate", dir, "--strict"); code != 0 {
			t.Errorf("%s: validate --strict of the CRLF skeleton: exit %d\n%s\n%s", lang, code, out, errs)
		}
	}
}
