//go:build unix

package main

import (
	"os"
	"syscall"
	"time"
)

// usage returns the peak RSS (KB on Linux) and the CPU time of a finished
// process.
func usage(ps *os.ProcessState) (rssKB int64, cpu time.Duration) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, 0
	}
	return int64(ru.Maxrss), time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
