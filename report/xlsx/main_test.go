package xlsx

import (
	"fmt"
	"os"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
)

// envWrite makes the test binary write the fixture workbook to the named
// file and exit; the determinism test runs the binary this way in separate
// processes. envLang picks the language.
const (
	envWrite = "RAPOR_XLSX_WRITE_FIXTURE"
	envLang  = "RAPOR_XLSX_FIXTURE_LANG"
)

func TestMain(m *testing.M) {
	if path := os.Getenv(envWrite); path != "" {
		if err := writeFixture(path, os.Getenv(envLang)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(testenv.Run(m))
}

// writeFixture writes the fixture workbook in lang to path.
func writeFixture(path, lang string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := Write(f, Options{Lang: lang, Document: docFor(fixtureReport(lang), lang)}); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
