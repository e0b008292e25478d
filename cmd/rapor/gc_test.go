package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

// gcSettings reads GOGC and the memory limit without changing them.
func gcSettings() (percent, limit uint64) {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// TestDeferFirstGC: collection is off until the first collection, after
// which the usual pacing (GOGC=100, no memory limit) is back, so a large
// project's memory is paced as before; GOGC in the environment wins.
func TestDeferFirstGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	deferFirstGC(func(string) string { return "" })
	if p, l := gcSettings(); p != math.MaxUint64 || l != warmUpHeap {
		t.Fatalf("before the first collection: GOGC %d, limit %d; want off and %d", p, l, warmUpHeap)
	}
	for deadline := time.Now().Add(5 * time.Second); ; {
		runtime.GC()
		if p, l := gcSettings(); p == gcPercent && l == math.MaxInt64 {
			break
		}
		if time.Now().After(deadline) {
			p, l := gcSettings()
			t.Fatalf("after collections: GOGC %d, limit %d; want gcPercent and none", p, l)
		}
		time.Sleep(10 * time.Millisecond)
	}

	debug.SetGCPercent(50)
	deferFirstGC(func(k string) string { return map[string]string{"GOGC": "50"}[k] })
	if p, _ := gcSettings(); p != 50 {
		t.Errorf("with GOGC=50 in the environment: GOGC %d", p)
	}
}
