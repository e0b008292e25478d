package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"
)

// exampleSeed seeds the bundled example (the regency's 44th anniversary).
const exampleSeed = 44

// The accounts of the example.
var (
	ownAccount = &account{id: "17841405822301146", user: "kab.sukamaju", name: "Kabupaten Sukamaju"}
	dinkes     = &account{id: "17841402236719804", user: "dinkes.sukamaju", name: "Dinas Kesehatan Kabupaten Sukamaju"}
	disparbud  = &account{id: "17841448807351215", user: "disparbud.sukamaju", name: "Disparbud Sukamaju"}
	dinkopukm  = &account{id: "17841460115322987", user: "dinkopukm.sukamaju", name: "Dinas Koperasi dan UKM Sukamaju"}
)

// plan is one planned feed post of the example: local date and time
// ("MM-DD HH:MM" in 2026, Asia/Jakarta), type, topic and caption variant
// (-1: the next variant of the topic).
type plan struct {
	when    string
	kind    kind
	topic   string
	variant int
}

// Short names for the plan tables.
const (
	img  = kImage
	car  = kCarousel
	reel = kReel
)

// septemberPlan: 28 feed posts (12 images, 10 carousels, 6 reels) and a gap
// of 3.8 days (18–22 September) while the admins attend a provincial
// training.
var septemberPlan = []plan{
	{"09-01 15:10", car, "info", 2}, {"09-02 09:30", img, "bupati", 0}, {"09-03 10:15", car, "adminduk", 0},
	{"09-04 16:20", reel, "wisata", 0}, {"09-05 09:00", img, "kesehatan", 0}, {"09-07 08:45", img, "info", 0},
	{"09-08 11:00", car, "umkm", 1}, {"09-08 19:30", reel, "bupati", 1}, {"09-09 10:00", img, "cuaca", 0},
	{"09-10 13:15", car, "jalan", 0}, {"09-11 15:45", reel, "umkm", 0}, {"09-12 08:30", img, "wisata", 1},
	{"09-14 09:10", car, "info", 1}, {"09-15 10:30", img, "hoaks", 0}, {"09-15 16:00", img, "adminduk", 2},
	{"09-16 11:20", reel, "cuaca", 1}, {"09-17 09:00", car, "kesehatan", 1}, {"09-18 14:30", img, "bupati", 2},
	{"09-22 10:00", car, "jalan", 1}, {"09-23 13:00", img, "info", 0}, {"09-24 09:30", reel, "adminduk", 1},
	{"09-24 19:00", img, "umkm", 0}, {"09-25 10:45", car, "wisata", 0}, {"09-26 09:15", img, "kesehatan", 1},
	{"09-28 08:50", car, "info", 1}, {"09-29 11:30", reel, "jalan", 0}, {"09-29 15:00", img, "bupati", 0},
	{"09-30 10:00", car, "umkm", 1},
}

