package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"unicode/utf8"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/internal/boundedio"
)

// MaxSize is the cap of one input file of a kind (SPEC §8; the README
// states them). The caps let the exports of a very large account pass; a
// file over its cap is refused before it is read.
func MaxSize(kind string) int64 {
	switch kind {
	case report.KindPosts:
		return 128 << 20
	case report.KindDaily, report.KindMonitoring:
		return 16 << 20 // five years of every daily metric take under 1 MB
	case report.KindAudience:
		return 8 << 20
	case report.KindNotes:
		return 256 << 10
	}
	return 1 << 30 // comments: read as a stream, 1,000,000 comments take about 150 MB
}

// input is one input file, scanned once (hash, size, UTF-8 validity, the
// first bytes) and then read again as a stream, so a large file is never
// held in memory whole.
type input struct {
	path   string
	limit  int64  // the size cap of the file's kind
	mem    []byte // the content, for inputs made from memory (tests)
	prefix []byte // the first prefixSize bytes
	valid  bool   // the whole file is valid UTF-8
	size   int64
	sha256 string
}

// memInput wraps bytes as an input.
func memInput(raw []byte) *input {
	n := min(len(raw), prefixSize)
	sum := sha256.Sum256(raw)
	return &input{mem: raw, prefix: raw[:n], valid: utf8.Valid(raw), size: int64(len(raw)), sha256: hex.EncodeToString(sum[:])}
}

// scanFile reads path once in chunks within its cap: SHA-256, size, the
// first bytes, and whether it is valid UTF-8 throughout.
func scanFile(path string, limit int64) (*input, error) {
	f, err := boundedio.Open(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	in := &input{path: path, limit: limit, valid: true}
	h := sha256.New()
	chunkSize := int(min(1<<20, f.Size()+1)) // small files (most) need no 1 MB buffer
	buf := make([]byte, utf8.UTFMax+chunkSize)
	nc := 0 // buf[:nc] holds an incomplete rune from the chunk before
	for {
		n, err := f.Read(buf[nc : nc+chunkSize])
		if n > 0 {
			chunk := buf[nc : nc+n]
			h.Write(chunk)
			in.size += int64(n)
			if len(in.prefix) < prefixSize {
				in.prefix = append(in.prefix, chunk[:min(n, prefixSize-len(in.prefix))]...)
			}
			if in.valid {
				b := buf[:nc+n]
				cut := len(b)
				for k := 1; k <= 3 && k <= len(b); k++ {
					if utf8.RuneStart(b[len(b)-k]) {
						if !utf8.FullRune(b[len(b)-k:]) {
							cut = len(b) - k
						}
						break
					}
				}
				in.valid = utf8.Valid(b[:cut])
				nc = copy(buf, b[cut:]) // at most 3 bytes, moved to the front
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if nc > 0 {
		in.valid = false
	}
	in.sha256 = hex.EncodeToString(h.Sum(nil))
	return in, nil
}

// open returns the content from the start.
func (in *input) open() (io.ReadCloser, error) {
	if in.mem != nil || in.path == "" {
		return io.NopCloser(bytes.NewReader(in.mem)), nil
	}
	return boundedio.Open(in.path, in.limit)
}

// bytes returns the whole content (for small files only: notes).
func (in *input) bytes() ([]byte, error) {
	if in.mem != nil || in.path == "" {
		return in.mem, nil
	}
	return boundedio.ReadFile(in.path, in.limit)
}
