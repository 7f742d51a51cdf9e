package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The layout of prose's model file, as written by prose's internal/flat
// package (format version 1), all little-endian:
//
//	magic     [8]byte  "PROSETAG"
//	version   uint32
//	nClasses  uint32   then per class: uint16 len + bytes
//	nFeatures uint32
//	nPairs    uint32
//	blobLen   uint32   then blobLen bytes (feature strings, sorted, concatenated)
//	featOff   (nFeatures+1) x uint32  (slices into the blob)
//	pairOff   (nFeatures+1) x uint32  (slices into classIDs and weights)
//	classIDs  nPairs x uint8
//	weights   nPairs x float32
//	nTagMap   uint32   then per entry: uint16 len + bytes, uint8 class ID
//
// prose keeps its reader internal, so this one reads the same layout and
// refuses any other version: a new format must not be misread into different
// tags.
const (
	magic   = "PROSETAG"
	version = 1
)

// errFormat is wrapped by every error about a malformed or unknown model.
var errFormat = errors.New("postag: unreadable prose model")

// flatModel is prose's model file cut into its sections, without copying:
// every slice points into the file's bytes.
type flatModel struct {
	classes  []string
	blob     []byte // feature strings, concatenated
	featOff  []byte // nFeatures+1 little-endian uint32 offsets into blob
	pairOff  []byte // nFeatures+1 little-endian uint32 offsets into pairs
	classIDs []byte // nPairs class IDs
	weights  []byte // nPairs little-endian float32 weights
	tagMap   []byte // nTagMap entries: uint16 len + word, uint8 class ID
	nTagMap  int
}

// reader reads the sections in order; the first failure sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.pos {
		r.err = fmt.Errorf("%w: truncated at byte %d", errFormat, r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u32() int {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b))
}

func (r *reader) u16() int {
	b := r.bytes(2)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint16(b))
}

// readFlat cuts data into its sections and checks the header.
func readFlat(data []byte) (*flatModel, error) {
	r := &reader{b: data}
	if string(r.bytes(len(magic))) != magic {
		return nil, fmt.Errorf("%w: no %s header", errFormat, magic)
	}
	if v := r.u32(); r.err == nil && v != version {
		return nil, fmt.Errorf("%w: format version %d, want %d", errFormat, v, version)
	}
	f := &flatModel{}
	nClasses := r.u32()
	if nClasses > maxClasses {
		return nil, fmt.Errorf("%w: %d classes, at most %d", errFormat, nClasses, maxClasses)
	}
	for range nClasses {
		f.classes = append(f.classes, string(r.bytes(r.u16())))
	}
	nFeatures, nPairs := r.u32(), r.u32()
	f.blob = r.bytes(r.u32())
	f.featOff = r.bytes(4 * (nFeatures + 1))
	f.pairOff = r.bytes(4 * (nFeatures + 1))
	f.classIDs = r.bytes(nPairs)
	f.weights = r.bytes(4 * nPairs)
	f.nTagMap = r.u32()
	f.tagMap = r.b[min(r.pos, len(r.b)):]
	if r.err != nil {
		return nil, r.err
	}
	return f, nil
}

// numFeatures reports how many features the model has.
func (f *flatModel) numFeatures() int { return len(f.featOff)/4 - 1 }

// feature returns feature i's string and the range of its pairs, checked
// against the sections they index.
func (f *flatModel) feature(i int) (key []byte, lo, hi int, err error) {
	k0, k1 := u32At(f.featOff, i), u32At(f.featOff, i+1)
	lo, hi = u32At(f.pairOff, i), u32At(f.pairOff, i+1)
	if k0 > k1 || k1 > len(f.blob) || lo > hi || hi > len(f.classIDs) {
		return nil, 0, 0, fmt.Errorf("%w: feature %d out of range", errFormat, i)
	}
	return f.blob[k0:k1], lo, hi, nil
}

// u32At reads the i-th little-endian uint32 of b.
func u32At(b []byte, i int) int { return int(binary.LittleEndian.Uint32(b[4*i:])) }
