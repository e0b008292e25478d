package project

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/config"
	"gopkg.in/yaml.v3"
)

// MaxNarrative caps one narrative file (SPEC §8).
const MaxNarrative = 256 << 10

// readNarratives reads the narrative Markdown files: optional front matter
// (`---` lines around YAML with `stage:`) places a file in a chapter.
func readNarratives(cfg *report.Config, fw *report.Framework) ([]report.Narrative, report.Problems) {
	var probs report.Problems
	if cfg.Narrative == "" {
		return nil, nil
	}
	files, err := config.Glob(cfg.Dir, cfg.Narrative)
	pos := cfg.PosOf["narrative"]
	if err != nil {
		probs.Add(report.Errorf(cfg.Path, pos.Line, pos.Col, "build.narrative_glob", err.Error()))
		return nil, probs
	}
	stages := map[string]bool{}
	var names []string
	for _, s := range fw.Stages {
		stages[s.ID] = true
		names = append(names, s.ID)
	}
	var out []report.Narrative
	for _, rel := range files {
		shown := filepath.ToSlash(filepath.Join(cfg.Dir, rel))
		b, err := os.ReadFile(filepath.Join(cfg.Dir, filepath.FromSlash(rel)))
		if err != nil {
			probs.Add(report.Errorf(shown, 0, 0, "ingest.read_failed", err.Error()))
			continue
		}
		if len(b) > MaxNarrative {
			probs.Add(report.Errorf(shown, 0, 0, "build.narrative_too_large", len(b), MaxNarrative))
			continue
		}
		text := strings.TrimPrefix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\ufeff")
		n := report.Narrative{Path: rel, Markdown: text}
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
		out = append(out, n)
	}
	return out, probs
}
