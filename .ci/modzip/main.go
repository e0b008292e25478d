// Command modzip checks that `go install github.com/rapor-id/rapor/cmd/rapor@VERSION`
// works: it makes the module zip of a git revision the way the Go module
// proxy does (committed files only, zipped by golang.org/x/mod/zip: no
// vendor/ and no nested module), checks that the zip holds the ECharts embed placeholder,
// serves the zip from a file:// proxy next to the local module cache, and
// runs `go install …/cmd/rapor@VERSION` offline into a fresh module cache,
// then runs the installed `rapor version`.
//
// Usage (from the repository root, as .ci/run does):
//
//	go -C .ci/modzip run . -repo ../.. [-rev HEAD]
//
// It lives in its own module so that the rapor module does not depend on
// golang.org/x/mod.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

const modulePath = "github.com/rapor-id/rapor"

// version is the pseudo release the zip is served as.
const version = "v0.0.0-modzip"

// mustHave are files `go build` needs from the zip (//go:embed patterns
// fail on an empty folder).
var mustHave = []string{"go.mod", "go.sum", "cmd/rapor/main.go", "report/html/echarts/PLACEHOLDER.txt"}

func main() {
	repo := flag.String("repo", ".", "repository root")
	rev := flag.String("rev", "HEAD", "git revision to zip")
	flag.Parse()
	if err := run(*repo, *rev); err != nil {
		fmt.Fprintln(os.Stderr, "modzip:", err)
		os.Exit(1)
	}
}

func run(repo, rev string) error {
	repo, err := filepath.Abs(repo)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "rapor-modzip-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	zipData, err := makeZip(repo, rev, filepath.Join(tmp, "src"))
	if err != nil {
		return err
	}
	if err := checkZip(zipData); err != nil {
		return err
	}
	proxy := filepath.Join(tmp, "proxy")
	if err := writeProxy(proxy, repo, zipData); err != nil {
		return err
	}
	return install(tmp, proxy)
}

// makeZip zips the module at revision rev of the git repository repo: the
// committed files (git archive, as the module proxy sees a tag; untracked
// files such as a copied echarts.min.js stay out) are extracted to src and
// zipped with the module zip rules. (modzip.CreateFromVCS would do both, but
// does not recognise a git worktree, whose .git is a file.)
func makeZip(repo, rev, src string) ([]byte, error) {
	archive, err := exec.Command("git", "-C", repo, "archive", "--format=tar", rev).Output()
	if err != nil {
		return nil, fmt.Errorf("git archive %s: %w", rev, err)
	}
	if err := untar(archive, src); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	m := module.Version{Path: modulePath, Version: version}
	if err := modzip.CreateFromDir(&buf, m, src); err != nil {
		return nil, fmt.Errorf("zip %s at %s: %w", repo, rev, err)
	}
	return buf.Bytes(), nil
}

// untar writes the regular files and folders of a tar archive under dir.
func untar(data []byte, dir string) error {
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		p := filepath.Join(dir, filepath.FromSlash(h.Name))
		if !strings.HasPrefix(p, filepath.Clean(dir)+string(filepath.Separator)) {
			return fmt.Errorf("git archive: entry %q leaves the folder", h.Name)
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(p, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			b, err := io.ReadAll(tr)
			if err != nil {
				return err
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				return err
			}
		}
	}
}

// checkZip checks that the zip holds every file of mustHave and no vendor/.
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	prefix := modulePath + "@" + version + "/"
	have := map[string]bool{}
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, prefix)
		have[name] = true
		if strings.HasPrefix(name, "vendor/") || strings.Contains(name, "/vendor/") {
			return fmt.Errorf("the module zip holds %s (a vendor/ folder is dropped by go install)", name)
		}
	}
	for _, n := range mustHave {
		if !have[n] {
			return fmt.Errorf("the module zip lacks %s", n)
		}
	}
	fmt.Printf("module zip: %d files, %d bytes, holds %s\n", len(zr.File), len(data), strings.Join(mustHave, ", "))
	return nil
}

// writeProxy lays out a file:// module proxy serving the zip as version.
func writeProxy(proxy, repo string, zipData []byte) error {
	dir := filepath.Join(proxy, filepath.FromSlash(modulePath), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	gomod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": []byte(`{"Version":"` + version + `","Time":"2026-01-01T00:00:00Z"}`),
		version + ".mod":  gomod,
		version + ".zip":  zipData,
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// install runs `go install modulePath/cmd/rapor@version` offline: the
// module from proxy, its dependencies from the local module cache, into a
// fresh module cache and GOBIN under tmp.
func install(tmp, proxy string) error {
	cache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return fmt.Errorf("go env GOMODCACHE: %w", err)
	}
	download := filepath.Join(strings.TrimSpace(string(cache)), "cache", "download")
	gobin := filepath.Join(tmp, "bin")
	env := append(os.Environ(),
		"GOPROXY="+fileURL(proxy)+","+fileURL(download),
		"GOFLAGS=-mod=mod -trimpath", // -trimpath: the build cache serves runs in other temporary folders
		"GOSUMDB=off",
		"GONOSUMDB=", "GOPRIVATE=", "GONOPROXY=",
		"GOMODCACHE="+filepath.Join(tmp, "modcache"),
		"GOBIN="+gobin,
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	cmd := exec.Command("go", "install", modulePath+"/cmd/rapor@"+version)
	cmd.Dir, cmd.Env = tmp, env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go install %s/cmd/rapor@%s: %v\n%s", modulePath, version, err, out)
	}
	// The fresh module cache (GOMODCACHE in env, under tmp) is read-only:
	// let go remove it.
	clean := exec.Command("go", "clean", "-modcache")
	clean.Dir, clean.Env = tmp, env
	if out, err := clean.CombinedOutput(); err != nil {
		return fmt.Errorf("go clean -modcache (temporary cache): %v\n%s", err, out)
	}
	bin := filepath.Join(gobin, "rapor")
	v, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s version: %v\n%s", bin, err, v)
	}
	fmt.Printf("go install %s/cmd/rapor@%s: ok (%s)\n", modulePath, version, strings.TrimSpace(string(v)))
	return nil
}

func fileURL(p string) string {
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + p
}
