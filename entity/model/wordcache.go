package model

import (
	"maps"
	"slices"

	"github.com/sayso/sayso/entity/gazetteer"
)

// The word cache: for every word of the cluster map (the frequent words of
// the unlabelled text, 90% of news tokens) what tagging needs of it is
// computed once at load: the hashes and flags scanWord would compute, its
// cluster, gazetteer encoding and lexicon bits (wordRec), and the sums of
// the features that depend only on the word (wordSum). A token of such a
// word costs one table lookup instead of scanning its text and summing a
// third of its features.

// wordRec is what fillInfo needs of a word of the cache. The records are
// themselves the slots of an open-addressing table keyed by word hash
// (linear probing), one 64-byte line each, so that looking a token up
// reads one line.
type wordRec struct {
	key                 uint64 // hashString of the word
	lower, shape, short uint64
	clu                 uint32 // cluster path bits
	idx                 int32  // index in cluWords and the word cache; -1: empty slot
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
// features (with its features for the previous label O, see cacheWords),
// and those it gives its right and its left neighbour.
const cacheRoles = 3

// setClusters installs the word-cluster map and the word cache's records,
// indexed by word hash, which spares building strings for lookups.
func (m *Model) setClusters(c map[string]uint32) {
	m.clusters = c
	// Sorted, so that every model built from the same clusters numbers
	// the words alike: training extracts features once and tags them with
	// several models.
	m.cluWords = slices.Sorted(maps.Keys(c))
	size := 16
	for size < len(c)+len(c)/2 {
		size *= 2
	}
	m.recs = make([]wordRec, size)
	for i := range m.recs {
		m.recs[i].idx = -1
	}
	m.recMask = uint64(size - 1)
	m.recAt = make([]int32, len(m.cluWords))
	for i, w := range m.cluWords {
		h := hashString(w)
		at := h & m.recMask
		for m.recs[at].idx >= 0 && m.recs[at].key != h {
			at = (at + 1) & m.recMask
		}
		m.recAt[i] = int32(at)
		var in tokInfo
		scanWord(w, &in)
		r := &m.recs[at]
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
		r.clu, r.cluLen = c[w]>>8, uint8(c[w])
		if m.gaz != nil {
			r.gaz = m.gaz.Encode(w)
		}
	}
	m.indexLexicon()
}

// word returns the record of the word with hash h, or nil.
func (m *Model) word(h uint64) *wordRec {
	if len(m.recs) == 0 {
		return nil
	}
	for at := h & m.recMask; ; at = (at + 1) & m.recMask {
		r := &m.recs[at]
		if r.idx < 0 {
			return nil
		}
		if r.key == h {
			return r
		}
	}
}

// touchWord reads the slot where a lookup of h starts, for fillInfo to
// issue the reads of many lookups at once.
func (m *Model) touchWord(h uint64) uint64 {
	if len(m.recs) == 0 {
		return 0
	}
	return m.recs[h&m.recMask].key
}

// rec returns the record of the word with cache index i.
func (m *Model) rec(i int32) *wordRec { return &m.recs[m.recAt[i]] }

// info fills in what scanWord, the cluster lookup and fillInfo's other
// lookups would, from the record of a cached word.
func (r *wordRec) info(in *tokInfo) {
	in.cache = r.idx
	in.lower, in.shape, in.short = r.lower, r.shape, r.short
	in.upperFirst = r.flags&recUpperFirst != 0
	in.hasLower = r.flags&recHasLower != 0
	in.hasLetter = r.flags&recHasLetter != 0
	in.clu, in.cluLen = r.clu, r.cluLen
	in.cacheFlags, in.nblk, in.top = r.flags, r.nblk, r.top
	in.cacheLex, in.gazW = r.lex, r.gaz
}

// cacheWords computes the cached sums of every word of the cache (with
// the stages installed).
func (m *Model) cacheWords() {
	m.wordSums = make([]wordSum, 0, cacheRoles*len(m.cluWords))
	var fs []uint32
	for i, w := range m.cluWords {
		var in tokInfo
		r := m.rec(int32(i))
		r.info(&in)
		in.word = hashString(w)
		r.flags &^= (1<<cacheRoles - 1) * recUsable
		for role := range cacheRoles {
			switch role {
			case 0:
				// With the features of the previous label O, which tag
				// would otherwise add for all but the first token of a
				// sentence; first tokens do not use this block.
				fs = m.fx.intrinsicFeatures(fs[:0], w, &in)
				dyn := m.fx.dynFeatures(&in, 0)
				fs = append(fs, dyn[:]...)
			case 1:
				fs = m.fx.neighbourFeatures(fs[:0], &in, true)
			case 2:
				fs = m.fx.neighbourFeatures(fs[:0], &in, false)
			}
			var ws wordSum
			if len(fs) <= laneRun {
				r.flags |= recUsable << role
				r.nblk[role] = uint8(len(fs))
				ws = m.w.blockSum(fs)
				r.top[role] = topLane(&ws)
			}
			m.wordSums = append(m.wordSums, ws)
		}
	}
	m.cachePOS()
	m.cachePlain()
}

// wordSum holds one cached block of features summed as the table's rows
// are (see sum): both stages' weights offset by qmax in 16-bit lanes, 64
// bytes, one cache line. A block of at most laneRun features cannot carry
// from one lane into the next, so adding it is adding its rows.
type wordSum [2 * rowWords]uint64

// usable reports whether the word with cache index i has cached sums for
// block role.
func (m *Model) usable(i int32, role int) bool {
	return i >= 0 && int(i) < len(m.recAt) && m.rec(i).flags&(recUsable<<role) != 0 && len(m.wordSums) > 0
}

// cached adds to a1, a2 the cached sums of block role of the word with
// cache index i, reporting whether there are some.
func (m *Model) cached(i int32, role int, a1, a2 *scores) bool {
	if !m.usable(i, role) {
		return false
	}
	m.w.addBlock(&m.wordSums[int(i)*cacheRoles+role], int(m.rec(i).nblk[role]), a1, a2)
	return true
}
