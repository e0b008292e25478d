package main

import (
	"strconv"
	"time"
)

// series is a daily account metric: one value per calendar day from start.
type series struct {
	start  time.Time // a date (UTC midnight)
	values []int64
}

// day returns the date of index i.
func (s *series) day(i int) time.Time { return s.start.AddDate(0, 0, i) }

// dayIndex returns the index of date d (UTC midnight).
func (s *series) dayIndex(d time.Time) int { return int(d.Sub(s.start).Hours() / 24) }

// Titles of the Indonesian Meta daily metric exports.
const (
	titleReach         = "Jangkauan"
	titleViews         = "Tayangan"
	titleFollows       = "Pengikut Instagram"
	titleProfileVisits = "Kunjungan Profil Instagram"
)

// writeDaily writes days [from, to) of s as a Meta daily metric export:
// UTF-16LE with BOM, LF, a sep=, line, the title, the "Tanggal","Primary"
// header, every field quoted, and a trailing blank line.
func writeDaily(t *tree, rel, title string, s *series, from, to int) {
	f := t.create(rel, true, false)
	f.writeString("sep=,\n\"" + title + "\"\n\"Tanggal\",\"Primary\"\n")
	for i := from; i < to; i++ {
		b := append(f.line, '"')
		b = s.day(i).AppendFormat(b, "2006-01-02T15:04:05")
		b = append(b, '"', ',', '"')
		b = strconv.AppendInt(b, s.values[i], 10)
		f.line = append(b, '"')
		f.flushLine()
	}
	f.writeString("\n")
	f.close()
}

// writeFollowersTotal writes a Graph-API style daily follower total, UTF-8
// without BOM: date,followers_total.
func writeFollowersTotal(t *tree, rel string, s *series) {
	f := t.create(rel, false, false)
	f.writeString("date,followers_total\n")
	for i, v := range s.values {
		b := s.day(i).AppendFormat(f.line, "2006-01-02")
		b = append(b, ',')
		f.line = strconv.AppendInt(b, v, 10)
		f.flushLine()
	}
	f.close()
}

// writeWide writes days [from, to) of s as a wide daily CSV with one
// canonical metric, UTF-8 without BOM: date,<metric>. Days for which skip
// is true are left out (an export that misses a day).
func writeWide(t *tree, rel, metric string, s *series, from, to int, skip func(i int) bool) {
	f := t.create(rel, false, false)
	f.writeString("date," + metric + "\n")
	for i := from; i < to; i++ {
		if skip != nil && skip(i) {
			continue
		}
		b := s.day(i).AppendFormat(f.line, "2006-01-02")
		b = append(b, ',')
		f.line = strconv.AppendInt(b, s.values[i], 10)
		f.flushLine()
	}
	f.close()
}

// audience is a Meta audience snapshot (percentages of followers).
type audience struct {
	ages         []string
	women, men   []float64
	cities       []string
	cityShares   []float64
	countries    []string
	countryShare []float64
}

// writeAudience writes the Indonesian Meta audience export: UTF-16LE with
// BOM, a sep=, line, and the sections "Usia & jenis kelamin", "Kota
// populer" and "Negara Populer" separated by blank lines, percentages
// without %.
func writeAudience(t *tree, rel string, a *audience) {
	f := t.create(rel, true, false)
	f.writeString("sep=,\n\"Usia & jenis kelamin\"\n\"\",\"Perempuan\",\"Laki-laki\"\n")
	for i, age := range a.ages {
		f.writeString(quoted(age) + "," + quoted(pct(a.women[i])) + "," + quoted(pct(a.men[i])) + "\n")
	}
	f.writeString("\n\"Kota populer\"\n")
	writeRow(f, a.cities, a.cityShares)
	f.writeString("\n\"Negara Populer\"\n")
	writeRow(f, a.countries, a.countryShare)
	f.writeString("\n")
	f.close()
}

// writeRow writes a horizontal name row and its percentage row.
func writeRow(f *file, names []string, shares []float64) {
	for i, n := range names {
		if i > 0 {
			f.writeString(",")
		}
		f.writeString(quoted(n))
	}
	f.writeString("\n")
	for i, v := range shares {
		if i > 0 {
			f.writeString(",")
		}
		f.writeString(quoted(pct(v)))
	}
	f.writeString("\n")
}

// quoted returns s as an always-quoted CSV field.
func quoted(s string) string { return string(appendField(nil, s, true)) }

// pct formats a percentage as Meta does: shortest decimal, no % sign.
func pct(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
