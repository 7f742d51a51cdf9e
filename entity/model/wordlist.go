package model

import (
	"maps"
	"slices"
)

// wordList is a set of distinct words, sorted, each with a value: the
// model's word clusters (cluster path<<8 | path length, see packClusters)
// and its entity lexicon (lexicon bits, see lexiconWords). The model file
// lists them so, and Load reads them in place: no map, and no string per
// word but a slice of the file's text.
type wordList struct {
	words []string
	vals  []uint32
}

// listOf returns the words of m, sorted, with their values.
func listOf[V uint16 | uint32](m map[string]V) wordList {
	l := wordList{words: slices.Sorted(maps.Keys(m))}
	l.vals = make([]uint32, len(l.words))
	for i, w := range l.words {
		l.vals[i] = uint32(m[w])
	}
	return l
}
