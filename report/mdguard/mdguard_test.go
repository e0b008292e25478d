package mdguard

import (
	"strings"
	"testing"
)

// TestNeutralize: ordinary prose is untouched; a block over a limit has its
// markup escaped (only that block), list markers and thematic breaks kept;
// Limited names the first such block's line.
func TestNeutralize(t *testing.T) {
	many := func(s string, n int) string { return strings.Repeat(s, n) }
	cases := []struct {
		name, src, want string
		line            int
	}{
		{"prose", "# Judul\n\nTeks *miring* dan **tebal**, `kode`, [tautan](https://x.id) \"kutip\" don't.\n\n- a\n- b\n\n***\n", "", 0},
		{"many emphasis", "ok *a*\n\n" + many("*a_ ", 130) + "\n", "ok *a*\n\n" + many(`\*a\_ `, 130) + "\n", 3},
		{"many quotes", "x\n\n" + many(`"`, 129) + "\n", "x\n\n" + many(`\"`, 129) + "\n", 3},
		{"many code spans", many("`a", 65) + "\n", many("\\`a", 65) + "\n", 1},
		{"list markers kept", many("* a*\n", 130), many("* a\\*\n", 130), 1},
		{"thematic break kept", "***\n" + many("a* ", 129) + "\n", "***\n" + many(`a\* `, 129) + "\n", 1},
		{"escaped stays escaped", many(`\*a*`, 129), many(`\*a\*`, 129), 1},
	}
	for _, c := range cases {
		want := c.want
		if want == "" {
			want = c.src
		}
		if got := Neutralize(c.src); got != want {
			t.Errorf("%s: Neutralize =\n%q\nwant\n%q", c.name, got, want)
		}
		if got := Limited(c.src); got != c.line {
			t.Errorf("%s: Limited = %d, want %d", c.name, got, c.line)
		}
	}
}
