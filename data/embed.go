// Package data embeds the bundled example project (data/example without its
// out/ folder), so that a binary on its own can write it with
// `rapor example DIR`.
package data

import (
	"embed"
	"io/fs"
)

// The patterns name the example's top-level files (every name with a dot)
// and its folders; out/ (the built report, gitignored) is left out on
// purpose. TestExampleEmbedComplete (embed_test.go) fails when a new folder appears in
// data/example and is not listed here.
//
//go:embed example/*.* example/coding example/exports example/narrative example/notes
var example embed.FS

// Example returns the example project's files, rooted at the project folder
// (rapor.yaml at its top).
func Example() fs.FS {
	sub, err := fs.Sub(example, "example")
	if err != nil {
		panic(err) // "example" is a valid constant path
	}
	return sub
}
