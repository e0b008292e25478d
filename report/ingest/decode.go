package ingest

import (
	"bytes"
	"errors"
	"unicode/utf8"

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

// MaxFileSize caps one input file (SPEC §8: inputs are size-capped).
const MaxFileSize = 1 << 30

var errTooLarge = errors.New("file too large")

// decode turns raw file bytes into UTF-8 text and names the encoding found:
// UTF-8 with or without BOM, UTF-16LE/BE with BOM, BOM-less UTF-16 by NUL
// pattern, and Windows-1252 for invalid UTF-8.
func decode(raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
		if !utf8.Valid(raw) {
			return cp1252(raw)
		}
		return string(raw), EncUTF8BOM, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return utf16(raw[2:], unicode.LittleEndian, EncUTF16LE)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return utf16(raw[2:], unicode.BigEndian, EncUTF16BE)
	}
	if le, be := nulPattern(raw); le {
		return utf16(raw, unicode.LittleEndian, EncUTF16LENoB)
	} else if be {
		return utf16(raw, unicode.BigEndian, EncUTF16BENoB)
	}
	if utf8.Valid(raw) {
		return string(raw), EncUTF8, nil
	}
	return cp1252(raw)
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

func utf16(raw []byte, e unicode.Endianness, name string) (string, string, error) {
	out, _, err := transform.Bytes(unicode.UTF16(e, unicode.IgnoreBOM).NewDecoder(), raw)
	if err != nil {
		return "", name, err
	}
	return string(out), name, nil
}

func cp1252(raw []byte) (string, string, error) {
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), raw)
	if err != nil {
		return "", EncCP1252, err
	}
	return string(out), EncCP1252, nil
}
