package tables

import (
	"bytes"
	"encoding/binary"
	"math"
)

// A Lexicon payload holds all the model knows of one string: as a token in
// prose's dictionary of unambiguous words, as a normalized word in each of
// the five places of a window, as a word's last three bytes in each of
// three places, and as the word after each previous tag (Tag1Word):
//
//	class  byte: the class ID + 1 of a word in the dictionary, else 0
//	counts [WordParts + SuffixParts]byte: the number of pairs of each part
//	suffix uint32: the offset of the record of the key's last three bytes
//	       (see Table.At) when the key is longer and they have an entry,
//	       else 0
//	the pairs of each word part, then of each suffix part
//	and, if the word has Tag1Word weights, their n tags:
//	    n byte, tag IDs [n]byte, counts [n]byte, the pairs of each tag
//
// One lookup of a lower-case word thus finds its tag in the dictionary,
// its weights as a word and, through suffix, as a suffix. The records of
// keys of three bytes or fewer, which hold every suffix's weights, come
// first in the table, together.
const entryHeader = 1 + WordParts + SuffixParts + 4

// Entry is a Lexicon payload cut into its parts. The zero Entry is that of
// a string the model does not know.
type Entry struct {
	// Class is the class ID + 1 of a word in prose's dictionary, 0 for any
	// other.
	Class int
	// Words are the weights of the string as a normalized word, by part.
	Words [WordParts][]byte
	// Suffixes are its weights as a word's last three bytes, by part.
	Suffixes [SuffixParts][]byte
	// Tags are its Tag1Word weights, by previous tag; see TagPairs.
	Tags []byte
	// Suffix is the offset of the record of the key's last three bytes,
	// for Table.At, if the key is longer and they have an entry; else 0.
	Suffix uint32
}

// Cut cuts a Lexicon payload into its parts; a nil payload gives the zero
// Entry.
func Cut(p []byte) Entry {
	var e Entry
	if len(p) < entryHeader {
		return e
	}
	e.Class = int(p[0])
	at := entryHeader
	for k := range e.Words {
		end := at + PairSize*int(p[1+k])
		e.Words[k] = p[at:end:end]
		at = end
	}
	for k := range e.Suffixes {
		end := at + PairSize*int(p[1+WordParts+k])
		e.Suffixes[k] = p[at:end:end]
		at = end
	}
	if at < len(p) {
		e.Tags = p[at:]
	}
	e.Suffix = binary.LittleEndian.Uint32(p[entryHeader-4:])
	return e
}

// TagPairs returns the weights in tags, an Entry's Tags, of the tag with ID
// id, nil if it has none.
func TagPairs(tags []byte, id int) []byte {
	if len(tags) == 0 || id < 0 || id > math.MaxUint8 {
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
