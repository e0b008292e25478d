package xlsx

import (
	"fmt"
	"math"

	"github.com/rapor-id/rapor/report"
)

// hostileCaption is a caption that a spreadsheet would run as a formula if
// it were written as one.
const hostileCaption = `=HYPERLINK("http://x","y")`

// Other user texts that start with formula characters.
const (
	hostileEvent    = `+cmd|' /C calc'!A0`
	hostileCategory = `-2+3`
	hostileQuote    = `@SUM(1+1)*cmd|' /C calc'!A0`
	hostileCity     = `=1+1, Jawa Tengah`
)

func fp(v float64) *float64 { return &v }

// fixtureDefs are the indicators of the Luttrell framework: id,
// sub-component, unit, direction, label id, label en.
var fixtureDefs = [][6]string{
	{"share.posts", "participate", "count", "higher", "Jumlah postingan", "Posts"},
	{"share.posts_per_week", "participate", "per_week", "higher", "Postingan per minggu", "Posts per week"},
	{"share.stories_per_day", "participate", "per_day", "higher", "Story per hari", "Stories per day"},
	{"share.active_days", "participate", "ratio", "higher", "Hari aktif", "Active days"},
	{"share.longest_gap_days", "participate", "days", "lower", "Jeda terpanjang", "Longest gap"},
	{"share.reel_share", "participate", "ratio", "none", "Porsi reel", "Reel share"},
	{"share.channels", "connect", "count", "higher", "Kanal aktif", "Active channels"},
	{"share.median_reach", "connect", "count", "higher", "Median jangkauan", "Median reach"},
	{"share.median_views", "connect", "count", "higher", "Median tayangan", "Median views"},
	{"optimize.reach_change", "listen_learn", "ratio", "higher", "Perubahan jangkauan", "Reach change"},
	{"optimize.er_change", "listen_learn", "pp", "higher", "Perubahan ER", "ER change"},
	{"optimize.save_share_rate", "listen_learn", "ratio", "higher", "Rasio simpan & bagikan", "Save and share rate"},
	{"optimize.best_format", "listen_learn", "ratio", "none", "Format terbaik", "Best format"},
	{"optimize.best_slot", "listen_learn", "ratio", "none", "Waktu terbaik", "Best time slot"},
	{"optimize.conversation_rate", "authentic_conversation", "count", "higher", "Komentar per postingan", "Comments per post"},
	{"manage.comments", "quick_response", "count", "none", "Komentar audiens", "Audience comments"},
	{"manage.response_rate", "quick_response", "ratio", "higher", "Tingkat respons", "Response rate"},
	{"manage.median_response_hours", "quick_response", "hours", "lower", "Median waktu respons", "Median response time"},
	{"manage.p90_response_hours", "quick_response", "hours", "lower", "P90 waktu respons", "P90 response time"},
	{"manage.replied_within_24h", "quick_response", "ratio", "higher", "Dibalas ≤ 24 jam", "Replied within 24 h"},
	{"manage.replied_within_1h", "real_time", "ratio", "higher", "Dibalas ≤ 1 jam", "Replied within 1 h"},
	{"manage.cases", "media_monitoring", "count", "none", "Kasus", "Cases"},
	{"manage.cases_resolved", "media_monitoring", "ratio", "higher", "Kasus selesai", "Cases resolved"},
	{"manage.median_clarify_hours", "media_monitoring", "hours", "lower", "Median waktu klarifikasi", "Median clarification time"},
	{"engage.interactions", "how_when", "count", "higher", "Interaksi", "Interactions"},
	{"engage.er_reach", "how_when", "ratio", "higher", "ER (jangkauan)", "ER (reach)"},
	{"engage.er_followers", "know_audience", "ratio", "higher", "ER (pengikut)", "ER (followers)"},
	{"engage.followers_end", "know_audience", "count", "higher", "Pengikut akhir", "Followers at end"},
	{"engage.follower_growth", "know_audience", "ratio", "higher", "Pertumbuhan pengikut", "Follower growth"},
	{"engage.daily_reach_mean", "know_audience", "count", "higher", "Rata-rata jangkauan harian", "Mean daily reach"},
	{"engage.weekly_constancy", "how_when", "ratio", "lower", "Keajekan mingguan", "Weekly constancy"},
	{"engage.home_audience", "know_audience", "ratio", "higher", "Audiens daerah", "Home audience"},
	{"engage.collaborations", "influencers_communities", "count", "higher", "Kolaborasi", "Collaborations"},
}

