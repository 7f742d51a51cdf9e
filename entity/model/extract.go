package model

import (
	"slices"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/entity/gazetteer"
)

// sameWord returns the run [lo, hi) of order around at whose tokens have
// the same lower-case form as token order[at]: its occurrences in the
// document.
// The bounds are read from info, where markRuns put them, so the cost
// does not grow with how often a word repeats.
func sameWord(info []tokInfo, order []int32, at int) (lo, hi int) {
	in := &info[order[at]]
	return int(in.runLo), min(int(in.runHi), len(order))
}

// markRuns records in info, for each token, the run [runLo, runHi) of
// order whose tokens share its lower-case form, in one pass.
func markRuns(info []tokInfo, order []int32) {
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && info[order[hi]].lower == info[order[lo]].lower {
			hi++
		}
		for _, k := range order[lo:hi] {
			info[k].runLo, info[k].runHi = int32(lo), int32(hi)
		}
		lo = hi
	}
}

// docFeatures appends context-aggregation features for token k of the
// document (Ratinov and Roth 2009): how the other occurrences of the same
// word (any case) are written and what surrounds them. order lists token
// indices sorted by lower-case hash; pos[k] is k's index in order.
func (fx *featurer) docFeatures(dst []uint32, info []tokInfo, order []int32, at int) []uint32 {
	k := int(order[at])
	in := &info[k]
	if !in.upperFirst {
		return dst
	}
	lo, hi := sameWord(info, order, at)
	if hi-lo > 24 {
		hi = lo + 24
	}
	for _, jj := range order[lo:hi] {
		j := int(jj)
		if j == k {
			continue
		}
		o := &info[j]
		if o.word == in.lower && !o.first {
			dst = fx.feat(dst, tDocLower, 1)
		}
		if !o.capsSent && !o.first {
			dst = fx.feat(dst, tAggShape, o.short)
			if in.capsSent && o.word == in.title {
				dst = fx.feat(dst, tDocTitle, 1)
			}
		}
		pm, pp := hashBOS, hashEOS
		if !o.first {
			pm = info[j-1].lower
		}
		if j+1 < len(info) && !info[j+1].first {
			pp = info[j+1].lower
		}
		dst = fx.feat(dst, tAggM1, pm)
		dst = fx.feat(dst, tAggP1, pp)
	}
	return dst
}

// idxBits is the number of low bits of a sort key that hold a token index.
const idxBits = 24

// docScratch holds the features of a whole document.
type docScratch struct {
	wc      *wordCache // the model's word cache when extract ran; tag reads the same
	info    []tokInfo
	order   []int32
	keys    []uint64 // sort keys of order
	feats   []uint32
	off     []int32  // token k's features are feats[off[k]:off[k+1]]
	nIntr   []int32  // the first nIntr[k] of them are intrinsic,
	nLeft   []int32  // the next nLeft[k] come from the left neighbour,
	nRight  []int32  // and the next nRight[k] from the right one
	starts  []int32  // sentence starts, plus the total
	lazy    bool     // blocks the word cache holds are left out (see extract)
	dref    []int32  // see docSums
	dsum    []scores // see docSums
	blk     []scores // scratch of groupSums
	tmp     []uint32 // scratch of groupSums
	sink    uint64   // see fillInfo
	posP    []int32  // per token, its POS groups' indexes in posTable.sums, or -1 (lazy only)
	words   []gazetteer.Word
	matches []gazetteer.Match
	tags    []token.Token
}

