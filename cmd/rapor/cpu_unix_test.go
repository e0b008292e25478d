//go:build unix

package main

import "syscall"

// cpuTime returns the user+system CPU time of the process in nanoseconds
// (all threads, so the garbage collector's work counts too), or 0 when it
// cannot be read.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
