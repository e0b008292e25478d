package report

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestStrings checks that Add shares an index between equal strings, New
// does not, 0 is "", and strings cut from the shared blocks stay intact
// after many more are added.
func TestStrings(t *testing.T) {
	var s Strings
	if s.Get(0) != "" || s.Add("") != 0 || s.New("") != 0 || s.Get(7) != "" {
		t.Fatal("the empty string is index 0, and an unknown index reads as empty")
	}
	a, b := s.Add("ani"), s.Add(strings.Clone("ani"))
	n1, n2 := s.New("ani"), s.New("ani")
	if a != b || a == n1 || n1 == n2 || s.Get(n2) != "ani" {
		t.Errorf("Add: %d %d, New: %d %d", a, b, n1, n2)
	}
	var ids []Str
	for i := range 100000 {
		ids = append(ids, s.New(strconv.Itoa(i)+strings.Repeat("x", i%50)))
	}
	big := strings.Repeat("y", 200<<10) // longer than a block
	bi := s.New(big)
	for i, id := range ids {
		if want := strconv.Itoa(i) + strings.Repeat("x", i%50); s.Get(id) != want {
			t.Fatalf("string %d = %q, want %q", i, s.Get(id), want)
		}
	}
	if s.Get(bi) != big || s.Get(a) != "ani" {
		t.Error("a long string or an added one changed")
	}
}

// TestCommentPackRow checks that a comment packed and read back is the
// same row, for every flag and optional value set or not.
func TestCommentPackRow(t *testing.T) {
	at := time.Date(2026, 10, 2, 3, 4, 5, 600, time.UTC)
	yes, no := true, false
	rt := at.Add(90 * time.Minute)
	rows := []CommentRow{
		{ID: "17850000000048917", Username: "ani", Time: at, Line: 2},
		{ID: "c2", ParentID: "c1", PostKey: "DlrR1TSAAKk", Username: "budi", Time: at, Replied: &yes, ReplyTime: &rt,
			Sentiment: "positif", Category: "jalan", Source: 3, NoReplies: true, Question: true, Line: 1 << 20},
		{ID: "c3", Username: "cici", Time: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), Replied: &no},
		{ID: "c4", Username: "dodi", Time: time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)},
	}
	var s Strings
	for _, r := range rows {
		c := r.Pack(&s)
		if got := c.Row(&s); !reflect.DeepEqual(got, r) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, r)
		}
	}
	jkt := time.FixedZone("WIB", 7*3600)
	c := CommentRow{ID: "x", Time: at.In(jkt)}.Pack(&s)
	if !c.Time().Equal(at) || c.Time().Location() != time.UTC {
		t.Errorf("time %v, want %v in UTC", c.Time(), at)
	}
	if !InstantOf(at).Before(InstantOf(at.Add(1))) || InstantOf(at).Compare(InstantOf(at.In(jkt))) != 0 {
		t.Error("instants order as their times")
	}
}

// TestCommentSize pins the packed size: a million comments in 56 MB.
func TestCommentSize(t *testing.T) {
	if n := unsafe.Sizeof(Comment{}); n != 56 {
		t.Errorf("a Comment takes %d bytes, want 56", n)
	}
	var c Comment
	c.SetSource(MaxSources - 1)
	c.SetQuestion(true)
	c.SetReplied(false)
	if c.Source() != MaxSources-1 || !c.Question() {
		t.Error("the source index and the flags share a word without touching each other")
	}
	if r, known := c.Replied(); r || !known {
		t.Error("replied: false but known")
	}
}
