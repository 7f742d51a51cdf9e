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

// Where each prefix is in a Words payload, the parts in window order.
const (
	PartWordM2 = iota
	PartWordM1
	PartWord
	PartWordP1
	PartWordP2
	WordParts // the number of parts of a Words payload
)

// Where each prefix is in a Suffixes payload.
const (
	PartSuffix = iota
	PartSuffixM1
	PartSuffixP1
	SuffixParts // the number of parts of a Suffixes payload
)

// WordPrefixes returns the prefixes of a Words payload, by part: element
// PartWord+k is the prefix of the word k places from the token.
func WordPrefixes() [WordParts]string {
	return [...]string{PartWordM2: WordM2, PartWordM1: WordM1, PartWord: Word, PartWordP1: WordP1, PartWordP2: WordP2}
}

// SuffixPrefixes returns the prefixes of a Suffixes payload, by part.
func SuffixPrefixes() [SuffixParts]string {
	return [...]string{PartSuffix: Suffix, PartSuffixM1: SuffixM1, PartSuffixP1: SuffixP1}
}

// MaxClasses bounds the number of tags: a class ID is a byte.
const MaxClasses = 256

// PairSize is the size of one weight in a run of pairs: the class ID, a
// byte, then the weight, a little-endian float32.
const PairSize = 5

// Part returns the weights of part k of the payload p of a group of n
// parts: p holds n counts, then each part's weights in turn. A nil payload
// has no weights.
func Part(p []byte, n, k int) []byte {
	if p == nil {
		return nil
	}
	start := n
	for _, c := range p[:k] {
		start += PairSize * int(c)
	}
	return p[start : start+PairSize*int(p[k])]
}

// AddPairs adds the weights w, a run of pairs, to scores.
func AddPairs(scores *[MaxClasses]float32, w []byte) {
	for ; len(w) >= PairSize; w = w[PairSize:] {
		scores[w[0]] += math.Float32frombits(binary.LittleEndian.Uint32(w[1:]))
	}
}
