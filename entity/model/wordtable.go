package model

// wordTable maps word hashes to word-cache indexes with open addressing
// and linear probing: one slot is 16 bytes, so a lookup usually reads one
// cache line, and it is several times cheaper than a Go map lookup.
type wordTable struct {
	slots []wordSlot
	mask  uint64
	n     int
}

type wordSlot struct {
	key uint64
	val int32 // -1: empty
}

// newWordTable returns a table with room for n words.
func newWordTable(n int) wordTable {
	size := 16
	for size < n+n/2 {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size), mask: uint64(size - 1)}
	for i := range t.slots {
		t.slots[i].val = -1
	}
	return t
}

// set stores v under key h; it must not be called on a full table.
func (t *wordTable) set(h uint64, v int32) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.val < 0 {
			s.key, s.val = h, v
			t.n++
			return
		}
		if s.key == h {
			s.val = v
			return
		}
	}
}

// get returns the value stored under key h.
func (t *wordTable) get(h uint64) (int32, bool) {
	if t.n == 0 {
		return -1, false
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.val < 0 {
			return -1, false
		}
		if s.key == h {
			return s.val, true
		}
	}
}
