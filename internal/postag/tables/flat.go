package tables

import (
	"encoding/binary"
	"fmt"
)

// prose's model file, as written by prose's internal/flat package (format
// version 1), all little-endian:
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
// refuses any other version: a new format must not be misread into
// different tags.
const (
	proseMagic   = "PROSETAG"
	proseVersion = 1
)

// flatModel is prose's model file cut into its sections, without copying.
type flatModel struct {
	classes  []string
	blob     []byte // feature strings, concatenated
	featOff  []byte // nFeatures+1 little-endian uint32 offsets into blob
	pairOff  []byte // nFeatures+1 little-endian uint32 offsets into the pairs
	classIDs []byte // nPairs class IDs
	weights  []byte // nPairs little-endian float32 weights
	tagMap   []byte // nTagMap entries: uint16 len + word, uint8 class ID
	nTagMap  int
}

// readFlat cuts data into its sections and checks that every feature's key
// and weights lie inside them.
func readFlat(data []byte) (*flatModel, error) {
	r := &reader{b: data}
	if string(r.bytes(len(proseMagic))) != proseMagic {
		return nil, fmt.Errorf("%w: no %s header", ErrFormat, proseMagic)
	}
	if v := r.u32(); r.err == nil && v != proseVersion {
		return nil, fmt.Errorf("%w: prose model version %d, want %d", ErrFormat, v, proseVersion)
	}
	f := &flatModel{}
	nClasses := r.u32()
	if nClasses > MaxClasses {
		return nil, fmt.Errorf("%w: %d classes, at most %d", ErrFormat, nClasses, MaxClasses)
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
	if f.nTagMap > len(f.tagMap)/3 { // each entry takes at least 3 bytes
		return nil, fmt.Errorf("%w: %d tag dictionary entries in %d bytes", ErrFormat, f.nTagMap, len(f.tagMap))
	}
	for i := range nFeatures {
		k0, k1 := u32At(f.featOff, i), u32At(f.featOff, i+1)
		lo, hi := u32At(f.pairOff, i), u32At(f.pairOff, i+1)
		if k0 > k1 || k1 > len(f.blob) || lo > hi || hi > nPairs {
			return nil, fmt.Errorf("%w: feature %d out of range", ErrFormat, i)
		}
	}
	for _, id := range f.classIDs {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("%w: class ID %d of %d", ErrFormat, id, nClasses)
		}
	}
	return f, nil
}

// numFeatures returns how many features the model has.
func (f *flatModel) numFeatures() int { return len(f.featOff)/4 - 1 }

// key returns feature i's string.
func (f *flatModel) key(i int) []byte { return f.blob[u32At(f.featOff, i):u32At(f.featOff, i+1)] }

// pairs returns the range of feature i's weights.
func (f *flatModel) pairs(i int) (lo, hi int) { return u32At(f.pairOff, i), u32At(f.pairOff, i+1) }

// appendPairs appends the weights of feature i in the form of Pairs.
func (f *flatModel) appendPairs(b []byte, i int) []byte {
	lo, hi := f.pairs(i)
	for j := lo; j < hi; j++ {
		b = append(append(b, f.classIDs[j]), f.weights[4*j:4*j+4]...)
	}
	return b
}

// u32At reads the i-th little-endian uint32 of b.
func u32At(b []byte, i int) int { return int(binary.LittleEndian.Uint32(b[4*i:])) }
