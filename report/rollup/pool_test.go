package rollup

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestPoolRunsWorkersAtOnce: the pool keeps exactly Workers accounts in
// flight (two run at the same time with two workers, never three), keeps
// the accounts' order in its result and reports each one once.
func TestPoolRunsWorkersAtOnce(t *testing.T) {
	p := &Plan{opt: Options{Workers: 2}}
	for i := range 6 {
		p.Accounts = append(p.Accounts, Account{Name: string(rune('a' + i)), index: i})
	}
	var running, most atomic.Int32
	var reported sync.Map
	p.OnDone(func(r *Run, finished, total int) {
		if _, dup := reported.LoadOrStore(r.Account.Name, finished); dup || total != 6 {
			t.Errorf("%s reported twice or total %d", r.Account.Name, total)
		}
	})
	both := make(chan struct{})
	var once sync.Once
	runs := p.forEach(func(a Account) *Run {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		if n == 2 {
			once.Do(func() { close(both) })
		}
		select {
		case <-both:
		case <-time.After(5 * time.Second):
			t.Error("the second worker never ran beside the first")
		}
		running.Add(-1)
		return &Run{Account: a}
	})
	if most.Load() != 2 {
		t.Errorf("%d accounts ran at once, want 2", most.Load())
	}
	for i, r := range runs {
		if r.Account.index != i {
			t.Errorf("run %d is account %d", i, r.Account.index)
		}
	}
}
