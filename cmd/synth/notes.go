package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// codeTexts are templated note texts for every framework code (SPEC §4).
var codeTexts = []struct {
	code  string
	texts []string
}{
	{"share.participate", []string{
		"Kami menargetkan minimal satu unggahan feed setiap hari kerja, ditambah story untuk informasi harian.",
		"Jadwal unggahan disusun setiap Jumat untuk sepekan berikutnya bersama bidang-bidang terkait.",
		"Bila admin sedang bertugas di luar kantor, unggahan sering tertunda karena belum ada cadangan petugas.",
	}},
	{"share.connect", []string{
		"Konten yang sama kami sesuaikan untuk Instagram dan TikTok agar menjangkau warga yang berbeda.",
		"Akun perangkat daerah diminta membagikan ulang unggahan penting agar informasinya lebih luas.",
		"Akun X kami sudah tidak aktif sejak tahun lalu karena keterbatasan petugas.",
	}},
	{"share.build_trust", []string{
		"Setiap informasi dicek dulu ke dinas teknis sebelum diunggah supaya warga percaya pada akun resmi.",
		"Kami selalu mencantumkan sumber data dan kontak resmi di setiap unggahan layanan publik.",
		"Ada warga yang masih ragu apakah akun ini benar akun resmi pemerintah kabupaten.",
	}},
	{"optimize.listen_learn", []string{
		"Setiap awal bulan kami membandingkan jangkauan reel, carousel, dan foto dari bulan sebelumnya.",
		"Pertanyaan yang sering muncul di komentar kami jadikan bahan konten berikutnya.",
		"Kami belum punya waktu rutin untuk membaca data insight secara mendalam.",
	}},
	{"optimize.authentic_conversation", []string{
		"Admin membalas komentar dengan sapaan yang ramah dan sesekali memakai bahasa Sunda.",
		"Balasan dibuat personal, tidak hanya menyalin jawaban yang sama untuk semua warga.",
		"Beberapa balasan masih terasa kaku karena memakai bahasa surat dinas.",
	}},
	{"manage.media_monitoring", []string{
		"Tim memantau komentar, mention, dan grup percakapan warga setiap pagi dan sore.",
		"Isu yang berpotensi menjadi hoaks dicatat di log pemantauan dan dilaporkan kepada kepala bidang.",
		"Pemantauan di luar jam kerja belum terjadwal sehingga isu malam hari baru diketahui keesokan paginya.",
	}},
	{"manage.quick_response", []string{
		"Pertanyaan warga pada jam kerja biasanya dijawab dalam kurang dari satu jam.",
		"Keluhan diteruskan ke perangkat daerah terkait dan warga diberi kabar tindak lanjutnya.",
		"Komentar yang masuk pada malam hari atau akhir pekan sering baru dijawab pada hari kerja berikutnya.",
	}},
	{"manage.real_time", []string{
		"Saat acara berlangsung, admin mengunggah story secara langsung dari lokasi.",
		"Siaran langsung dipakai untuk upacara dan rapat paripurna agar warga bisa mengikuti dari rumah.",
		"Koneksi internet di lokasi acara kadang membuat unggahan langsung terlambat.",
	}},
	{"engage.know_audience", []string{
		"Data insight menunjukkan sebagian besar pengikut berusia 18 sampai 34 tahun dan tinggal di wilayah kabupaten.",
		"Gaya bahasa dan jam unggah kami sesuaikan dengan kebiasaan pengikut yang aktif pagi dan malam hari.",
		"Kami belum tahu banyak tentang pengikut yang tinggal di luar daerah.",
	}},
	{"engage.influencers_communities", []string{
		"Kami berkolaborasi dengan akun dinas, komunitas fotografi, dan kreator lokal untuk kampanye besar.",
		"Tokoh masyarakat dan kreator lokal diajak membuat konten bersama saat perayaan daerah.",
		"Kerja sama dengan kreator masih bersifat insidental dan belum ada perjanjian tertulis.",
	}},
	{"engage.how_when", []string{
		"Unggahan penting dijadwalkan pukul tujuh sampai sembilan pagi atau selepas magrib.",
		"Kuis dan stiker polling di story dipakai untuk mengajak warga berinteraksi.",
		"Interaksi naik saat ada acara besar, tetapi turun lagi pada pekan-pekan biasa.",
	}},
}

