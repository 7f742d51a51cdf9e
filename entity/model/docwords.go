package model

import "slices"

// A document's distinct words are resolved once each, not once per token:
// extract numbers them (docWord) and looks each up in the word cache, or,
// for a word the cache does not hold, scans its text and looks up its
// cluster, gazetteer encoding and lexicon bits; its tokens copy what it
// found. With lazy (tagging) each distinct word also gets its three feature
// blocks (see cacheRoles), summed: in or, for the others, a small array of the document's.
// Names, which the word cache mostly lacks, recur within a story: their
// features are summed once per story, not once per occurrence.

// docWord is one distinct word of a document.
type docWord struct {
	wordInfo
	text  string // the word
	group int32  // index of its lower-case form among the document's
}

// docTable maps hashes to indexes for one document: open addressing with
// linear probing, sized for the document and cleared for each.
type docTable struct {
	slots []docSlot
	mask  uint64
}

type docSlot struct {
	key uint64
	val int32 // index + 1; 0: empty
}

// reset empties t and gives it room for n keys.
func (t *docTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	t.slots = slices.Grow(t.slots[:0], size)[:size]
	clear(t.slots)
	t.mask = uint64(size - 1)
}

// index returns the index stored under h, storing next there if there is
// none, and whether it did.
func (t *docTable) index(h uint64, next int32) (int32, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.val == 0 {
			s.key, s.val = h, next+1
			return next, true
		}
		if s.key == h {
			return s.val - 1, false
		}
	}
}

// boundBlocks is the index in docScratch.blocks of the blocks of the
// sentence bounds: what the start gives a first token (as its left
// neighbour) and the end a last one.
const boundBlocks = 0

// block returns block role of word in, which extract left out.
func (s *docScratch) block(in *wordInfo, role int) *wordSum {
	if in.blk >= 0 {
		return &s.wc.sums[int(in.blk)+role]
	}
	return &s.blocks[int(^in.blk)+role]
}

// readWords hashes the n tokens of doc, numbers their distinct words in
// s.dwords (s.tokWord[k] is token k's), resolves each and, with lazy,
// lays out the blocks of their features in s.blocks.
func (m *Model) readWords(doc []Sentence, n int, s *docScratch, lazy bool) {
	s.wordTab.reset(n)
	s.dwords = s.dwords[:0]
	s.tokWord = slices.Grow(s.tokWord[:0], n)[:n]
	k := 0
	for _, sent := range doc {
		for _, t := range sent {
			h := hashString(t.Text)
			i, added := s.wordTab.index(h, int32(len(s.dwords)))
			if added {
				s.dwords = append(s.dwords, docWord{wordInfo: wordInfo{word: h}, text: t.Text})
			}
			s.tokWord[k] = i
			k++
		}
	}
	// The cache's slots are read at random: their reads are issued
	// together first, so that their misses overlap.
	var x uint64
	for i := range s.dwords {
		x += s.wc.touch(s.dwords[i].word)
	}
	s.sink += x
	s.lowTab.reset(len(s.dwords))
	s.groups = 0
	if lazy {
		s.blocks = append(s.blocks[:0], m.bounds.sums[0], m.bounds.sums[1])
		s.tmp, s.blockAt, s.blockOf = s.tmp[:0], append(s.blockAt[:0], 0), s.blockOf[:0]
	}
	for i := range s.dwords {
		dw := &s.dwords[i]
		r := s.wc.word(dw.word)
		m.resolve(dw, r, s.wc)
		g, added := s.lowTab.index(dw.lower, s.groups)
		if added {
			s.groups++
		}
		dw.group = g
		if lazy {
			m.listBlocks(int32(i), r, s)
		}
	}
	if lazy {
		m.sumBlocks(s)
	}
}

// resolve fills in what tagging needs of word dw: from its record r in
// the word cache wc, or, if r is nil, from its text.
func (m *Model) resolve(dw *docWord, r *wordRec, wc *wordCache) {
	in := &dw.wordInfo
	if r != nil {
		r.info(in)
		return
	}
	scanWord(dw.text, in)
	if wc.recs == nil {
		// A cold cache: the word may have a cluster all the same.
		in.clu, in.cluLen = wc.cluster(in.word)
	}
	if in.cluLen == 0 && in.upperFirst {
		in.clu, in.cluLen = wc.cluster(in.lower)
	}
	if m.gaz != nil {
		in.gazW = m.gaz.Encode(dw.text)
	}
	if in.upperFirst {
		in.wordLex = m.lex.of(in.word)
	}
}

