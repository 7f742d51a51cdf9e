package model

import (
	"errors"
	"fmt"
	"math/bits"
)

// fileReader reads a model file held in a string (see load). A read past
// the end, or a bad number, sets err and yields zeros from then on.
type fileReader struct {
	s   string
	err error
}

// errShort reports a model file that ends too soon.
var errShort = errors.New("unexpected end of file")

func (r *fileReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.s = ""
}

func (r *fileReader) byte() byte {
	if len(r.s) < 1 {
		r.fail(errShort)
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

func (r *fileReader) u32() uint32 {
	if len(r.s) < 4 {
		r.fail(errShort)
		return 0
	}
	v := uint32(r.s[0]) | uint32(r.s[1])<<8 | uint32(r.s[2])<<16 | uint32(r.s[3])<<24
	r.s = r.s[4:]
	return v
}

// uvarint reads an unsigned varint of at most 10 bytes.
func (r *fileReader) uvarint() uint64 {
	var v uint64
	for i := 0; i < 10 && i < len(r.s); i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			return v
		}
	}
	r.fail(errShort)
	return 0
}

// weights reads the weights of stage si of 2^tbits buckets into tab, a
// table of stride uint64s per bucket laid out as weights.set lays it out;
// it writes every word of the stage's rows, so tab need not be set to
// zeros first (see newTable), which spares a pass over it. A weight is at
// most qmax in size, so its zigzag varint takes one or two bytes; the loop
// reads them without a call, as most take one.
func (r *fileReader) weights(tab []uint64, stride, si int, tbits uint8) error {
	s, i := r.s, 0
	bad := func(err error) error {
		r.fail(err)
		return fmt.Errorf("%w: weights: %w", ErrBadModel, err)
	}
	for b := range 1 << tbits {
		if i+2 > len(s) {
			return bad(errShort)
		}
		nz := uint16(s[i]) | uint16(s[i+1])<<8
		i += 2
		row := tab[b*stride+si*rowWords:][:rowWords]
		for j := range row {
			row[j] = zeroRow
		}
		for ; nz != 0; nz &= nz - 1 {
			if i >= len(s) {
				return bad(errShort)
			}
			u := uint64(s[i])
			i++
			if u >= 0x80 {
				if i >= len(s) || s[i] >= 0x80 {
					return bad(errWeight)
				}
				u = u&0x7f | uint64(s[i])<<7
				i++
			}
			v := int64(u>>1) ^ -int64(u&1)
			if v < -qmax || v > qmax || v == 0 {
				return bad(errWeight)
			}
			// The lane holds qmax, the offset zero: adding v makes it
			// qmax+v, which fits the lane, so no other lane changes.
			l := bits.TrailingZeros16(nz)
			row[l/4] += uint64(v) << (16 * (l % 4))
		}
	}
	r.s = s[i:]
	return nil
}

// errWeight reports a weight out of range or too long.
var errWeight = errors.New("bad weight")

// errEntry reports a word entry of the model file that is too long, out of
// order, or whose value is out of range.
var errEntry = errors.New("bad entry")

// words reads a list of n words with values of at most maxV. The words are
// slices of the file.
func (r *fileReader) words(n int, maxV uint64) (wordList, error) {
	var l wordList
	if n > len(r.s)/2 { // an entry takes 2 bytes or more: the count is not trusted
		return l, errShort
	}
	l.words, l.vals = make([]string, n), make([]uint32, n)
	for i := range n {
		size := r.uvarint()
		if size > 1<<16 || size > uint64(len(r.s)) {
			r.fail(errEntry)
			return l, r.err
		}
		w := r.s[:size]
		r.s = r.s[size:]
		v := r.uvarint()
		if r.err != nil {
			return l, r.err
		}
		if v > maxV || (i > 0 && w <= l.words[i-1]) {
			return l, errEntry
		}
		l.words[i], l.vals[i] = w, uint32(v)
	}
	return l, nil
}
