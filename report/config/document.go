package config

import (
	"strings"

	"github.com/rapor-id/rapor/report"
)

// imageExts are the image files a logo may be.
var imageExts = []string{".png", ".jpg", ".jpeg", ".svg"}

// signatory reads the approval block {name, title, nip, place} (SPEC §9).
func (w *walker) signatory(f *field) *report.Signatory {
	o := w.mapping(f.val, f.name, "signatory.", []string{"name", "title", "nip", "place"}, []string{"name"})
	if o == nil {
		return nil
	}
	s := &report.Signatory{}
	if g := o.get("name"); g != nil {
		s.Name, _ = w.text(g)
	}
	s.Title = w.optionalText(o.get("title"))
	s.NIP = w.optionalText(o.get("nip"))
	s.Place = w.optionalText(o.get("place"))
	return s
}

// letterhead reads the "kop surat" {logo, lines (1–3), address}.
func (w *walker) letterhead(f *field, dir string) *report.Letterhead {
	o := w.mapping(f.val, f.name, "letterhead.", []string{"logo", "lines", "address"}, []string{"lines"})
	if o == nil {
		return nil
	}
	l := &report.Letterhead{}
	if g := o.get("logo"); g != nil {
		if s, ok := w.text(g); ok {
			l.Logo = s
			w.localFile(g, dir, imageExts)
		}
	}
	if g := o.get("lines"); g != nil {
		l.Lines = w.strings(g)
		if n := len(l.Lines); n > 3 {
			w.errAt(g.val, "config.letterhead_lines", n)
		}
	}
	l.Address = w.optionalText(o.get("address"))
	return l
}

// methodKeys are the keys of `method:`.
var methodKeys = []string{"design", "paradigm", "collection", "informant_selection", "analysis", "text"}

// method reads the research design of the methodology (SPEC §9).
func (w *walker) method(f *field, dir string) *report.Method {
	o := w.mapping(f.val, f.name, "method.", methodKeys, nil)
	if o == nil {
		return nil
	}
	m := &report.Method{
		Design:             w.optionalText(o.get("design")),
		Paradigm:           w.optionalText(o.get("paradigm")),
		InformantSelection: w.optionalText(o.get("informant_selection")),
		Analysis:           w.optionalText(o.get("analysis")),
	}
	if g := o.get("collection"); g != nil {
		m.Collection = w.strings(g)
	}
	if g := o.get("text"); g != nil {
		if s, ok := w.text(g); ok {
			m.Text = s
			w.localFile(g, dir, []string{".md"})
		}
	}
	return m
}

// optionalText reads a trimmed scalar of an optional key ("" without it).
func (w *walker) optionalText(f *field) string {
	if f == nil {
		return ""
	}
	s, _ := w.str(f.val, f.name)
	return strings.TrimSpace(s)
}

// PageSizes are the paper sizes of `page: {size: …}`; the first is the default.
var PageSizes = []string{"A4", "Letter"}

// page reads `page: {size: A4|Letter}` (case-insensitive) into "A4" or "Letter".
func (w *walker) page(f *field) string {
	o := w.mapping(f.val, f.name, "page.", []string{"size"}, nil)
	if o == nil {
		return PageSizes[0]
	}
	g := o.get("size")
	if g == nil {
		return PageSizes[0]
	}
	s, ok := w.text(g)
	if !ok {
		return PageSizes[0]
	}
	for _, p := range PageSizes {
		if strings.EqualFold(s, p) {
			return p
		}
	}
	w.errAt(g.val, "config.bad_page_size", s)
	return PageSizes[0]
}

// Outputs are the names `outputs:` accepts; DefaultOutputs are written
// without the key (pdf only with --pdf or when listed).
var (
	Outputs        = []string{"html", "xlsx", "json", "docx", "pdf"}
	DefaultOutputs = []string{"html", "xlsx", "json", "docx"}
)

// outputs reads the list of outputs to write; an unknown or repeated name is
// an error at its position.
func (w *walker) outputs(f *field) []string {
	items, _ := w.list(f.val, f.name)
	out := []string{}
	for _, it := range items {
		s, ok := w.str(it, f.name)
		if !ok {
			continue
		}
		s = strings.ToLower(strings.TrimSpace(s))
		switch {
		case !contains(Outputs, s):
			w.errAt(it, "config.bad_output", s)
		case contains(out, s):
			w.errAt(it, "config.duplicate_output", s)
		default:
			out = append(out, s)
		}
	}
	if len(items) == 0 {
		w.errAt(f.val, "config.no_outputs")
	}
	return out
}