// octoberPlan: 40 feed posts (12 images, 12 carousels, 16 reels), ten of
// them about the 44th anniversary (5–14 October, four on the 12th), and the
// quick clarification of a hoax about the school immunisation month on the
// evening of 19 October. The first post (1 October 06:30 WIB) is 30
// September in Meta's Pacific time, so it sits in the September export.
var octoberPlan = []plan{
	{"10-01 06:30", img, "pancasila", 0}, {"10-02 07:30", img, "batik", 0}, {"10-02 14:00", car, "info", 2},
	{"10-03 09:00", reel, "wisata", 1}, {"10-05 09:30", car, "hut", 0}, {"10-05 15:30", img, "adminduk", 1},
	{"10-06 10:00", reel, "bupati", 0}, {"10-07 11:00", car, "umkm", 0}, {"10-07 19:00", reel, "hut", 7},
	{"10-08 09:00", img, "kesehatan", 0}, {"10-08 16:00", car, "jalan", 0}, {"10-09 10:00", reel, "hut", 1},
	{"10-10 08:30", img, "cuaca", 0}, {"10-10 16:00", car, "hut", 8}, {"10-11 17:30", reel, "hut", 2},
	{"10-12 06:00", img, "hut", 3}, {"10-12 10:30", car, "hut", 4}, {"10-12 14:00", reel, "hut", 9},
	{"10-12 21:00", reel, "hut", 5}, {"10-14 10:00", reel, "hut", 6}, {"10-14 15:00", img, "info", 1},
	{"10-15 09:30", car, "adminduk", 0}, {"10-16 11:00", reel, "wisata", 0}, {"10-17 09:00", img, "umkm", 1},
	{"10-19 08:30", car, "bias", 0}, {"10-19 21:15", img, "hoaks_bias", 0}, {"10-20 10:00", reel, "bias", 1},
	{"10-21 13:30", car, "jalan", 1}, {"10-22 07:30", img, "santri", 0}, {"10-22 15:00", reel, "bupati", 2},
	{"10-23 10:00", car, "info", 0}, {"10-24 09:30", reel, "umkm", 0}, {"10-26 09:00", car, "kesehatan", 1},
	{"10-26 16:30", reel, "cuaca", 1}, {"10-27 10:00", img, "adminduk", 2}, {"10-28 07:00", img, "sumpah", 0},
	{"10-28 15:00", reel, "bupati", 1}, {"10-29 10:30", car, "wisata", 1}, {"10-30 09:00", reel, "info", 0},
	{"10-31 10:00", reel, "wisata", 0},
}

// Stories per day (one digit per day of the month): 20 in September (none
// 19–21 September), 35 in October (five on the 12th).
const (
	septemberStories = "101100110120120110000101110111"
	octoberStories   = "1200112122351111001211100101111"
)

// collabPlan are posts of partner accounts that list @kab.sukamaju as a
// collaborator: two in September, four in October.
var collabPlan = []struct {
	when    string
	acct    *account
	kind    kind
	topic   string
	caption string
}{
	{"09-10 16:00", dinkes, kReel, "kesehatan", "Ayo ke posyandu! 💙 Timbang balita, cek tekanan darah lansia, semua gratis.\n\n#SukamajuSehat #Posyandu"},
	{"09-26 10:00", disparbud, kCarousel, "wisata", "Lima curug tersembunyi di Kabupaten Sukamaju yang wajib kamu datangi musim ini 🌿\n\n#PesonaSukamaju"},
	{"10-11 16:00", disparbud, kReel, "hut", "Pawai Budaya HUT ke-44 dari atas udara! 🥁🎉\n\n#HUTSukamaju44 #PesonaSukamaju"},
	{"10-12 19:30", disparbud, kReel, "hut", "Malam puncak Panggung Rakyat HUT ke-44 Kabupaten Sukamaju ✨\n\n#HUTSukamaju44"},
	{"10-20 09:00", dinkes, kReel, "bias", "Hari pertama BIAS 2026 di SDN 1 Sukamaju. Anak-anak hebat, berani diimunisasi! 💪💉\n\n#BIAS2026"},
	{"10-24 15:00", dinkopukm, kCarousel, "umkm", "Kenalan dengan 10 produk UMKM unggulan Sukamaju yang tampil di Bazar HUT ke-44 🛍️\n\n#UMKMSukamaju"},
}

// Per-topic multipliers of reach in the example.
var reachBoost = map[string]float64{
	"hut": 1.9, "hoaks": 1.9, "hoaks_bias": 2.6, "bias": 1.3, "cuaca": 1.3, "wisata": 1.2,
	"adminduk": 1.1, "batik": 1.1, "bupati": 0.75, "umkm": 0.9, "kesehatan": 0.9,
	"santri": 0.9, "sumpah": 0.9,
}

// Extra reach for the anniversary highlights (by caption variant).
var hutHighlight = map[int]float64{2: 1.4, 3: 1.5, 5: 1.6, 6: 1.2}

