package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"
)

// lastYear is the last calendar year of a scale project.
const lastYear = 2026

// postHourWeights are the weights of the local publish hours 00–23.
var postHourWeights = []float64{0, 0, 0, 0, 0, 0.5, 2, 6, 8, 10, 9, 7, 5, 6, 6, 7, 7, 5, 5, 7, 6, 3, 1, 0.3}

// scale holds the state of one scale project.
type scale struct {
	o              *options
	r              *rand.Rand
	g              *ids
	loc, exportLoc *time.Location
	start          time.Time // first local day, 00:00
	days           int
	posts          []*post
	files          []exportFile
}

// writeScale writes a scale project: o.posts content rows over o.years
// years, o.comments comment rows, daily series over every day, o.notes
// notes, narrative, monitoring log, audience and rapor.yaml.
func writeScale(t *tree, o *options) error {
	loc, exportLoc, err := zones()
	if err != nil {
		return err
	}
	s := &scale{o: o, loc: loc, exportLoc: exportLoc}
	s.r = rand.New(rand.NewPCG(o.seed, 0x5ca1e))
	s.g = newIDs(s.r)
	firstYear := lastYear - o.years + 1
	s.start = time.Date(firstYear, time.January, 1, 0, 0, 0, 0, loc)
	s.days = int(time.Date(lastYear+1, time.January, 1, 0, 0, 0, 0, loc).Sub(s.start).Hours()/24 + 0.5)
	s.files = monthFiles(s.g, firstYear, time.January, 12*o.years)
	budgets, err := s.makePosts()
	if err != nil {
		return err
	}
	if n := writeContentExports(t, "exports", s.files, s.posts, exportLoc); n > 0 {
		return fmt.Errorf("%d posts fall outside the content exports", n)
	}
	s.writeComments(t, budgets)
	s.writeDaily(t)
	writeAudience(t, "exports/Audiens.csv", &exampleAudience)
	s.writeMonitoring(t)
	writeNotes(t, s.r, o.notes, s.start, s.days)
	writeNarratives(t)
	t.writeFile("rapor.yaml", []byte(scaleConfig(o, firstYear)))
	return t.err
}

