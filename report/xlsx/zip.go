package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash"
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
// research/go-deps.md §2.7). Each entry is compressed as it arrives and kept
// compressed, so memory stays near the size of the finished file.
type sortedZip struct {
	w       io.Writer
	entries []*zipEntry
	cur     *zipEntry
	fw      *flate.Writer
}

// zipEntry is one compressed entry.
type zipEntry struct {
	name string
	data bytes.Buffer
	crc  hash.Hash32
	size uint64
	z    *sortedZip
}

// newSortedZip is the constructor given to excelize's SetZipWriter.
func newSortedZip(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w} }

// Create starts a new entry; the previous one is finished.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	e := &zipEntry{name: name, crc: crc32.NewIEEE(), z: z}
	if z.fw == nil {
		fw, err := flate.NewWriter(&e.data, flate.BestSpeed)
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(&e.data)
	}
	z.cur = e
	z.entries = append(z.entries, e)
	return e, nil
}

// Write compresses p into the entry.
func (e *zipEntry) Write(p []byte) (int, error) {
	if e.z.cur != e {
		return 0, errors.New("xlsx: write to a finished zip entry")
	}
	e.crc.Write(p)
	e.size += uint64(len(p))
	return e.z.fw.Write(p)
}

// finish closes the compressor of the current entry.
func (z *sortedZip) finish() error {
	if z.cur == nil {
		return nil
	}
	z.cur = nil
	return z.fw.Close()
}

// AddFS is not used by excelize's writer.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("xlsx: AddFS is not supported") }

// Close writes every entry, sorted by name, to the underlying writer.
func (z *sortedZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	sort.SliceStable(z.entries, func(i, j int) bool { return z.entries[i].name < z.entries[j].name })
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               e.name,
			Method:             zip.Deflate,
			CRC32:              e.crc.Sum32(),
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
