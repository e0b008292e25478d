package ingest

import (
	"bytes"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding names as reported per file.
const (
	EncUTF8       = "utf-8"
	EncUTF8BOM    = "utf-8-bom"
	EncUTF16LE    = "utf-16le"
	EncUTF16BE    = "utf-16be"
	EncUTF16LENoB = "utf-16le-nobom"
	EncUTF16BENoB = "utf-16be-nobom"
	EncCP1252     = "windows-1252"
)

// detect names the encoding of a file from its first bytes and whether it
// is valid UTF-8 throughout — UTF-8 with or without BOM, UTF-16LE/BE with
// BOM, BOM-less UTF-16 by NUL pattern, Windows-1252 for invalid UTF-8 — and
// returns the length of its BOM.
func detect(prefix []byte, valid bool) (string, int) {
	switch {
	case bytes.HasPrefix(prefix, []byte{0xEF, 0xBB, 0xBF}):
		if !valid {
			return EncCP1252, 3
		}
		return EncUTF8BOM, 3
	case bytes.HasPrefix(prefix, []byte{0xFF, 0xFE}):
		return EncUTF16LE, 2
	case bytes.HasPrefix(prefix, []byte{0xFE, 0xFF}):
		return EncUTF16BE, 2
	}
	if le, be := nulPattern(prefix); le {
		return EncUTF16LENoB, 0
	} else if be {
		return EncUTF16BENoB, 0
	}
	if valid {
		return EncUTF8, 0
	}
	return EncCP1252, 0
}

// decoder returns the transformer to UTF-8 for t's encoding (nil for UTF-8).
func (t *Text) decoder() transform.Transformer {
	switch t.Encoding {
	case EncUTF16LE, EncUTF16LENoB:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	case EncUTF16BE, EncUTF16BENoB:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	case EncCP1252:
		return charmap.Windows1252.NewDecoder()
	}
	return nil
}

// nulPattern looks at the first bytes: text in UTF-16 without a BOM has a NUL
// in every odd (LE) or even (BE) byte for ASCII characters.
func nulPattern(raw []byte) (le, be bool) {
	n := len(raw)
	if n > 512 {
		n = 512
	}
	n &^= 1
	if n < 4 {
		return false, false
	}
	var oddNul, evenNul int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			evenNul++
		}
		if raw[i+1] == 0 {
			oddNul++
		}
	}
	pairs := n / 2
	return oddNul*10 >= pairs*7 && evenNul*10 < pairs, evenNul*10 >= pairs*7 && oddNul*10 < pairs
}