// makePosts generates the content rows (own feed posts, stories and
// collaboration rows) and returns, per post, its number of comment rows.
func (s *scale) makePosts() ([]int, error) {
	n := s.o.posts
	collabs := n * 3 / 100
	stories := n * 32 / 100
	feed := n - collabs - stories
	if feed == 0 && s.o.comments > 0 {
		return nil, fmt.Errorf("-comments %d needs at least one feed post (-posts)", s.o.comments)
	}
	partners := []*account{dinkes, disparbud, dinkopukm}
	firstExport := time.Date(s.start.Year(), time.January, 1, 0, 0, 0, 0, s.exportLoc)
	s.posts = make([]*post, 0, n)
	for k := range n {
		p := &post{acct: ownAccount, own: true}
		switch {
		case k < feed:
			p.kind = kind(pickWeighted(s.r, []float64{35, 25, 40}))
		case k < feed+stories:
			p.kind = kStory
		default:
			p.acct, p.own = partners[k%len(partners)], false
			p.kind = kind(pickWeighted(s.r, []float64{20, 30, 50}))
		}
		day := s.start.AddDate(0, 0, s.r.IntN(s.days))
		p.local = day.Add(time.Duration(pickWeighted(s.r, postHourWeights))*time.Hour +
			time.Duration(s.r.IntN(60))*time.Minute)
		if p.local.Before(firstExport) { // still the previous year in Meta's export zone
			p.local = firstExport.In(s.loc).Add(time.Duration(s.r.IntN(8*60)) * time.Minute)
		}
		s.posts = append(s.posts, p)
	}
	sort.SliceStable(s.posts, func(a, b int) bool { return s.posts[a].local.Before(s.posts[b].local) })
	var weights []float64
	for _, p := range s.posts {
		p.id = s.g.nextPostID()
		if p.kind == kStory {
			p.code = s.g.nextStoryID()
			storyMetrics(s.r, p, false)
			continue
		}
		p.code = s.g.nextShortcode()
		p.topic = topicKeys[s.r.IntN(len(topicKeys))]
		if p.local.Month() == time.October && p.local.Day() >= 5 && p.local.Day() <= 14 {
			p.topic = "hut"
		}
		p.caption = caption(topics[p.topic], s.r.IntN(len(topics[p.topic].captions)), s.r.IntN(3) == 0)
		if !p.own {
			p.caption = "Kolaborasi bersama @" + ownAccount.user + "\n\n" + p.caption
		}
		feedMetrics(s.r, p, time.September, 0)
		growth := 1 + 0.12*float64(p.local.Year()-s.start.Year())
		for _, m := range []int{mViews, mReach, mLikes, mShares, mSaves} {
			if p.m[m] > 0 {
				p.m[m] = round(float64(p.m[m]) * growth)
			}
		}
		if !p.own {
			p.m[mReach], p.m[mFollows] = -1, -1
			p.m[mComments] = int64(s.r.IntN(30))
			continue
		}
		weights = append(weights, float64(p.m[mReach]))
	}
	// Spread the comment rows over the own feed posts in proportion to reach.
	budgets := make([]int, 0, len(weights))
	var total, cum float64
	for _, w := range weights {
		total += w
	}
	prev := 0
	for _, w := range weights {
		cum += w
		upto := int(float64(s.o.comments) * cum / total)
		budgets = append(budgets, upto-prev)
		prev = upto
	}
	if len(budgets) > 0 {
		budgets[len(budgets)-1] += s.o.comments - prev
	}
	k := 0
	for _, p := range s.posts {
		if p.own && p.kind != kStory {
			p.m[mComments] = int64(budgets[k])
			k++
		}
	}
	return budgets, nil
}

// writeComments streams the comments CSV: budgets[k] rows for the k-th own
// feed post, with the account's answers getting better year by year.
func (s *scale) writeComments(t *tree, budgets []int) {
	f := t.create("komentar.csv", false, false)
	graph := s.o.shape == "graph"
	if graph {
		f.writeString(graphCommentsHeader + "\n")
	} else {
		f.writeString(commentsHeader + "\n")
	}
	cg := &commentGen{r: s.r, loc: s.loc, own: ownAccount, nextID: 17850000000000000,
		user: func(r *rand.Rand) string { return username(r.IntN(50_000)) }}
	var rows []*comment // graph: one post's rows, written newest first
	emit := func(c *comment) { writeComment(f, c) }
	if graph {
		emit = func(c *comment) { rows = append(rows, c) }
	}
	k := 0
	for _, p := range s.posts {
		if !p.own || p.kind == kStory {
			continue
		}
		prof := yearProfile(p.local.Year()-s.start.Year(), s.o.years)
		rows = rows[:0]
		cg.forPost(p, -1, budgets[k], &prof, commentMix(p.topic), emit)
		writeGraphComments(f, rows)
		k++
	}
	f.close()
}

// yearProfile interpolates the reply behaviour from September's (first
// year) to October's (last year) of the example.
func yearProfile(y, years int) replyProfile {
	w := 1.0
	if years > 1 {
		w = float64(y) / float64(years-1)
	}
	lerp := func(a, b float64) float64 { return a + (b-a)*w }
	a, b := septemberReplies, octoberReplies
	p := a
	for c := range p.pReply {
		p.pReply[c] = lerp(a.pReply[c], b.pReply[c])
	}
	p.dayMedian = lerp(a.dayMedian, b.dayMedian)
	p.eveningMedian = lerp(a.eveningMedian, b.eveningMedian)
	p.nightPiket = lerp(a.nightPiket, b.nightPiket)
	p.weekendPiket = lerp(a.weekendPiket, b.weekendPiket)
	return p
}

