package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// A roll-up (-accounts N) is a folder with a roll-up rapor.yaml and N
// account projects below akun/<group>/<username>/, each covering
// September and October 2026 (period 2026-10, compared with September).
// The accounts differ in size (posts per month, reach), habits (formats,
// stories, how often and how fast they answer comments) and in the inputs
// they have (some have no comments file, some no daily series), and they
// collaborate: collab rows of each other's posts and @-mentions.

// agency is a kind of regional government account.
type agency struct {
	short, name, group string
}

// agencies are the account kinds, in the order accounts are named. The
// first three are the partners of the example account (data/example).
var agencies = []agency{
	{"dinkes", "Dinas Kesehatan", "dinas"},
	{"disparbud", "Dinas Pariwisata dan Kebudayaan", "dinas"},
	{"disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "dinas"},
	{"dinkopukm", "Dinas Koperasi dan UKM", "dinas"},
	{"dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "dinas"},
	{"bpbd", "Badan Penanggulangan Bencana Daerah", "badan"},
	{"kec.cibeureum", "Kecamatan Cibeureum", "kecamatan"},
	{"dinsos", "Dinas Sosial", "dinas"},
	{"dishub", "Dinas Perhubungan", "dinas"},
	{"bappeda", "Badan Perencanaan Pembangunan Daerah", "badan"},
	{"kec.sukasari", "Kecamatan Sukasari", "kecamatan"},
	{"disdik", "Dinas Pendidikan", "dinas"},
	{"dlh", "Dinas Lingkungan Hidup", "dinas"},
	{"satpolpp", "Satuan Polisi Pamong Praja", "badan"},
	{"kec.margajaya", "Kecamatan Margajaya", "kecamatan"},
	{"rsud", "RSUD Sukamaju", "badan"},
}

// groupNames are the roll-up groups of the folders below akun/.
var groupNames = map[string]string{"dinas": "Dinas", "badan": "Badan", "kecamatan": "Kecamatan"}

// knownIDs keeps the account ids the example's collab rows already use.
var knownIDs = map[string]string{dinkes.user: dinkes.id, disparbud.user: disparbud.id, dinkopukm.user: dinkopukm.id}

// habits are what makes one synthetic account differ from another.
type habits struct {
	postsPerMonth int
	formatW       []float64 // image, carousel, reel
	storiesPerDay float64
	reachBase     float64 // typical reach of a post
	erMul         float64
	commentsPer   float64 // comment rows per 1,000 reach
	reply         replyProfile
	comments      bool // has a comments export
	daily         bool // has the daily series and follower totals
	followers     int64
}

// rollAccount is one synthetic account of a roll-up.
type rollAccount struct {
	acct   *account
	group  string
	folder string // akun/<group>/<username>
	h      habits
}

// newRollAccounts names and draws the habits of n accounts.
func newRollAccounts(r *rand.Rand, n int) []*rollAccount {
	out := make([]*rollAccount, n)
	for k := range out {
		ag := agencies[k%len(agencies)]
		user := ag.short + ".sukamaju"
		if k >= len(agencies) {
			user += strconv.Itoa(k/len(agencies) + 1)
		}
		id, ok := knownIDs[user]
		if !ok {
			id = strconv.FormatUint(17841400000000000+r.Uint64N(99_999_999_999), 10)
		}
		name := ag.name + " Kabupaten Sukamaju"
		if k >= len(agencies) {
			name += " " + strconv.Itoa(k/len(agencies)+1)
		}
		a := &rollAccount{acct: &account{id: id, user: user, name: name}, group: ag.group,
			folder: "akun/" + ag.group + "/" + user}
		a.h = drawHabits(r, k)
		out[k] = a
	}
	return out
}

// drawHabits draws the size and habits of account k.
func drawHabits(r *rand.Rand, k int) habits {
	h := habits{
		postsPerMonth: int(min(120, max(3, round(lognormal(r, 18, 0.6))))),
		formatW:       []float64{20 + r.Float64()*40, 10 + r.Float64()*30, 10 + r.Float64()*50},
		reachBase:     lognormal(r, 1500, 0.7),
		erMul:         lognormal(r, 1, 0.3),
		commentsPer:   lognormal(r, 1.2, 0.6),
		comments:      k%6 != 4,
		daily:         k%9 != 7,
		followers:     round(lognormal(r, 6000, 0.9)),
	}
	if r.IntN(4) > 0 {
		h.storiesPerDay = r.Float64() * 1.5
	}
	mul := 0.15 + 0.85*r.Float64()
	h.reply = octoberReplies
	for c := range h.reply.pReply {
		h.reply.pReply[c] = min(1, h.reply.pReply[c]*mul)
	}
	speed := lognormal(r, 2, 0.9)
	h.reply.dayMedian, h.reply.eveningMedian = speed, speed*2.5
	return h
}

// writeRollup writes a roll-up of n accounts below t's root: the accounts
// and the roll-up's rapor.yaml (with extra account entries first).
func writeRollup(t *tree, n int, seed uint64, title string, extra []string) error {
	loc, exportLoc, err := zones()
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 0xacc0))
	accts := newRollAccounts(r, n)
	for k, a := range accts {
		sub := &tree{root: filepath.Join(t.root, filepath.FromSlash(a.folder))}
		others := partnersOf(accts, k)
		writeRollAccount(sub, rand.New(rand.NewPCG(seed, uint64(k)+1)), a, others, loc, exportLoc)
		for _, f := range sub.files {
			t.files = append(t.files, a.folder+"/"+f)
		}
		if sub.err != nil {
			return sub.err
		}
	}
	t.writeFile("rapor.yaml", []byte(rollupConfig(accts, seed, title, extra)))
	return t.err
}

