package config

import "strings"

// Lang decides the message and report language (SPEC §1): flag, else
// cfgLang (the language: of rapor.yaml, may be ""), else "en" when LANG or
// LC_ALL starts with "en", else "id". A flag or cfgLang that is neither "id"
// nor "en" is passed over (the caller reports it).
func Lang(flag, cfgLang string, env func(string) string) string {
	for _, l := range []string{flag, cfgLang} {
		if l == "id" || l == "en" {
			return l
		}
	}
	if env != nil {
		for _, k := range []string{"LC_ALL", "LANG"} {
			if strings.HasPrefix(env(k), "en") {
				return "en"
			}
		}
	}
	return "id"
}