// fixtureValues are value and previous (NaN = null) from
// ../shared/fixtures/kab-contoh.expected.json.
var fixtureValues = map[string][2]float64{
	"engage.collaborations": {7, 4}, "engage.daily_reach_mean": {5282.677419354839, 5901.133333333333},
	"engage.er_followers": {0.004420905847177954, 0.003787438418845261}, "engage.er_reach": {0.08573577551944889, 0.07575528804579083},
	"engage.follower_growth": {0.0049695009062031064, 0.00592029170178981}, "engage.followers_end": {51568, 51313},
	"engage.home_audience": {0.311, math.NaN()}, "engage.interactions": {10031, 5636},
	"engage.weekly_constancy": {0.39638450221639543, 0.15645064828898095}, "manage.cases": {5, 1},
	"manage.cases_resolved": {0.6, 1}, "manage.comments": {116, 81}, "manage.median_clarify_hours": {2.625, 5.5},
	"manage.median_response_hours": {2.458333333333333, 1.7916666666666665}, "manage.p90_response_hours": {12.333333333333334, 10.116666666666667},
	"manage.replied_within_1h": {0.16037735849056603, 0.20270270270270271}, "manage.replied_within_24h": {0.6226415094339622, 0.581081081081081},
	"manage.response_rate": {0.6724137931034483, 0.6296296296296297}, "optimize.best_format": {0.0912863070539419, 0.08458796146253793},
	"optimize.best_slot": {0.10548969665034301, 0.09260802804148867}, "optimize.conversation_rate": {15.454545454545455, 13.96551724137931},
	"optimize.er_change": {0.009980487473658053, math.NaN()}, "optimize.reach_change": {-0.18015453436356244, math.NaN()},
	"optimize.save_share_rate": {0.015213805246198685, 0.01485182490769083}, "share.active_days": {0.8387096774193549, 1},
	"share.channels": {2, math.NaN()}, "share.longest_gap_days": {6.566666666666666, 1.1715277777777777},
	"share.median_reach": {2016, 2459}, "share.median_views": {3719, 3786.5}, "share.posts": {44, 30},
	"share.posts_per_week": {9.935483870967742, 7}, "share.reel_share": {0.3333333333333333, 0.36363636363636365},
	"share.stories_per_day": {math.NaN(), 0.1},
}

// fixtureTargets are the targets of the fixture (min, max; NaN = unset).
var fixtureTargets = map[string][2]float64{
	"share.posts_per_week":         {7, math.NaN()},
	"share.longest_gap_days":       {math.NaN(), 3},
	"engage.er_reach":              {0.05, math.NaN()},
	"manage.response_rate":         {0.8, math.NaN()},
	"manage.median_response_hours": {math.NaN(), 2},
	"engage.follower_growth":       {0.01, 0.05},
	"optimize.er_change":           {0, math.NaN()},
}

func opt(v float64) *float64 {
	if math.IsNaN(v) {
		return nil
	}
	return &v
}

