package qda

import (
	"sort"
	"strings"
)

// Position conventions of the writing tools (SPEC §9).
const (
	CodePoints  = "code_points" // qc, QualCoder, MAXQDA, Taguette, rapor
	UTF16       = "utf16"       // NVivo: UTF-16 code units, BOM skipped, CRLF = 2
	LineEndsOne = "crlf_one"    // ATLAS.ti: code points with CRLF counted as 1
)

// Convention returns how the tool named by origin counts positions.
func Convention(origin string) string {
	o := strings.ToLower(origin)
	switch {
	case strings.HasPrefix(o, "nvivo"):
		return UTF16
	case strings.HasPrefix(o, "atlas.ti"):
		return LineEndsOne
	}
	return CodePoints
}

// Quote returns text[start:end) counted in convention conv, and "" with a
// skip reason when the range lies outside the text ("out_of_range") or cuts
// a character in two ("splits_character"). text has no BOM.
func Quote(text string, conv string, start, end int) (string, string) {
	q := quoter(text, conv, []int{start, end})
	return q(start, end)
}

// quoter maps every position in positions to a byte offset in one pass over
// the text and returns a function quoting a range of those positions.
func quoter(text, conv string, positions []int) func(start, end int) (string, string) {
	if conv == LineEndsOne {
		text = strings.ReplaceAll(text, "\r\n", "\n")
	}
	want := append([]int(nil), positions...)
	sort.Ints(want)
	offset := map[int]int{} // position -> byte offset; -2 inside a character
	k, n := 0, 0
	for i, r := range text {
		for k < len(want) && want[k] <= n {
			if want[k] == n {
				offset[n] = i
			}
			k++
		}
		if k == len(want) {
			break
		}
		n += width(r, conv)
		for k < len(want) && want[k] < n {
			offset[want[k]] = -2
			k++
		}
	}
	for ; k < len(want); k++ {
		if want[k] == n {
			offset[n] = len(text)
		}
	}
	return func(start, end int) (string, string) {
		b0, ok0 := offset[start]
		b1, ok1 := offset[end]
		switch {
		case start < 0 || end < start || !ok0 || !ok1:
			return "", "out_of_range"
		case b0 < 0 || b1 < 0:
			return "", "splits_character"
		}
		return text[b0:b1], ""
	}
}

// width is how many positions a character takes in convention conv.
func width(r rune, conv string) int {
	if conv == UTF16 && r >= 0x10000 {
		return 2
	}
	return 1
}

// Resolve quotes every coded selection of p from its source's text in the
// writing tool's convention. A selection that cannot be quoted gets a skip
// reason: "no_source_text" (a bare .qde, or a source outside the archive),
// "out_of_range" or "splits_character".
func (p *Project) Resolve() {
	conv := Convention(p.Origin)
	for _, s := range p.Sources {
		if s.Quoted {
			continue
		}
		if !s.HasText {
			for _, sel := range s.Selections {
				sel.Skip = "no_source_text"
			}
			continue
		}
		var pos []int
		for _, sel := range s.Selections {
			pos = append(pos, sel.Start, sel.End)
		}
		q := quoter(s.Text, conv, pos)
		for _, sel := range s.Selections {
			sel.Quote, sel.Skip = q(sel.Start, sel.End)
		}
	}
}