// partnersOf returns the accounts account k collaborates with: the next
// two accounts of the roll-up (none when it has one account).
func partnersOf(accts []*rollAccount, k int) []*account {
	var out []*account
	for d := 1; d <= 2 && d < len(accts); d++ {
		out = append(out, accts[(k+d)%len(accts)].acct)
	}
	return out
}

// rollupConfig returns the roll-up's rapor.yaml: one accounts entry per
// group folder that has accounts.
func rollupConfig(accts []*rollAccount, seed uint64, title string, extra []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Roll-up written by cmd/synth (-accounts %d, seed %d): synthetic agency accounts.\n", len(accts), seed)
	fmt.Fprintf(&b, "title: %s\norganization: Diskominfo Kabupaten Sukamaju\nperiod: 2026-10\ncompare: previous\n", title)
	b.WriteString("targets:\n  share.posts_per_week: {min: 5}\n  engage.er_reach: {min: 0.04}\n" +
		"  manage.response_rate: {min: 0.6}\n  manage.median_response_hours: {max: 6}\naccounts:\n")
	for _, e := range extra {
		b.WriteString("  - " + e + "\n")
	}
	have := map[string]bool{}
	for _, a := range accts {
		have[a.group] = true
	}
	for _, g := range []string{"dinas", "badan", "kecamatan"} {
		if have[g] {
			fmt.Fprintf(&b, "  - {path: \"akun/%s/*\", group: %s}\n", g, groupNames[g])
		}
	}
	return b.String()
}

