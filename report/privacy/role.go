package privacy

import (
	"strings"
	"unicode"
)

// officialWords mark a role as an official's (compared with the role's
// lower-cased words).
var officialWords = map[string]bool{
	"kepala": true, "kabid": true, "kabag": true, "kasi": true, "kasie": true, "kasubag": true,
	"kasubbag": true, "kasubid": true, "kasubbid": true, "kadis": true, "kaban": true, "kadin": true,
	"sekretaris": true, "sekda": true, "sekdis": true, "camat": true, "lurah": true, "kades": true,
	"bupati": true, "walikota": true, "gubernur": true, "wakil": true, "direktur": true, "pejabat": true,
	"ketua": true, "asisten": true, "eselon": true, "plt": true, "plh": true, "manajer": true,
	"head": true, "chief": true, "director": true, "secretary": true, "mayor": true, "regent": true,
	"governor": true, "deputy": true, "manager": true, "official": true,
}

// officialPhrases are several-word official titles.
var officialPhrases = []string{"wali kota", "staf ahli", "kepala desa"}

// officialPrefixes catch run-together abbreviations such as "Kadiskominfo".
var officialPrefixes = []string{"kadis", "kaban", "kabid", "kasubag", "kasubbag"}

// GeneralRole maps a role to "Pejabat" (en "Official") when it names an
// official position — kepala, kabid, kabag, kasi, kasubag, sekretaris,
// camat, lurah, bupati, wali kota, gubernur, direktur, ketua, asisten,
// staf ahli, Plt., head, chief, director, … — and to "Staf" (en "Staff")
// otherwise. An empty role stays empty.
func GeneralRole(role, lang string) string {
	words := strings.FieldsFunc(strings.ToLower(role), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return ""
	}
	official := false
	joined := " " + strings.Join(words, " ") + " "
	for _, p := range officialPhrases {
		if strings.Contains(joined, " "+p+" ") {
			official = true
		}
	}
	for _, w := range words {
		if officialWords[w] {
			official = true
		}
		for _, p := range officialPrefixes {
			if strings.HasPrefix(w, p) {
				official = true
			}
		}
	}
	switch {
	case official && lang == "en":
		return "Official"
	case official:
		return "Pejabat"
	case lang == "en":
		return "Staff"
	}
	return "Staf"
}
