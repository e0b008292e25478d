//go:build !linux

package html

import "time"

// renderCPU is wall time where the thread's CPU time cannot be read.
func renderCPU(f func()) time.Duration { return wallTime(f) }
