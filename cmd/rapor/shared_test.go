package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
)

// exampleBuild is one run of `rapor build` on data/example.
type exampleBuild struct {
	Out            string // the output folder
	Stdout, Stderr string
}

// exampleArgs are the arguments of the shared build in each language: the
// example's own language with the flag before the folder and without -q
// (so that TestNoProgressWhenPiped can read what a piped build prints), and
// English with the flags after the folder.
var exampleArgs = map[string][]string{
	"id": {"build", "-o", "OUT", "../../data/example"},
	"en": {"build", "../../data/example", "-o", "OUT", "-q", "--lang", "en"},
}

// examples holds the example built once per language for the tests that
// only read its outputs.
var examples = map[string]*testenv.Shared[exampleBuild]{"id": {}, "en": {}}

// builtExample returns the shared build of the example in lang ("id" or
// "en"), failing t if the build failed. Tests must not change its folder:
// a test that needs other flags or a changed project builds its own.
func builtExample(t *testing.T, lang string) exampleBuild {
	t.Helper()
	s, ok := examples[lang]
	if !ok {
		t.Fatalf("no shared build of the example in %q", lang)
	}
	return s.Get(t, func(dir string) (exampleBuild, error) {
		args := append([]string(nil), exampleArgs[lang]...)
		for i, a := range args {
			if a == "OUT" {
				args[i] = dir
			}
		}
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb, noEnv); code != 0 {
			return exampleBuild{}, fmt.Errorf("rapor %s: exit %d\n%s\n%s", strings.Join(args, " "), code, out.String(), errb.String())
		}
		return exampleBuild{Out: dir, Stdout: out.String(), Stderr: errb.String()}, nil
	})
}
