package testenv

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
)

// Shared is something the tests of one package build once and then only
// read, such as the outputs of one build of the example: the first test to
// call Get builds it, every later call returns the same value (or fails with
// the same error). Declare it as a package-level variable; the zero value is
// ready. Tests must not change what it holds (files included), since other
// tests may be reading it at the same time.
type Shared[T any] struct {
	once sync.Once
	val  T
	err  error
}

// Get returns the shared value, calling build the first time with a new
// empty folder that lasts until the test binary ends. The package's TestMain
// must run its tests through Run, which removes the folder afterwards. If
// build fails, every test that asks for the value fails with its error.
func (s *Shared[T]) Get(t testing.TB, build func(dir string) (T, error)) T {
	t.Helper()
	s.once.Do(func() {
		dir, err := sharedDir()
		if err != nil {
			s.err = err
			return
		}
		s.val, s.err = build(dir)
	})
	if s.err != nil {
		t.Fatalf("shared fixture: %v", s.err)
	}
	return s.val
}

// shared holds the folder of the fixtures built during Run.
var shared struct {
	mu      sync.Mutex
	running bool   // inside Run
	root    string // made on first use
	n       int    // folders handed out
}

// errNoRun says how to use Shared.
var errNoRun = errors.New("the package's TestMain must call os.Exit(testenv.Run(m)) to use testenv.Shared")

// sharedDir returns a new empty folder under the fixtures' root.
func sharedDir() (string, error) {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if !shared.running {
		return "", errNoRun
	}
	if shared.root == "" {
		root, err := os.MkdirTemp("", "rapor-test-shared-")
		if err != nil {
			return "", err
		}
		shared.root = root
	}
	shared.n++
	dir := fmt.Sprintf("%s%c%d", shared.root, os.PathSeparator, shared.n)
	return dir, os.Mkdir(dir, 0o755)
}

// Run runs the tests of m and then removes every folder that Shared values
// were built in; it returns the exit code for os.Exit.
func Run(m *testing.M) int {
	shared.mu.Lock()
	shared.running = true
	shared.mu.Unlock()
	code := m.Run()
	shared.mu.Lock()
	defer shared.mu.Unlock()
	shared.running = false
	if shared.root != "" {
		if err := os.RemoveAll(shared.root); err != nil {
			fmt.Fprintln(os.Stderr, "testenv:", err)
		}
		shared.root = ""
	}
	return code
}
