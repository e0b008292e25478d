package ingest

import (
	"hash/maphash"

	"github.com/rapor-id/rapor/report"
)

// internCache sits in front of report.Strings.Add for a column with many
// repeats (the authors of a million comments): its slots and a copy of its
// keys' bytes lie in two small arrays, where the Strings' map would look
// the key up among strings scattered over every id of the file. A miss
// goes through Add, so the table's indexes are the ones Add alone gives.
type internCache struct {
	seed  maphash.Seed
	slots []internSlot // open addressing, a power of two long; id 0 = empty
	keys  []byte       // the keys' bytes, one after the other
	n     int          // slots in use
}

type internSlot struct {
	hash uint32
	off  uint32 // keys[off:off+size] is the key
	size uint32
	id   report.Str
}

// maxInternKeys bounds the bytes the cache copies; past it, Add alone.
const maxInternKeys = 64 << 20

// add returns strs.Add(s).
func (ic *internCache) add(strs *report.Strings, s string) report.Str {
	if s == "" {
		return 0
	}
	if ic.slots == nil {
		ic.seed = maphash.MakeSeed()
		ic.slots = make([]internSlot, 1024)
	}
	h := maphash.String(ic.seed, s)
	h32 := uint32(h)
	mask := uint64(len(ic.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &ic.slots[i]
		if sl.id == 0 {
			break
		}
		if sl.hash == h32 && int(sl.size) == len(s) && string(ic.keys[sl.off:sl.off+sl.size]) == s {
			return sl.id
		}
	}
	id := strs.Add(s)
	if len(ic.keys)+len(s) > maxInternKeys {
		return id
	}
	ic.insert(internSlot{hash: h32, off: uint32(len(ic.keys)), size: uint32(len(s)), id: id}, h)
	ic.keys = append(ic.keys, s...)
	return id
}

// insert puts sl in its slot, growing the table at three quarters full.
func (ic *internCache) insert(sl internSlot, h uint64) {
	if (ic.n+1)*4 > len(ic.slots)*3 {
		old := ic.slots
		ic.slots = make([]internSlot, 2*len(old))
		ic.n = 0
		for _, o := range old {
			if o.id != 0 {
				ic.place(o, maphash.Bytes(ic.seed, ic.keys[o.off:o.off+o.size]))
			}
		}
	}
	ic.place(sl, h)
}

func (ic *internCache) place(sl internSlot, h uint64) {
	mask := uint64(len(ic.slots) - 1)
	i := h & mask
	for ic.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	ic.slots[i] = sl
	ic.n++
}
