package tables

import (
	"bytes"
	"encoding/binary"
	"math"
)

// Entry is a Lexicon payload: all the model knows of one string, as a
// token in prose's dictionary of unambiguous words, as a normalized word in
// each of the five places of a window, as a word's last three bytes in
// each of three places, and as the word after each previous tag
// (Tag1Word). It is
//
//	class  byte: the class ID + 1 of a word in the dictionary, else 0
//	suffix uint32: the offset of the record of the key's last three bytes
//	       (see Table.At) when the key is longer and they have an entry,
//	       else 0
//	ends   [WordParts + SuffixParts]uint16: where each part ends in the
//	       payload, the word parts, then the suffix parts
//	the pairs of each word part, then of each suffix part
//	and, if the word has Tag1Word weights, their n tags:
//	    n byte, tag IDs [n]byte, counts [n]byte, the pairs of each tag
//
// One lookup of a lower-case word thus finds its tag in the dictionary,
// its weights as a word and, through suffix, as a suffix. The records of
// keys of three bytes or fewer, which hold every suffix's weights, come
// first in the table, together. An Entry is read where it lies, a part
// when it is wanted; the nil Entry is that of a string the model does not
// know.
type Entry []byte

const (
	parts       = WordParts + SuffixParts
	endsAt      = 1 + 4 // where ends starts
	entryHeader = endsAt + 2*parts
)

// Class returns the class ID + 1 of a word in prose's dictionary, 0 for
// any other.
func (e Entry) Class() int {
	if len(e) < entryHeader {
		return 0
	}
	return int(e[0])
}

// SuffixRec returns the offset of the record of the last three bytes of
// the key, for Table.At, if the key is longer and they have an entry; else
// 0.
func (e Entry) SuffixRec() uint32 {
	if len(e) < entryHeader {
		return 0
	}
	return binary.LittleEndian.Uint32(e[1:])
}

// Word returns the weights of the string as a normalized word in place k
// of a window, PartWordM2 to PartWordP2.
func (e Entry) Word(k int) []byte { return e.part(k) }

// Suffix returns the weights of the string as a word's last three bytes
// in place k, PartSuffix to PartSuffixP1.
func (e Entry) Suffix(k int) []byte { return e.part(WordParts + k) }

// part returns part i, nil for the nil Entry.
func (e Entry) part(i int) []byte {
	if len(e) < entryHeader {
		return nil
	}
	start := entryHeader
	if i > 0 {
		start = int(binary.LittleEndian.Uint16(e[endsAt+2*(i-1):]))
	}
	end := int(binary.LittleEndian.Uint16(e[endsAt+2*i:]))
	return e[start:end:end]
}

// Tag returns the Tag1Word weights of the string after the tag with ID id,
// nil if it has none.
func (e Entry) Tag(id int) []byte {
	if len(e) < entryHeader || id < 0 || id > math.MaxUint8 {
		return nil
	}
	tags := e[binary.LittleEndian.Uint16(e[endsAt+2*(parts-1):]):]
	if len(tags) == 0 {
		return nil
	}
	n := int(tags[0])
	ids, counts := tags[1:1+n], tags[1+n:1+2*n]
	k := bytes.IndexByte(ids, byte(id))
	if k < 0 {
		return nil
	}
	start := 1 + 2*n
	for _, c := range counts[:k] {
		start += PairSize * int(c)
	}
	end := start + PairSize*int(counts[k])
	return tags[start:end:end]
}
