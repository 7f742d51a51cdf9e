package model

// The second pass (Ratinov and Roth 2009, "prediction aggregation") sees the
// first pass's labels over the whole document: the token's own label and its
// neighbours', and the labels the first pass gave the other occurrences of
// the same word (any case), so that "Kowalczyk" tagged PER in "Anna
// Kowalczyk" helps the bare "Kowalczyk" three sentences later.

// Second-pass feature templates.
const (
	tS2Self uint64 = 200 + iota
	tS2M1
	tS2P1
	tS2Agg
	tS2AggKind
	tS2Maj
	tS2None
	tS2Prev
	tS2Next
	tS2M2P2
	tS2Run
)

// nS2 is the number of second-pass templates.
const nS2 = int(tS2Run-tS2Self) + 1

// s2Buckets holds the buckets of the second-pass features, whose values are
// labels (below nLabels+1) or pairs of labels, computed once per model
// instead of hashed per token.
type s2Buckets struct {
	one  [nS2][nLabels + 1]uint32
	pair [nS2][(nLabels + 1) * (nLabels + 1)]uint32
}

func newS2Buckets(mask uint64) *s2Buckets {
	b := new(s2Buckets)
	for t := range nS2 {
		for v := range nLabels + 1 {
			b.one[t][v] = uint32(mix(tS2Self+uint64(t), uint64(v)) & mask)
			for w := range nLabels + 1 {
				b.pair[t][v*(nLabels+1)+w] = uint32(mix(tS2Self+uint64(t), uint64(v)<<8|uint64(w)) & mask)
			}
		}
	}
	return b
}

// feat appends the bucket of template tpl with value v (a label, or a
// count below nLabels+1).
func (b *s2Buckets) feat(dst []uint32, tpl uint64, v uint64) []uint32 {
	return append(dst, b.one[tpl-tS2Self][v])
}

// pairFeat appends the bucket of template tpl with value v<<8|w.
func (b *s2Buckets) pairFeat(dst []uint32, tpl uint64, v, w uint64) []uint32 {
	return append(dst, b.pair[tpl-tS2Self][int(v)*(nLabels+1)+int(w)])
}

// secondPass lists the second pass's features of a document from the
// first pass's labels. It holds the second stage's sums of the commonest
// lists (see plainCase), which tagging adds instead of listing them.
type secondPass struct {
	bk      *s2Buckets
	history bool     // FeatHistory
	plain   []scores // per case of plainCase, once the second stage is installed
}

// extraFeats holds the second pass's features per token.
type extraFeats struct {
	feats []uint32
	off   []int32
}

// labelType returns the entity type index of a BILOU label, -1 for O.
func labelType(l uint8) int {
	if l == 0 || int(l) >= nLabels {
		return -1
	}
	return typeOf(l)
}

// features computes the second-pass features of every token of s from the
// first pass's labels l1.
//
// With plain (tagging), a token whose features are only those of its own
// and its neighbours' labels, all O or sentence bounds, gets no features
// but plain[k], the index of their sums in sp.plain (-1 for the others).
func (sp *secondPass) features(s *docScratch, l1 []uint8, x *extraFeats, plain []int8) {
	bk := sp.bk
	x.feats = x.feats[:0]
	x.off = append(x.off[:0], 0)
	n := len(s.info)
	order, rank := s.order[:n], s.order[n:2*n]
	for k := range n {
		in := &s.info[k]
		pm, pp := uint8(nLabels), uint8(nLabels)
		if !in.first {
			pm = l1[k-1]
		}
		if k+1 < n && !s.info[k+1].first {
			pp = l1[k+1]
		}
		if plain != nil {
			plain[k] = -1
			if c := sp.plainCase(s, l1, k, pm, pp); c >= 0 {
				plain[k] = int8(c)
				x.off = append(x.off, int32(len(x.feats)))
				continue
			}
		}
		x.feats = bk.feat(x.feats, tS2Self, uint64(l1[k]))
		x.feats = bk.feat(x.feats, tS2M1, uint64(pm))
		x.feats = bk.feat(x.feats, tS2P1, uint64(pp))
		if sp.history {
			x.feats = sp.historyFeatures(x.feats, s, l1, k)
		}
		if in.upperFirst {
			at := int(rank[k])
			lo, hi := sameWord(s.info, order[:n], at)
			var counts [len(types) + 1]int
			seen := 0
			for _, jj := range order[lo:hi] {
				j := int(jj)
				if seen == 24 {
					break // the first 24 other occurrences tell enough
				}
				if j == k {
					continue
				}
				seen++
				t := labelType(l1[j])
				counts[t+1]++
				if t >= 0 {
					x.feats = bk.feat(x.feats, tS2AggKind, uint64(l1[j]))
				}
			}
			if seen == 0 {
				x.feats = bk.feat(x.feats, tS2None, 0)
			} else {
				maj := 0
				for t, c := range counts {
					if c > 0 {
						x.feats = bk.feat(x.feats, tS2Agg, uint64(t))
					}
					if c > counts[maj] {
						maj = t
					}
				}
				x.feats = bk.feat(x.feats, tS2Maj, uint64(maj))
			}
		}
		x.off = append(x.off, int32(len(x.feats)))
	}
}

