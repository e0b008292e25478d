// Command pack writes reproducible release archives for scripts/release.sh:
// the same files give byte-identical archives whatever the machine, clock,
// umask, owner or file order.
//
//	pack -epoch SECONDS -o NAME.zip|NAME.tar.gz DIR   archive DIR as NAME/…
//	pack -sums DIST                                    write DIST/SHA256SUMS
//
// Entries are sorted by path, owned by 0:0 with no user or group names,
// dated at -epoch (the commit time), mode 0755 for executables and 0644 for
// everything else.
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/flate"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	epoch := flag.Int64("epoch", 0, "modification time of every entry (seconds since 1970, UTC)")
	out := flag.String("o", "", "archive to write (.zip or .tar.gz)")
	sums := flag.String("sums", "", "folder whose .zip and .tar.gz files get a SHA256SUMS")
	flag.Parse()
	var err error
	switch {
	case *sums != "":
		err = writeSums(*sums)
	case *out != "" && flag.NArg() == 1:
		err = pack(*out, flag.Arg(0), time.Unix(*epoch, 0).UTC())
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pack:", err)
		os.Exit(1)
	}
}

// entry is one file of an archive.
type entry struct {
	name string // slash-separated, under the archive's top folder
	src  string
	mode int64
}

// collect lists the files under dir, sorted, named under top.
func collect(dir, top string) ([]entry, error) {
	var es []entry
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: not a regular file", p)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		mode := int64(0o644)
		if info.Mode()&0o111 != 0 || strings.HasSuffix(p, ".exe") {
			mode = 0o755
		}
		es = append(es, entry{name: path.Join(top, filepath.ToSlash(rel)), src: p, mode: mode})
		return nil
	})
	sort.Slice(es, func(i, j int) bool { return es[i].name < es[j].name })
	return es, err
}

func pack(out, dir string, mtime time.Time) error {
	top := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(out), ".zip"), ".tar.gz")
	es, err := collect(dir, top)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if strings.HasSuffix(out, ".zip") {
		err = writeZip(f, es, mtime)
	} else {
		err = writeTarGz(f, es, mtime)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func writeZip(w io.Writer, es []entry, mtime time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	for _, e := range es {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mtime}
		h.SetMode(fs.FileMode(e.mode))
		dst, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if err := copyFile(dst, e.src); err != nil {
			return err
		}
	}
	return zw.Close()
}

func writeTarGz(w io.Writer, es []entry, mtime time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	gz.ModTime = mtime
	tw := tar.NewWriter(gz)
	for _, e := range es {
		st, err := os.Stat(e.src)
		if err != nil {
			return err
		}
		h := &tar.Header{Name: e.name, Mode: e.mode, Size: st.Size(), ModTime: mtime,
			Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if err := copyFile(tw, e.src); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func copyFile(w io.Writer, src string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// writeSums writes dir/SHA256SUMS for the archives in dir, in the format of
// sha256sum (check with `sha256sum -c SHA256SUMS`).
func writeSums(dir string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		if !strings.HasSuffix(n, ".zip") && !strings.HasSuffix(n, ".tar.gz") {
			continue
		}
		f, err := os.Open(n)
		if err != nil {
			return err
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(h.Sum(nil)), filepath.Base(n))
	}
	return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(b.String()), 0o644)
}
