package privacy

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rapor-id/rapor/report"
)

// Pseudonyms maps each informant name (as written in the notes) to what the
// outputs show. With pseudonymize, that is the informant's pseudonym field,
// else "Informan N" (en: "Informant N"). Informants are taken in order of
// first appearance in notes sorted by (File, Index); names that differ only
// in case or spacing are one person, and one person always gets one
// pseudonym (the first pseudonym field given for them). N counts only the
// informants without a pseudonym field, skipping any label already chosen
// as a pseudonym, so generated labels never collide with given ones. With
// pseudonymize=false names map to themselves.
func Pseudonyms(notes []*report.Note, pseudonymize bool, lang string) map[string]string {
	people := informants(notes)
	out := map[string]string{}
	if !pseudonymize {
		for _, p := range people {
			for _, name := range p.names {
				out[name] = name
			}
		}
		return out
	}
	taken := map[string]bool{}
	for _, p := range people {
		if p.pseudonym != "" {
			taken[normName(p.pseudonym)] = true
		}
	}
	prefix := "Informan "
	if lang == "en" {
		prefix = "Informant "
	}
	next := 1
	for _, p := range people {
		label := p.pseudonym
		if label == "" {
			for taken[normName(prefix+strconv.Itoa(next))] {
				next++
			}
			label = prefix + strconv.Itoa(next)
			next++
		}
		for _, name := range p.names {
			out[name] = label
		}
	}
	return out
}

// InformantTerms returns every informant name as written in notes (each
// spelling once, sorted), for adding to the Redactor's terms when
// pseudonymising.
func InformantTerms(notes []*report.Note) []string {
	var out []string
	for _, p := range informants(notes) {
		out = append(out, p.names...)
	}
	sort.Strings(out)
	return out
}

// person is one informant: the spellings of their name and their first
// pseudonym field.
type person struct {
	names     []string
	pseudonym string
}

// informants lists the informants of notes by first appearance in (File, Index) order.
func informants(notes []*report.Note) []*person {
	sorted := make([]*report.Note, 0, len(notes))
	for _, n := range notes {
		if n != nil && n.Informant != nil && strings.TrimSpace(n.Informant.Name) != "" {
			sorted = append(sorted, n)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].File != sorted[j].File {
			return sorted[i].File < sorted[j].File
		}
		return sorted[i].Index < sorted[j].Index
	})
	byKey := map[string]*person{}
	var out []*person
	for _, n := range sorted {
		name := n.Informant.Name
		key := normName(name)
		p := byKey[key]
		if p == nil {
			p = &person{}
			byKey[key] = p
			out = append(out, p)
		}
		if !containsString(p.names, name) {
			p.names = append(p.names, name)
		}
		if p.pseudonym == "" {
			p.pseudonym = strings.TrimSpace(n.Informant.Pseudonym)
		}
	}
	return out
}

// normName folds case and white space: "Budi  santoso" is "Budi Santoso".
func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
