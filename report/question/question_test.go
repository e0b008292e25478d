package question

import (
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestIs(t *testing.T) {
	def := New(report.DefaultQuestionWords)
	custom := New([]string{"di mana", "Jadwal", " "})
	cases := []struct {
		c    *Classifier
		text string
		want bool
	}{
		{def, "Lokasi di mana ya?", true},
		{def, "cek https://kab.id/info?id=3 terima kasih", true}, // a ? inside a URL counts
		{def, "Kapan jadwalnya", true},
		{def, "KAPAN jadwalnya", true},
		{def, "Mohon perbaikan jalan", true},
		{def, "mantap min", true},
		{def, "Terima kasih informasinya", false}, // "info" only inside a longer word
		{def, "administrasi lancar", false},       // "admin" inside a word
		{def, "min_3 hari", false},                // underscore is a word rune
		{def, "2min", false},                      // digit before
		{def, "Selamat pagi 👍", false},
		{def, "", false},
		{def, "   ", false},
		{def, "Apakah ", true},
		{def, "Ápa kabar", false}, // another letter, not "apa"
		{def, "(apa) itu", true},
		{custom, "Lokasinya di mana", true},
		{custom, "Lokasinya di  mana", false}, // a phrase matches as written
		{custom, "kadi mana", false},          // preceded by a letter
		{custom, "di manakah", false},         // followed by a letter
		{custom, "jadwal: besok", true},
		{custom, "kapan", false}, // the list replaces the default
		{New(nil), "kapan", false},
		{New(nil), "kapan?", true},
	}
	for _, c := range cases {
		if got := c.c.Is(c.text); got != c.want {
			t.Errorf("Is(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func BenchmarkIs(b *testing.B) {
	c := New(report.DefaultQuestionWords)
	text := "Terima kasih atas informasinya, semoga pembangunan jalan di desa kami segera selesai"
	for i := 0; i < b.N; i++ {
		c.Is(text)
	}
}