// fixtureFramework returns the framework of the fixture.
func fixtureFramework() *report.Framework {
	t := func(id, en string) report.Text { return report.Text{ID: id, EN: en} }
	fw := &report.Framework{
		Name: "Luttrell Circular Model of SoMe", Version: "1",
		Citation: "Luttrell, R. (2019). Social Media: How to Engage, Share, and Connect (3rd ed.). Rowman & Littlefield.",
		Stages: []report.Stage{
			{ID: "share", Label: t("Membagikan", "Share"), Subcomponents: []report.Subcomponent{
				{ID: "participate", Label: t("Berpartisipasi", "Participate")},
				{ID: "connect", Label: t("Terhubung", "Connect")},
				{ID: "build_trust", Label: t("Membangun kepercayaan", "Build trust")}}},
			{ID: "optimize", Label: t("Mengoptimalkan", "Optimize"), Subcomponents: []report.Subcomponent{
				{ID: "listen_learn", Label: t("Mendengar & belajar", "Listen and learn")},
				{ID: "authentic_conversation", Label: t("Percakapan autentik", "Authentic conversation")}}},
			{ID: "manage", Label: t("Mengelola", "Manage"), Subcomponents: []report.Subcomponent{
				{ID: "media_monitoring", Label: t("Pemantauan media", "Media monitoring")},
				{ID: "quick_response", Label: t("Respons cepat", "Quick response")},
				{ID: "real_time", Label: t("Interaksi waktu nyata", "Real-time interaction")}}},
			{ID: "engage", Label: t("Mengikutsertakan", "Engage"), Subcomponents: []report.Subcomponent{
				{ID: "know_audience", Label: t("Mengenal audiens", "Know the audience")},
				{ID: "influencers_communities", Label: t("Influencer & komunitas", "Influencers and communities")},
				{ID: "how_when", Label: t("Kapan & bagaimana terlibat", "How and when to engage")}}},
		},
	}
	for _, d := range fixtureDefs {
		stage := report.StageOf(d[0])
		fw.Indicators = append(fw.Indicators, report.IndicatorDef{
			ID: d[0], Subcomponent: stage + "." + d[1], Label: t(d[4], d[5]),
			Formula: t("rumus "+d[0]+" (Σ ÷ n)", "formula of "+d[0]+" (Σ ÷ n)"),
			Unit:    d[2], Direction: d[3]})
	}
	return fw
}

// fixtureResults computes the fixture's results in lang.
func fixtureResults(fw *report.Framework, lang string, scale float64) []report.Result {
	var out []report.Result
	for _, d := range fw.Indicators {
		vp := fixtureValues[d.ID]
		res := report.Result{
			ID: d.ID, Stage: report.StageOf(d.Subcomponent), Subcomponent: d.Subcomponent[len(report.StageOf(d.Subcomponent))+1:],
			Label: d.Label.In(lang), Unit: d.Unit, Direction: d.Direction, Formula: d.Formula.In(lang),
			N: 44, PreviousN: 30, Status: report.StatusNoTarget,
		}
		res.Value, res.Previous = opt(vp[0]*scale), opt(vp[1]*scale)
		if res.Value == nil {
			res.Reason, res.Status, res.N = report.ReasonNoData, report.StatusNoData, 0
		}
		if res.Previous == nil {
			res.PreviousReason = report.ReasonNoCompare
			if d.ID == "share.channels" || d.ID == "engage.home_audience" {
				res.PreviousReason = report.ReasonSnapshot
			}
		}
		if res.Value != nil && res.Previous != nil {
			c := *res.Value - *res.Previous
			res.Change = &c
			if *res.Previous != 0 {
				p := c / math.Abs(*res.Previous)
				res.ChangePct = &p
			}
		}
		if tg, ok := fixtureTargets[d.ID]; ok {
			res.Target = &report.Target{Min: opt(tg[0]), Max: opt(tg[1])}
			if res.Value != nil {
				met := (res.Target.Min == nil || *res.Value >= *res.Target.Min) &&
					(res.Target.Max == nil || *res.Value <= *res.Target.Max)
				res.Status = report.StatusNotMet
				if met {
					res.Status = report.StatusMet
				}
			}
		}
		switch d.ID {
		case "optimize.best_format":
			res.ValueLabel, res.PreviousLabel = "reel", "carousel"
		case "optimize.best_slot":
			res.ValueLabel, res.PreviousLabel = "Jumat 12.00–14.59", "Senin 09.00–11.59"
		case "engage.follower_growth":
			res.Note = "gross growth"
		}
		out = append(out, res)
	}
	return out
}

