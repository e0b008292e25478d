package project

import (
	"encoding/base64"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/compute"
	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/rapor-id/rapor/report/internal/boundedio"
	"github.com/rapor-id/rapor/report/present"
	"github.com/rapor-id/rapor/report/privacy"
	"github.com/rapor-id/rapor/report/qual"
)

// Report is rapor's one assembler: it turns the loaded project (which must
// have no errors) — Dataset, framework, notes, narratives, events and
// configuration — into the complete Report: indicators, breakdowns,
// evidence, narratives, data quality and cover data. Compute and qual fill
// their parts; this step adds the rest and then redacts the whole Report
// in one place (redactReport), so every free text passes the same
// redaction function before any writer sees it. Informants appear as
// pseudonyms.
func (p *Project) Report() (*report.Report, error) {
	cfg := p.Config
	r, err := compute.Run(compute.Input{Data: p.Data, Config: cfg, Framework: p.Framework,
		Lang: p.Lang, Catalog: p.Cat})
	if err != nil {
		return nil, err
	}
	pseud := privacy.Pseudonyms(p.Data.Notes, cfg.Privacy.Pseudonymize, p.Lang)
	q := qual.Build(p.Framework, p.Data.Notes, r.Indicators, pseud, cfg.Privacy.GeneralizeRoles, p.Lang)
	r.Evidence, r.Triangulation, r.CodeFreq, r.CodeInformants = q.Evidence, q.Triangulation, q.CodeFreq, q.CodeInformants
	for _, n := range p.Narratives {
		r.Narratives = append(r.Narratives, report.Narrative{Path: n.Path, Stage: n.Stage, Markdown: n.Markdown, Lang: n.Lang})
	}
	if p.MethodText != nil {
		m := *p.MethodText
		r.MethodText = &m
	}
	for _, f := range p.Data.Files {
		c := *f
		if c.Skipped == nil {
			c.Skipped = map[string]int{}
		}
		r.DataQuality = append(r.DataQuality, &c)
		r.Inputs = append(r.Inputs, report.InputFile{Path: c.Path, Kind: c.Kind, SHA256: c.SHA256, Coverage: c.Coverage})
	}
	events := make([]report.Event, len(cfg.Events))
	copy(events, cfg.Events)
	r.Meta = report.Meta{
		Title: cfg.Title, Organization: cfg.Organization, Account: cfg.Account,
		Language: p.Lang, Timezone: cfg.Timezone, ExportTZ: cfg.ExportTimezone,
		ReportDate: cfg.ReportDate, Version: p.Version, Signatory: cfg.Signatory,
		Letterhead: cfg.Letterhead, Method: cfg.Method,
		Events: events, Pseudonymize: cfg.Privacy.Pseudonymize,
	}
	if cfg.Logo != "" {
		uri, err := logoURI(config.Resolve(cfg.Dir, cfg.Logo))
		if err != nil {
			return nil, err
		}
		r.Meta.LogoDataURI = uri
	}
	red := p.redactor()
	redactReport(r, red.Redact)
	r.Meta.Redactions = red.Count()
	return r, nil
}

// redactor returns the project's redactor: the configured terms plus, when
// informants are pseudonymised, their names.
func (p *Project) redactor() *privacy.Redactor {
	terms := append([]string(nil), p.Config.Privacy.Redact...)
	if p.Config.Privacy.Pseudonymize {
		terms = append(terms, privacy.InformantTerms(p.Data.Notes)...)
	}
	return privacy.NewRedactor(terms, p.Lang)
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

// Document decides what a reader sees of r (report/present) in the
// project's language, with the catalogue loaded once for the build.
func (p *Project) Document(r *report.Report) (*doc.Document, error) {
	return present.Document(r, p.Cat)
}
