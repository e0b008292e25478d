package design

import (
	"strings"
	"testing"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/msg"
	"github.com/rapor-id/rapor/report/msg/msgtest"
)

func TestBuild(t *testing.T) {
	cases := []struct {
		name   string
		lang   string
		method *report.Method
		want   []string // in the paragraph, in this order
		items  map[string]string
	}{
		{"default id", "id", nil,
			[]string{"desain deskriptif kualitatif", "paradigma konstruktivis", "wawancara mendalam, observasi dan dokumentasi", "Miles, Huberman & Saldaña", "triangulasi sumber"},
			map[string]string{"Desain penelitian": "deskriptif kualitatif", "Pemilihan informan": "purposive (informan dipilih karena terlibat langsung dalam pengelolaan atau penggunaan akun)"}},
		{"default en", "en", nil,
			[]string{"descriptive qualitative design", "constructivist paradigm", "in-depth interviews, observation and documents", "Miles, Huberman & Saldaña", "source triangulation"},
			map[string]string{"Research design": "descriptive qualitative"}},
		{"given values", "id", &report.Method{Design: "studi kasus", Collection: []string{"wawancara", "observasi", "FGD"}, InformantSelection: "snowball", Text: "narrative/metode.md"},
			[]string{"desain studi kasus", "wawancara, observasi dan FGD", "secara snowball", "Miles, Huberman & Saldaña"},
			map[string]string{"Pengumpulan data": "wawancara, observasi dan FGD", "Paradigma": "konstruktivis"}},
		{"one collection method", "en", &report.Method{Collection: []string{"interviews"}},
			[]string{"through interviews, complemented"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Build(tc.method, msg.MustLoad(tc.lang))
			at := 0
			for _, w := range tc.want {
				i := strings.Index(d.Paragraph[at:], w)
				if i < 0 {
					t.Fatalf("paragraph lacks %q after byte %d:\n%s", w, at, d.Paragraph)
				}
				at += i + len(w)
			}
			if len(d.Items) != 6 {
				t.Errorf("%d items, want 6", len(d.Items))
			}
			got := map[string]string{}
			for _, it := range d.Items {
				got[it.Label] = it.Text
			}
			for k, v := range tc.items {
				if got[k] != v {
					t.Errorf("item %q = %q, want %q", k, got[k], v)
				}
			}
			if tc.method != nil && d.File != tc.method.Text {
				t.Errorf("file %q, want %q", d.File, tc.method.Text)
			}
			if strings.Contains(d.Paragraph, "%!") {
				t.Errorf("format error in %q", d.Paragraph)
			}
		})
	}
}

// TestCatalogue checks templates/messages/design.yaml.
func TestCatalogue(t *testing.T) { msgtest.Catalogue(t, "design") }
