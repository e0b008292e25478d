package html

import (
	"regexp"
	"strings"
	"testing"
)

// handlerAttr matches an event-handler attribute inside a tag.
var handlerAttr = regexp.MustCompile(`<[a-z][^<>]*\son[a-z]+\s*=`)

// FuzzRenderMarkdown: narrative Markdown never panics, never yields a
// script element, an event-handler attribute or a javascript: URL.
func FuzzRenderMarkdown(f *testing.F) {
	for _, s := range []string{"# Judul\n\nTeks *tebal*.", "[a](javascript:alert(1))", "<script>alert(1)</script>",
		strings.Repeat("[a](", 200), "> > > x", "| a | b |\n|---|---|\n| 1 | 2 |", "<img src=x onerror=alert(1)>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, err := RenderMarkdown(src)
		if err != nil {
			return
		}
		low := strings.ToLower(out)
		if strings.Contains(low, "<script") || strings.Contains(low, `href="javascript:`) || handlerAttr.MatchString(low) {
			t.Fatalf("%q rendered %q", src, out)
		}
	})
}
