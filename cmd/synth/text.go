package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Comment categories.
const (
	catQuestion = iota
	catComplaint
	catPraise
	catOther
	numCats
)

// topic is the text material for one kind of content: caption variants,
// hashtags, the partner account mentioned in captions, and topic-specific
// audience comments per category.
type topic struct {
	captions []string
	tags     string
	mention  string // partner account (without @) named in the caption, or ""
	comments [numCats][]string
}

// generalComments are audience comments that fit any post, per category.
var generalComments = [numCats][]string{
	catQuestion: {
		"Min, infonya bisa dibagikan di story juga?",
		"Kalau mau tanya lebih lanjut ke nomor berapa ya min?",
		"Berlaku untuk semua kecamatan min?",
		"Tautannya mana min? Di bio belum ada",
		"Apakah hari Sabtu buka juga?",
		"Syaratnya apa saja ya min?",
	},
	catComplaint: {
		"Lampu PJU di Jalan Raya Cibeureum mati sudah dua minggu min, mohon ditindaklanjuti 🙏",
		"Sampah di Pasar Sukamaju menumpuk lagi, tolong diperhatikan",
		"Min, laporan saya di Lapor Bupati belum ada tanggapan",
		"Saluran air di Perum Griya Asri mampet, tiap hujan banjir",
		"Jalan ke Desa Cikadu berlubang parah, sudah banyak yang jatuh",
	},
	catPraise: {
		"Mantap min, informatif 👍",
		"Semoga Sukamaju makin maju!",
		"Keren, terima kasih infonya",
		"Luar biasa 👏👏",
		"Sehat selalu Pak Bupati dan jajaran",
		"Adminnya fast respon, mantap",
	},
	catOther: {
		"🔥🔥🔥",
		"Hadir min",
		"Nyimak",
		"@dewi.lestari89 nih info buat kamu",
		"Sukamaju 💚",
		"Izin share ya min",
	},
}

// replies are the account's replies, per category of the comment.
var replies = [numCats][]string{
	catQuestion: {
		"Halo Kak, terima kasih pertanyaannya. Informasi lengkap dapat dilihat di sorotan story kami ya 🙏",
		"Halo Kak, jadwal untuk kecamatan lainnya akan kami umumkan minggu depan. Pantau terus akun ini ya.",
		"Halo Kak, silakan hubungi layanan Lapor Bupati di nomor WhatsApp yang tertera di bio. Terima kasih.",
		"Halo Kak, betul, berlaku untuk seluruh kecamatan di Kabupaten Sukamaju.",
	},
	catComplaint: {
		"Terima kasih laporannya, Kak. Sudah kami teruskan ke perangkat daerah terkait untuk ditindaklanjuti 🙏",
		"Mohon maaf atas ketidaknyamanannya, Kak. Laporan sudah kami catat dan diteruskan ke dinas terkait.",
		"Terima kasih, Kak. Boleh kirimkan titik lokasinya lewat DM agar segera ditindaklanjuti?",
	},
	catPraise: {
		"Terima kasih dukungannya, Kak! 💚",
		"Aamiin, terima kasih Kak 🙏",
		"Terima kasih sudah menyimak, Kak!",
	},
	catOther: {
		"Terima kasih, Kak 🙏",
		"Silakan dibagikan, Kak. Terima kasih!",
	},
}

