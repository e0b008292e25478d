package project

import "errors"

var (
	errLogoType = errors.New("logo is not a PNG, JPEG or SVG file")
)

// OutputError is a problem with the output folder or writing outputs; the
// CLI prints it in the report language via its Key.
type OutputError struct {
	Key  string
	Args []any
}

func (e *OutputError) Error() string { return e.Key }
