package main

import (
	"math"
	"math/rand/v2"
	"strconv"
	"time"
)

// kind is a post type.
type kind int

// Post types.
const (
	kImage kind = iota
	kCarousel
	kReel
	kStory
)

// typeNames are the Indonesian Meta Business Suite post type values.
var typeNames = [...]string{"Gambar IG", "Carousel IG", "Reel IG", "Cerita IG"}

// Metric columns of the content export, in header order (after Tanggal).
const (
	mViews = iota
	mReach
	mLikes
	mShares
	mFollows
	mComments
	mSaves
	mReplies
	mNavigation
	mProfileVisits
	mStickerTaps
	numMetrics
)

// contentHeader is the header of the Indonesian content export. Meta quotes
// the header cells that contain a space.
const contentHeader = `"ID Postingan","ID Akun","Nama pengguna akun","Nama akun",Deskripsi,"Durasi (detik)","Waktu penerbitan",Permalink,"Jenis postingan","Komentar data",Tanggal,Tayangan,Jangkauan,Suka,"Frekuensi dibagikan",Mengikuti,Komentar,"Frekuensi Disimpan",Balasan,Navigasi,"Kunjungan profil","Ketukan stiker"`

// contentColumns are the header cells of contentHeader, unquoted.
var contentColumns = []string{"ID Postingan", "ID Akun", "Nama pengguna akun", "Nama akun",
	"Deskripsi", "Durasi (detik)", "Waktu penerbitan", "Permalink", "Jenis postingan",
	"Komentar data", "Tanggal", "Tayangan", "Jangkauan", "Suka", "Frekuensi dibagikan",
	"Mengikuti", "Komentar", "Frekuensi Disimpan", "Balasan", "Navigasi", "Kunjungan profil",
	"Ketukan stiker"}

// account is an Instagram account that appears in the content exports.
type account struct {
	id   string // 17-digit account id
	user string // username
	name string // display name
}

// post is one row of a content export: a feed post, a reel, a carousel or a
// story, of the own account or of a collaborating account.
type post struct {
	acct     *account
	own      bool
	kind     kind
	local    time.Time // publish time in the project time zone
	id       string    // 17-digit post id
	code     string    // shortcode, or the numeric story id
	caption  string
	duration int
	m        [numMetrics]int64 // -1 = blank (not reported)
	topic    string            // caption/comment topic
}

// permalink returns the post's Instagram permalink.
func (p *post) permalink() string {
	switch p.kind {
	case kStory:
		return "https://www.instagram.com/stories/" + p.acct.user + "/" + p.code + "/"
	case kReel:
		return "https://www.instagram.com/reel/" + p.code + "/"
	}
	return "https://www.instagram.com/p/" + p.code + "/"
}

// blankMetrics returns a metric array with every value blank.
func blankMetrics() [numMetrics]int64 {
	var m [numMetrics]int64
	for i := range m {
		m[i] = -1
	}
	return m
}

// shortcodeAlphabet is the alphabet of Instagram shortcodes.
const shortcodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// ids hands out unique, increasing post ids, comment ids and shortcodes.
type ids struct {
	r       *rand.Rand
	postID  uint64
	storyID uint64
	codes   map[string]bool
}

func newIDs(r *rand.Rand) *ids {
	return &ids{r: r, postID: 18041230000000000, storyID: 3441200000000000000, codes: map[string]bool{}}
}

// nextPostID returns a new 17-digit post id.
func (g *ids) nextPostID() string {
	g.postID += 1_000_000 + g.r.Uint64N(4_000_000_000)
	return strconv.FormatUint(g.postID, 10)
}

// nextStoryID returns a new 19-digit story media id.
func (g *ids) nextStoryID() string {
	g.storyID += 1_000_000 + g.r.Uint64N(90_000_000_000)
	return strconv.FormatUint(g.storyID, 10)
}

// nextShortcode returns a new unique 11-character shortcode.
func (g *ids) nextShortcode() string {
	var b [11]byte
	for {
		b[0] = 'D'
		for i := 1; i < len(b); i++ {
			b[i] = shortcodeAlphabet[g.r.IntN(len(shortcodeAlphabet))]
		}
		if s := string(b[:]); !g.codes[s] && b[10] != '-' && b[10] != '_' {
			g.codes[s] = true
			return s
		}
	}
}

// lognormal returns median·e^(σ·N(0,1)).
func lognormal(r *rand.Rand, median, sigma float64) float64 {
	return median * math.Exp(sigma*r.NormFloat64())
}

// round returns x rounded to the nearest integer, at least 0.
func round(x float64) int64 {
	if x < 0 {
		return 0
	}
	return int64(math.Round(x))
}

// pick returns a random element of s.
func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }
