package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/project"
)

// guard handles SIGINT and SIGTERM during a command: it stops the output
// set being written (which waits for a running replacement, so the folder
// holds the complete old or the complete new set), says which of the two
// the folder holds, and exits 130 (SIGINT) or 143 (SIGTERM).
type guard struct {
	mu    sync.Mutex
	cat   *msg.Catalog
	out   string
	abort func() (replaced bool) // the output set being written, if any
	code  int                    // the exit code of a signal handled, else 0
}

// signalled returns the exit code of a signal being or already handled
// (0: none). It waits for a running stop, so a command that fails because
// its output set was aborted by a signal exits with the signal's code and
// no error message of its own.
func (g *guard) signalled() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.code
}

// setCatalog sets the language of the message.
func (g *guard) setCatalog(c *msg.Catalog) {
	g.mu.Lock()
	g.cat = c
	g.mu.Unlock()
}

// staging creates the output set of out while holding the guard, so that a
// signal comes either before the staging folder exists or after its set is
// registered (and then removes it).
func (g *guard) staging(out string, stage func(string) (*project.Set, error)) (*project.Set, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	set, err := stage(out)
	if err == nil {
		g.out, g.abort = out, set.Abort
	}
	return set, err
}

// stop handles one signal and returns the exit code.
func (g *guard) stop(sig os.Signal, stderr io.Writer) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	code := 130
	if sig == syscall.SIGTERM {
		code = 143
	}
	g.code = code
	cat := g.cat
	if cat == nil {
		cat = msg.MustLoad("en")
	}
	switch {
	case g.abort == nil:
		fmt.Fprintf(stderr, "\nrapor: %s\n", cat.T("cli.interrupted", sig.String()))
	case g.abort():
		fmt.Fprintf(stderr, "\nrapor: %s\n", cat.T("cli.interrupted_replaced", sig.String(), safe(g.out)))
	default:
		fmt.Fprintf(stderr, "\nrapor: %s\n", cat.T("cli.interrupted_unchanged", sig.String(), safe(g.out)))
	}
	return code
}

// watch handles the first signal from sigs: stop, then exit.
func (g *guard) watch(sigs <-chan os.Signal, stderr io.Writer, exit func(int)) {
	go func() {
		sig, ok := <-sigs
		if !ok {
			return
		}
		exit(g.stop(sig, stderr))
	}()
}
