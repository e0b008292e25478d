package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report/qda"
	"gopkg.in/yaml.v3"
)

// fold makes names comparable: lower case, with runs of spaces, '-' and '_'
// treated alike (SPEC §6): each run of them (and of \t \n \f \r) becomes
// one space. It reads bytes, as every separator is ASCII.
func fold(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\f', '\r', '_', '-':
			sep = true
		default:
			if sep {
				b.WriteByte(' ')
				sep = false
			}
			b.WriteByte(c)
		}
	}
	if sep {
		b.WriteByte(' ')
	}
	return b.String()
}

// outputTexts returns every output as text: HTML unescaped, JSON decoded
// and re-encoded without escapes, every part of the workbook unescaped.
func outputTexts(t *testing.T, out string) map[string]string {
	t.Helper()
	texts := map[string]string{}
	b, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	texts["report.html"] = html.UnescapeString(string(b))
	b, err = os.ReadFile(filepath.Join(out, "indicators.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var jb bytes.Buffer
	enc := json.NewEncoder(&jb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	texts["indicators.json"] = jb.String()
	for _, name := range []string{"report.xlsx", "report.docx", "brief.docx"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		zipTexts(t, name, b, texts)
	}
	return texts
}

// zipTexts adds every part of an Office package to texts, unescaped, under
// "name:part"; embedded workbooks (a Word chart's data) are opened too.
func zipTexts(t *testing.T, name string, data []byte, texts map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if strings.HasSuffix(f.Name, ".xlsx") {
			zipTexts(t, name+":"+f.Name, b, texts)
			continue
		}
		texts[name+":"+f.Name] = html.UnescapeString(string(b))
	}
}

// TestPrivacyNoNamesInOutputs builds the example and finds no informant
// name, no commenter username and no redact string in any byte of any
// output.
func TestPrivacyNoNamesInOutputs(t *testing.T) {
	t.Parallel()
	const dir = "../../data/example"
	out := builtExample(t, "id").Out
	var cfg struct {
		Account string `yaml:"account"`
		Privacy struct {
			Redact []string `yaml:"redact"`
		} `yaml:"privacy"`
	}
	b, _ := os.ReadFile(filepath.Join(dir, "rapor.yaml"))
	if err := yaml.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	secrets := append([]string{}, cfg.Privacy.Redact...)
	notes, _ := filepath.Glob(filepath.Join(dir, "notes", "*.yaml"))
	for _, n := range notes {
		b, _ := os.ReadFile(n)
		dec := yaml.NewDecoder(bytes.NewReader(b))
		for {
			var doc struct {
				Informant struct {
					Name string `yaml:"name"`
				} `yaml:"informant"`
			}
			if err := dec.Decode(&doc); err != nil {
				break
			}
			if doc.Informant.Name != "" {
				secrets = append(secrets, doc.Informant.Name)
			}
		}
	}
	coded, _ := filepath.Glob(filepath.Join(dir, "coding", "*.qdpx"))
	for _, c := range coded {
		b, _ := os.ReadFile(c)
		p, probs := qda.Read(c, b)
		if p == nil {
			t.Fatal(probs)
		}
		varNames := map[string]string{}
		for _, v := range p.Variables {
			varNames[v.GUID] = v.Name
		}
		for _, cs := range p.Cases {
			for _, v := range cs.Values {
				if strings.EqualFold(varNames[v.VarGUID], "informan") {
					secrets = append(secrets, v.Value)
				}
			}
		}
	}
	f, err := os.Open(filepath.Join(dir, "komentar.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	users := map[string]bool{}
	for _, r := range rows[1:] {
		if !strings.EqualFold(r[4], cfg.Account) {
			users[r[4]] = true
		}
	}
	for u := range users {
		secrets = append(secrets, u)
	}
	if len(cfg.Privacy.Redact) == 0 || len(notes) == 0 || len(users) < 10 || len(coded) == 0 {
		t.Fatalf("the example must exercise privacy: %d redact, %d notes files, %d commenters, %d coded files", len(cfg.Privacy.Redact), len(notes), len(users), len(coded))
	}
	texts := outputTexts(t, out)
	for name, text := range texts {
		ft := fold(text)
		for _, s := range secrets {
			if strings.Contains(ft, fold(s)) {
				t.Errorf("%s contains %q", name, s)
			}
		}
	}
}

// TestFold: fold gives what its regular expression says, on names with
// every separator, runs of them, multi-byte letters and leading and
// trailing separators.
func TestFold(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(`[\s_\-]+`)
	for _, s := range []string{"", "Rina Wulandari", "rina_wulandari", "RINA--_ wulan\tdari", " -Budi\r\n\fSantoso_ ", "Ömer Çelik", "a-b_c d", "İstanbul-ÅSA"} {
		if got, want := fold(s), re.ReplaceAllString(strings.ToLower(s), " "); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
