package privacy

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/rapor-id/rapor/report"
)

func TestRedact(t *testing.T) {
	cases := []struct {
		name  string
		terms []string
		lang  string
		in    string
		want  string
		count int
	}{
		{"case-insensitive", []string{"Budi Santoso"}, "id", "kata BUDI SANTOSO dan budi santoso.", "kata [disamarkan] dan [disamarkan].", 2},
		{"english replacement", []string{"Budi"}, "en", "Budi said", "[redacted] said", 1},
		{"whole word only", []string{"Budi"}, "id", "Budiman dan Pak Budi, bukan SiBudi", "Budiman dan Pak [disamarkan], bukan SiBudi", 1},
		{"Budi vs Budiman both terms", []string{"Budi", "Budiman"}, "id", "Budi dan Budiman", "[disamarkan] dan [disamarkan]", 2},
		{"longest first", []string{"Budi", "Budi Santoso"}, "id", "Budi Santoso dan Budi", "[disamarkan] dan [disamarkan]", 2},
		{"longest fails boundary, shorter wins", []string{"Budi", "Budi S"}, "id", "Budi Sx", "[disamarkan] Sx", 1},
		{"digits are word characters", []string{"Rina"}, "id", "Rina2 Rina 2Rina", "Rina2 [disamarkan] 2Rina", 1},
		{"unicode letters", []string{"Zoë"}, "id", "ZOË datang; Zoëlla tidak", "[disamarkan] datang; Zoëlla tidak", 1},
		{"unicode boundary", []string{"Ana"}, "id", "éAna Ana…", "éAna [disamarkan]…", 1},
		{"separators alike", []string{"Budi Santoso"}, "id", "wawancara_budi_santoso.yaml, Budi-Santoso, Budi\n  Santoso",
			"wawancara_[disamarkan].yaml, [disamarkan], [disamarkan]", 3},
		{"regexp metacharacters", []string{"Dra. Siti (S.Sos)"}, "id", "oleh Dra. Siti (S.Sos) dan DraX Siti", "oleh [disamarkan] dan DraX Siti", 1},
		{"term ending in punctuation", []string{"Pak B."}, "id", "Pak B.x", "[disamarkan]x", 1},
		{"blank terms ignored", []string{"", "  ", "-"}, "id", "tidak berubah", "tidak berubah", 0},
		{"no terms", nil, "id", "tidak berubah", "tidak berubah", 0},
		{"duplicates collapse", []string{"Bu Ratna", "bu  ratna"}, "id", "kata Bu Ratna.", "kata [disamarkan].", 1},
		{"adjacent", []string{"Ana"}, "id", "Ana,Ana Ana", "[disamarkan],[disamarkan] [disamarkan]", 3},
		{"empty text", []string{"Ana"}, "id", "", "", 0},
		{"invalid UTF-8 in a term", []string{"\xdd"}, "id", "a \ufffd b", "a [disamarkan] b", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := NewRedactor(c.terms, c.lang)
			if got := r.Redact(c.in); got != c.want {
				t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
			}
			if r.Count() != c.count {
				t.Errorf("Count = %d, want %d", r.Count(), c.count)
			}
		})
	}
}

func TestRedactNilAndConcurrent(t *testing.T) {
	var nilR *Redactor
	if nilR.Redact("x") != "x" || nilR.Count() != 0 {
		t.Error("nil redactor changed text")
	}
	r := NewRedactor([]string{"Ana"}, "id")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				r.Redact("Ana dan Ana")
			}
		}()
	}
	wg.Wait()
	if r.Count() != 1600 {
		t.Errorf("Count = %d, want 1600", r.Count())
	}
}

func interview(file string, index int, name, pseud string) *report.Note {
	return &report.Note{Kind: "interview", ID: file + name, File: file, Index: index,
		Informant: &report.Informant{Name: name, Pseudonym: pseud}}
}

func TestPseudonyms(t *testing.T) {
	notes := []*report.Note{
		// given out of order: numbering follows (File, Index)
		interview("b.yaml", 0, "Citra", ""),
		interview("a.yaml", 1, "Budi Santoso", ""),
		interview("a.yaml", 0, "Rina", "Informan A"),
		interview("a.yaml", 2, "budi  santoso", ""), // the same person
		interview("c.yaml", 0, "Dedi", "Informan 2"),
		interview("c.yaml", 1, "Eka", ""),
		{Kind: "observation", File: "a.yaml", Index: 3, Observer: "Peneliti"},
	}
	got := Pseudonyms(notes, true, "id")
	want := map[string]string{
		"Rina":          "Informan A",
		"Budi Santoso":  "Informan 1",
		"budi  santoso": "Informan 1",
		"Citra":         "Informan 3", // "Informan 2" is Dedi's given pseudonym
		"Dedi":          "Informan 2",
		"Eka":           "Informan 4",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("id:\n got %v\nwant %v", got, want)
	}
	en := Pseudonyms(notes, true, "en")
	if en["Budi Santoso"] != "Informant 1" || en["Rina"] != "Informan A" || en["Citra"] != "Informant 2" {
		t.Errorf("en: %v", en)
	}
	plain := Pseudonyms(notes, false, "id")
	if plain["Citra"] != "Citra" || plain["budi  santoso"] != "budi  santoso" || len(plain) != 6 {
		t.Errorf("not pseudonymised: %v", plain)
	}
	// A later pseudonym field for the same person is not used: one person, one pseudonym.
	again := Pseudonyms([]*report.Note{interview("a.yaml", 0, "X", ""), interview("a.yaml", 1, "X", "Informan Z")}, true, "id")
	if again["X"] != "Informan Z" {
		t.Errorf("the given pseudonym should win for the person: %v", again)
	}
	if terms := InformantTerms(notes); !reflect.DeepEqual(terms, []string{"Budi Santoso", "Citra", "Dedi", "Eka", "Rina", "budi  santoso"}) {
		t.Errorf("InformantTerms = %v", terms)
	}
}

