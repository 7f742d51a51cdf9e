package tables

import (
	"encoding/binary"
	"math"
)

// The prefixes of prose's fourteen features, in the order prose adds their
// weights. The sum is float32 and float32 addition is not associative, so a
// tagger that wants prose's scores to the last bit adds in this order.
const (
	Bias     = "bias"
	Suffix   = "i suffix "       // the token's last three bytes, as written
	Pref1    = "i pref1 "        // its first byte
	Tag1     = "i-1 tag "        // the previous tag
	Tag2     = "i-2 tag "        // the tag before that
	Tag12    = "i tag+i-2 tag "  // both, space-separated
	Word     = "i word "         // the token, normalized
	Tag1Word = "i-1 tag+i word " // the previous tag, a space, the token
	WordM1   = "i-1 word "       // the previous token
	SuffixM1 = "i-1 suffix "     // its last three bytes
	WordM2   = "i-2 word "       // the token before that
	WordP1   = "i+1 word "       // the next token
	SuffixP1 = "i+1 suffix "     // its last three bytes
	WordP2   = "i+2 word "       // the token after that
)

// The tags prose gives the two places before a sentence, as the previous
// tags of its first token. Their tag IDs follow the classes': a tag ID is a
// class ID, len(Classes) for Start1 or len(Classes)+1 for Start2.
const (
	Start1 = "-START-"
	Start2 = "-START2-"
)

// Where each word prefix is in an Entry, the parts in window order.
const (
	PartWordM2 = iota
	PartWordM1
	PartWord
	PartWordP1
	PartWordP2
	WordParts // the number of word parts
)

// Where each suffix prefix is in an Entry.
const (
	PartSuffix = iota
	PartSuffixM1
	PartSuffixP1
	SuffixParts // the number of suffix parts
)

// WordPrefixes returns the word prefixes, by part: element
// PartWord+k is the prefix of the word k places from the token.
func WordPrefixes() [WordParts]string {
	return [...]string{PartWordM2: WordM2, PartWordM1: WordM1, PartWord: Word, PartWordP1: WordP1, PartWordP2: WordP2}
}

// SuffixPrefixes returns the suffix prefixes, by part.
func SuffixPrefixes() [SuffixParts]string {
	return [...]string{PartSuffix: Suffix, PartSuffixM1: SuffixM1, PartSuffixP1: SuffixP1}
}

// MaxClasses bounds the number of tags: a class ID is a byte.
const MaxClasses = 256

// PairSize is the size of one weight in a run of pairs: the class ID, a
// byte, then the weight, a little-endian float32.
const PairSize = 5

// AddPairs adds the weights w, a run of pairs, to scores.
func AddPairs(scores *[MaxClasses]float32, w []byte) {
	// Two pairs a turn halve the cost of the loop, a good part of the
	// whole for so little work.
	for ; len(w) >= 4*PairSize; w = w[4*PairSize:] {
		scores[w[0]] += math.Float32frombits(binary.LittleEndian.Uint32(w[1:]))
		scores[w[5]] += math.Float32frombits(binary.LittleEndian.Uint32(w[6:]))
		scores[w[10]] += math.Float32frombits(binary.LittleEndian.Uint32(w[11:]))
		scores[w[15]] += math.Float32frombits(binary.LittleEndian.Uint32(w[16:]))
	}
	for ; len(w) >= PairSize; w = w[PairSize:] {
		scores[w[0]] += math.Float32frombits(binary.LittleEndian.Uint32(w[1:]))
	}
}
