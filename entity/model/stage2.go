package model

// The second pass (Ratinov and Roth 2009, "prediction aggregation") sees the
// first pass's labels over the whole document: the token's own label and its
// neighbours', and the labels the first pass gave the other occurrences of
// the same word (any case), so that "Blackburn" tagged PER in "Peter
// Blackburn" helps the bare "Blackburn" three sentences later.

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

// secondPass computes the second-pass features of every token of s from the
// first pass's labels l1.
func (m *Model) secondPass(s *docScratch, l1 []uint8, x *extraFeats, mask uint64) {
	x.feats = x.feats[:0]
	x.off = append(x.off[:0], 0)
	n := len(s.info)
	order, rank := s.order[:n], s.order[n:2*n]
	for k := range n {
		in := &s.info[k]
		x.feats = appendFeat(x.feats, mask, tS2Self, uint64(l1[k]))
		pm, pp := uint8(nLabels), uint8(nLabels)
		if !in.first {
			pm = l1[k-1]
		}
		if k+1 < n && !s.info[k+1].first {
			pp = l1[k+1]
		}
		x.feats = appendFeat(x.feats, mask, tS2M1, uint64(pm))
		x.feats = appendFeat(x.feats, mask, tS2P1, uint64(pp))
		if m.feats&FeatHistory != 0 {
			x.feats = m.history(x.feats, s, l1, k, mask)
		}
		if in.upperFirst {
			at := int(rank[k])
			lo := at
			for lo > 0 && s.info[order[lo-1]].lower == in.lower {
				lo--
			}
			hi := at + 1
			for hi < n && s.info[order[hi]].lower == in.lower {
				hi++
			}
			var counts [len(types) + 1]int
			seen := 0
			for _, jj := range order[lo:hi] {
				j := int(jj)
				if j == k || seen == 24 {
					continue
				}
				seen++
				t := labelType(l1[j])
				counts[t+1]++
				if t >= 0 {
					x.feats = appendFeat(x.feats, mask, tS2AggKind, uint64(l1[j]))
				}
			}
			if seen == 0 {
				x.feats = appendFeat(x.feats, mask, tS2None, 0)
			} else {
				maj := 0
				for t, c := range counts {
					if c > 0 {
						x.feats = appendFeat(x.feats, mask, tS2Agg, uint64(t))
					}
					if c > counts[maj] {
						maj = t
					}
				}
				x.feats = appendFeat(x.feats, mask, tS2Maj, uint64(maj))
			}
		}
		x.off = append(x.off, int32(len(x.feats)))
	}
}

// history appends FeatHistory's second-pass features of token k: the
// first-pass labels two tokens away, of the nearest earlier and later
// occurrences of the word, and of the ends of its capitalized run.
func (m *Model) history(dst []uint32, s *docScratch, l1 []uint8, k int, mask uint64) []uint32 {
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
	dst = appendFeat(dst, mask, tS2M2P2, lab(k-2)<<8|lab(k+2))
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
	dst = appendFeat(dst, mask, tS2Prev, prev)
	dst = appendFeat(dst, mask, tS2Next, next)
	if !in.capsSent {
		a, b := start+int(in.runStart), start+int(in.runEnd)-1
		if b > a {
			dst = appendFeat(dst, mask, tS2Run, uint64(l1[a])<<8|uint64(l1[b]))
		}
	}
	return dst
}
