package ingest

import (
	"hash/maphash"

	"github.com/rapor-id/rapor/report"
)

// internCache sits in front of report.Strings.Add for a column with many
// short repeats (the authors of a million comments): each slot holds its
// key's bytes, so a hit reads one cache line, where the Strings' map
// looks the key up among strings scattered over every id of the file. A
// miss goes through Add, so the indexes are the ones Add alone gives;
// keys too long for a slot go to Add directly.
type internCache struct {
	seed  maphash.Seed
	slots []internSlot // open addressing, a power of two long; id 0 = empty
	n     int          // slots in use
}

// internSlot is 32 bytes: two to a cache line.
type internSlot struct {
	id   report.Str
	size uint8
	key  [internKeyMax]byte
}

const internKeyMax = 27

// maxInternSlots bounds the table (32 bytes a slot); past it, Add alone.
const maxInternSlots = 1 << 21

// add returns strs.Add(s).
func (ic *internCache) add(strs *report.Strings, s string) report.Str {
	if s == "" || len(s) > internKeyMax {
		return strs.Add(s)
	}
	if ic.slots == nil {
		ic.seed = maphash.MakeSeed()
		ic.slots = make([]internSlot, 1024)
	}
	h := maphash.String(ic.seed, s)
	mask := uint64(len(ic.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &ic.slots[i]
		if sl.id == 0 {
			break
		}
		if int(sl.size) == len(s) && string(sl.key[:sl.size]) == s {
			return sl.id
		}
	}
	id := strs.Add(s)
	if (ic.n+1)*4 > len(ic.slots)*3 {
		if 2*len(ic.slots) > maxInternSlots {
			return id
		}
		ic.grow()
	}
	sl := internSlot{id: id, size: uint8(len(s))}
	copy(sl.key[:], s)
	ic.place(sl, h)
	return id
}

// grow doubles the table.
func (ic *internCache) grow() {
	old := ic.slots
	ic.slots = make([]internSlot, 2*len(old))
	ic.n = 0
	for i := range old {
		if o := &old[i]; o.id != 0 {
			ic.place(*o, maphash.Bytes(ic.seed, o.key[:o.size]))
		}
	}
}

// place puts sl in the first free slot from h.
func (ic *internCache) place(sl internSlot, h uint64) {
	mask := uint64(len(ic.slots) - 1)
	i := h & mask
	for ic.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	ic.slots[i] = sl
	ic.n++
}
