package compute

import (
	"regexp"
	"sort"
	"strings"

	"github.com/rapor-id/rapor/report"
	"golang.org/x/text/cases"
)

// postRows returns the rows of posts (already in publish order).
func (x *prep) postRows(posts []*report.Post) []report.PostRow {
	out := make([]report.PostRow, 0, len(posts))
	for _, p := range posts {
		out = append(out, x.postRow(p))
	}
	return out
}

// postRow returns a post as outputs show it.
func (x *prep) postRow(p *report.Post) report.PostRow {
	get := func(m report.Metric) *float64 {
		if v, ok := p.Metrics.Get(m); ok {
			return &v
		}
		return nil
	}
	r := report.PostRow{
		Key:       p.Key,
		Type:      p.Type,
		Own:       p.Own,
		Caption:   p.Caption,
		Permalink: p.Permalink,
		Category:  strings.TrimSpace(p.Category),
		Views:     get(report.Views),
		Reach:     get(report.Reach),
		Likes:     get(report.Likes),
		Comments:  get(report.Comments),
		Shares:    get(report.Shares),
		Saves:     get(report.Saves),
	}
	if !p.Published.IsZero() {
		r.Published = x.local(p.Published).Format("2006-01-02T15:04")
	}
	if i, ok := p.Interactions(); ok {
		r.Interactions = &i
	}
	if er, ok := postER(p); ok {
		r.ER = &er
	}
	return r
}

// hashtagRe finds hashtags: # followed by letters, digits and underscores,
// not inside a word.
var hashtagRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_]+)`)

// hashtags returns the case-folded hashtags of OWN captions used in ≥2 posts
// with their mean reach over those posts with reach (tags none of whose posts
// has reach are left out), by posts (descending), mean reach (descending),
// then tag.
func (x *prep) hashtags(c *calc) []report.Hashtag {
	fold := cases.Fold()
	type agg struct {
		posts, withReach int
		reach            float64
	}
	tags := map[string]*agg{}
	for _, p := range c.own {
		seen := map[string]bool{}
		for _, m := range hashtagRe.FindAllStringSubmatch(p.Caption, -1) {
			tag := fold.String(m[1])
			if seen[tag] || strings.Trim(tag, "0123456789") == "" {
				continue
			}
			seen[tag] = true
			a := tags[tag]
			if a == nil {
				a = &agg{}
				tags[tag] = a
			}
			a.posts++
			if r, ok := reachOf(p); ok {
				a.withReach++
				a.reach += r
			}
		}
	}
	out := []report.Hashtag{}
	for tag, a := range tags {
		if a.posts < 2 || a.withReach == 0 {
			continue
		}
		out = append(out, report.Hashtag{Tag: "#" + tag, Posts: a.posts,
			MeanReach: a.reach / float64(a.withReach)})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Posts != b.Posts {
			return a.Posts > b.Posts
		}
		if a.MeanReach != b.MeanReach {
			return a.MeanReach > b.MeanReach
		}
		return a.Tag < b.Tag
	})
	return out
}