// writeDaily writes the four daily metric files and the unfollows per year,
// and the follower total over every day. The anniversary (12 October) is a
// reach and views spike.
func (s *scale) writeDaily(t *tree) {
	dayOf := func(tm time.Time) int {
		d := time.Date(tm.Year(), tm.Month(), tm.Day(), 0, 0, 0, 0, time.UTC)
		return int(d.Sub(time.Date(s.start.Year(), 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	}
	postReach := make([]float64, s.days)
	for _, p := range s.posts {
		if d := dayOf(p.local); p.own && d >= 0 && d < s.days && p.m[mReach] > 0 {
			postReach[d] += float64(p.m[mReach])
		}
	}
	start := time.Date(s.start.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	reach := series{start: start, values: make([]int64, s.days)}
	views := series{start: start, values: make([]int64, s.days)}
	follows := series{start: start, values: make([]int64, s.days)}
	visits := series{start: start, values: make([]int64, s.days)}
	followers := series{start: start, values: make([]int64, s.days)}
	unfollows := series{start: start, values: make([]int64, s.days)}
	total := int64(20_000)
	for d := range s.days {
		day := reach.day(d)
		base := 4000 * (1 + 0.12*float64(day.Year()-start.Year()))
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			base *= 0.85
		}
		if day.Month() == time.October && day.Day() == 12 {
			base += 9000
		}
		v := lognormal(s.r, base, 0.12) + 0.5*postReach[d]
		reach.values[d] = round(v)
		views.values[d] = round(v * lognormal(s.r, 1.75, 0.06))
		visits.values[d] = round(v * lognormal(s.r, 0.028, 0.15))
		fw := round(10 + v/520*lognormal(s.r, 1, 0.2))
		follows.values[d] = fw
		unfollows.values[d] = round(float64(fw) * lognormal(s.r, 0.22, 0.3))
		total += fw - unfollows.values[d]
		followers.values[d] = total
	}
	for y := start.Year(); y <= lastYear; y++ {
		from := dayOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		to := dayOf(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))
		dir := "exports/harian/" + strconv.Itoa(y) + "/"
		writeDaily(t, dir+"Jangkauan.csv", titleReach, &reach, from, to)
		writeDaily(t, dir+"Tayangan.csv", titleViews, &views, from, to)
		writeDaily(t, dir+"Pengikut.csv", titleFollows, &follows, from, to)
		writeDaily(t, dir+"Kunjungan.csv", titleProfileVisits, &visits, from, to)
		writeWide(t, dir+"berhenti-mengikuti.csv", "unfollows", &unfollows, from, to, nil)
	}
	writeFollowersTotal(t, "exports/pengikut-total.csv", &followers)
}

// Monitoring case material.
var (
	caseChannels   = []string{"instagram", "instagram", "whatsapp", "facebook", "tiktok", "x"}
	caseCategories = []string{"hoaks", "keluhan", "pertanyaan"}
	caseSummaries  = [][]string{
		{"Pesan berantai pendaftaran bansos lewat tautan palsu", "Video banjir lama diunggah ulang sebagai kejadian baru", "Akun palsu mengatasnamakan Bupati meminta transfer dana", "Kabar pungutan biaya pembuatan KTP-el"},
		{"Keluhan jalan rusak", "Keluhan antrean di Mal Pelayanan Publik", "Keluhan sampah menumpuk di pasar", "Keluhan lampu penerangan jalan mati"},
		{"Pertanyaan jadwal Disdukcapil keliling", "Pertanyaan syarat beasiswa daerah", "Pertanyaan jadwal imunisasi", "Pertanyaan lokasi posko pengungsian"},
	}
)

// writeMonitoring writes about 60 monitoring cases per year.
func (s *scale) writeMonitoring(t *tree) {
	f := t.create("pemantauan.csv", false, false)
	f.writeString("case_id,detected_at,channel,category,summary,responded_at,resolved_at,status\n")
	n := 60 * s.o.years
	times := make([]time.Time, n)
	for k := range times {
		times[k] = s.start.Add(time.Duration(s.r.Int64N(int64(s.days) * int64(24*time.Hour)))).Truncate(time.Minute)
	}
	sortTimes(times)
	const layout = "2006-01-02T15:04:05-07:00"
	for k, at := range times {
		cat := pickWeighted(s.r, []float64{30, 45, 25})
		b := append(f.line, "K-"...)
		b = strconv.AppendInt(b, int64(k+1), 10)
		b = append(b, ',')
		b = at.AppendFormat(b, layout)
		b = append(b, ',')
		b = append(b, pick(s.r, caseChannels)...)
		b = append(b, ',')
		b = append(b, caseCategories[cat]...)
		b = append(b, ',')
		b = appendField(b, pick(s.r, caseSummaries[cat]), false)
		b = append(b, ',')
		status := "selesai"
		if s.r.IntN(20) > 0 {
			resp := at.Add(hours(lognormal(s.r, 2, 0.9))).Truncate(time.Minute)
			b = resp.AppendFormat(b, layout)
			b = append(b, ',')
			if s.r.IntN(10) > 0 {
				b = resp.Add(hours(lognormal(s.r, 20, 0.8))).Truncate(time.Minute).AppendFormat(b, layout)
			} else {
				status = "proses"
			}
		} else {
			b = append(b, ',')
			status = "proses"
		}
		b = append(b, ',')
		f.line = append(b, status...)
		f.flushLine()
	}
	f.close()
}

// scaleConfig returns the rapor.yaml of a scale project.
func scaleConfig(o *options, firstYear int) string {
	period := o.period
	if period == "" {
		period = strconv.Itoa(lastYear)
	}
	var events string
	var holidays []string
	for y := firstYear; y <= lastYear; y++ {
		events += fmt.Sprintf("  - {date: %d-10-12, label: \"HUT Kabupaten Sukamaju ke-%d\"}\n", y, 44-(lastYear-y))
		holidays = append(holidays, fmt.Sprintf("%d-01-01", y), fmt.Sprintf("%d-08-17", y), fmt.Sprintf("%d-12-25", y))
	}
	return fmt.Sprintf(`# Synthetic scale project written by cmd/synth (seed %d): %d content rows,
# %d comment rows, %d years, %d notes. The numbers are random.
title: Proyek sintetis @kab.sukamaju
organization: Diskominfo Kabupaten Sukamaju
account: kab.sukamaju
language: id
timezone: Asia/Jakarta
export_timezone: America/Los_Angeles
period: %s
compare: previous
channels:
  - {platform: instagram, handle: kab.sukamaju}
  - {platform: tiktok, handle: kab.sukamaju, followers: 12033}
home_region: [Sukamaju, Cibeureum]
targets:
  share.posts_per_week: {min: 7}
  share.longest_gap_days: {max: 3}
  manage.response_rate: {min: 0.6}
  manage.median_response_hours: {max: 6}
  engage.er_reach: {min: 0.05}
  manage.replied_within_sla: {min: 0.8}
target_near: 0.1
service:
  hours: "08:00-16:00"
  holidays: [%s]
sources:
  - {kind: posts, path: "exports/*_*_*.csv"}
  - {kind: daily, path: "exports/harian/**/*.csv"}
  - {kind: daily, path: "exports/pengikut-total.csv"}
  - {kind: audience, path: "exports/Audiens.csv"}
  - {kind: comments, path: "komentar.csv"}
  - {kind: monitoring, path: "pemantauan.csv"}
  - {kind: notes, path: "notes/*.yaml"}
narrative: "narrative/*.md"
events:
%sprivacy:
  pseudonymize: true
  redact: ["Hendra Gunawan"]
`, o.seed, o.posts, o.comments, o.years, o.notes, period, strings.Join(holidays, ", "), events)
}