// writeRollAccount writes one account project.
func writeRollAccount(t *tree, r *rand.Rand, a *rollAccount, partners []*account, loc, exportLoc *time.Location) {
	g := newIDs(r)
	start := time.Date(2026, time.September, 1, 0, 0, 0, 0, loc)
	const days = 61 // September and October
	posts := rollPosts(r, g, a, partners, start, days, exportLoc)
	var comments []*comment
	if a.h.comments {
		cg := &commentGen{r: r, loc: loc, own: a.acct, nextID: 17850000000000000 + r.Uint64N(1e12),
			user: func(r *rand.Rand) string { return username(r.IntN(50_000)) }}
		for _, p := range posts {
			if !p.own || p.kind == kStory {
				continue
			}
			rows := int(round(float64(p.m[mReach]) / 1000 * a.h.commentsPer * lognormal(r, 1, 0.4)))
			p.m[mComments] = 0
			cg.forPost(p, -1, rows, &a.h.reply, commentMix(p.topic), func(c *comment) {
				comments = append(comments, c)
				p.m[mComments]++
			})
		}
	}
	if n := writeContentExports(t, "exports", monthFiles(g, 2026, time.September, 2), posts, exportLoc); n > 0 && t.err == nil {
		t.err = fmt.Errorf("%s: %d posts fall outside the content exports", a.acct.user, n)
	}
	if a.h.comments {
		f := t.create("komentar.csv", false, false)
		f.writeString(commentsHeader + "\n")
		for _, c := range comments {
			writeComment(f, c)
		}
		f.close()
	}
	if a.h.daily {
		writeRollDaily(t, r, a, posts, start, days)
	}
	writeAudience(t, "exports/Audiens.csv", &exampleAudience)
	t.writeFile("rapor.yaml", []byte(accountConfig(a)))
}

// rollPosts draws the account's own feed posts, stories and the collab
// rows of its partners over the days from start.
func rollPosts(r *rand.Rand, g *ids, a *rollAccount, partners []*account, start time.Time, days int, exportLoc *time.Location) []*post {
	var posts []*post
	// the first export starts at midnight in Meta's export zone, later than in the project's
	firstExport := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, exportLoc)
	at := func() time.Time {
		day := start.AddDate(0, 0, r.IntN(days))
		t := day.Add(time.Duration(pickWeighted(r, postHourWeights))*time.Hour + time.Duration(r.IntN(60))*time.Minute)
		if t.Before(firstExport) {
			t = firstExport.In(start.Location()).Add(time.Duration(r.IntN(8*60)) * time.Minute)
		}
		return t
	}
	size := a.h.reachBase / 3000
	nFeed := int(round(float64(a.h.postsPerMonth) * 2 * lognormal(r, 1, 0.1)))
	for range nFeed {
		p := &post{acct: a.acct, own: true, kind: kind(pickWeighted(r, a.h.formatW)), local: at()}
		p.topic = topicKeys[r.IntN(len(topicKeys))]
		p.caption = caption(topics[p.topic], r.IntN(len(topics[p.topic].captions)), false)
		if len(partners) > 0 && r.IntN(5) == 0 {
			p.caption += "\n\nBersama @" + pick(r, partners).user
		}
		feedMetrics(r, p, p.local.Month(), 0)
		for _, m := range []int{mViews, mReach, mLikes, mShares, mSaves} {
			if p.m[m] > 0 {
				mul := size
				if m == mLikes || m == mShares || m == mSaves {
					mul *= a.h.erMul
				}
				p.m[m] = round(float64(p.m[m]) * mul)
			}
		}
		p.m[mComments] = 0
		posts = append(posts, p)
	}
	for range int(round(a.h.storiesPerDay * float64(days))) {
		p := &post{acct: a.acct, own: true, kind: kStory, local: at()}
		storyMetrics(r, p, false)
		posts = append(posts, p)
	}
	for _, partner := range partners {
		for range 1 + r.IntN(2) {
			p := &post{acct: partner, kind: kind(pickWeighted(r, []float64{20, 30, 50})), local: at()}
			p.topic = topicKeys[r.IntN(len(topicKeys))]
			p.caption = "Kolaborasi bersama @" + a.acct.user + "\n\n" + caption(topics[p.topic], 0, false)
			feedMetrics(r, p, p.local.Month(), 0)
			p.m[mReach], p.m[mFollows] = -1, -1
			p.m[mComments] = int64(r.IntN(30))
			posts = append(posts, p)
		}
	}
	sort.SliceStable(posts, func(i, j int) bool { return posts[i].local.Before(posts[j].local) })
	for _, p := range posts {
		p.id = g.nextPostID()
		if p.kind == kStory {
			p.code = g.nextStoryID()
		} else {
			p.code = g.nextShortcode()
		}
	}
	return posts
}

