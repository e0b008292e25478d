package docx

import (
	"fmt"

	"github.com/rapor-id/rapor/report/doc"
)

func fp(v float64) *float64 { return &v }

func val(v float64, unit, text string) doc.Value {
	return doc.Value{Raw: fp(v), Unit: unit, Text: text}
}

// fixture is a document model shaped like the example report's: three
// chapters with numbered tables and figures of every kind, quotes, a
// narrative, formulas, an appendix and an approval block.
func fixture(lang string) *doc.Document {
	tl, fl := "Tabel", "Gambar"
	if lang == "en" {
		tl, fl = "Table", "Figure"
	}
	capt := func(label string, ch, n int, title string) doc.Caption {
		num := fmt.Sprintf("%d.%d", ch, n)
		return doc.Caption{ID: fmt.Sprintf("x-%d-%d", ch, n), Number: num, Label: label + " " + num, Title: title, Source: "Sumber: ekspor Meta Business Suite, diolah"}
	}
	days := []string{"1 Okt", "2 Okt", "3 Okt", "4 Okt", "5 Okt"}
	line := &doc.Figure{Caption: capt(fl, 1, 1, "Jangkauan harian"), Kind: doc.FigureLine, Unit: doc.UnitCount, Categories: days,
		Events: []doc.Fact{{Label: "3 Okt", Text: "HUT Kabupaten"}},
		Series: []doc.Series{{Name: "Jangkauan", Values: []doc.Value{val(1200, "count", "1.200"), val(1350, "count", "1.350"), {Text: "—"}, val(990, "count", "990"), val(2500, "count", "2.500")}}}}
	bar := &doc.Figure{Caption: capt(fl, 1, 2, "ER per format"), Kind: doc.FigureBar, Unit: doc.UnitRatio, Categories: []string{"Reel", "Carousel", "Gambar"},
		Series: []doc.Series{{Name: "ER", Values: []doc.Value{val(0.052, "ratio", "5,2%"), val(0.031, "ratio", "3,1%"), val(0.024, "ratio", "2,4%")}}}}
	barh := &doc.Figure{Caption: capt(fl, 2, 1, "Kota teratas"), Kind: doc.FigureBarH, Unit: doc.UnitRatio, Categories: []string{"Sukamaju", "Cibeureum", "Bandung"},
		Series: []doc.Series{{Name: "Pengikut", Values: []doc.Value{val(0.41, "ratio", "41%"), val(0.12, "ratio", "12%"), val(0.08, "ratio", "8%")}}}}
	pie := &doc.Figure{Caption: capt(fl, 2, 2, "Komposisi format"), Kind: doc.FigurePie, Unit: doc.UnitCount, Categories: []string{"Reel", "Carousel", "Gambar"},
		Series: []doc.Series{{Name: "Unggahan", Values: []doc.Value{val(12, "count", "12"), val(9, "count", "9"), val(7, "count", "7")}}}}
	heat := &doc.Figure{Caption: capt(fl, 2, 3, "Jam unggah"), Kind: doc.FigureHeatmap, Unit: doc.UnitCount, Categories: []string{"08", "12", "19"},
		Series: []doc.Series{{Name: "Senin", Values: []doc.Value{val(1, "count", "1"), val(3, "count", "3"), val(0, "count", "0")}}, {Name: "Selasa", Values: []doc.Value{val(2, "count", "2"), {Text: "—"}, val(5, "count", "5")}}}}
	radar := &doc.Figure{Caption: capt(fl, 0, 1, "Skor per tahap"), Kind: doc.FigureRadar, Unit: doc.UnitScore, Categories: []string{"Berbagi", "Mengoptimalkan", "Mengelola", "Melibatkan"},
		Series: []doc.Series{{Name: "Skor", Values: []doc.Value{val(0.5, "score", "50%"), val(1, "score", "100%"), val(0.66, "score", "66%"), val(0, "score", "0%")}}}}
	radar.Caption = doc.Caption{ID: "fig-0-1", Number: "1", Label: fl + " 1", Title: "Skor per tahap"}
	more := func(ch, n int) *doc.Figure {
		f := *bar
		f.Caption = capt(fl, ch, n, fmt.Sprintf("Grafik tambahan %d", n))
		f.Kind = doc.FigureLine
		f.Series = append([]doc.Series{}, bar.Series...)
		f.Series = append(f.Series, doc.Series{Name: "Periode lalu", Values: []doc.Value{val(0.05, "ratio", "5%"), val(0.02, "ratio", "2%"), val(0.03, "ratio", "3%")}})
		return &f
	}
	table := &doc.Table{Caption: capt(tl, 1, 1, "Indikator Berbagi"), Columns: []doc.Column{{Label: "Indikator"}, {Label: "Nilai", Num: true}, {Label: "Target"}},
		Rows: [][]doc.Cell{{{Value: doc.Value{Text: "Unggahan per minggu"}}, {Value: val(4.5, "per_week", "4,5 per minggu")}, {Value: doc.Value{Text: "≥ 7,0 per minggu"}}}}}
	for i := 0; i < 40; i++ { // long enough to cross a page: the header row repeats
		table.Rows = append(table.Rows, []doc.Cell{{Value: doc.Value{Text: fmt.Sprintf("Baris %d", i+1)}}, {Value: val(float64(i), "count", fmt.Sprint(i))}, {Value: doc.Value{Text: "—"}, Link: "https://www.instagram.com/p/abc/"}})
	}
	tiles := []doc.Tile{
		{ID: "engage.followers", Label: "Pengikut di akhir periode", Value: val(48210, "count", "48.210"), Extra: &doc.Value{Text: "+1.203 bersih"}, Change: doc.Change{Value: val(0.025, "pct", "+2,5%"), Arrow: "▲", Word: "lebih baik"}},
		{ID: "share.posts_per_week", Label: "Unggahan per minggu", Value: val(4.5, "per_week", "4,5 per minggu"), Target: "≥ 7,0 per minggu", Status: doc.Status{Code: "not_met", Label: "Belum tercapai"}},
		{ID: "manage.response_rate", Label: "Tingkat respons", Value: val(0.7, "ratio", "70,0%"), Target: "≥ 60,0%", Status: doc.Status{Code: "met", Label: "Tercapai"}},
		{ID: "manage.median_response_hours", Label: "Median waktu respons", Value: doc.Value{Text: "tidak ada data", Reason: "tidak ada data"}},
	}
	return &doc.Document{
		Lang: lang, Title: "Evaluasi Pengelolaan Instagram @kab.sukamaju", Subtitle: "@kab.sukamaju · Oktober 2026",
		Cover: doc.Cover{Title: "Evaluasi Pengelolaan Instagram @kab.sukamaju", Facts: []doc.Fact{{Label: "Periode", Text: "1–31 Oktober 2026 (31 hari)"}},
			Logo: pngURI(nil), Letterhead: []string{"PEMERINTAH KABUPATEN SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jl. Raya Sukamaju No. 1"}, Tool: "rapor 1.0"},
		Briefing: doc.Briefing{Verdict: "Pengelolaan akun cukup baik; frekuensi unggah di bawah target.", Tiles: tiles,
			Overall: doc.Score{Stage: "overall", Label: "Skor keseluruhan", Value: val(0.6, "score", "60%"), Formula: "3 dari 5 target tercapai"},
			Stages:  []doc.Score{{Stage: "share", Label: "Berbagi", Value: val(0.5, "score", "50%")}, {Stage: "manage", Label: "Mengelola", Value: val(1, "score", "100%")}},
			Radar:   radar, Findings: []string{"Temuan satu.", "Temuan dua.", "Temuan tiga.", "Temuan empat."},
			TopPosts: []doc.PostCard{{Date: "5 Okt 2026 13.15 WIB", Format: "Reel", Link: "https://www.instagram.com/reel/xyz/", Metrics: []doc.Fact{{Label: "Jangkauan", Text: "12.300"}, {Label: "ER", Text: "5,1%"}}}}},
		Sections: []doc.Section{
			{ID: "share", Number: "1", Title: "Berbagi", Description: "Kehadiran dan konsistensi.", Score: &doc.Score{Label: "Skor tahap", Value: val(0.5, "score", "50%"), Formula: "1 dari 2"},
				Blocks: []doc.Block{{Table: table}, {Figure: line}, {Figure: bar}, {Figure: more(1, 3)}},
				Sections: []doc.Section{{ID: "sub-share-connect", Title: "Terhubung", Blocks: []doc.Block{
					{Quotes: &doc.Quotes{Title: "Kutipan wawancara", Items: []doc.Quote{{Text: "Kami unggah setiap hari kerja.", Source: "Informan 1 (staf), wawancara, 5 Oktober 2026", Assessment: "mendukung"}}}},
					{Narrative: &doc.Narrative{Path: "narrative/share.md", Markdown: "## Catatan\n\nTeks **tebal**, *miring* dan [tautan](https://example.org).\n\n- satu\n- dua\n  1. dua-a\n\n> kutipan"}}}}}},
			{ID: "engage", Number: "2", Title: "Melibatkan", Blocks: []doc.Block{{Figure: barh}, {Figure: pie}, {Figure: heat}, {Figure: more(2, 4)}, {Figure: more(2, 5)}, {List: []string{"a", "b"}}}},
			{ID: "methodology", Number: "3", Title: "Metodologi", Blocks: []doc.Block{{Paragraph: "Metode."}, {Formula: &doc.Formula{Group: "Berbagi", Items: []doc.Fact{{Label: "Unggahan per minggu", Text: "unggahan ÷ minggu"}}}}, {Facts: []doc.Fact{{Label: "Zona waktu", Text: "WIB"}}}}},
		},
		Approval: &doc.Approval{PlaceDate: "Sukamaju, 5 November 2026", Title: "Kepala Diskominfo", Name: "Dra. Siti Aminah", NIP: "NIP 19700101 199503 2 001"},
	}
}