// topics holds the caption and comment material by topic key.
var topics = map[string]*topic{
	"adminduk": {
		captions: []string{
			"Layanan Disdukcapil Keliling hadir di Kecamatan Cibeureum! 🪪\n\nWarga dapat mengurus perekaman KTP-el, pencetakan KIA, dan perubahan data Kartu Keluarga.\n📍 Aula Kantor Kecamatan Cibeureum\n🗓️ Kamis, pukul 08.00–14.00 WIB\n\nJangan lupa membawa fotokopi KK, ya.",
			"Sudah punya Identitas Kependudukan Digital (IKD)? 📱\n\nAktivasi IKD kini bisa dilakukan di seluruh kantor kecamatan se-Kabupaten Sukamaju. Cukup bawa KTP-el dan ponsel dengan nomor yang aktif.",
			"Pengurusan dokumen kependudukan di Disdukcapil Kabupaten Sukamaju GRATIS, tanpa pungutan apa pun.\n\nBila ada oknum yang meminta bayaran, laporkan melalui kanal Lapor Bupati.",
		},
		tags:    "#Disdukcapil #LayananPublik",
		mention: "disdukcapil.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Min, perekaman KTP-el untuk anak yang baru 17 tahun bisa di sana juga?",
				"Kalau KK hilang syaratnya apa saja min?",
				"IKD sudah bisa dipakai di iPhone belum ya?",
				"Kecamatan Sukasari kapan dapat giliran min?",
			},
			catComplaint: {"Blangko KTP di kecamatan kami kosong terus min"},
		},
	},
	"kesehatan": {
		captions: []string{
			"Musim hujan tiba, waspadai demam berdarah! 🦟\n\nLakukan 3M Plus: menguras, menutup, dan mendaur ulang barang bekas, ditambah menaburkan larvasida. Segera ke puskesmas terdekat bila demam tinggi lebih dari dua hari.",
			"Posyandu bukan hanya untuk menimbang balita. 💙\n\nDi Posyandu Integrasi Layanan Primer, lansia dan remaja juga bisa memeriksakan tekanan darah dan gula darah secara gratis.",
		},
		tags:    "#SukamajuSehat",
		mention: "dinkes.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Posyandu di Desa Mekarsari buka tanggal berapa ya min?",
				"Cek gula darahnya perlu puasa dulu min?",
			},
			catComplaint: {"Fogging di RW 05 Sukasari belum dilakukan, padahal sudah ada yang kena DBD"},
		},
	},
	"bias": {
		captions: []string{
			"Bulan Imunisasi Anak Sekolah (BIAS) 2026 resmi dicanangkan! 💉\n\nSelama Oktober–November, petugas puskesmas akan datang ke SD/MI di seluruh Kabupaten Sukamaju untuk imunisasi campak-rubela, DT, dan Td. Imunisasi ini aman, halal, dan gratis.",
			"Orang tua tidak perlu khawatir: vaksin BIAS telah mendapat izin edar BPOM dan dipakai secara nasional selama bertahun-tahun. 👩‍⚕️\n\nTanyakan langsung kepada petugas puskesmas bila ada keraguan.",
		},
		tags:    "#BIAS2026 #SukamajuSehat",
		mention: "dinkes.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Anak saya kelas 1 SD, jadwal imunisasinya kapan ya?",
				"Kalau anak sedang batuk pilek boleh ikut imunisasi?",
				"Apakah perlu surat persetujuan orang tua min?",
				"Anak yang sekolah di MI swasta dapat juga min?",
			},
			catPraise: {"Terima kasih Dinkes, anak saya sudah diimunisasi di sekolah 🙏"},
		},
	},
	"jalan": {
		captions: []string{
			"Update perbaikan jalan ruas Sukamaju–Cibeureum 🚧\n\nPengaspalan sepanjang 2,4 km ditargetkan selesai akhir bulan ini. Selama pengerjaan, diberlakukan buka-tutup jalur pukul 09.00–16.00 WIB. Mohon maaf atas ketidaknyamanannya.",
			"Terima kasih atas laporan warga melalui kanal Lapor Bupati. 🙏\n\nJembatan gantung di Desa Mekarsari kini sudah diperbaiki dan dapat dilalui kembali.",
		},
		tags:    "#InfrastrukturSukamaju",
		mention: "dpupr.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Ruas Cikadu–Mekarsari kapan giliran diaspal min?",
				"Buka-tutupnya sampai tanggal berapa?",
			},
			catComplaint: {
				"Baru diaspal tahun lalu sudah rusak lagi min",
				"Jalan di depan SDN 3 Cibeureum juga rusak, tolong dicek",
			},
		},
	},
	"umkm": {
		captions: []string{
			"Bazar UMKM Sukamaju kembali digelar di Alun-alun! 🛍️\n\nLebih dari 60 pelaku usaha lokal menghadirkan kuliner, kerajinan bambu, dan batik khas Sukamaju. Yuk, belanja produk lokal!",
			"Pendaftaran pelatihan pemasaran digital untuk pelaku UMKM dibuka! 💻\n\nKuota 100 peserta, tanpa biaya. Daftar melalui tautan di bio.",
		},
		tags: "#UMKMSukamaju #BanggaBuatanIndonesia",
		comments: [numCats][]string{
			catQuestion: {
				"Daftarnya di mana min? Tautan di bio tidak bisa dibuka",
				"Ada biaya sewa stan untuk bazarnya?",
			},
		},
	},
	"wisata": {
		captions: []string{
			"Akhir pekan ini ke mana? 🌿\n\nCurug Citambur di Kecamatan Cibeureum menawarkan air terjun setinggi 40 meter dengan udara yang sejuk. Tiket masuk Rp10.000 untuk wisatawan lokal.",
			"Senja di Situ Sukamaju selalu punya cerita. 🌅\n\nBagikan foto terbaikmu dengan tagar #PesonaSukamaju, karya terpilih akan kami unggah ulang!",
		},
		tags:    "#PesonaSukamaju #WisataJabar",
		mention: "disparbud.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Parkirnya luas tidak min?",
				"Akses jalannya bisa dilalui mobil?",
			},
			catPraise: {"Indah banget, jadi kangen pulang kampung 😍"},
		},
	},
	"bupati": {
		captions: []string{
			"Bupati Sukamaju meninjau pelaksanaan program makan bergizi gratis di SDN 2 Sukamaju. Bupati memastikan menu yang disajikan memenuhi standar gizi anak sekolah.",
			"Rapat koordinasi percepatan penurunan stunting bersama camat dan kepala puskesmas se-Kabupaten Sukamaju. 📊\n\nPrevalensi stunting ditargetkan turun di bawah 14 persen pada akhir 2026.",
			"Bupati Sukamaju menerima audiensi Forum Anak Daerah. 👧👦\n\nSuara anak adalah bagian dari perencanaan pembangunan daerah.",
		},
		tags: "#SukamajuMaju",
	},
	"cuaca": {
		captions: []string{
			"⚠️ Peringatan dini cuaca\n\nBMKG memprakirakan hujan lebat disertai angin kencang di wilayah selatan Kabupaten Sukamaju pada sore hingga malam hari. Warga di sekitar bantaran sungai diimbau tetap waspada.\n\nDarurat? Hubungi Call Center 112.",
			"Tim BPBD bersama relawan membersihkan material longsor di ruas jalan Desa Cikadu. 🚜\n\nJalan sudah dapat dilalui kendaraan roda dua dan roda empat.",
		},
		tags:    "#SiagaBencana",
		mention: "bpbd.sukamaju",
		comments: [numCats][]string{
			catQuestion: {"Posko pengungsian di mana saja min?"},
			catPraise:   {"Terima kasih relawan dan BPBD, gerak cepat 👏"},
		},
	},
	"info": {
		captions: []string{
			"Program pemutihan denda pajak kendaraan bermotor diperpanjang hingga 30 November 2026. 🚗\n\nManfaatkan kesempatan ini di Samsat terdekat atau melalui aplikasi Sambara.",
			"Beasiswa Sukamaju Cerdas 2026 untuk mahasiswa berprestasi dari keluarga kurang mampu telah dibuka. 🎓\n\nSimak persyaratannya di slide berikut.",
			"Jadwal pelayanan Mal Pelayanan Publik Kabupaten Sukamaju:\nSenin–Jumat pukul 08.00–15.00 WIB\nSabtu pukul 08.00–12.00 WIB\n\nTersedia 23 jenis layanan dalam satu gedung.",
		},
		tags: "#InfoSukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Beasiswanya untuk semester berapa saja min?",
				"Pemutihan berlaku untuk motor yang mati pajaknya 5 tahun?",
				"MPP buka saat libur nasional tidak?",
			},
		},
	},
	"hoaks": {
		captions: []string{
			"[HOAKS] Beredar pesan berantai yang menyebutkan pendaftaran bantuan sosial melalui tautan tertentu. Informasi tersebut TIDAK BENAR. ❌\n\nPemerintah Kabupaten Sukamaju tidak pernah memungut biaya atau meminta data pribadi lewat tautan. Cek fakta di kanal resmi kami sebelum membagikan informasi.",
		},
		tags: "#CekFakta #LawanHoaks",
		comments: [numCats][]string{
			catQuestion: {
				"Jadi yang benar daftarnya lewat mana min?",
				"Min, nomor WA yang mengatasnamakan dinsos itu juga palsu?",
			},
			catPraise: {"Terima kasih klarifikasinya min, grup WA keluarga sudah heboh"},
		},
	},
	"hoaks_bias": {
		captions: []string{
			"[HOAKS] Pesan berantai yang menyebut vaksin BIAS menyebabkan anak lumpuh adalah TIDAK BENAR. ❌\n\nDinas Kesehatan memastikan vaksin yang digunakan aman dan telah melalui uji klinis. Bila ragu, tanyakan langsung kepada petugas puskesmas.",
		},
		tags:    "#CekFakta #BIAS2026",
		mention: "dinkes.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Jadi anak saya tetap aman diimunisasi besok kan min?",
				"Sumber pesan berantainya dari mana min?",
			},
			catPraise: {"Cepat sekali klarifikasinya, terima kasih min 🙏"},
		},
	},
	"pancasila": {
		captions: []string{"Selamat Hari Kesaktian Pancasila, 1 Oktober 2026. 🇮🇩\n\nPancasila adalah rumah kita bersama. Mari jaga persatuan di Bumi Sukamaju."},
		tags:     "#HariKesaktianPancasila",
	},
	"batik": {
		captions: []string{"Selamat Hari Batik Nasional! 👘\n\nHari ini ASN Kabupaten Sukamaju kompak mengenakan batik motif Kujang Sukamaju. Kamu pakai motif apa hari ini?"},
		tags:     "#HariBatikNasional #BatikSukamaju",
	},
	"santri": {
		captions: []string{"Selamat Hari Santri 2026. 🕌\n\nSantri berdaya, Sukamaju berjaya!"},
		tags:     "#HariSantri2026",
	},
	"sumpah": {
		captions: []string{"Selamat Hari Sumpah Pemuda ke-98! ✊\n\nPemuda Sukamaju, bersatu dan berkarya untuk negeri."},
		tags:     "#SumpahPemuda",
	},
	"hut": {
		captions: []string{
			"Menuju HUT ke-44 Kabupaten Sukamaju! 🎉\n\nRangkaian acara:\n• Festival Kuliner Nusantara (9–11 Oktober)\n• Pawai Budaya (11 Oktober)\n• Upacara dan Sidang Paripurna (12 Oktober)\n• Panggung Rakyat di Alun-alun (12 Oktober malam)",
			"Festival Kuliner Nusantara hari pertama! 🍢\n\nAda 80 stan kuliner khas Sukamaju, dari nasi liwet hingga dodol ketan.",
			"Pawai Budaya HUT ke-44 Kabupaten Sukamaju diikuti 40 kecamatan dan komunitas seni. 🥁\n\nSiapa yang hadir di sepanjang Jalan Raya Sukamaju sore ini?",
			"Dirgahayu Kabupaten Sukamaju ke-44! 🎂\n\nEmpat puluh empat tahun membangun bersama warga. Terima kasih atas doa, kerja keras, dan kebersamaan seluruh masyarakat Sukamaju.",
			"Momen khidmat Upacara Peringatan HUT ke-44 Kabupaten Sukamaju di Lapangan Setda.\n\nTema tahun ini: \"Sukamaju Tangguh, Melayani Sepenuh Hati\".",
			"Panggung Rakyat HUT ke-44 malam ini dipadati ribuan warga! 🙌\n\nTerima kasih sudah menjaga ketertiban dan kebersihan Alun-alun.",
			"Terima kasih! Rangkaian HUT ke-44 Kabupaten Sukamaju telah selesai. 🎬\n\nSimak kilas balik keseruannya di video ini.",
			"Hitung mundur lima hari menuju HUT ke-44 Kabupaten Sukamaju! ⏳\n\nSiapkan dirimu untuk sepekan penuh kemeriahan di Alun-alun.",
			"Jangan lewatkan lomba bedug antarkecamatan dan pembuatan dodol raksasa di Festival Kuliner Nusantara hari ini! 🥁🍬",
			"Rapat Paripurna Istimewa DPRD dalam rangka HUT ke-44 Kabupaten Sukamaju. 🏛️\n\nBupati menyampaikan capaian pembangunan dan arah kebijakan tahun depan.",
		},
		tags:    "#HUTSukamaju44 #SukamajuTangguh",
		mention: "disparbud.sukamaju",
		comments: [numCats][]string{
			catQuestion: {
				"Panggung rakyat mulai jam berapa min?",
				"Bintang tamunya siapa saja min?",
				"Pawainya lewat jalan mana saja min?",
			},
			catComplaint: {
				"Parkir di sekitar alun-alun semrawut min",
				"Macet parah di Jalan Siliwangi, tidak ada petugas",
			},
			catPraise: {
				"Dirgahayu Sukamaju ke-44! 🎉",
				"Bangga jadi warga Sukamaju 💚",
				"Pawainya seru banget tahun ini",
				"Semoga makin jaya kabupaten tercinta",
				"Videonya keren, merinding lihatnya",
			},
		},
	},
}