// listBlocks sets where the blocks of word i of s.dwords are: in the word
// cache if it holds them (r is the word's record there, or nil), else in
// s.blocks, whose features it lists in s.tmp for sumBlocks.
func (m *Model) listBlocks(i int32, r *wordRec, s *docScratch) {
	dw := &s.dwords[i]
	in := &dw.wordInfo
	all := uint8(1<<cacheRoles-1) * recUsable
	if r != nil && r.flags&all == all {
		in.blk, in.blocks = r.idx*cacheRoles, all
		return
	}
	in.blk = ^int32(len(s.blocks))
	for role := range cacheRoles {
		s.tmp = m.fx.blockFeatures(s.tmp, role, dw.text, in)
		s.blockAt = append(s.blockAt, int32(len(s.tmp)))
		s.blocks = append(s.blocks, wordSum{})
	}
	s.blockOf = append(s.blockOf, i)
}

// sumBlocks sums the blocks listBlocks listed. The rows are read first in
// a tight loop, so that their cache misses overlap (see touch).
func (m *Model) sumBlocks(s *docScratch) {
	var x uint64
	for _, f := range s.tmp {
		x += m.w.tab[int(f)*m.w.stride]
	}
	s.sink += x
	const first = boundBlocks + 2
	for j, at := range s.blockAt[:len(s.blockAt)-1] {
		fs := s.tmp[at:s.blockAt[j+1]]
		if len(fs) > laneRun {
			continue // listed by extract instead
		}
		in := &s.dwords[s.blockOf[j/cacheRoles]].wordInfo
		role := j % cacheRoles
		b := &s.blocks[first+j]
		*b = m.w.blockSum(fs)
		in.nblk[role], in.top[role] = uint8(len(fs)), topLane(b)
		in.blocks |= recUsable << role
	}
}

// blockFeatures appends the features of block role of a word (see
// cacheRoles) with text and information in.
func (fx *featurer) blockFeatures(dst []uint32, role int, text string, in *wordInfo) []uint32 {
	switch role {
	case 0:
		// With the features of the previous label O, which tag would
		// otherwise add for all but the first token of a sentence (see
		// sumToken for the first).
		dst = fx.intrinsicFeatures(dst, text, in)
		dyn := fx.dynFeatures(in, 0)
		return append(dst, dyn[:]...)
	case 1:
		return fx.neighbourFeatures(dst, in, true)
	}
	return fx.neighbourFeatures(dst, in, false)
}

// boundSums holds the blocks of the sentence bounds (see boundBlocks),
// computed once the weights are installed.
type boundSums struct {
	sums [2]wordSum
	n    [2]uint8
	top  [2]uint16
}

// build computes the blocks for the features fx lists and weights w.
func (b *boundSums) build(fx *featurer, w *weights) {
	for i, left := range [2]bool{true, false} {
		fs := fx.neighbourFeatures(nil, nil, left)
		b.sums[i] = w.blockSum(fs)
		b.n[i], b.top[i] = uint8(len(fs)), topLane(&b.sums[i])
	}
}

// groupWords orders the n tokens by lower-case form in s.order (and
// their ranks there), each form's tokens together in document order, and
// records in s.info each token's run of them (see sameWord).
func (s *docScratch) groupWords(n int) {
	s.order = slices.Grow(s.order[:0], 2*n)[:2*n]
	order, rank := s.order[:n], s.order[n:]
	ng := int(s.groups)
	s.groupAt = slices.Grow(s.groupAt[:0], 2*ng+1)[:2*ng+1]
	at, next := s.groupAt[:ng+1], s.groupAt[ng+1:]
	clear(at)
	for _, w := range s.tokWord[:n] {
		at[s.dwords[w].group+1]++
	}
	for g := range ng {
		at[g+1] += at[g]
	}
	copy(next, at[:ng])
	for k, w := range s.tokWord[:n] {
		g := s.dwords[w].group
		r := next[g]
		next[g]++
		order[r], rank[k] = int32(k), r
		s.info[k].runLo, s.info[k].runHi = at[g], at[g+1]
	}
}
