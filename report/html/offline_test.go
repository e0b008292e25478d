package html

import (
	"regexp"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/html/internal/fixture"
)

// remoteImages are narrative Markdown that would make report.html fetch
// from the network if rendered as written (issue 15 item 4).
const remoteImages = "![p](http://example.invalid/a.png) ![q](https://example.invalid/b.png \"t\")\n\n" +
	"![ref][logo] and ![logo]\n\n[logo]: http://example.invalid/ref.png\n\n" +
	"![outer ![inner](//example.invalid/c.png)](http://example.invalid/d.png)\n\n" +
	"![svg](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) ![ftp](ftp://example.invalid/e.png) ![rel](img/f.png)\n\n" +
	"![ok](data:image/png;base64,iVBORw0KGgo=)\n\n" +
	"<img src=\"http://example.invalid/raw.png\"> <link rel=stylesheet href=\"http://example.invalid/s.css\">\n\n" +
	"<http://example.invalid/autolink> [a link](https://example.invalid/page)\n"

// TestMarkdownImagesOffline: every image but an inline raster data: image
// becomes its alt text.
func TestMarkdownImagesOffline(t *testing.T) {
	t.Parallel()
	out, err := RenderMarkdown(remoteImages)
	if err != nil {
		t.Fatal(err)
	}
	imgs := regexp.MustCompile(`<img[^>]*>`).FindAllString(out, -1)
	if len(imgs) != 1 || !strings.Contains(imgs[0], `src="data:image/png;base64,iVBORw0KGgo="`) {
		t.Errorf("images rendered: %q", imgs)
	}
	for _, alt := range []string{"p", "ref", "outer", "inner", "svg", "ftp", "rel"} {
		if !strings.Contains(out, alt) {
			t.Errorf("alt text %q lost:\n%s", alt, out)
		}
	}
}

// attr finds every attribute of every tag.
var (
	tagRe  = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	attrRe = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+)`)
	urlRe  = regexp.MustCompile(`(?i)(https?:|ftp:|file:|wss?:|^//|url\(\s*['"]?(https?:|//))`)
)

// TestHostileReportOffline walks every attribute of the hostile report
// (with the remote images above in its narrative): no attribute but a
// link's href names a network URL, and every src is a data: URL.
func TestHostileReportOffline(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"id", "en"} {
		r := fixture.Hostile(lang)
		r.Narratives = append(r.Narratives, report.Narrative{Path: "narasi/gambar.md", Stage: "share", Markdown: remoteImages})
		page, _ := renderString(t, r, lang)
		// scripts and styles are the page's own: their bodies are not attributes
		page = scriptsEmptied(page)
		n := 0
		for _, tag := range tagRe.FindAllString(page, -1) {
			name := strings.ToLower(strings.Fields(strings.Trim(tag, "<>/"))[0])
			for _, m := range attrRe.FindAllStringSubmatch(tag, -1) {
				n++
				key, val := strings.ToLower(m[1]), strings.Trim(m[2], `"'`)
				switch {
				case key == "href" && name == "a":
					// a link loads nothing until clicked
				case key == "src" || key == "srcset" || key == "poster" || key == "data" || key == "xlink:href" || key == "href":
					if !strings.HasPrefix(val, "data:") && !strings.HasPrefix(val, "#") {
						t.Errorf("%s: <%s %s=%q> would load from outside the file", lang, name, key, val)
					}
				case urlRe.MatchString(val):
					t.Errorf("%s: <%s %s=%q> names a network URL", lang, name, key, val)
				}
			}
		}
		if n < 100 {
			t.Errorf("%s: only %d attributes walked", lang, n)
		}
		for _, s := range []string{"example.invalid/a.png", "example.invalid/ref.png", "example.invalid/raw.png", "example.invalid/s.css"} {
			if strings.Contains(page, s) {
				t.Errorf("%s: %s is in the page", lang, s)
			}
		}
	}
}
