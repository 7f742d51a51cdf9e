package model

import (
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/sayso/sayso/entity/gazetteer"
)

// Entity types, in label order.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

// BILOU labels: 0 is O; type t has B=1+4t, I=2+4t, L=3+4t, U=4+4t.
const nLabels = 1 + 4*len(types)

const (
	bilouB = iota
	bilouI
	bilouL
	bilouU
)

func labelOf(kind, typ int) uint8 { return uint8(1 + 4*typ + kind) }

func kindOf(l uint8) int { return int(l-1) % 4 }

func typeOf(l uint8) int { return int(l-1) / 4 }

// allowed[p][l] says whether label l may follow label p; index nLabels
// stands for the sentence start. final[l] says whether l may end a sentence.
var allowed, final = func() (a [nLabels + 1][nLabels]bool, f [nLabels]bool) {
	for p := 0; p <= nLabels; p++ {
		inside := p > 0 && p < nLabels && (kindOf(uint8(p)) == bilouB || kindOf(uint8(p)) == bilouI)
		for l := 0; l < nLabels; l++ {
			if inside {
				a[p][l] = l > 0 && typeOf(uint8(l)) == typeOf(uint8(p)) &&
					(kindOf(uint8(l)) == bilouI || kindOf(uint8(l)) == bilouL)
			} else {
				a[p][l] = l == 0 || kindOf(uint8(l)) == bilouB || kindOf(uint8(l)) == bilouU
			}
		}
	}
	for l := range f {
		f[l] = l == 0 || kindOf(uint8(l)) == bilouL || kindOf(uint8(l)) == bilouU
	}
	return a, f
}()

// iob2 maps a BILOU label index to its IOB2 string.
var iob2 = func() (s [nLabels]string) {
	s[0] = "O"
	for t, name := range types {
		s[labelOf(bilouB, t)] = "B-" + name
		s[labelOf(bilouU, t)] = "B-" + name
		s[labelOf(bilouI, t)] = "I-" + name
		s[labelOf(bilouL, t)] = "I-" + name
	}
	return s
}()

// toBILOU converts one sentence's IOB2 labels to BILOU indices. Unknown
// types become O.
func toBILOU(labels []string, dst []uint8) []uint8 {
	typ := make([]int, len(labels))
	begin := make([]bool, len(labels))
	for i, l := range labels {
		typ[i] = -1
		p, t := splitLabel(l)
		for k, name := range types {
			if p != 'O' && t == name {
				typ[i] = k
			}
		}
		begin[i] = p == 'B' || (typ[i] >= 0 && (i == 0 || typ[i-1] != typ[i]))
	}
	for i := range labels {
		if typ[i] < 0 {
			dst = append(dst, 0)
			continue
		}
		end := i+1 == len(labels) || typ[i+1] != typ[i] || begin[i+1]
		switch {
		case begin[i] && end:
			dst = append(dst, labelOf(bilouU, typ[i]))
		case begin[i]:
			dst = append(dst, labelOf(bilouB, typ[i]))
		case end:
			dst = append(dst, labelOf(bilouL, typ[i]))
		default:
			dst = append(dst, labelOf(bilouI, typ[i]))
		}
	}
	return dst
}

// Model is a trained tagger. It is immutable and safe for concurrent use.
type Model struct {
	bits     uint8 // of the first stage, whose table static features index
	mask     uint64
	feats    Features
	stages   []stage   // 1, or 2 when a second pass sees the first's labels
	tab      []uint64  // the stages' weights, interleaved (see setStages)
	stride   int       // uint64s per bucket in tab
	wordIdx  wordTable // word hash -> index into cluVals, cluWords and the word cache
	cluVals  []uint32  // cluster path<<8 | length
	cluWords []string
	gazWords []gazetteer.Word // cluWords encoded by gaz
	trans    [][]scores       // per stage, per previous two labels p2*(nLabels+1)+p1: see setTransitions
	wordSums []wordSum        // per cached word and role (cacheRoles): stage-1 and stage-2 sums
	clusters map[string]uint32
	lex      wordTable // entity lexicon bits by word hash (FeatLexicon)
	lexWords map[string]uint16
	cacheLex []uint16             // lexicon bits of cluWords
	gaz      *gazetteer.Gazetteer // nil unless FeatGazetteer
	pool     sync.Pool
}

