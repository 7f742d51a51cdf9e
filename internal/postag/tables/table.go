package tables

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
)

// Table maps byte strings to payloads of bytes, by open addressing with
// linear probing.
//
// Each key and its payload lie side by side in one record,
//
//	klen uint16, plen uint16, key [klen]byte, payload [plen]byte
//
// so that finding a key and reading its payload touches two places in
// memory, the key's slot and its record, where prose's binary search
// touches seventeen. A slot is 8 bytes, the high 32 bits of the key's hash
// and the offset of its record, so that a probe past another key seldom
// reads that key's record. Everything is little-endian bytes, read in
// place.
type Table struct {
	slots []byte // 8 bytes a slot: fp uint32, rec uint32; rec 0 is empty
	recs  []byte // the records; recs[0] is unused, so that no record is at 0
	mask  uint32 // the number of slots, a power of two, less one
	n     int    // keys added
}

const (
	slotSize  = 8
	recHeader = 4
)

// NewTable returns an empty table with room for n keys. It has at least a
// third more slots than keys, so it is at most three quarters full; a
// missing key meets an empty slot within a few probes.
func NewTable(n int) *Table {
	slots := 1 << bits.Len(uint(n+n/3))
	return &Table{slots: make([]byte, slotSize*slots), recs: []byte{0}, mask: uint32(slots - 1)}
}

// Len returns the number of keys.
func (t *Table) Len() int { return t.n }

// Add stores key with payload, in a table made by NewTable (a decoded table
// is read-only: its bytes are the file's). It is an error to add a key twice
// (prose's model never has one, and which payload won would depend on the
// order of adding) or more keys than the table was made for.
func (t *Table) Add(key, payload []byte) error {
	if len(key) > math.MaxUint16 || len(payload) > math.MaxUint16 {
		return fmt.Errorf("tables: a key of %d bytes with a payload of %d", len(key), len(payload))
	}
	if 4*(t.n+1) > 3*(int(t.mask)+1) {
		return fmt.Errorf("tables: more than %d keys", t.n)
	}
	if len(t.recs)+recHeader+len(key)+len(payload) > math.MaxUint32 {
		return fmt.Errorf("tables: records over 4 GB")
	}
	h := hash(key)
	i := uint32(h) & t.mask
	for ; t.rec(i) != 0; i = (i + 1) & t.mask {
		if t.fp(i) == uint32(h>>32) && string(t.keyAt(t.rec(i))) == string(key) {
			return fmt.Errorf("tables: %q added twice", key)
		}
	}
	binary.LittleEndian.PutUint32(t.slots[slotSize*i:], uint32(h>>32))
	binary.LittleEndian.PutUint32(t.slots[slotSize*i+4:], uint32(len(t.recs)))
	t.recs = binary.LittleEndian.AppendUint16(t.recs, uint16(len(key)))
	t.recs = binary.LittleEndian.AppendUint16(t.recs, uint16(len(payload)))
	t.recs = append(append(t.recs, key...), payload...)
	t.n++
	return nil
}

// Find returns the payload of key, or nil when key is not stored.
func (t *Table) Find(key []byte) []byte { return t.At(findRec(t, key)) }

// FindString is Find for a key held in a string.
func (t *Table) FindString(key string) []byte { return t.At(findRec(t, key)) }

// At returns the payload of the record at offset rec, such as an Entry's
// Suffix, or nil for offset 0.
func (t *Table) At(rec uint32) []byte {
	if rec == 0 {
		return nil
	}
	return t.payloadAt(rec)
}

// findRec returns the offset of the record of key, 0 if it is not stored.
func findRec[T string | []byte](t *Table, key T) uint32 {
	h := hash(key)
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		rec := t.rec(i)
		if rec == 0 || t.fp(i) == uint32(h>>32) && string(t.keyAt(rec)) == string(key) {
			return rec
		}
	}
}

// fp returns the hash bits in slot i.
func (t *Table) fp(i uint32) uint32 { return binary.LittleEndian.Uint32(t.slots[slotSize*i:]) }

// rec returns the record offset in slot i.
func (t *Table) rec(i uint32) uint32 { return binary.LittleEndian.Uint32(t.slots[slotSize*i+4:]) }

// keyAt returns the key of the record at rec.
func (t *Table) keyAt(rec uint32) []byte {
	r := t.recs[rec:]
	return r[recHeader : recHeader+int(binary.LittleEndian.Uint16(r))]
}

// payloadAt returns the payload of the record at rec, capped so that no
// append can write into the next record.
func (t *Table) payloadAt(rec uint32) []byte {
	r := t.recs[rec:]
	start := recHeader + int(binary.LittleEndian.Uint16(r))
	end := start + int(binary.LittleEndian.Uint16(r[2:]))
	return r[start:end:end]
}
