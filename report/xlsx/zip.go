package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"

	"github.com/xuri/excelize/v2"
)

// sortContentTypes puts the <Default> entries of [Content_Types].xml in a
// canonical order: excelize appends the image extensions from a map (fix 1
// of research/go-deps.md §2.7).
func sortContentTypes(f *excelize.File) {
	if ct := f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool {
			return ct.Defaults[i].Extension < ct.Defaults[j].Extension
		})
	}
}

// sortedZip is an excelize.ZipWriter that writes its entries sorted by name
// when closed: excelize writes streamed sheets in map order (fix 2 of
// research/go-deps.md §2.7). Each entry is handed, once finished, to a
// goroutine that compresses it while excelize serialises the next parts;
// every entry is compressed on its own, so the bytes do not depend on the
// timing.
type sortedZip struct {
	w       io.Writer
	entries []*zipEntry
	cur     *zipEntry
	jobs    chan *zipEntry // finished entries to compress
	done    chan error     // the compressor's first error, when it stops
	closed  bool
}

// zipEntry is one entry: its bytes until compressed, then the compressed
// bytes with their checksum and size.
type zipEntry struct {
	name string
	raw  bytes.Buffer
	data bytes.Buffer
	crc  uint32
	size uint64
	z    *sortedZip
}

// zipQueue is how many finished entries may wait for the compressor.
const zipQueue = 16

// newSortedZip is the constructor given to excelize's SetZipWriter.
func newSortedZip(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w} }

// Create starts a new entry; the previous one is finished.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	if z.closed {
		return nil, errors.New("xlsx: create in a closed zip")
	}
	z.finish()
	e := &zipEntry{name: name, z: z}
	z.cur = e
	z.entries = append(z.entries, e)
	return e, nil
}

// Write adds p to the entry.
func (e *zipEntry) Write(p []byte) (int, error) {
	if e.z.cur != e {
		return 0, errors.New("xlsx: write to a finished zip entry")
	}
	return e.raw.Write(p)
}

// finish hands the current entry to the compressor, starting it on first use.
func (z *sortedZip) finish() {
	if z.cur == nil {
		return
	}
	if z.jobs == nil {
		z.jobs, z.done = make(chan *zipEntry, zipQueue), make(chan error, 1)
		go compress(z.jobs, z.done)
	}
	z.jobs <- z.cur
	z.cur = nil
}

// compress deflates each entry from jobs with one reused compressor, then
// sends its first error (or nil) on done.
func compress(jobs <-chan *zipEntry, done chan<- error) {
	var (
		fw    *flate.Writer
		first error
	)
	for e := range jobs {
		if first != nil {
			continue
		}
		if fw == nil {
			fw, first = flate.NewWriter(&e.data, flate.BestSpeed)
		} else {
			fw.Reset(&e.data)
		}
		if first == nil {
			first = deflateEntry(fw, e)
		}
	}
	done <- first
}

// deflateEntry compresses e's bytes with fw (already writing to e.data).
func deflateEntry(fw *flate.Writer, e *zipEntry) error {
	raw := e.raw.Bytes()
	e.crc, e.size = crc32.ChecksumIEEE(raw), uint64(len(raw))
	if _, err := fw.Write(raw); err != nil {
		return err
	}
	e.raw = bytes.Buffer{}
	return fw.Close()
}

// wait stops the compressor once it has compressed every entry handed to it
// and returns its first error.
func (z *sortedZip) wait() error {
	z.finish()
	z.closed = true
	if z.jobs == nil {
		return nil
	}
	close(z.jobs)
	err := <-z.done
	z.jobs = nil
	return err
}

// AddFS is not used by excelize's writer.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("xlsx: AddFS is not supported") }

// Close writes every entry, sorted by name, to the underlying writer.
func (z *sortedZip) Close() error {
	if z.closed {
		return errors.New("xlsx: zip closed twice")
	}
	if err := z.wait(); err != nil {
		return err
	}
	sort.SliceStable(z.entries, func(i, j int) bool { return z.entries[i].name < z.entries[j].name })
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               e.name,
			Method:             zip.Deflate,
			CRC32:              e.crc,
			CompressedSize64:   uint64(e.data.Len()),
			UncompressedSize64: e.size,
		})
		if err != nil {
			return err
		}
		if _, err := w.Write(e.data.Bytes()); err != nil {
			return err
		}
	}
	z.entries = nil
	return zw.Close()
}
