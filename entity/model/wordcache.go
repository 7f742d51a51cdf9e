package model

import "github.com/sayso/sayso/entity/gazetteer"

// The word cache: for every word of the cluster map (the frequent words of
// the unlabelled text, 90% of news tokens) what tagging needs of it is
// computed once, when the model has tagged enough text (see Model.warm):
// the hashes and flags scanWord would compute, its cluster, gazetteer
// encoding and lexicon bits (wordRec), and the sums of the features that
// depend only on the word (wordSum). A token of such a word costs one
// table lookup instead of scanning its text and summing a third of its
// features. Until then the cache holds only the words' clusters.

// wordRec is what resolve needs of a word of the cache. The records are
// themselves the slots of an open-addressing table keyed by word hash
// (linear probing), one 64-byte line each, so that looking a token up
// reads one line.
type wordRec struct {
	key                 uint64 // hashString of the word
	lower, shape, short uint64
	clu                 uint32 // cluster path bits
	idx                 int32  // index in wordCache.list and .sums; -1: empty slot
	gaz                 gazetteer.Word
	top                 [cacheRoles]uint16 // largest lane of each cached block (see pair)
	lex                 uint16
	nblk                [cacheRoles]uint8 // features in each cached block
	cluLen              uint8
	flags               uint8 // recUpperFirst..., and recUsable<<role for each cached block
}

const (
	recUpperFirst = 1 << iota
	recHasLower
	recHasLetter
	recUsable // first of cacheRoles bits
)

// cacheRoles are the feature blocks cached per word: its own intrinsic
// features (with its features for the previous label O, see cacheSums),
// and those it gives its right and its left neighbour.
const cacheRoles = 3

// wordCache holds what tagging needs of the words of the cluster map, by
// word hash. A cold cache, built at load, has only their clusters; a warm
// one, built once the model has tagged enough text to repay it (see
// Model.warm), also has their records and sums, and replaces the cold
// one. A cache is read-only once installed, so a document's extraction and
// tagging read one and the same cache even if another is installed
// meanwhile.
type wordCache struct {
	list  wordList  // the clustered words, sorted, and their clusters
	index wordTable // word hash -> index in list
	recs  []wordRec // the words' records by hash; nil in a cold cache
	mask  uint64    // len(recs) - 1
	at    []int32   // index in recs of each word of list
	sums  []wordSum // per word and role (cacheRoles): stage-1 and stage-2 sums
}

// newWordCache returns the cold cache of the clustered words c. A word's
// index is its rank in c, so that every model built from the same clusters
// numbers the words alike: training extracts features once and tags them
// with several models.
func newWordCache(c wordList) *wordCache {
	wc := &wordCache{list: c, index: newWordTable(len(c.words))}
	for i, w := range c.words {
		wc.index.set(hashString(w), int32(i))
	}
	return wc
}

// cold returns the cold cache of wc's words.
func (wc *wordCache) cold() *wordCache {
	return &wordCache{list: wc.list, index: wc.index}
}

// warm returns the warm cache of wc's words: their records, with their
// gazetteer encoding in gaz unless nil and their bits in the entity
// lexicon lex, and the sums of their features (see cacheSums) listed by fx
// with weights w, which must be installed. wc is not changed.
func (wc *wordCache) warm(gaz *gazetteer.Gazetteer, lex *wordList, fx *featurer, w *weights) *wordCache {
	c := wc.cold()
	n := len(c.list.words)
	size := 16
	for size < n+n/2 {
		size *= 2
	}
	c.recs = make([]wordRec, size)
	for i := range c.recs {
		c.recs[i].idx = -1
	}
	c.mask = uint64(size - 1)
	c.at = make([]int32, n)
	for i, w := range c.list.words {
		h := hashString(w)
		at := h & c.mask
		for c.recs[at].idx >= 0 && c.recs[at].key != h {
			at = (at + 1) & c.mask
		}
		c.at[i] = int32(at)
		var in wordInfo
		scanWord(w, &in)
		r := &c.recs[at]
		r.key, r.idx = h, int32(i)
		r.lower, r.shape, r.short = in.lower, in.shape, in.short
		for _, f := range [...]struct {
			on  bool
			bit uint8
		}{{in.upperFirst, recUpperFirst}, {in.hasLower, recHasLower}, {in.hasLetter, recHasLetter}} {
			if f.on {
				r.flags |= f.bit
			}
		}
		r.clu, r.cluLen = c.list.vals[i]>>8, uint8(c.list.vals[i])
		if gaz != nil {
			r.gaz = gaz.Encode(w)
		}
	}
	c.indexLexicon(lex)
	c.cacheSums(fx, w)
	return c
}

