package project

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Set stages the outputs of one build in a hidden folder inside the output
// folder and replaces the earlier outputs as a whole (Commit). Abort may be
// called from another goroutine (a signal handler): it waits for a running
// Commit, so the folder never holds a mix of old and new outputs.
type Set struct {
	out, dir string
	rename   func(from, to string) error // os.Rename; replaced in tests to inject failures

	mu        sync.Mutex
	aborted   bool
	committed bool
}

// errAborted is returned after Abort.
var errAborted = errors.New("stopped")

// Stage creates the output folder out (if needed) and a staging folder in it.
func Stage(out string) (*Set, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, &OutputError{Key: "build.out_mkdir", Args: []any{out, err.Error()}}
	}
	dir, err := os.MkdirTemp(out, ".rapor-new-")
	if err != nil {
		return nil, &OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
	}
	return &Set{out: out, dir: dir, rename: os.Rename}, nil
}

// path returns the staging path of the output name.
func (s *Set) path(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.aborted {
		return "", errAborted
	}
	return filepath.Join(s.dir, name), nil
}

// Staged returns the staging path of the output name, for outputs written
// outside Write (the roll-up builds its accounts/ folder there); an error
// after Abort.
func (s *Set) Staged(name string) (string, error) { return s.path(name) }

// Mkdir creates the folder name (its parent must exist) in the staging
// folder and returns its path; an error after Abort. Nothing below the
// staging folder is made with MkdirAll, so that once Abort has removed it no
// late writer can bring part of it back.
func (s *Set) Mkdir(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mkdir(name)
}

func (s *Set) mkdir(name string) (string, error) {
	if s.aborted {
		return "", errAborted
	}
	dir := filepath.Join(s.dir, name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		return "", &OutputError{Key: "build.out_mkdir", Args: []any{dir, err.Error()}}
	}
	return dir, nil
}

// Sub makes the folder name in the staging folder (as Mkdir) and stages a
// set of outputs in it, as Stage does for an output folder; committing the
// sub-set fills the folder, which this set then commits with the others.
// After Abort of this set no sub-set can create anything.
func (s *Set) Sub(name string) (*Set, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out, err := s.mkdir(name)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(out, ".rapor-new-")
	if err != nil {
		return nil, &OutputError{Key: "build.out_write", Args: []any{out, err.Error()}}
	}
	return &Set{out: out, dir: dir, rename: os.Rename}, nil
}

// Abort removes the staging folder unless the set was committed, and
// reports whether the outputs in the folder were replaced (a Commit that
// finished first).
func (s *Set) Abort() (replaced bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.committed {
		return true
	}
	s.aborted = true
	removeStaging(s.dir)
	return false
}

// removeStaging removes the staging folder. A writer that asked for its
// path before the abort may still create a file in it while it is being
// removed (the folder is then not empty when RemoveAll reaches it), so the
// removal is tried again until the folder is gone.
func removeStaging(dir string) {
	for range 50 {
		if err := os.RemoveAll(dir); err == nil {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// stagedDir reports whether the staged output at path is a folder (a
// folder output, such as the roll-up's accounts/, replaces a folder).
func stagedDir(path string) bool {
	st, err := os.Lstat(path)
	return err == nil && st.IsDir()
}

// Commit moves the staged outputs names into the output folder, each
// earlier output of the same name first moved aside into the staging
// folder. When a move fails, every output moved so far is put back; only
// when that fails too is the error build.out_mixed (the folder may hold a
// mix, and the message says so). An output that is a folder in the output
// folder is an error (build.out_is_dir) unless the staged output is a
// folder too.
func (s *Set) Commit(names []string) ([]Output, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.aborted {
		return nil, errAborted
	}
	for _, n := range names {
		if st, err := os.Lstat(filepath.Join(s.out, n)); err == nil && st.IsDir() && !stagedDir(filepath.Join(s.dir, n)) {
			os.RemoveAll(s.dir)
			s.aborted = true
			return nil, &OutputError{Key: "build.out_is_dir", Args: []any{filepath.Join(s.out, n)}}
		}
	}
	var placed []string        // new outputs in place
	aside := map[string]bool{} // earlier outputs moved into the staging folder
	for _, n := range names {
		dst, old := filepath.Join(s.out, n), filepath.Join(s.dir, ".old-"+n)
		if _, err := os.Lstat(dst); err == nil {
			if err := s.rename(dst, old); err != nil {
				return nil, s.rollback(placed, aside, err)
			}
			aside[n] = true
		}
		if err := s.rename(filepath.Join(s.dir, n), dst); err != nil {
			return nil, s.rollback(placed, aside, err)
		}
		placed = append(placed, n)
	}
	s.committed = true
	os.RemoveAll(s.dir)
	outs := make([]Output, len(names))
	for i, n := range names {
		outs[i] = Output{Path: filepath.Join(s.out, n)}
		if st, err := os.Stat(outs[i].Path); err == nil {
			outs[i].Size = st.Size()
		}
	}
	return outs, nil
}

// rollback puts the earlier outputs back after a failed move (cause) and
// removes the staging folder. It returns the error to report: an
// OutputError saying the earlier outputs are unchanged, or build.out_mixed
// when they could not all be restored (the staging folder is then kept,
// since it holds them).
func (s *Set) rollback(placed []string, aside map[string]bool, cause error) error {
	var failed []string
	for i := len(placed) - 1; i >= 0; i-- {
		n := placed[i]
		dst := filepath.Join(s.out, n)
		if aside[n] {
			if err := s.rename(filepath.Join(s.dir, ".old-"+n), dst); err != nil {
				failed = append(failed, n)
				continue
			}
			delete(aside, n)
		} else if err := os.Remove(dst); err != nil {
			failed = append(failed, n)
		}
	}
	for n := range aside { // moved aside, the new one not placed
		if err := s.rename(filepath.Join(s.dir, ".old-"+n), filepath.Join(s.out, n)); err != nil {
			failed = append(failed, n)
		}
	}
	s.aborted = true
	if len(failed) > 0 {
		return &OutputError{Key: "build.out_mixed", Args: []any{s.out, cause.Error(), s.dir}}
	}
	os.RemoveAll(s.dir)
	return &OutputError{Key: "build.out_write", Args: []any{s.out, cause.Error()}}
}