func newModel(bits uint8, feats Features, clusters map[string]uint32) *Model {
	if feats == 0 {
		feats = FeatAll
	}
	m := &Model{bits: bits, mask: 1<<bits - 1, feats: feats}
	if feats&FeatGazetteer != 0 {
		m.gaz = gazetteer.Default()
	}
	m.setClusters(clusters) // after gaz, whose encoding of the words it caches
	m.pool.New = func() any { return new(predictScratch) }
	return m
}

// setClusters installs the word-cluster map and its index by word hash,
// which spares building strings for lookups.
func (m *Model) setClusters(c map[string]uint32) {
	m.clusters = c
	m.wordIdx = newWordTable(len(c))
	m.cluVals = make([]uint32, 0, len(c))
	// Sorted, so that every model built from the same clusters numbers
	// the words alike: training extracts features once and tags them with
	// several models.
	m.cluWords = slices.Sorted(maps.Keys(c))
	m.gazWords = make([]gazetteer.Word, len(m.cluWords))
	for i, w := range m.cluWords {
		m.wordIdx.set(hashString(w), int32(len(m.cluVals)))
		m.cluVals = append(m.cluVals, c[w])
		if m.gaz != nil {
			m.gazWords[i] = m.gaz.Encode(w)
		}
	}
	m.indexLexicon()
}

type predictScratch struct {
	doc     docScratch
	extra   extraFeats
	static  []scores // sums of a stage's static features, per token
	labels  []uint8
	labels2 []uint8
}

// dynFeatures returns the buckets of the features that depend on the two
// previous predicted labels.
func dynFeatures(in *tokInfo, p1, p2 uint8, mask uint64) [4]uint32 {
	return [4]uint32{
		uint32(mix(tP1, uint64(p1)) & mask),
		uint32(mix(tP2P1, uint64(p2)<<8|uint64(p1)) & mask),
		uint32(mix(tP1Lower, mix(uint64(p1), in.lower)) & mask),
		uint32(mix(tP1Shape, mix(uint64(p1), in.short)) & mask),
	}
}

// best returns the highest-scoring label allowed after prev, at the end of
// a sentence if last. O scores 0: its weights are fixed at zero.
func best(sc *[nLabels]float32, prev uint8, last bool) uint8 {
	bl, bs := -1, float32(0)
	for l := range nLabels {
		if !allowed[prev][l] || (last && !final[l]) {
			continue
		}
		if bl < 0 || sc[l] > bs {
			bl, bs = l, sc[l]
		}
	}
	return uint8(bl)
}

// setStages installs the weight tables. With two stages they are
// interleaved row by row, so that one 64-byte cache line holds both
// stages' weights of a feature and the second pass costs few extra misses.
//
// It also caches, for every word with a cluster (the frequent words of the
// unlabelled text), the sums of its intrinsic features, which spares most
// tokens a third of their table lookups.
func (m *Model) setStages(st ...stage) {
	m.stages = st
	if len(st) == 1 {
		m.tab, m.stride = st[0].w, rowWords
	} else {
		m.stride = 2 * rowWords
		m.tab = make([]uint64, len(st[0].w)*2)
		for b := 0; b < len(st[0].w)/rowWords; b++ {
			copy(m.tab[b*m.stride:], st[0].w[b*rowWords:(b+1)*rowWords])
			copy(m.tab[b*m.stride+rowWords:], st[1].w[b*rowWords:(b+1)*rowWords])
		}
	}
	m.setTransitions()
	m.wordSums = make([]wordSum, 0, cacheRoles*len(m.cluWords))
	var fs []uint32
	for i, w := range m.cluWords {
		var in tokInfo
		in.word = hashString(w)
		scanWord(w, &in)
		c := m.cluVals[i]
		in.clu, in.cluLen = c>>8, uint8(c)
		for role := range cacheRoles {
			switch role {
			case 0:
				fs = m.intrinsicFeatures(fs[:0], w, &in)
			case 1:
				fs = m.neighbourFeatures(fs[:0], &in, true)
			case 2:
				fs = m.neighbourFeatures(fs[:0], &in, false)
			}
			var s1, s2 scores
			m.sums(fs, &s1, &s2)
			m.wordSums = append(m.wordSums, packSums(&s1, &s2))
		}
	}
}

