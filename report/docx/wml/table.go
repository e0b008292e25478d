package wml

import (
	"fmt"
	"strconv"
)

func (w *writer) table(t *Table) error {
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return nil
	}
	if t.Caption != nil {
		if err := w.caption(t.Caption, true); err != nil {
			return err
		}
	}
	widths := w.colWidths(t.Widths, cols)
	w.b.WriteString("<w:tbl><w:tblPr>")
	if t.Plain {
		w.b.WriteString(`<w:tblStyle w:val="PlainTable"/>`)
	} else {
		w.b.WriteString(`<w:tblStyle w:val="RaporTable"/>`)
	}
	w.b.WriteString(`<w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>`)
	if len(t.Head) > 0 {
		w.b.WriteString(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>`)
	} else {
		w.b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	}
	w.b.WriteString("</w:tblPr><w:tblGrid>")
	for _, cw := range widths {
		fmt.Fprintf(&w.b, `<w:gridCol w:w="%d"/>`, cw)
	}
	w.b.WriteString("</w:tblGrid>")
	if len(t.Head) > 0 {
		w.row(t.Head, widths, true)
	}
	for _, r := range t.Rows {
		w.row(r, widths, false)
	}
	w.b.WriteString("</w:tbl>")
	w.sourceLine(t.Note, t.Source != "")
	w.sourceLine(t.Source, false)
	if t.Note == "" && t.Source == "" {
		// a table must not touch the next table: Word would merge them
		w.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr></w:p>`)
	}
	return nil
}

// colWidths turns relative widths into twips that fill the text width.
func (w *writer) colWidths(rel []int, cols int) []int {
	total := w.textWidth()
	out := make([]int, cols)
	sum := 0
	for i := range out {
		v := 1
		if i < len(rel) && rel[i] > 0 {
			v = rel[i]
		}
		out[i] = v
		sum += v
	}
	used := 0
	for i := range out {
		out[i] = out[i] * total / sum
		used += out[i]
	}
	out[cols-1] += total - used
	return out
}

func (w *writer) row(cells []Cell, widths []int, head bool) {
	w.b.WriteString("<w:tr><w:trPr><w:cantSplit/>")
	if head {
		w.b.WriteString("<w:tblHeader/>")
	}
	w.b.WriteString("</w:trPr>")
	for i, cw := range widths {
		var c Cell
		if i < len(cells) {
			c = cells[i]
		}
		w.b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(cw) + `" w:type="dxa"/>`)
		if c.Fill != "" && hexColor(c.Fill) {
			w.b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + c.Fill + `"/>`)
		}
		w.b.WriteString("</w:tcPr>")
		if len(c.Paras) > 0 {
			for _, p := range c.Paras {
				w.para(p)
			}
		} else {
			w.b.WriteString("<w:p>")
			w.pPr("TableText", false, false, 0, 0, 0, c.Align)
			w.run(Run{Text: c.Text, Bold: c.Bold || head, Size: c.Size}, false)
			w.b.WriteString("</w:p>")
		}
		w.b.WriteString("</w:tc>")
	}
	w.b.WriteString("</w:tr>")
}

func hexColor(s string) bool {
	if len(s) != 6 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'F' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}
