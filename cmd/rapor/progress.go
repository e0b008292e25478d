package main

import (
	"fmt"
	"io"
	"os"
)

// progress shows the stage of a long build on a terminal: one line that is
// rewritten, on stderr; nothing when stderr is not a terminal or with -q.
type progress struct {
	w  io.Writer
	on bool
}

func newProgress(w io.Writer, quiet bool) *progress {
	f, ok := w.(*os.File)
	if quiet || !ok {
		return &progress{w: w}
	}
	st, err := f.Stat()
	return &progress{w: w, on: err == nil && st.Mode()&os.ModeCharDevice != 0}
}

// step shows a stage ("reading inputs…").
func (p *progress) step(s string) {
	if p.on {
		fmt.Fprintf(p.w, "\r\033[K%s", s)
	}
}

// done clears the line.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
