package config

import (
	"testing"

	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

// TestMessages checks that every message key used by this package and by
// report/scaffold is in templates/messages/config.yaml with an id and an en
// text, that the catalogue holds no unused key, and that both texts take
// the same number of arguments.
func TestMessages(t *testing.T) {
	t.Parallel()
	cat := msgtest.Catalogue(t, "config")
	used := msgtest.UsedKeys(t, "config", "*.go", "../scaffold/*.go")
	if len(used) < 40 {
		t.Fatalf("found only %d keys in the sources", len(used))
	}
	msgtest.Covers(t, "config", cat, used)
	// the embedded catalogues load and hold the keys
	for _, lang := range []string{"id", "en"} {
		c, err := msg.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		for k := range used {
			if !c.Has(k) {
				t.Errorf("%s: catalogue lacks %s", lang, k)
			}
		}
	}
}