// topicKeys lists the topic keys in a fixed order (for scale projects).
var topicKeys = []string{"adminduk", "kesehatan", "jalan", "umkm", "wisata", "bupati", "cuaca", "info", "hoaks"}

// caption builds a caption: variant v of the topic's text, a blank line,
// the hashtags, and a mention of the partner account when mention is set.
func caption(t *topic, v int, mention bool) string {
	var b strings.Builder
	b.WriteString(t.captions[v%len(t.captions)])
	b.WriteString("\n\n#KabSukamaju ")
	b.WriteString(t.tags)
	if mention && t.mention != "" {
		b.WriteString("\n\nBersama @")
		b.WriteString(t.mention)
	}
	return b.String()
}

// commentText returns an audience comment of category cat for a post of
// topic t: a topic-specific one when the topic has some (two times in
// three), else a general one.
func commentText(r *rand.Rand, t *topic, cat int) string {
	if t != nil && len(t.comments[cat]) > 0 && r.IntN(3) > 0 {
		return pick(r, t.comments[cat])
	}
	return pick(r, generalComments[cat])
}

// Parts of generated commenter usernames.
var (
	firstNames = []string{"rina", "agus", "dewi", "budi", "siti", "yusuf", "nur", "eko", "fitri", "asep",
		"dian", "wahyu", "lilis", "dedi", "yanti", "rizky", "ujang", "neng", "hendri", "sri",
		"ilham", "putri", "cecep", "ayu", "dadan", "euis", "fajar", "intan", "iwan", "mega"}
	lastParts = []string{"sukamaju", "cibeureum", "lestari", "pratama", "nugraha", "saputra", "rahayu",
		"hidayat", "permana", "wulandari", "kurnia", "official", "id", "jabar", "store"}
)

// username returns the commenter username with index i (deterministic).
func username(i int) string {
	f := firstNames[i%len(firstNames)]
	l := lastParts[(i/len(firstNames))%len(lastParts)]
	n := i / (len(firstNames) * len(lastParts))
	var b strings.Builder
	b.WriteString(f)
	switch i % 3 {
	case 0:
		b.WriteByte('.')
	case 1:
		b.WriteByte('_')
	}
	b.WriteString(l)
	if n > 0 {
		b.WriteString(strconv.Itoa(n + 80))
	}
	return b.String()
}
