package ingest

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rapor-id/rapor/report"
)

// FuzzReadText: decoding and delimiter sniffing never panic, and every
// record keeps a line number.
func FuzzReadText(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "sep=;\nx;y\n", "\xff\xfes\x00e\x00p\x00=\x00,\x00\n\x00", "\"unterminated,\n1,2", "a\tb\tc\n1\t2\t3\n", "Caf\xe9;1,5\n",
		"sep=,\rReach\r\"Date\",\"Primary\"\r\"2026-05-25\",\"1\"\r", "a,b,c\n1,2,\"x\n2,3,4\n3,4,\"y\"\n", "a,b,c\n1,2,3\n4,5", "a,b\r\n1,\"2\r\n"} {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("testdata/*.csv"); len(files) > 0 {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		tx, err := readText(raw, 0)
		if err != nil || tx == nil {
			return
		}
		for _, r := range tx.Records {
			if r.Line < 1 {
				t.Fatalf("record without a line: %+v", r)
			}
		}
	})
}

// FuzzParseNum: number parsing never panics and never yields NaN.
func FuzzParseNum(f *testing.F) {
	for _, s := range []string{"1.234", "1,234.5", "10,6", "12,5%", "9.авг", "1e400", "-3", " 4 ", "NaN", "1e308", "-1e308", "Inf", "1e-400", "999999999999999999"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		v, ok, err := parseNum(s, numFormat{decimalComma: comma})
		if err == nil && ok && (v != v || math.IsInf(v, 0) || math.Abs(v) > MaxValue) {
			t.Fatalf("%v from %q: not a finite number within MaxValue", v, s)
		}
		_ = decideNumFormat([]string{s}, comma)
	})
}

// FuzzParseTime: timestamp parsing never panics; a value that parses in
// one zone parses in any other; a value with an offset (Z, +07:00, +0700,
// +00) is the same instant whatever the zone, and a naive value lies in the
// given zone with the same wall clock in each.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"10/05/2026 09:00", "2026-10-05T09:00:00+0700", "2026-03-12 16:56:57.097+00", "2025-02-01T19:06:00.000Z", "31/12/2026", "2026-10-05"} {
		f.Add(s, false)
	}
	jkt, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, dayFirst bool) {
		a, errA := parseTime(s, jkt, dayFirst)
		b, errB := parseTime(s, time.UTC, dayFirst)
		_ = decideDayFirst([]string{s}, dayFirst)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("%q parses in one zone only: Asia/Jakarta %v, UTC %v", s, errA, errB)
		}
		if errA != nil || a.Equal(b) {
			return // not a time, or a value with an offset: one instant
		}
		// A naive value: Asia/Jakarta is never at UTC's offset, so the
		// instants differ, and each time must be in its own zone at the same
		// wall clock, the zone's offset apart.
		if a.Location() != jkt || b.Location() != time.UTC {
			t.Fatalf("naive %q: zones %v and %v, want Asia/Jakarta and UTC", s, a.Location(), b.Location())
		}
		if wa, wb := a.Format("2006-01-02 15:04:05.999999999"), b.Format("2006-01-02 15:04:05.999999999"); wa != wb {
			t.Fatalf("naive %q: wall clock %s in Asia/Jakarta, %s in UTC", s, wa, wb)
		}
		if _, off := a.Zone(); b.Sub(a) != time.Duration(off)*time.Second {
			t.Fatalf("naive %q: %v between the Asia/Jakarta and UTC readings, want the zone offset %ds", s, b.Sub(a), off)
		}
	})
}

// FuzzLoadPosts: a posts file of any bytes gives problems, never a panic,
// and its rows add up.
func FuzzLoadPosts(f *testing.F) {
	if b, err := os.ReadFile("testdata/posts-id/Oct-01-2026_Oct-31-2026_111.csv"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("Post ID,Publish time,Permalink,Post type\n1,10/01/2026 10:00,https://www.instagram.com/p/X/,IG image\n"))
	// One folder and one configuration per fuzz process (inputs run one at a
	// time in it): a fresh t.TempDir and time-zone load per input made each
	// input cost milliseconds, so minimising a new input took the whole
	// -fuzztime and the run looked stalled.
	dir := f.TempDir()
	base := oneSource(f, dir, "kab.uji", report.Source{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		if err := os.WriteFile(filepath.Join(dir, "p.csv"), raw, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := freshConfig(base, report.Source{Kind: "posts", Files: []string{"p.csv"}})
		ds := Load(cfg, Options{})
		fr := ds.Files[0]
		if fr.RowsRead != fr.RowsUsed+fr.SkippedTotal() {
			t.Fatalf("rows read %d != used %d + skipped %d", fr.RowsRead, fr.RowsUsed, fr.SkippedTotal())
		}
	})
}

// FuzzLoadKinds: a file of any bytes read as any kind gives problems, never
// a panic, and its rows add up.
func FuzzLoadKinds(f *testing.F) {
	kinds := []string{"posts", "daily", "audience", "comments", "monitoring"}
	seeds := []string{apifyPosts, audience2023, untitledDaily, contentHeader + "1,2,kab.uji,Ha",
		"comment_id,username,timestamp,text\n1,ani,2026-01-01T10:00:00Z,\"hello\n2,budi,2026-01-01T11:00:00Z,hi\n",
		"breakdown_type,breakdown_value,count\ncity,A,1e308\n", "IG_ACCOUNT,FOLLOW,UNIQUE_USERS\n1,2,3\n"}
	for i, s := range seeds {
		f.Add([]byte(s), uint8(i))
	}
	dir := f.TempDir() // see FuzzLoadPosts
	base := oneSource(f, dir, "kab.uji", report.Source{})
	f.Fuzz(func(t *testing.T, raw []byte, k uint8) {
		if err := os.WriteFile(filepath.Join(dir, "Reach.csv"), raw, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := freshConfig(base, report.Source{Kind: kinds[int(k)%len(kinds)], Files: []string{"Reach.csv"}})
		ds := Load(cfg, Options{})
		fr := ds.Files[0]
		if fr.RowsRead != fr.RowsUsed+fr.SkippedTotal() {
			t.Fatalf("rows read %d != used %d + skipped %d", fr.RowsRead, fr.RowsUsed, fr.SkippedTotal())
		}
	})
}

// freshConfig copies base with src as its only source and fresh maps, so
// that nothing one input's Load records reaches the next input.
func freshConfig(base *report.Config, src report.Source) *report.Config {
	cfg := *base
	cfg.Sources = []report.Source{src}
	cfg.PosOf = map[string]report.Pos{}
	return &cfg
}
