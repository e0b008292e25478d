// Package boundedio reads input files within a size cap: the cap is checked
// against the file's size before anything is read and enforced again while
// streaming (a file that grows, a FIFO-like file without a size), so that no
// reader ever allocates more than the cap for one input.
package boundedio

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// TooLargeError is returned when an input holds more than its cap.
type TooLargeError struct {
	Path string
	Cap  int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: file larger than %s", e.Path, SizeText(e.Cap))
}

// SizeText writes a cap for a message: "2 MB", "256 KB", "1024 MB".
func SizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// IsTooLarge reports whether err is (or wraps) a TooLargeError.
func IsTooLarge(err error) bool {
	var t *TooLargeError
	return errors.As(err, &t)
}

// File is an open input that fails with a TooLargeError as soon as more
// than its cap has been read.
type File struct {
	f     *os.File
	path  string
	limit int64
	n     int64
	size  int64
}

// Open opens path for reading within cap bytes. A regular file larger than
// cap is refused before any byte is read; a directory is refused too.
func Open(path string, limit int64) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	if st.Size() > limit {
		f.Close()
		return nil, &TooLargeError{Path: path, Cap: limit}
	}
	return &File{f: f, path: path, limit: limit, size: st.Size()}, nil
}

// Size is the file's size when it was opened.
func (b *File) Size() int64 { return b.size }

// Read reads like os.File.Read, but fails once more than the cap was read.
func (b *File) Read(p []byte) (int, error) {
	if rest := b.limit + 1 - b.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := b.f.Read(p)
	b.n += int64(n)
	if b.n > b.limit {
		return n, &TooLargeError{Path: b.path, Cap: b.limit}
	}
	return n, err
}

// Close closes the file.
func (b *File) Close() error { return b.f.Close() }

// ReadFile reads a whole file of at most cap bytes. It allocates no more
// than the file's size (or the cap) plus a small read buffer.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := Open(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 0, min(f.Size(), limit)+512)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