// cluster returns the cluster of the word with hash h: its path bits and
// their number, 0 if the word has none.
func (wc *wordCache) cluster(h uint64) (uint32, uint8) {
	if i, ok := wc.index.get(h); ok {
		v := wc.list.vals[i]
		return v >> 8, uint8(v)
	}
	return 0, 0
}

// indexLexicon records the lexicon bits of the words of the cache, which
// spares those a lookup. Both lists are sorted: one pass over them finds
// the words they share.
func (wc *wordCache) indexLexicon(lex *wordList) {
	j := 0
	for i, w := range wc.list.words {
		for j < len(lex.words) && lex.words[j] < w {
			j++
		}
		var bits uint16
		if j < len(lex.words) && lex.words[j] == w {
			bits = uint16(lex.vals[j])
		}
		wc.rec(int32(i)).lex = bits
	}
}

// word returns the record of the word with hash h, or nil.
func (wc *wordCache) word(h uint64) *wordRec {
	if len(wc.recs) == 0 {
		return nil
	}
	for at := h & wc.mask; ; at = (at + 1) & wc.mask {
		r := &wc.recs[at]
		if r.idx < 0 {
			return nil
		}
		if r.key == h {
			return r
		}
	}
}

// touch reads the slot where a lookup of h starts, for readWords to
// issue the reads of many lookups at once.
func (wc *wordCache) touch(h uint64) uint64 {
	switch {
	case len(wc.recs) > 0:
		return wc.recs[h&wc.mask].key
	case len(wc.index.slots) > 0:
		return wc.index.slots[h&wc.index.mask].key
	}
	return 0
}

// rec returns the record of the word with cache index i.
func (wc *wordCache) rec(i int32) *wordRec { return &wc.recs[wc.at[i]] }

// info fills in what scanWord, the cluster lookup and resolve's other
// lookups would, from the record of a cached word.
func (r *wordRec) info(in *wordInfo) {
	in.lower, in.shape, in.short = r.lower, r.shape, r.short
	in.upperFirst = r.flags&recUpperFirst != 0
	in.hasLower = r.flags&recHasLower != 0
	in.hasLetter = r.flags&recHasLetter != 0
	in.clu, in.cluLen = r.clu, r.cluLen
	in.nblk, in.top = r.nblk, r.top
	in.wordLex, in.gazW = r.lex, r.gaz
}

// cacheSums computes the cached sums of every word of the cache, from
// the features fx lists and the weights w, which must be installed.
func (wc *wordCache) cacheSums(fx *featurer, w *weights) {
	wc.sums = make([]wordSum, 0, cacheRoles*len(wc.list.words))
	var fs []uint32
	for i, word := range wc.list.words {
		var in wordInfo
		r := wc.rec(int32(i))
		r.info(&in)
		in.word = hashString(word)
		r.flags &^= (1<<cacheRoles - 1) * recUsable
		for role := range cacheRoles {
			fs = fx.blockFeatures(fs[:0], role, word, &in)
			var ws wordSum
			if len(fs) <= laneRun {
				r.flags |= recUsable << role
				r.nblk[role] = uint8(len(fs))
				ws = w.blockSum(fs)
				r.top[role] = topLane(&ws)
			}
			wc.sums = append(wc.sums, ws)
		}
	}
}

// wordSum holds one cached block of features summed as the table's rows
// are (see sum): both stages' weights offset by qmax in 16-bit lanes, 64
// bytes, one cache line. A block of at most laneRun features cannot carry
// from one lane into the next, so adding it is adding its rows.
type wordSum [2 * rowWords]uint64