// extract computes the static features of every token of doc. With lazy
// (for tagging, not training) it leaves out the blocks of features whose
// sums the word cache holds.
func (m *Model) extract(doc []Sentence, s *docScratch, lazy bool) {
	s.wc = m.words()
	n := 0
	for _, sent := range doc {
		n += len(sent)
	}
	s.info = slices.Grow(s.info[:0], n)[:n]
	s.starts = s.starts[:0]
	at := 0
	for _, sent := range doc {
		s.starts = append(s.starts, int32(at))
		m.fillInfo(sent, s.info[at:at+len(sent)], s)
		at += len(sent)
	}
	s.starts = append(s.starts, int32(at))
	s.lazy = lazy
	// Token indices sorted by lower-case hash, and each token's rank in
	// that order, group the occurrences of a word for document features.
	s.order = slices.Grow(s.order[:0], 2*n)[:2*n]
	order, rank := s.order[:n], s.order[n:]
	if n < 1<<idxBits {
		// Sorting plain integers, the hash's high bits above the index, is
		// several times faster than sorting indices with a comparison
		// function, and gives the same order unless two different words
		// share their top 40 hash bits.
		s.keys = slices.Grow(s.keys[:0], 2*n)[:2*n]
		keys := s.keys[:n]
		for i := range keys {
			keys[i] = s.info[i].lower&^(1<<idxBits-1) | uint64(i)
		}
		sortKeys(keys, s.keys[n:])
		for i, key := range keys {
			order[i] = int32(key & (1<<idxBits - 1))
		}
	} else {
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int {
			ha, hb := s.info[a].lower, s.info[b].lower
			switch {
			case ha < hb:
				return -1
			case ha > hb:
				return 1
			}
			return int(a - b)
		})
	}
	for r, k := range order {
		rank[k] = int32(r)
	}
	markRuns(s.info, order)
	s.dref = s.dref[:0]
	if lazy && m.fx.feats&FeatDoc != 0 {
		s.docSums(&m.fx, &m.w, order)
	}
	s.feats = s.feats[:0]
	s.posP = s.posP[:0]
	s.off = append(s.off[:0], 0)
	s.nIntr, s.nLeft, s.nRight = s.nIntr[:0], s.nLeft[:0], s.nRight[:0]
	for si, sent := range doc {
		base := int(s.starts[si])
		win := s.info[base : base+len(sent)]
		for i := range sent {
			// With lazy, a block the word cache holds is left out (see tag;
			// a first token does not use its intrinsic block).
			at := len(s.feats)
			if !lazy || !win[i].usable(0) || i == 0 {
				s.feats = m.fx.intrinsicFeatures(s.feats, sent[i].Text, &win[i])
			}
			s.nIntr = append(s.nIntr, int32(len(s.feats)-at))
			var l, r *tokInfo
			if i > 0 {
				l = &win[i-1]
			}
			if i+1 < len(sent) {
				r = &win[i+1]
			}
			at = len(s.feats)
			if !lazy || l == nil || !l.usable(1) {
				s.feats = m.fx.neighbourFeatures(s.feats, l, true)
			}
			s.nLeft = append(s.nLeft, int32(len(s.feats)-at))
			at = len(s.feats)
			if !lazy || r == nil || !r.usable(2) {
				s.feats = m.fx.neighbourFeatures(s.feats, r, false)
			}
			s.nRight = append(s.nRight, int32(len(s.feats)-at))
			var skip uint8
			if lazy && len(m.pos.sums) > 0 {
				pm, pp := uint8(1), uint8(2) // <S>, </S>
				if i > 0 {
					pm = win[i-1].posI
				}
				if i+1 < len(sent) {
					pp = win[i+1].posI
				}
				pl, pr := posPair(0, pm, win[i].posI), posPair(1, win[i].posI, pp)
				if pl >= 0 {
					skip |= 1
				}
				if pr >= 0 {
					skip |= 2
				}
				s.posP = append(s.posP, pl, pr)
			}
			s.feats = m.fx.tokenFeatures(s.feats, win, i, skip)
			switch {
			case m.fx.feats&FeatDoc == 0:
			case lazy && s.dref[base+i] >= 0:
				s.feats = m.fx.docTitleFeatures(s.feats, s.info, order, int(rank[base+i]))
			default:
				s.feats = m.fx.docFeatures(s.feats, s.info, order, int(rank[base+i]))
			}
			s.off = append(s.off, int32(len(s.feats)))
		}
	}
}
