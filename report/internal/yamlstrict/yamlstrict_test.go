package yamlstrict

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestInvalidUTF8(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in             string
		line, col, off int
		bad            bool
	}{
		{"ok\nstill ok é\n", 0, 0, 0, false},
		{"\xff", 1, 1, 0, true},
		{"a: é\nb: x\xe9y\n", 2, 5, 10, true},
		{"ééé\xc3", 1, 4, 6, true}, // a truncated sequence at the end
	}
	for _, c := range cases {
		l, col, off, bad := InvalidUTF8([]byte(c.in))
		if l != c.line || col != c.col || off != c.off || bad != c.bad {
			t.Errorf("InvalidUTF8(%q) = %d, %d, %d, %v; want %d, %d, %d, %v", c.in, l, col, off, bad, c.line, c.col, c.off, c.bad)
		}
	}
}

func TestSyntaxError(t *testing.T) {
	t.Parallel()
	cases := []struct {
		src  string
		line int
		msg  string
	}{
		// parser errors: yaml.v3 prints a 0-based line, corrected here
		{"a: 1\nb: [x, y\nc: 2\n", 2, "did not find expected ',' or ']'"},
		{"a: 1\n- b\n", 2, "did not find expected key"},
		// scanner errors are already 1-based
		{"a: 1\n  b: 2\n", 2, "mapping values are not allowed in this context"},
		{"k: v\ns:\n\t- x\n", 3, "found character that cannot start any token"},
		// a parser error on the first line comes without a line
		{"!x!y a\n", 1, "found undefined tag handle"},
		// an unknown alias has no line
		{"a: *nope\n", 0, "unknown anchor 'nope' referenced"},
	}
	for _, c := range cases {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(c.src), &n)
		if err == nil {
			t.Fatalf("%q: no error", c.src)
		}
		line, msg := SyntaxError(err)
		if line != c.line || msg != c.msg {
			t.Errorf("%q: got %d %q, want %d %q", c.src, line, msg, c.line, c.msg)
		}
	}
	if line, msg := SyntaxError(errors.New("yaml: something")); line != 0 || msg != "something" {
		t.Errorf("no line: got %d %q", line, msg)
	}
}

func TestMapChecks(t *testing.T) {
	t.Parallel()
	var doc yaml.Node
	src := "a: 1\nb: ~\nc: [x]\nd: {e: 1}\nz: 2\na: 3\n"
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	c := &Checker{Path: "f.yaml", Area: "t"}
	m := c.Map(Root(&doc), "", "a", "b", "c", "d", "f")
	if m == nil {
		t.Fatal("nil map")
	}
	if s, _ := m.Text("a"); s != "1" || m.Has("b") || !m.Has("c") {
		t.Errorf("Text(a)=%q Has(b)=%v Has(c)=%v", s, m.Has("b"), m.Has("c"))
	}
	m.Require("a", "b", "f")
	m.Text("c")
	m.List("d")
	want := []string{"5:1 t.unknown_key", "6:1 t.duplicate_key", "1:1 t.missing_field", "1:1 t.missing_field",
		"3:4 t.not_text", "4:4 t.not_list"}
	if len(c.Problems) != len(want) {
		t.Fatalf("got %v", c.Problems)
	}
	for i, p := range c.Problems {
		if got := p.Where()[len("f.yaml:"):] + " " + p.Key; got != want[i] {
			t.Errorf("#%d: got %s, want %s", i, got, want[i])
		}
	}
	if c.Problems[2].Args[0] != "b" || c.Problems[3].Args[0] != "f" {
		t.Errorf("missing fields named %v %v", c.Problems[2].Args, c.Problems[3].Args)
	}
}

func TestDocuments(t *testing.T) {
	t.Parallel()
	cases := []struct {
		src      string
		max      int
		roots    []int // line of each root, 0 for an empty document
		errLine  int   // line of the syntax error; -1 for none
		errMatch string
	}{
		{"", 0, nil, -1, ""},
		{"# only a comment\n", 0, nil, -1, ""},
		{"a: 1\n", 0, []int{1}, -1, ""},
		{"a: 1\n---\n---\nb: 2\n", 0, []int{1, 0, 4}, -1, ""},
		{"a: 1\n---\nb: 2\n---\nc: [\n", 2, []int{1, 3}, -1, ""}, // stops before the bad third
		{"a: 1\n---\nb: [x\n", 0, []int{1}, 3, "did not find expected"},
	}
	for _, c := range cases {
		roots, err := Documents([]byte(c.src), c.max)
		var lines []int
		for _, r := range roots {
			if r == nil {
				lines = append(lines, 0)
			} else {
				lines = append(lines, r.Line)
			}
		}
		if fmt.Sprint(lines) != fmt.Sprint(c.roots) {
			t.Errorf("%q: roots at %v, want %v", c.src, lines, c.roots)
		}
		switch {
		case c.errLine < 0 && err != nil:
			t.Errorf("%q: error %v", c.src, err)
		case c.errLine >= 0 && err == nil:
			t.Errorf("%q: no error", c.src)
		case c.errLine >= 0:
			if line, msg := SyntaxError(err); line != c.errLine || !strings.Contains(msg, c.errMatch) {
				t.Errorf("%q: error at %d %q, want %d %q", c.src, line, msg, c.errLine, c.errMatch)
			}
		}
	}
}

func TestAliases(t *testing.T) {
	t.Parallel()
	src := "a: &x {b: 1}\nc: *x\nd: [1, &y 2, *y]\ne: plain\n"
	roots, err := Documents([]byte(src), 0)
	if err != nil || len(roots) != 1 {
		t.Fatal(roots, err)
	}
	var got []string
	for _, n := range Aliases(roots[0]) {
		got = append(got, fmt.Sprintf("%d:%d", n.Line, n.Column))
	}
	if want := "[1:4 2:4 3:8 3:14]"; fmt.Sprint(got) != want {
		t.Errorf("aliases at %v, want %s", got, want)
	}
	if a := Aliases(nil); a != nil {
		t.Errorf("Aliases(nil) = %v", a)
	}
}

func TestCheckerRefusesAliases(t *testing.T) {
	t.Parallel()
	roots, err := Documents([]byte("a: &x 1\nb: *x\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	c := &Checker{Path: "f.yaml", Area: "t"}
	m := c.Map(roots[0], "", "a", "b")
	if s, _ := m.Text("a"); s != "" {
		t.Errorf("anchored value read: %q", s)
	}
	if s, _ := m.Text("b"); s != "" {
		t.Errorf("alias read: %q", s)
	}
	var got []string
	for _, p := range c.Problems {
		got = append(got, p.Where()+" "+p.Key+" "+fmt.Sprint(p.Args...))
	}
	if want := "[f.yaml:1:4 t.alias a f.yaml:2:4 t.alias b]"; fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}
