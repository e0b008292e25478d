package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func noEnv(string) string { return "" }

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb, noEnv)
	return code, out.String(), errb.String()
}

func TestInitThenValidate(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "baru")
			if code, _, errs := runCLI(t, "init", dir, "--lang", lang); code != 0 {
				t.Fatalf("init: exit %d: %s", code, errs)
			}
			code, out, errs := runCLI(t, "validate", dir, "--strict")
			if code != 0 {
				t.Fatalf("validate: exit %d\n%s\n%s", code, out, errs)
			}
			// init refuses a folder that is not empty, with a located message
			code, _, errs = runCLI(t, "init", dir)
			if code != 1 || !strings.Contains(errs, dir) || strings.Contains(errs, "config.init_not_empty") {
				t.Errorf("init again: exit %d, %q", code, errs)
			}
		})
	}
}

func TestExampleValidates(t *testing.T) {
	t.Parallel()
	code, out, errs := runCLI(t, "validate", "../../data/example")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	// each coverage says where it came from: a Meta file name, the rows' dates, covers:
	for _, want := range []string{"mbs-content-id", "mbs-daily", "utf-16le", "mbs-audience-2025", "canonical", "monitoring",
		"2026-10-01..2026-10-31 (nama berkas)", "2026-09-01..2026-10-31 (tanggal baris)", "2026-09-01..2026-10-31 (covers:)"} {
		if !strings.Contains(out, want) {
			t.Errorf("per-file table lacks %q:\n%s", want, out)
		}
	}
}

// TestBuildWritesOutputs: `rapor build -o OUT DIR` (the shared build, which
// fails this test if it exits with an error) writes the outputs and leaves no
// temporary file.
func TestBuildWritesOutputs(t *testing.T) {
	t.Parallel()
	out := builtExample(t, "id").Out
	for _, f := range []string{"report.html", "report.xlsx", "indicators.json"} {
		st, err := os.Stat(filepath.Join(out, f))
		if err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestBuildRefusesOutputHoldingInputs(t *testing.T) {
	t.Parallel()
	code, _, errs := runCLI(t, "build", "../../data/example", "-o", "../../data/example", "--lang", "en")
	if code != 1 || !strings.Contains(errs, "is the project folder itself") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	cases := [][]string{
		{},
		{"frobnicate"},
		{"build", "--nope"},
		{"validate", "a", "b"},
		{"build", "--lang", "fr"},
		{"indicators", "--format", "pdf"},
		{"init"},
	}
	for _, args := range cases {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestMissingProject(t *testing.T) {
	t.Parallel()
	code, _, errs := runCLI(t, "validate", filepath.Join(t.TempDir(), "nope"), "--lang", "en")
	if code != 1 || !strings.Contains(errs, "rapor.yaml") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

func TestFlagsAfterDir(t *testing.T) {
	t.Parallel()
	code, out, _ := runCLI(t, "validate", "../../data/example", "--lang", "en", "--period", "2026-09")
	if code != 0 || !strings.Contains(out, "used") {
		t.Errorf("exit %d: %s", code, out)
	}
}

// TestNoProgressWhenPiped: progress lines appear only on a terminal.
func TestNoProgressWhenPiped(t *testing.T) {
	t.Parallel()
	errs := builtExample(t, "id").Stderr // built without -q
	if strings.Contains(errs, "\r") || strings.Contains(errs, "membaca") {
		t.Errorf("progress written to a pipe: %q", errs)
	}
	p := newProgress(os.Stderr, true)
	if p.on {
		t.Error("-q must turn progress off")
	}
}

// TestQDCCodebook: `rapor indicators --format qdc` prints a REFI-QDA
// codebook that validates against the official Codebook.xsd, and `rapor
// init --qdc` puts the same codebook into a new project that validates.
func TestQDCCodebook(t *testing.T) {
	t.Parallel()
	code, out, errs := runCLI(t, "indicators", "--format", "qdc", "--lang", "en")
	if code != 0 || !strings.Contains(out, `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"`) || !strings.Contains(out, `name="Quick response"`) {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	dir := filepath.Join(t.TempDir(), "baru")
	if code, _, errs := runCLI(t, "init", dir, "--lang", "en", "--qdc"); code != 0 {
		t.Fatalf("init --qdc: exit %d: %s", code, errs)
	}
	file := filepath.Join(dir, "coding", "luttrell-framework.qdc")
	b, err := os.ReadFile(file)
	if err != nil || string(b) != out {
		t.Fatalf("init --qdc wrote %v, not the printed codebook", err)
	}
	if code, out, errs := runCLI(t, "validate", dir, "--strict"); code != 0 {
		t.Fatalf("validate: exit %d\n%s\n%s", code, out, errs)
	}
	xsd := "../../../shared/qda-samples/Codebook.xsd"
	bin, lerr := exec.LookPath("xmllint")
	_, serr := os.Stat(xsd)
	if lerr != nil || serr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true needs xmllint and %s: %v %v", xsd, lerr, serr)
		}
		t.Skip("no xmllint or schema")
	}
	if b, err := exec.Command(bin, "--noout", "--nonet", "--schema", xsd, file).CombinedOutput(); err != nil {
		t.Fatalf("codebook does not validate: %v\n%s", err, b)
	}
}

// TestValidateCodedSources: a qda-csv source shows in the per-file table
// with its row accounting, and validate names each unmapped code with its
// selections and the nearest framework code.
func TestValidateCodedSources(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"rapor.yaml":    baseYAML + "  - {kind: qda-csv, path: \"coding/*.csv\", codes: {Lain: ignore}}\n",
		"exports/a.csv": basePosts, "notes/w.yaml": baseNotes,
		"coding/highlights.csv": "id,document,tag,content\r\n1,W9,Respon cepat admin,Admin membalas dalam satu jam.\r\n" +
			"2,W9,manage.quick_response,Komentar malam dibalas pagi.\r\n2,W9,Optimal,Komentar malam dibalas pagi.\r\n3,W9,Lain,Kantor pindah.\r\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCLI(t, "validate", dir, "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	all := out + errs
	for _, want := range []string{"coding/highlights.csv", "qda-csv", "taguette-csv", "used 2/4", "ignored_code=1", "unmapped_code=1",
		`highlights.csv:2: warning: code "Respon cepat admin" (1 selections) maps to no framework code; nearest: manage.quick_response`} {
		if !strings.Contains(all, want) {
			t.Errorf("validate output lacks %q:\n%s", want, all)
		}
	}
}