// fixturePosts returns n posts of the period with varied metrics; post 7
// carries the hostile caption.
func fixturePosts(from report.Date, days, n int) []report.PostRow {
	types := []report.PostType{report.Image, report.Carousel, report.Reel, report.Video}
	cats := []string{"Layanan publik", "Pengumuman", hostileCategory, ""}
	var out []report.PostRow
	for i := 0; i < n; i++ {
		d := from.AddDays(i * days / n)
		h, m := 6+(i*7)%15, (i*13)%60
		reach := float64(800 + (i*7919)%4200)
		likes := float64(20 + (i*31)%300)
		comments := float64((i * 17) % 40)
		shares := float64((i * 5) % 25)
		saves := float64((i * 3) % 30)
		inter := likes + comments + shares + saves
		p := report.PostRow{
			Key:       fmt.Sprintf("C%07dxy", i),
			Type:      types[i%4],
			Own:       true,
			Published: fmt.Sprintf("%sT%02d:%02d", d, h, m),
			Caption:   fmt.Sprintf("Postingan ke-%d tentang layanan #kabcontoh\nbaris kedua", i+1),
			Permalink: fmt.Sprintf("https://www.instagram.com/p/C%07dxy/", i),
			Category:  cats[i%4],
			Views:     fp(reach * 1.8),
			Reach:     fp(reach),
			Likes:     fp(likes),
			Comments:  fp(comments),
			Shares:    fp(shares),
			Saves:     fp(saves),
			ER:        fp(inter / reach),
		}
		p.Interactions = fp(inter)
		switch i {
		case 7:
			p.Caption = hostileCaption
		case 8:
			p.Caption = "-10% diskon pajak kendaraan"
		case 9:
			p.Caption = "@kominfo_contoh info terbaru"
			p.Reach, p.ER, p.Views = nil, nil, nil // no reach data
		}
		out = append(out, p)
	}
	return out
}

