package postag

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
)

// table maps a byte string to its record, a run of (class ID, weight) pairs,
// by open addressing with linear probing. It is built once and then only
// read.
//
// Each record holds its key and its pairs side by side,
//
//	klen uint16, n uint8, key [klen]byte, n x (id uint8, weight float32)
//
// all little-endian, so that finding a feature and reading its weights
// touches two places in memory, its slot and its record, where prose's
// binary search touches seventeen. The slots are 8 bytes and pointer-free,
// and hold 32 more bits of the key's hash, so that a probe past another key
// seldom reads that key's record.
type table struct {
	seed  maphash.Seed
	slots []slot
	mask  uint32
	recs  []byte // the records; recs[0] is unused, so that no record is at 0
}

// slot is one entry of a table; rec == 0 marks an empty slot.
type slot struct {
	fp  uint32 // the high 32 bits of the key's hash
	rec uint32 // the offset of the key's record in table.recs
}

// recHeader is the size of a record's header, klen and n.
const recHeader = 3

// pairSize is the size of one (class ID, weight) pair in a record.
const pairSize = 5

// newTable returns an empty table for n keys whose records take about size
// bytes. It is at most three quarters full, and with prose's 75,447 features
// in 131,072 slots 58% full: a missing key meets an empty slot in two or
// three probes, nearly always in one cache line.
func newTable(n, size int) *table {
	slots := 1 << bits.Len(uint(n+n/3))
	return &table{
		seed:  maphash.MakeSeed(),
		slots: make([]slot, slots),
		mask:  uint32(slots - 1),
		recs:  append(make([]byte, 0, 1+size), 0),
	}
}

// add stores key with the pairs ids[j] and the little-endian float32
// weights[4j:]. Adding a key twice is an error: prose's model never has one,
// and which record won would depend on the order of adding.
func (t *table) add(key []byte, ids, weights []byte) error {
	n := len(ids)
	if len(key) > math.MaxUint16 || n < 1 || n > math.MaxUint8 || len(weights) != 4*n ||
		len(t.recs)+recHeader+len(key)+pairSize*n > math.MaxUint32 {
		return fmt.Errorf("%w: entry too large for the table", errFormat)
	}
	h := maphash.Bytes(t.seed, key)
	fp := uint32(h >> 32)
	i := uint32(h) & t.mask
	for ; t.slots[i].rec != 0; i = (i + 1) & t.mask {
		if t.slots[i].fp == fp && string(t.keyAt(t.slots[i].rec)) == string(key) {
			return fmt.Errorf("%w: %q stored twice", errFormat, key)
		}
	}
	t.slots[i] = slot{fp: fp, rec: uint32(len(t.recs))}
	t.recs = binary.LittleEndian.AppendUint16(t.recs, uint16(len(key)))
	t.recs = append(t.recs, byte(n))
	t.recs = append(t.recs, key...)
	for j, id := range ids {
		t.recs = append(t.recs, id)
		t.recs = append(t.recs, weights[4*j:4*j+4]...)
	}
	return nil
}

// find returns the pairs of key's record, or nil when key is not stored.
// maphash gives a string the hash of its bytes, so find and findString
// agree.
func (t *table) find(key []byte) []byte {
	h := maphash.Bytes(t.seed, key)
	fp := uint32(h >> 32)
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.rec == 0 {
			return nil
		}
		if s.fp == fp && string(t.keyAt(s.rec)) == string(key) {
			return t.pairsAt(s.rec, len(key))
		}
	}
}

// findString is find for a key held in a string.
func (t *table) findString(key string) []byte {
	h := maphash.String(t.seed, key)
	fp := uint32(h >> 32)
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.rec == 0 {
			return nil
		}
		if s.fp == fp && string(t.keyAt(s.rec)) == key {
			return t.pairsAt(s.rec, len(key))
		}
	}
}

// keyAt returns the key of the record at rec.
func (t *table) keyAt(rec uint32) []byte {
	r := t.recs[rec:]
	return r[recHeader : recHeader+int(binary.LittleEndian.Uint16(r))]
}

// pairsAt returns the pairs of the record at rec, whose key is klen long.
func (t *table) pairsAt(rec uint32, klen int) []byte {
	r := t.recs[int(rec)+recHeader+klen:]
	return r[:pairSize*int(t.recs[rec+2])]
}
