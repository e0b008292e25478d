package question

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

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

// naiveIs is the rule of the package doc written plainly: the text holds a
// "?", or one of its maximal runs of word runes, lower-cased, is a listed
// word, or a listed phrase occurs as a whole word.
func naiveIs(words []string, text string) bool {
	if strings.TrimSpace(text) == "" {
		return false
	}
	if strings.Contains(text, "?") {
		return true
	}
	listed := map[string]bool{}
	var phrases []string
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(w))
		if strings.IndexFunc(w, func(r rune) bool { return !isWord(r) }) >= 0 {
			phrases = append(phrases, w)
		} else if w != "" {
			listed[w] = true
		}
	}
	for _, tok := range strings.FieldsFunc(text, func(r rune) bool { return !isWord(r) }) {
		if listed[strings.Map(unicode.ToLower, tok)] {
			return true
		}
	}
	for _, p := range phrases {
		if hasPhrase(strings.ToLower(text), p) {
			return true
		}
	}
	return false
}

// TestIsMatchesNaive compares Is with naiveIs on texts mixing listed words,
// their pieces, capitals, non-ASCII letters and digits, long words and
// invalid UTF-8, so a faster word scan keeps the same answers.
func TestIsMatchesNaive(t *testing.T) {
	words := append([]string{"ápa", "ÇOK", "x", "di mana"}, report.DefaultQuestionWords...)
	c := New(words)
	parts := []string{"apa", "APA", "Apakah", "mina", "min", "ÁPA", "çok", "ÇOKÇOK", "x", "X1", "_x",
		"informasinya", "di", "mana", "Mana", "é", "ß", "İ", "👍", "2", "\xff", "\xc3", " ", "  ", ",", ".", "-", "\n",
		strings.Repeat("a", 70), strings.Repeat("é", 40), "tolong" + strings.Repeat("g", 30)}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		if got, want := c.Is(text), naiveIs(words, text); got != want {
			t.Fatalf("Is(%q) = %v, naive rule says %v", text, got, want)
		}
	}
}

// FuzzIs checks Is against naiveIs on any text.
func FuzzIs(f *testing.F) {
	for _, s := range []string{"Kapan jadwalnya", "ÁPA kabar", "mantap min", "\xffapa", "di mana"} {
		f.Add(s)
	}
	words := append([]string{"ápa", "di mana"}, report.DefaultQuestionWords...)
	c := New(words)
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := c.Is(text), naiveIs(words, text); got != want {
			t.Fatalf("Is(%q) = %v, naive rule says %v", text, got, want)
		}
	})
}