// Fictional informants, observers' settings and document titles.
var (
	informants = []struct{ name, role string }{
		{"Hendra Gunawan", "Kepala Bidang Informasi dan Komunikasi Publik"},
		{"Ratna Sari Dewi", "Kepala Seksi Pengelolaan Media"},
		{"Agus Setiawan", "Admin media sosial"},
		{"Yuli Handayani", "Admin media sosial"},
		{"Dadang Suherman", "Pranata humas"},
		{"Nurul Aini", "Warga pengikut akun"},
		{"Rudi Hartono", "Jurnalis media lokal"},
		{"Siti Maryam", "Ketua komunitas fotografi"},
	}
	settings  = []string{"Ruang media center Diskominfo", "Lokasi acara di Alun-alun", "Ruang rapat Bidang IKP"}
	docTitles = []string{"SOP Pengelolaan Media Sosial", "Laporan bulanan pengelolaan media sosial",
		"Surat edaran jam layanan informasi", "Rencana konten triwulanan"}
	assessments = []string{"optimal", "belum_optimal", "tidak_ada", ""}
)

// writeNotes writes n notes (interviews, observations and documents in
// turn), ten per file, dated over the project's days.
func writeNotes(t *tree, r *rand.Rand, n int, start time.Time, days int) {
	var b strings.Builder
	file := 0
	flush := func() {
		if b.Len() > 0 {
			file++
			t.writeFile(fmt.Sprintf("notes/catatan-%03d.yaml", file), []byte(b.String()))
			b.Reset()
		}
	}
	for k := range n {
		if k > 0 && k%10 == 0 {
			flush()
		}
		if k%10 > 0 {
			b.WriteString("---\n")
		}
		date := start.AddDate(0, 0, r.IntN(days)).Format("2006-01-02")
		switch k % 3 {
		case 0:
			inf := informants[r.IntN(len(informants))]
			fmt.Fprintf(&b, "kind: interview\nid: W%d\ndate: %s\ninformant: {name: %s, role: %s}\ninterviewer: Peneliti\nsegments:\n",
				k+1, date, yamlQuote(inf.name), yamlQuote(inf.role))
			writeSegments(&b, r, k, 4, "")
		case 1:
			fmt.Fprintf(&b, "kind: observation\nid: O%d\ndate: %s\nobserver: Peneliti\nsetting: %s\nentries:\n",
				k+1, date, yamlQuote(settings[r.IntN(len(settings))]))
			writeSegments(&b, r, k, 3, "time")
		default:
			fmt.Fprintf(&b, "kind: document\nid: D%d\ndate: %s\ntitle: %s\nsegments:\n",
				k+1, date, yamlQuote(docTitles[r.IntN(len(docTitles))]))
			writeSegments(&b, r, k, 2, "")
		}
	}
	flush()
}

// writeSegments writes m coded segments (or observation entries, with a
// time when timeKey is set), cycling through every code.
func writeSegments(b *strings.Builder, r *rand.Rand, k, m int, timeKey string) {
	for j := range m {
		ct := codeTexts[(k*m+j)%len(codeTexts)]
		if timeKey != "" {
			fmt.Fprintf(b, "  - %s: \"%02d:%02d\"\n    code: %s\n", timeKey, 8+2*j, r.IntN(60), ct.code)
		} else {
			fmt.Fprintf(b, "  - code: %s\n", ct.code)
		}
		text := pick(r, ct.texts)
		if ct.code == "manage.media_monitoring" && r.IntN(4) == 0 {
			text += " Hal ini disampaikan juga oleh Hendra Gunawan dalam rapat evaluasi."
		}
		fmt.Fprintf(b, "    text: %s\n", yamlQuote(text))
		if a := assessments[r.IntN(len(assessments))]; a != "" {
			fmt.Fprintf(b, "    assessment: %s\n", a)
		}
	}
}

// yamlQuote returns s as a YAML double-quoted scalar.
func yamlQuote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	s = strings.ReplaceAll(s, "\n", `\n`)
	return `"` + s + `"`
}

// writeNarratives writes one templated narrative file per stage.
func writeNarratives(t *tree) {
	for _, st := range []struct{ stage, title, text string }{
		{"share", "Tahap membagikan", "Akun dikelola secara rutin dengan perpaduan foto, carousel, reel, dan story. Konsistensi unggahan masih bergantung pada ketersediaan admin."},
		{"optimize", "Tahap mengoptimalkan", "Tim mulai membaca data insight setiap bulan untuk memilih format dan jam unggah yang paling efektif."},
		{"manage", "Tahap mengelola", "Pemantauan isu dan respons komentar berjalan baik pada jam kerja; malam hari dan akhir pekan masih menjadi titik lemah."},
		{"engage", "Tahap mengikutsertakan", "Kolaborasi dengan perangkat daerah dan komunitas lokal meningkatkan interaksi, terutama saat perayaan daerah."},
	} {
		t.writeFile("narrative/"+st.stage+".md", []byte("---\nstage: "+st.stage+"\n---\n\n## "+st.title+"\n\n"+st.text+"\n"))
	}
}
