package present

import (
	"regexp"
	"strings"

	"github.com/rapor-id/rapor/report/doc"
)

// logoRE accepts the data URIs rapor itself builds from a logo file.
var logoRE = regexp.MustCompile(`^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$`)

// cover is the compact first block; the input files and their hashes are
// in the appendix.
func (b *builder) cover() doc.Cover {
	m := b.r.Meta
	c := doc.Cover{Title: or(m.Title, b.l.T("cover.default_title")), Tool: b.l.T("cover.tool", versionOr(m.Version)),
		Version: versionOr(m.Version)}
	if logoRE.MatchString(m.LogoDataURI) {
		c.Logo = m.LogoDataURI
	} else if m.LogoDataURI != "" {
		b.d.Warnings = append(b.d.Warnings, b.l.T("warn.logo"))
	}
	add := func(key, v string) {
		if v != "" {
			c.Facts = append(c.Facts, doc.Fact{Label: b.l.T(key), Text: v})
		}
	}
	if lh := m.Letterhead; lh != nil {
		c.Letterhead = append(c.Letterhead, lh.Lines...)
		if lh.Address != "" {
			c.Letterhead = append(c.Letterhead, lh.Address)
		}
	}
	add("cover.organization", m.Organization)
	if m.Account != "" {
		add("cover.account", "@"+strings.TrimPrefix(m.Account, "@"))
	}
	add("cover.period", b.periodText(b.r.Period))
	if b.r.Previous != nil {
		add("cover.compare", b.periodText(*b.r.Previous))
	}
	if m.ReportDate != 0 {
		add("cover.report_date", b.l.date(m.ReportDate))
	}
	return c
}

// approval is the signature block at the end, nil without a signatory.
func (b *builder) approval() *doc.Approval {
	s := b.r.Meta.Signatory
	if s == nil || (s.Name == "" && s.Title == "") {
		return nil
	}
	a := &doc.Approval{Title: s.Title, Name: s.Name, PlaceDate: s.Place}
	if d := b.r.Meta.ReportDate; d != 0 {
		if a.PlaceDate != "" {
			a.PlaceDate += ", "
		}
		a.PlaceDate += b.l.date(d)
	}
	if s.NIP != "" {
		a.NIP = "NIP " + s.NIP
	}
	return a
}