// writeRollDaily writes the daily reach, views, follows and profile visits
// files and the follower totals.
func writeRollDaily(t *tree, r *rand.Rand, a *rollAccount, posts []*post, start time.Time, days int) {
	first := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
	postReach := make([]float64, days)
	for _, p := range posts {
		d := int(time.Date(p.local.Year(), p.local.Month(), p.local.Day(), 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
		if p.own && d >= 0 && d < days && p.m[mReach] > 0 {
			postReach[d] += float64(p.m[mReach])
		}
	}
	mk := func() series { return series{start: first, values: make([]int64, days)} }
	reach, views, follows, visits, followers := mk(), mk(), mk(), mk(), mk()
	total := a.h.followers
	for d := range days {
		v := lognormal(r, a.h.reachBase*0.8, 0.15) + 0.5*postReach[d]
		reach.values[d] = round(v)
		views.values[d] = round(v * lognormal(r, 1.75, 0.06))
		visits.values[d] = round(v * lognormal(r, 0.028, 0.15))
		fw := round(1 + v/600*lognormal(r, 1, 0.2))
		follows.values[d] = fw
		total += fw - round(float64(fw)*lognormal(r, 0.3, 0.3))
		followers.values[d] = total
	}
	writeDaily(t, "exports/harian/Jangkauan.csv", titleReach, &reach, 0, days)
	writeDaily(t, "exports/harian/Tayangan.csv", titleViews, &views, 0, days)
	writeDaily(t, "exports/harian/Pengikut.csv", titleFollows, &follows, 0, days)
	writeDaily(t, "exports/harian/Kunjungan.csv", titleProfileVisits, &visits, 0, days)
	writeFollowersTotal(t, "exports/pengikut-total.csv", &followers)
}

// accountConfig returns an account's rapor.yaml.
func accountConfig(a *rollAccount) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Synthetic account written by cmd/synth -accounts.\ntitle: Evaluasi Instagram @%s\n", a.acct.user)
	fmt.Fprintf(&b, "organization: %s\naccount: %s\nperiod: 2026-10\ncompare: previous\n", a.acct.name, a.acct.user)
	fmt.Fprintf(&b, "channels:\n  - {platform: instagram, handle: %s, followers: %d}\n", a.acct.user, a.h.followers)
	b.WriteString("targets:\n  share.posts_per_week: {min: 4}\nsources:\n  - {kind: posts, path: \"exports/*_*_*.csv\"}\n")
	if a.h.daily {
		b.WriteString("  - {kind: daily, path: \"exports/harian/*.csv\"}\n  - {kind: daily, path: \"exports/pengikut-total.csv\"}\n")
	}
	b.WriteString("  - {kind: audience, path: \"exports/Audiens.csv\"}\n")
	if a.h.comments {
		b.WriteString("  - {kind: comments, path: \"komentar.csv\"}\n")
	}
	return b.String()
}

// The bundled roll-up example (data/example-rollup): the example account
// (data/example, next to it) and three synthetic agencies.
const (
	exampleRollupSeed  = 2026
	exampleRollupTitle = "Evaluasi Media Sosial Perangkat Daerah Kabupaten Sukamaju"
)

var exampleRollupExtra = []string{"{path: ../example, group: Pemerintah Kabupaten, label: Pemerintah Kabupaten Sukamaju}"}

// exampleRollupReadme describes data/example-rollup.
const exampleRollupReadme = `# Contoh roll-up / Example roll-up

Roll-up fiktif Diskominfo Kabupaten Sukamaju: akun kabupaten (../example) dan tiga akun
dinas sintetis di akun/dinas/. Bangun dengan ` + "`rapor build data/example-rollup`" + `.

A fictional roll-up of the Sukamaju regency's communication office: the regency account
(../example) and three synthetic agency accounts in akun/dinas/, with collab rows and
mentions between them. Build it with ` + "`rapor build data/example-rollup`" + `; the outputs
go to data/example-rollup/out/ (the roll-up) and out/accounts/<username>/ (each account).
Regenerate the agencies with ` + "`go run ./cmd/synth -example-rollup -o data/example-rollup -force`" + `.
`
