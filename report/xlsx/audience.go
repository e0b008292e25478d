package xlsx

import (
	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

// audienceSheet writes the audience snapshot: age × gender (or age and
// gender apart), top cities and countries, with charts.
func (b *book) audienceSheet() error {
	sheet, err := b.begin("audience")
	if err != nil {
		return err
	}
	if err := b.sheetTitle(sheet, b.t("xlsx.title.audience")); err != nil {
		return err
	}
	a := b.w.Audience
	g := b.newGrid(sheet, 3)
	if a == nil {
		if err := b.put(sheet, 1, 3, cell{b.t("xlsx.empty"), styNote}); err != nil {
			return err
		}
		return g.done()
	}
	info := [][]cell{{text(b.t("xlsx.audience.file")), text(a.File)}}
	if a.Followers.Raw != nil {
		info = append(info, []cell{text(b.t("xlsx.audience.followers")), countOf(a.Followers)})
	}
	at, err := g.block(1, 3, b.t("xlsx.table.snapshot"),
		b.headers("xlsx.col.item", "xlsx.col.value"), info)
	if err != nil {
		return err
	}
	var ag [][]cell
	for _, x := range a.AgeGender {
		ag = append(ag, []cell{text(x.Age), pctOf(x.Women), pctOf(x.Men)})
	}
	var agAt blockAt
	if len(ag) > 0 || (len(a.Ages) == 0 && len(a.Genders) == 0) {
		agAt, err = g.block(1, at.next, b.t("xlsx.table.age_gender"),
			b.headers("xlsx.col.age", "xlsx.col.women", "xlsx.col.men"), ag)
		if err != nil {
			return err
		}
		at = agAt
	}
	shares := func(ss []doc.Share) [][]cell {
		var rows [][]cell
		for _, s := range ss {
			rows = append(rows, []cell{text(s.Name), pctOf(s.Share)})
		}
		return rows
	}
	if len(a.Ages) > 0 {
		if at, err = g.block(1, at.next, b.t("xlsx.table.ages"),
			b.headers("xlsx.col.age", "xlsx.col.share"), shares(a.Ages)); err != nil {
			return err
		}
	}
	if len(a.Genders) > 0 {
		if at, err = g.block(1, at.next, b.t("xlsx.table.genders"),
			b.headers("xlsx.col.gender", "xlsx.col.share"), shares(a.Genders)); err != nil {
			return err
		}
	}
	cityAt, err := g.block(1, at.next, b.t("xlsx.table.cities"),
		b.headers("xlsx.col.city", "xlsx.col.share"), shares(a.Cities))
	if err != nil {
		return err
	}
	if _, err = g.block(1, cityAt.next, b.t("xlsx.table.countries"),
		b.headers("xlsx.col.country", "xlsx.col.share"), shares(a.Countries)); err != nil {
		return err
	}
	if err := g.done(); err != nil {
		return err
	}
	anchor := 3
	if agAt.last >= agAt.first {
		s := span{sheet: sheet, first: agAt.first, last: agAt.last, catCol: 1}
		if err := b.clusteredChart(sheet, "E3", b.t("xlsx.chart.age_gender"), s, []int{2, 3}, "0%"); err != nil {
			return err
		}
		anchor = 18
	}
	if cityAt.last >= cityAt.first {
		last := cityAt.last
		if last-cityAt.first >= 10 {
			last = cityAt.first + 9 // the ten largest
		}
		s := span{sheet: sheet, first: cityAt.first, last: last, catCol: 1, valCol: 2}
		cellName, _ := excelize.CoordinatesToCellName(5, anchor)
		return b.barChart(sheet, cellName, b.t("xlsx.chart.cities"), s, "0%", excelize.Bar)
	}
	return nil
}