// Comment propensity per topic (audience comments per reach).
var commentBoost = map[string]float64{
	"info": 1.4, "adminduk": 1.5, "bias": 1.5, "jalan": 1.4, "hoaks": 1.2, "hoaks_bias": 1.3,
	"hut": 0.9, "bupati": 0.6, "pancasila": 0.4, "batik": 0.5, "santri": 0.4, "sumpah": 0.4,
}

// commentMix returns the comment category weights for a topic.
func commentMix(topic string) [numCats]float64 {
	switch topic {
	case "hut", "pancasila", "batik", "santri", "sumpah":
		return [numCats]float64{0.2, 0.08, 0.55, 0.17}
	case "hoaks", "hoaks_bias":
		return [numCats]float64{0.35, 0.05, 0.45, 0.15}
	case "info", "adminduk", "bias", "umkm":
		return [numCats]float64{0.5, 0.12, 0.23, 0.15}
	case "jalan":
		return [numCats]float64{0.35, 0.35, 0.15, 0.15}
	}
	return [numCats]float64{0.35, 0.12, 0.33, 0.2}
}

// Reply behaviour: September (slow, few answers at night or at weekends)
// and October (a new duty roster with an evening and weekend shift).
var (
	septemberReplies = replyProfile{
		pReply:    [numCats]float64{0.62, 0.55, 0.15, 0.05},
		dayMedian: 3.5, eveningMedian: 9, nightPiket: 0.03, weekendPiket: 0.1,
		pFlagOnly: 0.06, pFlagTime: 0.06, pFlagOnRow: 0.3, pTidak: 0.35,
	}
	octoberReplies = replyProfile{
		pReply:    [numCats]float64{0.95, 0.9, 0.6, 0.3},
		dayMedian: 0.55, eveningMedian: 1.6, nightPiket: 0.2, weekendPiket: 0.6,
		pFlagOnly: 0.06, pFlagTime: 0.06, pFlagOnRow: 0.3, pTidak: 0.35,
	}
)

// exampleProject is the generated data of the bundled example.
type exampleProject struct {
	loc, exportLoc *time.Location
	posts          []*post    // own feed posts, stories and collaboration rows, by time
	comments       []*comment // in file order
	files          []exportFile
	reach, views   series
	follows        series
	unfollows      series
	visits         series
	followers      series // from 31 August
	audience       audience
}

// buildExample generates the example project's data. It fails only when
// the plan tables above hold a malformed time.
func buildExample(loc, exportLoc *time.Location) (*exampleProject, error) {
	rng := rand.New(rand.NewPCG(exampleSeed, 0x5eed))
	g := newIDs(rng)
	x := &exampleProject{loc: loc, exportLoc: exportLoc}
	var bad error
	at := func(s string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", "2026-"+s, loc)
		if err != nil && bad == nil {
			bad = fmt.Errorf("example plan: %w", err)
		}
		return t
	}
	used := map[string]int{}
	addPlan := func(ps []plan, month time.Month) {
		for _, pl := range ps {
			v := pl.variant
			if v < 0 {
				v = used[pl.topic]
			}
			used[pl.topic]++
			p := &post{acct: ownAccount, own: true, kind: pl.kind, local: at(pl.when), topic: pl.topic}
			// Event partners are always named; other partners now and then.
			mention := pl.topic == "hut" || pl.topic == "bias" || pl.topic == "hoaks_bias" || rng.IntN(20) < 7
			p.caption = caption(topics[pl.topic], v, mention)
			feedMetrics(rng, p, month, v)
			x.posts = append(x.posts, p)
		}
	}
	addPlan(septemberPlan, time.September)
	addPlan(octoberPlan, time.October)
	addStories := func(month time.Month, perDay string) {
		for d, ch := range perDay {
			n := int(ch - '0')
			for k := range n {
				h := 8 + (12*k)/n + rng.IntN(12/n)
				if month == time.September && d == 0 {
					h = 14 + rng.IntN(6) // 1 September before 14:00 WIB is still August in Meta's export
				}
				t := time.Date(2026, month, d+1, h, rng.IntN(60), 0, 0, loc)
				p := &post{acct: ownAccount, own: true, kind: kStory, local: t}
				storyMetrics(rng, p, month == time.October && d+1 == 12)
				x.posts = append(x.posts, p)
			}
		}
	}
	addStories(time.September, septemberStories)
	addStories(time.October, octoberStories)
	for _, cp := range collabPlan {
		p := &post{acct: cp.acct, kind: cp.kind, local: at(cp.when), topic: cp.topic, caption: cp.caption}
		feedMetrics(rng, p, p.local.Month(), 0)
		p.m[mReach], p.m[mFollows] = -1, -1
		x.posts = append(x.posts, p)
	}
	sort.SliceStable(x.posts, func(a, b int) bool { return x.posts[a].local.Before(x.posts[b].local) })
	for _, p := range x.posts {
		p.id = g.nextPostID()
		if p.kind == kStory {
			p.code = g.nextStoryID()
		} else {
			p.code = g.nextShortcode()
		}
	}
	x.files = monthFiles(g, 2026, time.September, 2)
	x.comments = exampleComments(rng, g, x.posts, loc)
	x.daily(rng)
	x.audience = exampleAudience
	return x, bad
}

