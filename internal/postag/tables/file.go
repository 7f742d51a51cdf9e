package tables

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Tables is prose's model in hash tables.
type Tables struct {
	// SourceLen and SourceCRC are the length and CRC-32 (IEEE) of the
	// prose model file the tables were made from, so that a test can tell
	// when prose's model has changed and the tables need making again.
	SourceLen, SourceCRC uint32
	// Classes are the tags, by class ID.
	Classes []string
	// Lexicon and Features are the tables described in the package
	// documentation.
	Lexicon, Features *Table
}

// ErrFormat is wrapped by every error about a model or tables file that
// cannot be read.
var ErrFormat = errors.New("tables: unreadable file")

// The file starts with magic and version, then
//
//	sourceLen, sourceCRC uint32
//	nClasses uint32, then each class: uint8 len + bytes
//	two tables, Lexicon and Features, each:
//	    nSlots, nKeys, recsLen uint32, slots, recs
//
// all little-endian.
const (
	magic   = "SAYSOPOS"
	version = 2
)

// AppendBinary appends the file of t to b.
func (t *Tables) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint32(b, version)
	b = binary.LittleEndian.AppendUint32(b, t.SourceLen)
	b = binary.LittleEndian.AppendUint32(b, t.SourceCRC)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.Classes)))
	for _, c := range t.Classes {
		if len(c) > math.MaxUint8 {
			return nil, fmt.Errorf("tables: a tag of %d bytes", len(c))
		}
		b = append(append(b, byte(len(c))), c...)
	}
	for _, tab := range t.all() {
		b = binary.LittleEndian.AppendUint32(b, tab.mask+1)
		b = binary.LittleEndian.AppendUint32(b, uint32(tab.n))
		b = binary.LittleEndian.AppendUint32(b, uint32(len(tab.recs)))
		b = append(append(b, tab.slots...), tab.recs...)
	}
	return b, nil
}

// all returns t's tables in the order of the file.
func (t *Tables) all() []*Table { return []*Table{t.Lexicon, t.Features} }

// Decode reads a file written by AppendBinary. The tables are read in
// place: they share data, which must not change afterwards. Decode checks
// the file's structure but not every slot and record, which a file written
// by AppendBinary gets right; that is what lets it load without parsing.
func Decode(data []byte) (*Tables, error) {
	r := &reader{b: data}
	if string(r.bytes(len(magic))) != magic {
		return nil, fmt.Errorf("%w: no %s header", ErrFormat, magic)
	}
	if v := r.u32(); r.err == nil && v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, version)
	}
	t := &Tables{SourceLen: uint32(r.u32()), SourceCRC: uint32(r.u32())}
	nClasses := r.u32()
	if nClasses > MaxClasses {
		return nil, fmt.Errorf("%w: %d classes", ErrFormat, nClasses)
	}
	for range nClasses {
		n := r.bytes(1)
		if n == nil {
			break
		}
		t.Classes = append(t.Classes, string(r.bytes(int(n[0]))))
	}
	tabs := make([]*Table, 2)
	for i := range tabs {
		nSlots, nKeys, recsLen := r.u32(), r.u32(), r.u32()
		tab := &Table{slots: r.bytes(slotSize * nSlots), recs: r.bytes(recsLen), mask: uint32(nSlots - 1), n: nKeys}
		if r.err != nil {
			return nil, r.err
		}
		if nSlots == 0 || nSlots&(nSlots-1) != 0 || 4*nKeys > 3*nSlots || recsLen == 0 {
			return nil, fmt.Errorf("%w: table %d has %d keys in %d slots", ErrFormat, i, nKeys, nSlots)
		}
		tabs[i] = tab
	}
	if r.pos != len(data) {
		return nil, fmt.Errorf("%w: %d bytes after the tables", ErrFormat, len(data)-r.pos)
	}
	t.Lexicon, t.Features = tabs[0], tabs[1]
	return t, nil
}

// reader reads a file's fields in order; the first failure sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

// bytes returns the next n bytes, or nil past the end.
func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.pos {
		r.err = fmt.Errorf("%w: truncated at byte %d", ErrFormat, r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n : r.pos+n]
	r.pos += n
	return out
}

// u32 returns the next little-endian uint32.
func (r *reader) u32() int {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b))
}

// u16 returns the next little-endian uint16.
func (r *reader) u16() int {
	b := r.bytes(2)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint16(b))
}
