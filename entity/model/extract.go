package model

import (
	"slices"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/entity/gazetteer"
)

// sameWord returns the run [lo, hi) of order around at whose tokens have
// the same lower-case form as token order[at]: its occurrences in the
// document.
// The bounds are read from info, where groupWords put them, so the cost
// does not grow with how often a word repeats.
func sameWord(info []tokInfo, order []int32, at int) (lo, hi int) {
	in := &info[order[at]]
	return int(in.runLo), min(int(in.runHi), len(order))
}

// docFeatures appends context-aggregation features for token k of the
// document (Ratinov and Roth 2009): how the other occurrences of the same
// word (any case) are written and what surrounds them. order lists token
// indices grouped by lower-case form (see groupWords); token k is
// order[at].
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

// docScratch holds the features of a whole document.
type docScratch struct {
	wc      *wordCache // the model's word cache when extract ran
	info    []tokInfo
	order   []int32  // token indices grouped by lower-case form, then their ranks there (see groupWords)
	feats   []uint32 // token k's features are feats[off[k]:off[k+1]]
	off     []int32
	starts  []int32 // sentence starts, plus the total
	lazy    bool    // blocks of words are left out (see extract)
	dref    []int32 // see docSums
	dsum    []scores
	blk     []scores // scratch of groupSums
	tmp     []uint32 // scratch of groupSums and listBlocks
	sink    uint64   // see readWords
	posP    []int32  // per token, its POS groups' indexes in posTable.sums, or -1 (lazy only)
	dwords  []docWord
	tokWord []int32 // per token, its word's index in dwords
	wordTab docTable
	lowTab  docTable
	groups  int32     // distinct lower-case forms
	groupAt []int32   // scratch of groupWords
	blocks  []wordSum // the words' blocks (see listBlocks), after those of the bounds
	blockAt []int32   // the features of blocks[boundBlocks+2+j] are tmp[blockAt[j]:blockAt[j+1]]
	blockOf []int32   // the word of blocks[boundBlocks+2+cacheRoles*i:], by index in dwords
	words   []gazetteer.Word
	matches []gazetteer.Match
	tags    []token.Token
}

// extract computes the static features of every token of doc. With lazy
// (for tagging, not training) it leaves out the blocks of features whose
// sums s.blocks holds: those of the words and of the sentence bounds.
func (m *Model) extract(doc []Sentence, s *docScratch, lazy bool) {
	s.wc = m.words()
	n := 0
	for _, sent := range doc {
		n += len(sent)
	}
	s.lazy = lazy
	m.readWords(doc, n, s, lazy)
	s.info = slices.Grow(s.info[:0], n)[:n]
	s.starts = s.starts[:0]
	at := 0
	for _, sent := range doc {
		s.starts = append(s.starts, int32(at))
		m.fillInfo(sent, s.info[at:at+len(sent)], s.tokWord[at:], s)
		at += len(sent)
	}
	s.starts = append(s.starts, int32(at))
	// Token indices grouped by lower-case form, and each token's rank in
	// that order, group the occurrences of a word for document features.
	s.groupWords(n)
	order, rank := s.order[:n], s.order[n:]
	s.dref = s.dref[:0]
	if lazy && m.fx.feats&FeatDoc != 0 {
		s.docSums(&m.fx, &m.w, order)
	}
	s.feats = s.feats[:0]
	s.posP = s.posP[:0]
	s.off = append(s.off[:0], 0)
	for si, sent := range doc {
		base := int(s.starts[si])
		win := s.info[base : base+len(sent)]
		for i := range sent {
			in := &win[i].wordInfo
			if !lazy || !in.usable(0) {
				s.feats = m.fx.intrinsicFeatures(s.feats, sent[i].Text, in)
			}
			switch {
			case i > 0:
				if l := &win[i-1].wordInfo; !lazy || !l.usable(1) {
					s.feats = m.fx.neighbourFeatures(s.feats, l, true)
				}
			case !lazy:
				s.feats = m.fx.neighbourFeatures(s.feats, nil, true)
			}
			switch {
			case i+1 < len(sent):
				if r := &win[i+1].wordInfo; !lazy || !r.usable(2) {
					s.feats = m.fx.neighbourFeatures(s.feats, r, false)
				}
			case !lazy:
				s.feats = m.fx.neighbourFeatures(s.feats, nil, false)
			}
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
