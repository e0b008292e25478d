package main

import (
	"math"
	"runtime"
	"runtime/debug"
)

// warmUpHeap is the heap a build may reach before its first garbage
// collection (see deferFirstGC).
const warmUpHeap = 96 << 20

// deferFirstGC lets a small build (a month's project allocates less than
// warmUpHeap in all) finish without collecting garbage, which would
// otherwise take a fifth of its CPU time: collection waits until the heap
// reaches warmUpHeap. After that first collection the usual pacing returns
// (GOGC=100, no memory limit), so a large project's peak memory is what it
// was. GOGC or GOMEMLIMIT in the environment are left to rule.
func deferFirstGC(getenv func(string) string) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(warmUpHeap)
	// The cleanup of an object only this function held runs after the
	// first collection that finds it unreachable: the first one.
	sentinel := new([64]byte) // not a tiny allocation, so it is freed alone
	runtime.AddCleanup(sentinel, func(int) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}, 0)
}
