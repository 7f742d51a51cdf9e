package gazetteer

import (
	"cmp"
	"encoding/binary"
	"slices"
)

// A table is a hash table of byte-string keys and values laid out in one
// string, so that it can be read where it lies (in the embedded index, see
// index.go) without being parsed or copied. Its layout:
//
//	nb     uint32, the number of buckets, a power of two
//	size   uint32, the length of entries
//	starts (nb+1) uint32, the offset in entries of each bucket's first entry
//	entries
//
// An entry is a uvarint value length, the value, a uvarint key length and
// the key (the value first, for callers that read it by offset); a
// bucket's entries follow one another, sorted by key, and the buckets come
// in order. The first byte of entries is padding, so that no
// entry is at offset 0, which callers use for "none".
type table struct {
	nb      uint32
	starts  string
	entries string
}

// tableEntry is one key and value to write into a table.
type tableEntry struct{ key, value string }

// entriesPerBucket is the average bucket size a table is written for: a
// bucket's entries lie next to each other, so a lookup reads one or two
// cache lines of them after the bucket's start.
const entriesPerBucket = 4

// hashKey hashes a key eight bytes at a time; its low bits pick the
// bucket.
func hashKey[K string | []byte](key K) uint32 {
	h := uint64(len(key)) * 0x9E3779B97F4A7C15
	for ; len(key) >= 8; key = key[8:] {
		x := uint64(key[0]) | uint64(key[1])<<8 | uint64(key[2])<<16 | uint64(key[3])<<24 |
			uint64(key[4])<<32 | uint64(key[5])<<40 | uint64(key[6])<<48 | uint64(key[7])<<56
		h = (h ^ x) * 0xBF58476D1CE4E5B9
		h ^= h >> 29
	}
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * 0x100000001B3
	}
	h ^= h >> 32
	h *= 0x94D049BB133111EB
	return uint32(h >> 32)
}

// appendTable appends to dst the table of entries, whose keys must be
// distinct, and returns the extended slice and the offset in the table's
// entries of each entry, in the order given.
func appendTable(dst []byte, entries []tableEntry) ([]byte, []uint32) {
	nb := uint32(1)
	for nb*entriesPerBucket < uint32(len(entries)) {
		nb *= 2
	}
	order := make([]int, len(entries))
	buckets := make([]uint32, len(entries))
	for i, e := range entries {
		order[i], buckets[i] = i, hashKey(e.key)&(nb-1)
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(buckets[a], buckets[b]), cmp.Compare(entries[a].key, entries[b].key))
	})
	body := []byte{0} // padding: no entry at offset 0
	starts := make([]uint32, nb+1)
	offsets := make([]uint32, len(entries))
	next := uint32(0) // the first bucket whose start is not yet set
	for _, i := range order {
		for b := buckets[i]; next <= b; next++ {
			starts[next] = uint32(len(body))
		}
		offsets[i] = uint32(len(body))
		e := entries[i]
		body = binary.AppendUvarint(body, uint64(len(e.value)))
		body = append(body, e.value...)
		body = binary.AppendUvarint(body, uint64(len(e.key)))
		body = append(body, e.key...)
	}
	for ; next <= nb; next++ {
		starts[next] = uint32(len(body))
	}
	dst = binary.LittleEndian.AppendUint32(dst, nb)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(body)))
	for _, s := range starts {
		dst = binary.LittleEndian.AppendUint32(dst, s)
	}
	return append(dst, body...), offsets
}

// readTable reads a table written by appendTable at the start of s, and
// returns it and the rest of s; ok is false if s is too short for it.
func readTable(s string) (t table, rest string, ok bool) {
	if len(s) < 8 {
		return table{}, "", false
	}
	nb, size := uint64(le32(s, 0)), uint64(le32(s, 4))
	n := 8 + 4*(nb+1) + size
	if nb == 0 || nb&(nb-1) != 0 || uint64(len(s)) < n || size == 0 {
		return table{}, "", false
	}
	t = table{nb: uint32(nb), starts: s[8 : 8+4*(nb+1)], entries: s[8+4*(nb+1) : n]}
	return t, s[n:], true
}

// le32 returns the little-endian uint32 at s[i:].
func le32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// uvarint reads the uvarint at s[i:] and returns it and the offset after it.
func uvarint(s string, i int) (int, int) {
	var v uint64
	for shift := 0; ; shift += 7 {
		c := s[i]
		i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return int(v), i
		}
	}
}

// find returns the offset of the entry of key, 0 if there is none.
func find[K string | []byte](t *table, key K) uint32 {
	b := int(hashKey(key) & (t.nb - 1))
	at, end := int(le32(t.starts, 4*b)), int(le32(t.starts, 4*b+4))
	for at < end {
		vn, v := uvarint(t.entries, at)
		n, k := uvarint(t.entries, v+vn)
		if n == len(key) && t.entries[k:k+n] == string(key) {
			return uint32(at)
		}
		at = k + n
	}
	return 0
}

// entry returns the key and value of the entry at offset at, and the offset
// of the next entry.
func (t *table) entry(at uint32) (key, value string, next uint32) {
	vn, v := uvarint(t.entries, int(at))
	n, k := uvarint(t.entries, v+vn)
	return t.entries[k : k+n], t.entries[v : v+vn], uint32(k + n)
}

// value returns the value of the entry at offset at.
func (t *table) value(at uint32) string {
	vn, v := uvarint(t.entries, int(at))
	return t.entries[v : v+vn]
}

// all yields the offset and the key and value of every entry, in table
// order.
func (t *table) all(yield func(at uint32, e tableEntry) bool) {
	for at := uint32(1); int(at) < len(t.entries); {
		key, value, next := t.entry(at)
		if !yield(at, tableEntry{key, value}) {
			return
		}
		at = next
	}
}

// len returns the number of entries.
func (t *table) len() int {
	n := 0
	for range t.all {
		n++
	}
	return n
}
