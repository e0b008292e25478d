//go:build !unix

package main

// cpuTime is unavailable on this system: it returns 0 and the benchmarks
// report no CPU time.
func cpuTime() int64 { return 0 }