// cacheRoles are the feature blocks cached per word: its own intrinsic
// features, and those it gives its right and its left neighbour.
const cacheRoles = 3

// sums adds the sums of features fs to a1 (first stage) and a2 (second
// stage, if any).
func (m *Model) sums(fs []uint32, a1, a2 *scores) {
	if len(m.stages) > 1 {
		sumPair(m.tab, fs, a1, a2)
	} else {
		sum(m.tab, m.stride, 0, fs, a1)
	}
}

// wordSum holds one cached block's sums for both stages in 16 bits each,
// 64 bytes, one cache line. A block whose sums do not fit is marked by
// noSum in its first lane and is not used.
type wordSum [2 * nw]int16

const noSum = math.MinInt16

func packSums(s1, s2 *scores) wordSum {
	var w wordSum
	for l := range nw {
		for k, v := range [2]int32{s1[l], s2[l]} {
			if v <= noSum || v > math.MaxInt16 {
				w[0] = noSum
				return w
			}
			w[k*nw+l] = int16(v)
		}
	}
	return w
}

// usable reports whether the word with cache index i has cached sums for
// block role.
func (m *Model) usable(i int32, role int) bool {
	return i >= 0 && int(i)*cacheRoles+role < len(m.wordSums) && m.wordSums[int(i)*cacheRoles+role][0] != noSum
}

// cached adds to a1, a2 the cached sums of block role of the word with
// cache index i, reporting whether there are some (i >= 0, sums fit).
func (m *Model) cached(i int32, role int, a1, a2 *scores) bool {
	if i < 0 {
		return false
	}
	c := &m.wordSums[int(i)*cacheRoles+role]
	if c[0] == noSum {
		return false
	}
	for l := range a1 {
		a1[l] += int32(c[l])
		a2[l] += int32(c[nw+l])
	}
	return true
}

// tag labels an extracted document with every stage, greedily left to
// right in each sentence.
func (m *Model) tag(s *predictScratch) []uint8 {
	d := &s.doc
	n := len(d.info)
	two := len(m.stages) > 1
	s.static = slices.Grow(s.static[:0], 2*n)[:2*n]
	s1, s2 := s.static[:n], s.static[n:]
	for k := range n {
		a1, a2 := &s1[k], &s2[k]
		*a1, *a2 = scores{}, scores{}
		fs := d.feats[d.off[k]:d.off[k+1]]
		in := &d.info[k]
		// Intrinsic, left-neighbour and right-neighbour blocks come from
		// the word cache when their word is in it.
		blocks := [3]int32{d.nIntr[k], d.nLeft[k], d.nRight[k]}
		words := [3]int32{in.cache, -1, -1}
		has := [3]bool{true, k > 0 && !in.first, k+1 < n && !d.info[k+1].first}
		if has[1] {
			words[1] = d.info[k-1].cache
		}
		if has[2] {
			words[2] = d.info[k+1].cache
		}
		for b, size := range blocks {
			if !has[b] || !m.cached(words[b], b, a1, a2) {
				m.sums(fs[:size], a1, a2)
			}
			fs = fs[size:]
		}
		m.sums(fs, a1, a2)
	}
	s.labels = m.decode(s, s1, 0, nil, s.labels)
	if !two {
		return s.labels
	}
	m.secondPass(d, s.labels, &s.extra, m.mask)
	s.labels2 = m.decode(s, s2, rowWords, &s.extra, s.labels2)
	return s.labels2
}

// Predict labels every token of one document (all its sentences, in order,
// so that document-level features see the whole text) and returns one IOB2
// label per token: "B-PER", "I-ORG", "O", with types PER, ORG, LOC and MISC.
// Token.POS should hold Penn Treebank tags from prose's tagger (see TagPOS);
// a sentence whose tokens all lack one is tagged here.
func (m *Model) Predict(doc []Sentence) [][]string {
	s := m.pool.Get().(*predictScratch)
	defer m.pool.Put(s)
	m.extract(doc, &s.doc, true)
	labels := m.tag(s)
	flat := make([]string, len(labels))
	for i, l := range labels {
		flat[i] = iob2[l]
	}
	out := make([][]string, len(doc))
	at := 0
	for i, sent := range doc {
		out[i] = flat[at : at+len(sent) : at+len(sent)]
		at += len(sent)
	}
	return out
}