// fixtureReport returns the hand-made report of the tests: a two-month
// period, 300 posts, every breakdown, notes, data quality, and hostile text
// in captions, categories, events, cities, quotes and file names.
func fixtureReport(lang string) *report.Report {
	from, to := report.NewDate(2026, 9, 1), report.NewDate(2026, 10, 31)
	pfrom, pto := report.NewDate(2026, 7, 2), report.NewDate(2026, 8, 31)
	fw := fixtureFramework()
	r := &report.Report{
		Meta: report.Meta{
			Title: "Evaluasi Instagram <Kab. Contoh> & \"Mitra\"", Organization: "Dinas Komunikasi dan Informatika Kabupaten Contoh",
			Account: "kabcontoh", Language: lang, Timezone: "Asia/Jakarta", ExportTZ: "America/Los_Angeles",
			ReportDate: report.NewDate(2026, 11, 5), Version: "0.1.0-test",
			Signatory:    &report.Signatory{Name: "Drs. Budi Santoso", Title: "Kepala Dinas"},
			Events:       []report.Event{{Date: report.NewDate(2026, 9, 17), Label: hostileEvent}, {Date: report.NewDate(2026, 10, 28), Label: "Sumpah Pemuda"}},
			Pseudonymize: true, Redactions: 3,
		},
		Period:     report.PeriodInfo{ID: "2026-09-01..2026-10-31", From: from, To: to, Days: 61, Timezone: "Asia/Jakarta"},
		Previous:   &report.PeriodInfo{ID: "2026-07-02..2026-08-31", From: pfrom, To: pto, Days: 61, Timezone: "Asia/Jakarta"},
		Framework:  fw,
		Indicators: fixtureResults(fw, lang, 1),
		StageScores: report.StageScores{Share: fp(0.5), Manage: fp(0), Engage: fp(1.0 / 3),
			Overall: fp((0.5 + 0 + 1.0/3) / 3)},
		Findings: []string{
			"Tingkat respons 67,2% belum mencapai target 80,0%.",
			"Jeda terpanjang antarpostingan 6,6 hari melebihi batas 3,0 hari; jeda panjang terjadi pada pertengahan Oktober ketika akun tidak memublikasikan konten apa pun.",
			"Format terbaik: Reel (ER 9,1%).",
		},
	}
	r.Monthly = []report.MonthResults{
		{Period: report.PeriodInfo{ID: "2026-09", From: from, To: report.NewDate(2026, 9, 30), Days: 30}, Indicators: fixtureResults(fw, lang, 0.9)},
		{Period: report.PeriodInfo{ID: "2026-10", From: report.NewDate(2026, 10, 1), To: to, Days: 31}, Indicators: fixtureResults(fw, lang, 1.1)},
	}
	r.Posts = fixturePosts(from, 61, 300)
	bd := &r.Breakdowns
	bd.FormatMix = []report.GroupStat{
		{Name: "image", Posts: 75, Share: 0.25, N: 75, ER: fp(0.071)},
		{Name: "carousel", Posts: 75, Share: 0.25, N: 75, ER: fp(0.083)},
		{Name: "reel", Posts: 75, Share: 0.25, N: 74, ER: fp(0.0912863070539419)},
		{Name: "video", Posts: 75, Share: 0.25, N: 75, ER: fp(0.064)},
	}
	bd.ERByFormat = bd.FormatMix
	bd.ERByCategory = []report.GroupStat{
		{Name: "Layanan publik", Posts: 75, Share: 0.25, N: 75, ER: fp(0.08)},
		{Name: "Pengumuman", Posts: 75, Share: 0.25, N: 75, ER: fp(0.07)},
		{Name: hostileCategory, Posts: 75, Share: 0.25, N: 74, ER: fp(0.09)},
	}
	for i := 0; i < 40; i++ {
		bd.Heatmap = append(bd.Heatmap, report.HeatCell{Weekday: i % 7, Hour: 6 + (i/7)*3, Posts: 2 + i%4, MeanER: 0.05 + float64(i%9)/100})
	}
	bd.Hashtags = []report.Hashtag{{Tag: "#kabcontoh", Posts: 300, MeanReach: 2890.5}, {Tag: "#layananpublik", Posts: 12, MeanReach: 3100}}
	bd.TopPosts = append([]report.PostRow(nil), r.Posts[10:15]...)
	bd.BottomPosts = append([]report.PostRow(nil), r.Posts[20:25]...)
	bd.Daily = map[string][]report.DayValue{}
	for d := from; d <= to; d++ {
		i := float64(d - from)
		bd.Daily[report.SeriesReach] = append(bd.Daily[report.SeriesReach], report.DayValue{Date: d, Value: 5000 + 40*i + float64(int(i)*37%500)})
		bd.Daily[report.SeriesViews] = append(bd.Daily[report.SeriesViews], report.DayValue{Date: d, Value: 9000 + 55*i})
		bd.Daily[report.SeriesFollows] = append(bd.Daily[report.SeriesFollows], report.DayValue{Date: d, Value: float64(10 + int(i)%7)})
		bd.Daily[report.SeriesProfileVisits] = append(bd.Daily[report.SeriesProfileVisits], report.DayValue{Date: d, Value: float64(100 + int(i)%30)})
		bd.FollowerTrend = append(bd.FollowerTrend, report.DayValue{Date: d, Value: 51313 + 4*i})
		bd.PostsPerDay = append(bd.PostsPerDay, report.DayValue{Date: d, Value: float64(int(i) % 8)})
	}
	views := 0.0
	for _, p := range bd.Daily[report.SeriesViews] {
		views += p.Value
	}
	bd.SeriesTotals = []report.SeriesTotal{{Metric: report.SeriesViews, Value: fp(views), Previous: fp(601250)}}
	bd.Audience = &report.Audience{
		File: "exports/Audiens.csv",
		AgeGender: []report.AgeGender{
			{Age: "13-17", Women: fp(0.02), Men: fp(0.015)}, {Age: "18-24", Women: fp(0.18), Men: fp(0.14)},
			{Age: "25-34", Women: fp(0.22), Men: fp(0.19)}, {Age: "35-44", Women: fp(0.09), Men: fp(0.08)},
			{Age: "45-54", Women: fp(0.03), Men: nil}, {Age: "55-64", Women: fp(0.01), Men: fp(0.005)},
		},
		Cities: []report.Share{{Name: "Contoh, Jawa Tengah", Share: 0.311}, {Name: "Semarang, Jawa Tengah", Share: 0.12},
			{Name: hostileCity, Share: 0.05}, {Name: "Jakarta, DKI Jakarta", Share: 0.04}},
		Countries: []report.Share{{Name: "Indonesia", Share: 0.97}, {Name: "Malaysia", Share: 0.01}},
		Followers: fp(51568),
	}
	bd.ResponseTimes = []report.Count{{Name: "< 1 jam", Count: 17}, {Name: "1–24 jam", Count: 49}, {Name: "> 24 jam", Count: 12}}
	bd.CasesByCategory = []report.Count{{Name: "Infrastruktur", Count: 3}, {Name: "Layanan kesehatan", Count: 2}}
	bd.CommentSentiment = []report.Count{{Name: "positif", Count: 60}, {Name: "netral", Count: 40}, {Name: "negatif", Count: 16}}
	r.DataQuality = []*report.FileReport{
		{Path: "exports/Oct-01-2026_Oct-31-2026_5550002.csv", Kind: "posts", Preset: "mbs-posts", Encoding: "UTF-16LE",
			Delimiter: "\t", Coverage: &report.Range{From: report.NewDate(2026, 10, 1), To: to}, SHA256: "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12",
			Size: 48213, RowsRead: 160, RowsUsed: 154, Skipped: map[string]int{"no_date": 4, "duplicate": 2},
			Warnings: []string{"baris 17: kolom Reach kosong", "=cmd|' /C calc'!A0 (teks dari berkas)"}},
		{Path: "exports/harian/Jangkauan.csv", Kind: "daily", Preset: "mbs-daily", Encoding: "UTF-8", Delimiter: ",",
			Coverage: &report.Range{From: pfrom, To: to}, SHA256: "0011", Size: 4012, RowsRead: 122, RowsUsed: 122},
		{Path: "komentar.csv", Kind: "comments", Preset: "graph-comments", Encoding: "UTF-8", Delimiter: ";",
			SHA256: "0022", Size: 90211, RowsRead: 300, RowsUsed: 297, Skipped: map[string]int{"no_date": 3}},
	}
	r.Evidence = []report.Evidence{
		{Code: "manage.quick_response", Stage: "manage", Label: "Respons cepat",
			Interviews: []report.Quote{
				{NoteID: "W01", Kind: "interview", Who: "Informan A", Role: "Admin media sosial", Date: report.NewDate(2026, 10, 3),
					Text: "Kami membalas komentar setiap pagi dan sore; di akhir pekan balasan sering tertunda karena tidak ada petugas piket. " +
						"Untuk pertanyaan tentang layanan kependudukan kami meneruskan ke dinas terkait terlebih dahulu.", Assessment: "belum_optimal"},
				{NoteID: "W02", Kind: "interview", Who: "Informan B", Role: "Kepala bidang", Date: report.NewDate(2026, 10, 4),
					Text: hostileQuote, Assessment: "optimal"}},
			Observations: []report.Quote{{NoteID: "O01", Kind: "observation", Who: "Peneliti", Date: report.NewDate(2026, 10, 6),
				Time: "09:30", Setting: "Ruang kerja tim media", Text: "Dua admin memantau kotak masuk secara bergantian.", Assessment: "optimal"}},
			Verdicts: map[string]int{"optimal": 2, "belum_optimal": 1}, Verdict: "optimal"},
		{Code: "share.participate", Stage: "share", Label: "Berpartisipasi",
			Documents: []report.Quote{{NoteID: "D01", Kind: "document", Who: "SOP Media Sosial 2025", Date: report.NewDate(2025, 1, 2),
				Text: "Akun resmi wajib mengunggah minimal satu konten per hari kerja.", Assessment: "tidak_ada"}},
			Verdicts: map[string]int{"tidak_ada": 1, "lainnya": 2}, Verdict: "tidak_ada"},
	}
	r.Triangulation = []report.TriRow{
		{Code: "share.participate", Stage: "share", Label: "Berpartisipasi", Met: 1, WithTarget: 2,
			Indicators: []string{"share.posts", "share.posts_per_week", "share.longest_gap_days"}, Documents: 1,
			Verdicts: map[string]int{"tidak_ada": 1, "lainnya": 2}, Verdict: "tidak_ada"},
		{Code: "manage.quick_response", Stage: "manage", Label: "Respons cepat", Met: 0, WithTarget: 2,
			Indicators: []string{"manage.response_rate", "manage.median_response_hours"}, Interviews: 2, Observations: 1,
			Verdicts: map[string]int{"optimal": 2, "belum_optimal": 1}, Verdict: "optimal"},
	}
	r.CodeFreq = []report.Count{{Name: "share.participate", Count: 1}, {Name: "manage.quick_response", Count: 3}}
	r.CodeInformants = []report.CodeInformant{{Code: "manage.quick_response", Informant: "Informan A", Count: 1},
		{Code: "manage.quick_response", Informant: "Informan B", Count: 1}, {Code: "share.participate", Informant: "Informan A", Count: 0}}
	return r
}
