package report

// Report languages.
const (
	LangID = "id" // Bahasa Indonesia, the default
	LangEN = "en" // English
)

// NormLang is rapor's one rule for a report language: "en" is English and
// anything else is Bahasa Indonesia ("id"). Every package that takes a
// language normalises it here.
func NormLang(lang string) string {
	if lang == LangEN {
		return LangEN
	}
	return LangID
}