// feedMetrics fills the lifetime metrics of a feed post (comments are
// filled later from the comments file).
func feedMetrics(rng *rand.Rand, p *post, month time.Month, variant int) {
	base := [...]float64{kImage: 2400, kCarousel: 3000, kReel: 4800}[p.kind]
	er := [...]float64{kImage: 0.037, kCarousel: 0.05, kReel: 0.058}[p.kind]
	boost := 1.0
	if b, ok := reachBoost[p.topic]; ok {
		boost = b
	}
	if p.topic == "hut" {
		if h, ok := hutHighlight[variant]; ok {
			boost *= h
		}
		er *= 1.2
	}
	if month == time.October {
		base *= 1.08
		er *= 1.08
	}
	reach := lognormal(rng, base*boost, 0.3)
	inter := reach * lognormal(rng, er, 0.2)
	p.m = blankMetrics()
	p.m[mReach] = round(reach)
	p.m[mViews] = round(reach * [...]float64{kImage: 1.35, kCarousel: 1.9, kReel: 2.4}[p.kind] * lognormal(rng, 1, 0.1))
	p.m[mShares] = round(inter * lognormal(rng, 0.09, 0.3))
	p.m[mSaves] = round(inter * lognormal(rng, 0.08, 0.3))
	p.m[mLikes] = round(inter) - p.m[mShares] - p.m[mSaves]
	if p.m[mLikes] < 0 {
		p.m[mLikes] = 0
	}
	if rng.IntN(8) == 0 || p.topic == "hut" && p.kind == kReel {
		p.m[mFollows] = 1 + round(reach/2500*rng.Float64())
	}
	if p.kind == kReel {
		p.duration = 15 + rng.IntN(76)
	}
}

// storyMetrics fills a story's metrics: views, reach, shares and the story
// metrics; likes, comments and saves are blank.
func storyMetrics(rng *rand.Rand, p *post, anniversary bool) {
	med := 1100.0
	if p.local.Month() == time.October {
		med = 1300
	}
	if anniversary {
		med = 2500
	}
	reach := lognormal(rng, med, 0.3)
	p.m = blankMetrics()
	p.m[mReach] = round(reach)
	p.m[mViews] = round(reach * lognormal(rng, 1.25, 0.08))
	p.m[mShares] = int64(rng.IntN(6))
	p.m[mReplies] = int64(rng.IntN(9))
	p.m[mNavigation] = round(reach * lognormal(rng, 0.8, 0.15))
	p.m[mProfileVisits] = int64(2 + rng.IntN(29))
	p.m[mStickerTaps] = 0
	if rng.IntN(10) < 3 {
		p.m[mStickerTaps] = int64(5 + rng.IntN(60))
	}
	p.duration = 5
	if rng.IntN(3) == 0 {
		p.duration = 15
	}
}

