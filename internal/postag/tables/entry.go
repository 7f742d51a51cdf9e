package tables

import "encoding/binary"

// A Lexicon payload holds all the model knows of one string: as a token in
// prose's dictionary of unambiguous words, as a normalized word in each of
// the five places of a window, as a word's last three bytes in each of
// three places, and as the word after each previous tag (Tag1Word):
//
//	class  byte: the class ID + 1 of a word in the dictionary, else 0
//	counts [WordParts + SuffixParts]byte: the number of pairs of each part
//	nTags  byte: the number of tags with Tag1Word weights for the word
//	suffix uint32: the offset of the record of the key's last three bytes
//	       (see Table.At) when the key is longer and they have an entry,
//	       else 0
//	the pairs of each word part, then of each suffix part
//	nTags times: a tag ID byte, a count byte, that many pairs
//
// One lookup of a lower-case word thus finds its tag in the dictionary,
// its weights as a word and, through suffix, as a suffix. The records of
// keys of three bytes or fewer, which hold every suffix's weights, come
// first in the table, together.
const entryHeader = 1 + WordParts + SuffixParts + 1 + 4

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
	if p[1+WordParts+SuffixParts] > 0 {
		e.Tags = p[at:]
	}
	e.Suffix = binary.LittleEndian.Uint32(p[entryHeader-4:])
	return e
}

// TagPairs returns the weights in tags, an Entry's Tags, of the tag with ID
// id, nil if it has none.
func TagPairs(tags []byte, id int) []byte {
	for len(tags) >= 2 {
		end := 2 + PairSize*int(tags[1])
		if int(tags[0]) == id {
			return tags[2:end:end]
		}
		tags = tags[end:]
	}
	return nil
}
