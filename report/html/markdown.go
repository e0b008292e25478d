package html

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report/mdguard"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// MaxMarkdown is the largest narrative (in bytes) that is rendered (SPEC §8).
const MaxMarkdown = mdguard.MaxMarkdown

// ErrMarkdownTooLarge is returned for Markdown over MaxMarkdown bytes.
var ErrMarkdownTooLarge = mdguard.ErrTooLarge

// Neutralize prepares untrusted Markdown for goldmark (see mdguard.Neutralize).
func Neutralize(src string) string { return mdguard.Neutralize(src) }

// headingIDs gives narrative headings ids "n-<slug>", unique within one
// report (shared by all narratives of a Render), never colliding with the
// "chart_" ids or the page's own section ids.
type headingIDs struct {
	used map[string]int
}

func newHeadingIDs() *headingIDs { return &headingIDs{used: map[string]int{}} }

// Generate implements parser.IDs.
func (h *headingIDs) Generate(value []byte, _ ast.NodeKind) []byte {
	var b strings.Builder
	b.WriteString("n-")
	dash := false
	for _, r := range strings.ToLower(string(value)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 2 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 64 {
			break
		}
	}
	base := b.String()
	if base == "n-" {
		base = "n-heading"
	}
	id := base
	if k := h.used[base]; k > 0 {
		for ; ; k++ { // a literal heading may already be "x-1"
			id = base + "-" + strconv.Itoa(k)
			if h.used[id] == 0 {
				break
			}
		}
		h.used[base] = k + 1
	}
	h.used[id]++
	return []byte(id)
}

// Put implements parser.IDs.
func (h *headingIDs) Put(value []byte) { h.used[string(value)]++ }

// headingShift moves narrative headings below the page's own levels
// (a "# Title" in a narrative becomes <h4> inside a chapter).
type headingShift struct{ by int }

// Transform implements parser.ASTTransformer.
func (s headingShift) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			h.Level = min(6, h.Level+s.by)
		}
		return ast.WalkContinue, nil
	})
}

// offline replaces every image whose source is not an inline data: image
// by its alt text (report.html never fetches anything: SPEC §7). Links stay:
// they load nothing until clicked.
type offline struct{}

// Transform implements parser.ASTTransformer.
func (offline) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	var images []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering && !InlineImage(string(img.Destination)) {
			images = append(images, img)
		}
		return ast.WalkContinue, nil
	})
	for _, img := range images {
		parent := img.Parent()
		if parent == nil {
			continue
		}
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, img, c)
			c = next
		}
		parent.RemoveChild(parent, img)
	}
}

// InlineImage reports whether an image source is a data: URL of a raster
// image (PNG, JPEG, GIF, WebP), the only images a narrative may show.
func InlineImage(src string) bool {
	s := strings.ToLower(strings.TrimSpace(src))
	for _, t := range []string{"png", "jpeg", "jpg", "gif", "webp"} {
		if strings.HasPrefix(s, "data:image/"+t+";") || strings.HasPrefix(s, "data:image/"+t+",") {
			return true
		}
	}
	return false
}

// markdown renders untrusted narrative Markdown: GFM tables, strikethrough
// and task lists, typographic quotes; raw HTML omitted and dangerous link
// destinations dropped (goldmark's defaults: no WithUnsafe, no attributes);
// images other than inline data: images become their alt text (offline).
type markdown struct {
	md  goldmark.Markdown
	ids *headingIDs
}

func newMarkdown(shift int) *markdown {
	md := goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Typographer),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(headingShift{by: shift}, 100), util.Prioritized(offline{}, 100)),
		),
	)
	return &markdown{md: md, ids: newHeadingIDs()}
}

// render converts src to HTML. Sources over MaxMarkdown are refused.
func (m *markdown) render(src string) (string, error) {
	if len(src) > MaxMarkdown {
		return "", ErrMarkdownTooLarge
	}
	var buf bytes.Buffer
	ctx := parser.NewContext(parser.WithIDs(m.ids))
	if err := m.md.Convert([]byte(Neutralize(src)), &buf, parser.WithContext(ctx)); err != nil {
		return "", fmt.Errorf("markdown: %w", err)
	}
	return buf.String(), nil
}

// RenderMarkdown renders one untrusted Markdown text the way the report does
// (for callers that need the same safe rendering elsewhere, and for fuzzing).
func RenderMarkdown(src string) (string, error) { return newMarkdown(2).render(src) }