// exampleComments generates the comments file: audience comments on the
// own feed posts with the account's replies, three comments on a partner's
// anniversary reel (not the account's post), and two comments on an August
// post that is in no export.
func exampleComments(rng *rand.Rand, g *ids, posts []*post, loc *time.Location) []*comment {
	users := make([]string, 160)
	for k := range users {
		users[k] = username(k*7 + rng.IntN(7))
	}
	cg := &commentGen{r: rng, loc: loc, own: ownAccount, nextID: 17902156400000000,
		user: func(r *rand.Rand) string { return pick(r, users) }}
	var out []*comment
	emit := func(c *comment) { out = append(out, c) }
	august := &post{acct: ownAccount, own: true, kind: kCarousel, topic: "info",
		local: time.Date(2026, time.August, 31, 21, 0, 0, 0, loc), id: "18041229870455123", code: "DN2kq7LhSu4"}
	cg.forPost(august, 2, 5, &septemberReplies, commentMix("info"), emit)
	for _, p := range posts {
		if p.kind == kStory {
			continue
		}
		if !p.own {
			if p.acct == disparbud && p.local.Day() == 12 {
				cg.forPost(p, 3, 3, nil, commentMix("hut"), emit)
			}
			continue
		}
		prof := &septemberReplies
		if p.local.Month() == time.October {
			prof = &octoberReplies
		}
		boost := 1.0
		if b, ok := commentBoost[p.topic]; ok {
			boost = b
		}
		top := int(round(float64(p.m[mReach]) / 1000 * boost * lognormal(rng, 1, 0.35)))
		n := 0
		cg.forPost(p, top, 2*top, prof, commentMix(p.topic), func(c *comment) { n++; emit(c) })
		p.m[mComments] = int64(n)
		p.m[mLikes] = max(0, p.m[mLikes]-p.m[mComments]) // comments are part of the interactions drawn
	}
	for _, p := range posts {
		if !p.own && p.kind != kStory {
			p.m[mComments] = int64(3 + rng.IntN(20))
		}
	}
	return out
}

