package html

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: the resource usage of the calling
// thread only.
const rusageThread = 1

// renderCPU runs f on one locked OS thread and returns the CPU time that
// thread spent (user + system): unlike wall time, the load of other
// processes and tests does not inflate it.
func renderCPU(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after syscall.Rusage
	if syscall.Getrusage(rusageThread, &before) != nil {
		return wallTime(f)
	}
	f()
	if syscall.Getrusage(rusageThread, &after) != nil {
		return wallTime(f)
	}
	return time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
}
