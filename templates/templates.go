// Package templates embeds rapor's default templates, styles, message
// catalogues and the framework and project skeleton files.
//
// Everything here is data; the packages that use it live under report/.
package templates

import "embed"

// FS holds the embedded files: messages/*.yaml (message catalogues, one file
// per area, each key with an id and en text), and the files added by the
// output packages (html/, init/, framework/).
//
//go:embed messages init
var FS embed.FS
