package xlsx

import (
	"strconv"
	"strings"
)

// tablePrefix is the package path of an Excel table part.
const tablePrefix = "xl/tables/table"

// parkTables moves every table part but the newest out of the excelize
// package into b.parked. excelize's AddTable decodes every table part
// already in the package (to check the name and to count tables), which
// makes adding n tables cost O(n²) XML decoding; with only the newest part
// left the next table still gets the next number (the table names are unique
// by construction, see tableName). unparkTables puts the parts back before
// the workbook is written, so the file is unchanged.
func (b *book) parkTables() {
	newest, id := "", -1
	var parts []string
	b.f.Pkg.Range(func(k, _ any) bool {
		name, _ := k.(string)
		n, ok := tableNumber(name)
		if !ok {
			return true
		}
		parts = append(parts, name)
		if n > id {
			newest, id = name, n
		}
		return true
	})
	for _, name := range parts {
		if name == newest {
			continue
		}
		if v, ok := b.f.Pkg.LoadAndDelete(name); ok {
			if b.parked == nil {
				b.parked = map[string]any{}
			}
			b.parked[name] = v
		}
	}
}

// unparkTables puts the table parts moved by parkTables back.
func (b *book) unparkTables() {
	for name, v := range b.parked {
		b.f.Pkg.Store(name, v)
	}
	b.parked = nil
}

// tableNumber returns n of a table part "xl/tables/table<n>.xml".
func tableNumber(name string) (int, bool) {
	s, ok := strings.CutPrefix(name, tablePrefix)
	if !ok {
		return 0, false
	}
	s, ok = strings.CutSuffix(s, ".xml")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
