package html

import "time"

// wallTime returns how long f takes by the clock.
func wallTime(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