// historyFeatures appends FeatHistory's second-pass features of token k: the
// first-pass labels two tokens away, of the nearest earlier and later
// occurrences of the word, and of the ends of its capitalized run.
func (sp *secondPass) historyFeatures(dst []uint32, s *docScratch, l1 []uint8, k int) []uint32 {
	bk := sp.bk
	n := len(s.info)
	in := &s.info[k]
	start := k - int(in.idx)
	end := start + int(in.slen)
	lab := func(j int) uint64 {
		if j < start || j >= end {
			return uint64(nLabels)
		}
		return uint64(l1[j])
	}
	dst = bk.pairFeat(dst, tS2M2P2, lab(k-2), lab(k+2))
	if !in.upperFirst {
		return dst
	}
	order, rank := s.order[:n], s.order[n:2*n]
	r := int(rank[k])
	prev, next := uint64(nLabels), uint64(nLabels)
	if r > 0 && s.info[order[r-1]].lower == in.lower {
		prev = uint64(l1[order[r-1]])
	}
	if r+1 < n && s.info[order[r+1]].lower == in.lower {
		next = uint64(l1[order[r+1]])
	}
	dst = bk.feat(dst, tS2Prev, prev)
	dst = bk.feat(dst, tS2Next, next)
	if !in.capsSent {
		a, b := start+int(in.runStart), start+int(in.runEnd)-1
		if b > a {
			dst = bk.pairFeat(dst, tS2Run, uint64(l1[a]), uint64(l1[b]))
		}
	}
	return dst
}

// plainCase returns the index in sp.plain of the second-pass features
// of token k, whose neighbours' first-pass labels are pm and pp, if they
// are only those of labels that are O or sentence bounds, or -1.
func (sp *secondPass) plainCase(s *docScratch, l1 []uint8, k int, pm, pp uint8) int {
	in := &s.info[k]
	if in.upperFirst || len(sp.plain) == 0 {
		return -1
	}
	ls := [5]uint8{l1[k], pm, pp, uint8(nLabels), uint8(nLabels)}
	if sp.history {
		start := k - int(in.idx)
		if k-2 >= start {
			ls[3] = l1[k-2]
		}
		if k+2 < start+int(in.slen) {
			ls[4] = l1[k+2]
		}
	}
	c := 0
	for i, l := range ls {
		switch l {
		case 0:
		case uint8(nLabels):
			c |= 1 << i
		default:
			return -1
		}
	}
	return c
}

// plainFeatures appends the second-pass features of case c of plainCase.
func (sp *secondPass) plainFeatures(dst []uint32, c int) []uint32 {
	var ls [5]uint64
	for i := range ls {
		if c&(1<<i) != 0 {
			ls[i] = uint64(nLabels)
		}
	}
	dst = sp.bk.feat(dst, tS2Self, ls[0])
	dst = sp.bk.feat(dst, tS2M1, ls[1])
	dst = sp.bk.feat(dst, tS2P1, ls[2])
	if sp.history {
		dst = sp.bk.pairFeat(dst, tS2M2P2, ls[3], ls[4])
	}
	return dst
}

// cache computes the second stage's sums of every case of plainCase, with
// the stages of w installed.
func (sp *secondPass) cache(w *weights) {
	sp.plain = sp.plain[:0]
	if len(w.stages) < 2 {
		return
	}
	var fs []uint32
	for c := range 1 << 5 {
		fs = sp.plainFeatures(fs[:0], c)
		var sc scores
		w.stageSum(1, fs, &sc)
		sp.plain = append(sp.plain, sc)
	}
}
