//go:build !unix

package main

import (
	"os"
	"time"
)

// usage returns the CPU time of a finished process; peak RSS is not read
// on this platform (0).
func usage(ps *os.ProcessState) (rssKB int64, cpu time.Duration) {
	return 0, ps.UserTime() + ps.SystemTime()
}