// daily builds the daily series: a base that follows the posting rhythm,
// plus the reach of the day's posts and stories, a spike on the
// anniversary (a views spike for manage.spike_days), follows that follow
// reach, unfollows, and a follower total that ends at 48,210 on 31 October.
func (x *exampleProject) daily(rng *rand.Rand) {
	start := time.Date(2026, time.September, 1, 0, 0, 0, 0, time.UTC)
	const days = 61
	postReach := make([]float64, days+1)
	storyReach := make([]float64, days+1)
	for _, p := range x.posts {
		if !p.own {
			continue
		}
		d := int(time.Date(p.local.Year(), p.local.Month(), p.local.Day(), 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
		if d < 0 || d >= days {
			continue
		}
		if p.kind == kStory {
			storyReach[d] += float64(p.m[mReach])
		} else {
			postReach[d] += float64(p.m[mReach])
		}
	}
	x.reach = series{start: start, values: make([]int64, days)}
	x.views = series{start: start, values: make([]int64, days)}
	x.follows = series{start: start, values: make([]int64, days)}
	x.visits = series{start: start, values: make([]int64, days)}
	x.unfollows = series{start: start, values: make([]int64, days)}
	unfollows := x.unfollows.values
	for d := range days {
		day := start.AddDate(0, 0, d)
		base := 5200.0
		if day.Month() == time.October {
			base = 5600
		}
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			base *= 0.85
		}
		switch day.Day() {
		case 11:
			if day.Month() == time.October {
				base += 4000
			}
		case 12:
			if day.Month() == time.October {
				base += 9000
			}
		}
		prev := 0.0
		if d > 0 {
			prev = postReach[d-1]
		}
		reach := lognormal(rng, base, 0.12) + 0.55*postReach[d] + 0.25*prev + 0.6*storyReach[d]
		x.reach.values[d] = round(reach)
		x.views.values[d] = round(reach * lognormal(rng, 1.75, 0.06))
		x.visits.values[d] = round(reach * lognormal(rng, 0.028, 0.15))
		f := 12 + reach/520*lognormal(rng, 1, 0.2)
		if day.Month() == time.October && day.Day() == 12 {
			f *= 1.5
		}
		x.follows.values[d] = round(f)
		unfollows[d] = round(f * lognormal(rng, 0.22, 0.3))
	}
	// Follower totals from 31 August, ending at 48,210.
	x.followers = series{start: start.AddDate(0, 0, -1), values: make([]int64, days+1)}
	x.followers.values[days] = 48210
	for d := days - 1; d >= 0; d-- {
		x.followers.values[d] = x.followers.values[d+1] - x.follows.values[d] + unfollows[d]
	}
}

// exampleAudience is the audience snapshot of the example.
var exampleAudience = audience{
	ages:  []string{"18-24", "25-34", "35-44", "45-54", "55-64", "65+"},
	women: []float64{14.8, 19.6, 10.9, 5.2, 2.1, 0.8},
	men:   []float64{11.2, 15.3, 9.8, 6.1, 2.9, 1.3},
	cities: []string{"Sukamaju, Jawa Barat", "Cibeureum, Jawa Barat", "Bandung, Jawa Barat",
		"Jakarta, DKI Jakarta", "Bekasi, Jawa Barat", "Bogor, Jawa Barat", "Sukasari, Jawa Barat",
		"Depok, Jawa Barat", "Tasikmalaya, Jawa Barat", "Surabaya, Jawa Timur"},
	cityShares:   []float64{24.6, 8.9, 6.2, 5.8, 3.1, 2.7, 2.2, 1.9, 1.4, 0.9},
	countries:    []string{"Indonesia", "Malaysia", "Arab Saudi", "Singapura", "Taiwan", "Jepang"},
	countryShare: []float64{97.2, 0.9, 0.5, 0.3, 0.3, 0.2},
}

// exampleCases is the example's media-monitoring log.
const exampleCases = `case_id,detected_at,channel,category,summary,responded_at,resolved_at,status
K-2609-01,2026-09-03T09:20:00+07:00,instagram,pertanyaan,Pertanyaan jadwal Disdukcapil keliling di kolom komentar,2026-09-03T11:05:00+07:00,2026-09-03T11:05:00+07:00,selesai
K-2609-02,2026-09-14T20:10:00+07:00,whatsapp,hoaks,Pesan berantai pendaftaran bansos lewat tautan palsu,2026-09-15T10:30:00+07:00,2026-09-16T09:00:00+07:00,selesai
K-2609-03,2026-09-24T13:40:00+07:00,facebook,keluhan,Keluhan jalan rusak di Desa Cikadu,2026-09-25T09:15:00+07:00,2026-09-30T15:00:00+07:00,selesai
K-2610-01,2026-10-06T08:10:00+07:00,instagram,keluhan,Keluhan antrean panjang di Mal Pelayanan Publik,2026-10-06T09:00:00+07:00,2026-10-08T14:00:00+07:00,selesai
K-2610-02,2026-10-11T18:45:00+07:00,tiktok,keluhan,Video kemacetan di sekitar rute Pawai Budaya,2026-10-11T19:30:00+07:00,2026-10-11T21:00:00+07:00,selesai
K-2610-03,2026-10-19T19:40:00+07:00,whatsapp,hoaks,"Pesan berantai: vaksin BIAS disebut menyebabkan kelumpuhan",2026-10-19T21:15:00+07:00,2026-10-20T12:00:00+07:00,selesai
K-2610-04,2026-10-23T10:20:00+07:00,instagram,pertanyaan,Pertanyaan syarat Beasiswa Sukamaju Cerdas,2026-10-23T10:50:00+07:00,2026-10-23T10:50:00+07:00,selesai
K-2610-05,2026-10-29T15:30:00+07:00,x,keluhan,Keluhan sampah menumpuk di Pasar Sukamaju,2026-10-29T16:40:00+07:00,,proses
`
