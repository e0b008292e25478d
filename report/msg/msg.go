// Package msg renders problems and user-facing messages in the report
// language from the catalogues in templates/messages/*.yaml.
//
// A catalogue file maps a message key to its text per language:
//
//	csv.parse:
//	  id: "baris CSV tidak dapat dibaca: %v"
//	  en: "the CSV cannot be parsed: %v"
//
// Texts are fmt formats; translations may reorder arguments with %[2]v.
package msg

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/templates"
)

// Catalog holds the messages of one language.
type Catalog struct {
	Lang string
	text map[string]string
}

// catalogues parse the embedded catalogues of each language once per
// process: a build loads them several times (and a roll-up once per account
// and output), and they never change. A Catalog is read-only after load.
var catalogues = map[string]func() (*Catalog, error){
	"id": sync.OnceValues(func() (*Catalog, error) { return parse("id") }),
	"en": sync.OnceValues(func() (*Catalog, error) { return parse("en") }),
}

// Load returns the messages of lang ("id" or "en"; anything else is "id"),
// read from every catalogue file.
func Load(lang string) (*Catalog, error) {
	return catalogues[report.NormLang(lang)]()
}

// parse reads every catalogue file for lang.
func parse(lang string) (*Catalog, error) {
	c := &Catalog{Lang: lang, text: map[string]string{}}
	files, err := fs.Glob(templates.FS, "messages/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := fs.ReadFile(templates.FS, f)
		if err != nil {
			return nil, err
		}
		m, err := readCatalogue(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path.Base(f), err)
		}
		for k, v := range m {
			if _, dup := c.text[k]; dup {
				return nil, fmt.Errorf("%s: message key %q defined twice", path.Base(f), k)
			}
			t := v[lang]
			if t == "" {
				t = v["en"]
			}
			c.text[k] = t
		}
	}
	return c, nil
}

// MustLoad is Load that panics; for tests and for the embedded catalogues,
// which a test checks.
func MustLoad(lang string) *Catalog {
	c, err := Load(lang)
	if err != nil {
		panic(err)
	}
	return c
}

// Has reports whether key is in the catalogue.
func (c *Catalog) Has(key string) bool { _, ok := c.text[key]; return ok }

// Keys returns every key, sorted.
func (c *Catalog) Keys() []string {
	out := make([]string, 0, len(c.text))
	for k := range c.text {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// T formats the message key with args. An unknown key is shown as the key
// followed by its arguments, so nothing is lost.
func (c *Catalog) T(key string, args ...any) string {
	t, ok := c.text[key]
	if !ok {
		if len(args) == 0 {
			return key
		}
		return key + ": " + strings.TrimSuffix(fmt.Sprintln(args...), "\n")
	}
	if len(args) == 0 {
		return t
	}
	return fmt.Sprintf(t, args...)
}

// Format renders a problem as "path:line:col: message" (with "warning: "
// or "peringatan: " before warnings).
func (c *Catalog) Format(p report.Problem) string {
	s := p.Where() + ": "
	if p.Severity == report.Warning {
		s += c.T("warning") + ": "
	}
	return s + c.T(p.Key, p.Args...)
}
