package html

import "testing"

// TestHasTagFold: the check that keeps a script file from ending its
// <script> element finds the end tag in any ASCII case, anywhere, and only
// where an HTML parser would see one.
func TestHasTagFold(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"a</script>b", true},
		{"x<</SCRIPT", true},
		{"if(a<b)c='</sCrIpT '", true},
		{"</scrip", false},
		{"< /script>", false},
		{"</scrİpt>", false}, // not an end tag to a browser
		{"", false},
		{"<<<<", false},
	} {
		if got := hasTagFold(tt.s, "</script"); got != tt.want {
			t.Errorf("hasTagFold(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
