package report

import (
	"fmt"
	"sort"
)

// Severity says whether a Problem stops the run.
type Severity int

// Severities.
const (
	Warning Severity = iota
	Error
)

// Problem is one finding about an input: where it is, how bad, and which
// message (a key of the message catalogue in templates/messages.yaml, with
// fmt-style arguments) describes it. Problems are rendered in the report
// language by Messages.Format.
type Problem struct {
	Path     string   `json:"path"`
	Line     int      `json:"line,omitempty"`
	Col      int      `json:"col,omitempty"`
	Severity Severity `json:"-"`
	Key      string   `json:"key"`
	Args     []any    `json:"args,omitempty"`
}

// Errorf returns an error-severity Problem.
func Errorf(path string, line, col int, key string, args ...any) Problem {
	return Problem{Path: path, Line: line, Col: col, Severity: Error, Key: key, Args: args}
}

// Warnf returns a warning-severity Problem.
func Warnf(path string, line, col int, key string, args ...any) Problem {
	return Problem{Path: path, Line: line, Col: col, Severity: Warning, Key: key, Args: args}
}

// Where formats the position as path:line:col (parts that are zero are left out).
func (p Problem) Where() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	return p.Path
}

// Problems is a list of problems.
type Problems []Problem

// Add appends problems.
func (ps *Problems) Add(p ...Problem) { *ps = append(*ps, p...) }

// Errors counts the error-severity problems.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if p.Severity == Error {
			n++
		}
	}
	return n
}

// Warnings counts the warning-severity problems.
func (ps Problems) Warnings() int { return len(ps) - ps.Errors() }

// Sort orders problems by path, line, column, key (stable).
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Key < b.Key
	})
}

// ProblemError carries problems as an error (for errors that stop a command).
type ProblemError struct{ Problems Problems }

func (e *ProblemError) Error() string {
	if len(e.Problems) == 0 {
		return "problems"
	}
	p := e.Problems[0]
	return p.Where() + ": " + p.Key
}
