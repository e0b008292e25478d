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
	// Err is the error behind it, when there is one (a browser that could
	// not print), so that errors.Is sees a cancellation through it.
	Err error
}

func (e *OutputError) Error() string { return e.Key }

// Unwrap returns the error behind e, or nil.
func (e *OutputError) Unwrap() error { return e.Err }