func TestGeneralRole(t *testing.T) {
	cases := []struct{ role, id, en string }{
		{"Kepala Bidang IKP", "Pejabat", "Official"},
		{"Kabid IKP", "Pejabat", "Official"},
		{"Kadiskominfo", "Pejabat", "Official"},
		{"Sekretaris Dinas", "Pejabat", "Official"},
		{"Camat Sukamaju", "Pejabat", "Official"},
		{"Wali Kota", "Pejabat", "Official"},
		{"Staf Ahli Bupati", "Pejabat", "Official"},
		{"Plt. Kasubbag Umum", "Pejabat", "Official"},
		{"Head of PR", "Pejabat", "Official"},
		{"Admin media sosial", "Staf", "Staff"},
		{"Staf Humas", "Staf", "Staff"},
		{"Desainer grafis", "Staf", "Staff"},
		{"Kasir", "Staf", "Staff"},
		{"", "", ""},
		{"  ", "", ""},
	}
	for _, c := range cases {
		if got := GeneralRole(c.role, "id"); got != c.id {
			t.Errorf("GeneralRole(%q, id) = %q, want %q", c.role, got, c.id)
		}
		if got := GeneralRole(c.role, "en"); got != c.en {
			t.Errorf("GeneralRole(%q, en) = %q, want %q", c.role, got, c.en)
		}
	}
}

// TestRedactUnicodeVariants: a name written with any space-like or
// dash-like character, in compatibility forms or with invisible format
// characters is still caught (issue 15 item 6: "Budi\u00a0Santoso" reached
// report.html and report.xlsx).
func TestRedactUnicodeVariants(t *testing.T) {
	r := NewRedactor([]string{"Budi Santoso", "Siti-Aminah"}, "en")
	cases := []struct{ in, want string }{
		{"kata Budi\u00a0Santoso.", "kata [redacted]."},
		{"kata Budi\u202fSantoso.", "kata [redacted]."},
		{"kata Budi\u3000Santoso.", "kata [redacted]."},
		{"kata Budi\u2013Santoso.", "kata [redacted]."},
		{"kata Budi\u2011Santoso.", "kata [redacted]."},
		{"kata Budi \u2014 Santoso.", "kata [redacted]."},
		{"kata \uff22\uff55\uff44\uff49 Santoso.", "kata [redacted]."},
		{"kata Bu\u200bdi Santoso.", "kata [redacted]."},
		{"kata Bu\u00addi\u200d Santoso.", "kata [redacted]."},
		{"kata BUDI\tSANTOSO", "kata [redacted]"},
		{"Siti\u00a0Aminah dan Siti Aminah", "[redacted] dan [redacted]"},
		{"Budi Santosoan tetap", "Budi Santosoan tetap"},
		{"Budi\u200bman Santoso tetap", "Budi\u200bman Santoso tetap"},
		{"é Budi Santoso é", "é [redacted] é"},
	}
	for _, c := range cases {
		if got := r.Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a term written with a variant catches the plain form too
	if got := NewRedactor([]string{"Budi\u00a0Santoso"}, "en").Redact("Budi Santoso"); got != "[redacted]" {
		t.Errorf("variant term: %q", got)
	}
}

// TestRedactASCIIShortcut compares Redact, which returns text whose folded
// form holds no term's first word untouched, with the full fold-and-search
// on texts built from pieces of the terms, their case and width variants,
// separators and other letters; the terms include non-ASCII first words
// and letters that NFKC turns into ASCII.
func TestRedactASCIIShortcut(t *testing.T) {
	terms := []string{"Hendra Gunawan", "budi_santoso", "İbrahim", "\u017Fusi", "\u212Aelvin", "Ani", "Désa Maju", "R.T. 05"}
	r := NewRedactor(terms, "id")
	parts := []string{"hendra", "HENDRA", "Gunawan", " ", "-", "_", "\t", "budi", "santoso", "ibrahim", "Susi", "susi",
		"kelvin", "Kelvin", "ani", "ANI", "x", "desa", "maju", "r.t.", "R.T.", "05", "\n", ".", "Hend",
		"é", "Désa", "😀", "Ｈｅｎｄｒａ", "Ａni", "\u200b", "\u00a0", "İ", "İbrahim", "\u017F", "\u212A", "–", "\xff"}
	rng := rand.New(rand.NewPCG(3, 4))
	hits := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if v := foldView(s); v != fold(s).view {
			t.Fatalf("foldView(%q) = %q, fold gives %q", s, v, fold(s).view)
		}
		got, want := r.Redact(s), r.redact(s)
		if got != want {
			t.Fatalf("Redact(%q) = %q, the full search gives %q", s, got, want)
		}
		if got != s {
			hits++
		}
	}
	if hits == 0 {
		t.Error("no text held a term: the comparison checked nothing")
	}
	// Only ASCII first words: non-ASCII text takes the shortcut too.
	r = NewRedactor([]string{"Hendra Gunawan", "ani", "kelvin", "susi", "Desa Maju"}, "id")
	if r.otherFirst {
		t.Fatal("every first word is ASCII")
	}
	hits = 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		got, want := r.Redact(s), r.redact(s)
		if got != want {
			t.Fatalf("Redact(%q) = %q, the full search gives %q", s, got, want)
		}
		if got != s && !isASCII(s) {
			hits++
		}
	}
	if hits == 0 {
		t.Error("no non-ASCII text held a term: the comparison checked nothing")
	}
}
