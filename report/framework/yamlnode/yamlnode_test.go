package yamlnode

import (
	"errors"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestInvalidUTF8(t *testing.T) {
	cases := []struct {
		in        string
		line, col int
		bad       bool
	}{
		{"ok\nstill ok é\n", 0, 0, false},
		{"\xff", 1, 1, true},
		{"a: é\nb: x\xe9y\n", 2, 5, true},
		{"ééé\xc3", 1, 4, true}, // a truncated sequence at the end
	}
	for _, c := range cases {
		l, col, bad := InvalidUTF8([]byte(c.in))
		if l != c.line || col != c.col || bad != c.bad {
			t.Errorf("InvalidUTF8(%q) = %d, %d, %v; want %d, %d, %v", c.in, l, col, bad, c.line, c.col, c.bad)
		}
	}
}

func TestSyntaxError(t *testing.T) {
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
