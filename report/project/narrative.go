package project

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
	"github.com/rapor-id/rapor/report/internal/boundedio"
	"github.com/rapor-id/rapor/report/mdguard"
	"gopkg.in/yaml.v3"
)

// MaxNarrative caps one narrative file (SPEC §8).
const MaxNarrative = 256 << 10

// readNarratives reads the narrative Markdown files: optional front matter
// (`---` lines around YAML with `stage:`) places a file in a chapter.
func readNarratives(cfg *report.Config, fw *report.Framework, lang string) ([]report.Narrative, report.Problems) {
	var probs report.Problems
	if cfg.Narrative == "" {
		return nil, nil
	}
	files, err := config.Glob(cfg.Dir, cfg.Narrative)
	pos := cfg.PosOf["narrative"]
	var ge *config.GlobError
	switch {
	case errors.As(err, &ge):
		probs.Add(report.Errorf(cfg.Path, pos.Line, pos.Col, ge.Key, ge.Args...))
		return nil, probs
	case err != nil:
		probs.Add(report.Errorf(cfg.Path, pos.Line, pos.Col, "build.narrative_glob", err.Error()))
		return nil, probs
	}
	stages := map[string]bool{}
	var names []string
	for _, s := range fw.Stages {
		stages[s.ID] = true
		names = append(names, s.ID)
	}
	stages[report.StageRecommendations] = true
	names = append(names, report.StageRecommendations)
	var out []report.Narrative
	chosen := chooseNarrativeFiles(files, lang, cfg.Language)
	for _, rel := range chosen.paths {
		shown := filepath.ToSlash(filepath.Join(cfg.Dir, rel))
		b, err := boundedio.ReadFile(filepath.Join(cfg.Dir, filepath.FromSlash(rel)), MaxNarrative)
		if boundedio.IsTooLarge(err) {
			probs.Add(report.Errorf(shown, 0, 0, "build.narrative_too_large", MaxNarrative))
			continue
		}
		if err != nil {
			probs.Add(report.Errorf(shown, 0, 0, "ingest.read_failed", err.Error()))
			continue
		}
		text := strings.TrimPrefix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\ufeff")
		n := report.Narrative{Path: rel, Markdown: text, Lang: chosen.lang[rel]}
		if strings.HasPrefix(text, "---\n") {
			end := strings.Index(text[4:], "\n---")
			if end >= 0 {
				front := text[4 : 4+end]
				rest := text[4+end+4:]
				rest = strings.TrimPrefix(rest, "\n")
				var fm struct {
					Stage string `yaml:"stage"`
				}
				var node yaml.Node
				if err := yaml.Unmarshal([]byte(front), &node); err != nil {
					probs.Add(report.Errorf(shown, 2, 1, "build.narrative_front_matter", err.Error()))
				} else if err := node.Decode(&fm); err != nil {
					probs.Add(report.Errorf(shown, 2, 1, "build.narrative_front_matter", err.Error()))
				}
				if fm.Stage != "" && !stages[fm.Stage] {
					probs.Add(report.Errorf(shown, 2, 1, "build.narrative_stage", fm.Stage, strings.Join(names, ", ")))
				}
				n.Stage = fm.Stage
				n.Markdown = rest
			}
		}
		probs.Add(plainBlock(shown, text, n.Markdown)...)
		out = append(out, n)
	}
	return out, probs
}

// narrativeChoice is the narrative files used for one report language, with
// the language each is written in.
type narrativeChoice struct {
	paths []string
	lang  map[string]string
}

// chooseNarrativeFiles picks one file per narrative for the report language
// (SPEC §9): `share.en.md` / `share.id.md` serve that language, `share.md`
// is written in the project's language; when no file of the report language
// exists the other one is used (and the report says so).
func chooseNarrativeFiles(files []string, reportLang, projectLang string) narrativeChoice {
	if projectLang == "" {
		projectLang = "id"
	}
	type variants struct{ byLang map[string]string }
	groups := map[string]*variants{}
	var order []string
	for _, f := range files {
		stem, lang := narrativeLang(f, projectLang)
		g := groups[stem]
		if g == nil {
			g = &variants{byLang: map[string]string{}}
			groups[stem] = g
			order = append(order, stem)
		}
		if _, dup := g.byLang[lang]; !dup || !isPlainNarrative(f) {
			g.byLang[lang] = f // share.id.md wins over share.md for id
		}
	}
	out := narrativeChoice{lang: map[string]string{}}
	for _, stem := range order {
		g := groups[stem]
		lang := reportLang
		f, ok := g.byLang[lang]
		if !ok {
			for _, l := range []string{projectLang, "id", "en"} {
				if f, ok = g.byLang[l]; ok {
					lang = l
					break
				}
			}
		}
		out.paths = append(out.paths, f)
		out.lang[f] = lang
	}
	return out
}

// narrativeLang splits "narrative/share.en.md" into the stem
// "narrative/share" and its language; a file without a language suffix is
// in the project's language.
func narrativeLang(path, projectLang string) (stem, lang string) {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	for _, l := range []string{"id", "en"} {
		if strings.HasSuffix(base, "."+l) {
			return strings.TrimSuffix(base, "."+l), l
		}
	}
	return base, projectLang
}

func isPlainNarrative(path string) bool {
	_, l1 := narrativeLang(path, "x")
	return l1 == "x"
}

// readMethodText reads the Markdown file of method.text (SPEC §9), capped
// like a narrative; nil without the key.
func readMethodText(cfg *report.Config) (*report.Narrative, report.Problems) {
	if cfg.Method == nil || cfg.Method.Text == "" {
		return nil, nil
	}
	var probs report.Problems
	rel := filepath.ToSlash(cfg.Method.Text)
	shown := filepath.ToSlash(filepath.Join(cfg.Dir, rel))
	b, err := boundedio.ReadFile(filepath.Join(cfg.Dir, filepath.FromSlash(rel)), MaxNarrative)
	if boundedio.IsTooLarge(err) {
		probs.Add(report.Errorf(shown, 0, 0, "build.narrative_too_large", MaxNarrative))
		return nil, probs
	}
	if err != nil {
		probs.Add(report.Errorf(shown, 0, 0, "ingest.read_failed", err.Error()))
		return nil, probs
	}
	text := strings.TrimPrefix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\ufeff")
	return &report.Narrative{Path: rel, Markdown: text}, plainBlock(shown, text, text)
}

// plainBlock warns at the first block of the Markdown body (the end of the
// file text) that mdguard renders as plain text (too much markup for
// goldmark to stay linear), at its line in the file.
func plainBlock(shown, text, body string) report.Problems {
	line := mdguard.Limited(body)
	if line == 0 {
		return nil
	}
	line += strings.Count(text[:len(text)-len(body)], "\n")
	return report.Problems{report.Warnf(shown, line, 1, "build.narrative_plain_block")}
}
