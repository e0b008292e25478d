package project

import (
	"encoding/base64"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/compute"
	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/internal/boundedio"
	"github.com/rapor-id/rapor/report/privacy"
	"github.com/rapor-id/rapor/report/qual"
)

// Report computes the report of a loaded project (which must have no
// errors): indicators, breakdowns, evidence, narrative, cover data. Every
// free text passes through the redactor; informants appear as pseudonyms.
func (p *Project) Report() (*report.Report, error) {
	cfg := p.Config
	terms := append([]string(nil), cfg.Privacy.Redact...)
	if cfg.Privacy.Pseudonymize {
		terms = append(terms, privacy.InformantTerms(p.Data.Notes)...)
	}
	red := privacy.NewRedactor(terms, p.Lang)
	r, err := compute.Run(compute.Input{Data: p.Data, Config: cfg, Framework: p.Framework,
		Lang: p.Lang, Redact: red.Redact})
	if err != nil {
		return nil, err
	}
	r.Framework = p.Framework
	pseud := privacy.Pseudonyms(p.Data.Notes, cfg.Privacy.Pseudonymize, p.Lang)
	q := qual.Build(p.Framework, p.Data.Notes, r.Indicators, pseud, red, cfg.Privacy.GeneralizeRoles, p.Lang)
	r.Evidence, r.Triangulation, r.CodeFreq, r.CodeInformants = q.Evidence, q.Triangulation, q.CodeFreq, q.CodeInformants
	for _, n := range p.Narratives {
		r.Narratives = append(r.Narratives, report.Narrative{Path: red.Redact(n.Path), Stage: n.Stage, Markdown: red.Redact(n.Markdown), Lang: n.Lang})
	}
	for _, f := range p.Data.Files {
		c := *f
		c.Path = red.Redact(f.Path)
		c.Warnings = make([]string, len(f.Warnings))
		for i, w := range f.Warnings {
			c.Warnings[i] = red.Redact(w)
		}
		if c.Skipped == nil {
			c.Skipped = map[string]int{}
		}
		r.DataQuality = append(r.DataQuality, &c)
		r.Inputs = append(r.Inputs, report.InputFile{Path: c.Path, Kind: c.Kind, SHA256: c.SHA256, Coverage: c.Coverage})
	}
	events := make([]report.Event, len(cfg.Events))
	for i, e := range cfg.Events {
		events[i] = report.Event{Date: e.Date, Label: red.Redact(e.Label)}
	}
	r.Meta = report.Meta{
		Title: cfg.Title, Organization: cfg.Organization, Account: cfg.Account,
		Language: p.Lang, Timezone: cfg.Timezone, ExportTZ: cfg.ExportTimezone,
		ReportDate: cfg.ReportDate, Version: p.Version, Signatory: cfg.Signatory,
		Events: events, Pseudonymize: cfg.Privacy.Pseudonymize, Redactions: red.Count(),
	}
	if cfg.Logo != "" {
		uri, err := logoURI(config.Resolve(cfg.Dir, cfg.Logo))
		if err != nil {
			return nil, err
		}
		r.Meta.LogoDataURI = uri
	}
	return r, nil
}

// MaxLogo caps the logo file.
const MaxLogo = 2 << 20

// logoURI embeds a PNG, JPEG or SVG logo as a data URI.
func logoURI(path string) (string, error) {
	b, err := boundedio.ReadFile(path, MaxLogo) // "path: file larger than 2 MB" before reading
	if err != nil {
		return "", err
	}
	var mime string
	switch {
	case len(b) > 8 && string(b[1:4]) == "PNG":
		mime = "image/png"
	case len(b) > 3 && b[0] == 0xFF && b[1] == 0xD8:
		mime = "image/jpeg"
	case strings.Contains(strings.ToLower(string(b[:min(len(b), 512)])), "<svg"):
		mime = "image/svg+xml"
	default:
		return "", errLogoType
	}
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(b), nil
}
