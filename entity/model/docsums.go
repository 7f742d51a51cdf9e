package model

import "slices"

// Document features (docFeatures) of a capitalized token sum one block per
// other occurrence of its word, up to 24: a name said ten times costs each
// of its occurrences nine blocks. At tagging time, for a word with several
// capitalized occurrences, each occurrence's block is summed once, and a
// token gets the total less its own block: the same integers, added in
// another order.

// docWindow is the number of occurrences of a word docFeatures looks at.
const docWindow = 24

// docSums computes, for the capitalized tokens of words whose occurrences
// are worth grouping, the sums of their document features but tDocTitle
// (which depends on the token); s.dref[k] indexes them in s.dsum (stage
// 1, stage 2), or is -1 for tokens whose features extract lists instead.
func (s *docScratch) docSums(fx *featurer, w *weights, order []int32) {
	n := len(s.info)
	s.dref = slices.Grow(s.dref[:0], n)[:n]
	for i := range s.dref {
		s.dref[i] = -1
	}
	s.dsum = s.dsum[:0]
	for lo := 0; lo < n; {
		low := s.info[order[lo]].lower
		hi, upper := lo+1, 0
		if s.info[order[lo]].upperFirst {
			upper++
		}
		for hi < n && s.info[order[hi]].lower == low {
			if s.info[order[hi]].upperFirst {
				upper++
			}
			hi++
		}
		win := min(hi, lo+docWindow) - lo
		// Listing costs upper*(win-1) blocks; grouping win blocks, and
		// unpacking and subtracting about two more per token.
		if upper > 0 && upper*(win-1) > win+2*upper {
			s.groupSums(fx, w, order[lo:hi], win, low)
		}
		lo = hi
	}
}

// groupSums sets the sums of the capitalized tokens among occ, the
// occurrences of one word (lower-case hash low) in document order, of
// which docFeatures looks at the first win.
func (s *docScratch) groupSums(fx *featurer, w *weights, occ []int32, win int, low uint64) {
	s.blk = slices.Grow(s.blk[:0], 2*win)[:2*win]
	var total [2]scores
	for r, jj := range occ[:win] {
		j := int(jj)
		o := &s.info[j]
		fs := s.tmp[:0]
		if o.word == low && !o.first {
			fs = fx.feat(fs, tDocLower, 1)
		}
		if !o.capsSent && !o.first {
			fs = fx.feat(fs, tAggShape, o.short)
		}
		pm, pp := hashBOS, hashEOS
		if !o.first {
			pm = s.info[j-1].lower
		}
		if j+1 < len(s.info) && !s.info[j+1].first {
			pp = s.info[j+1].lower
		}
		fs = fx.feat(fs, tAggM1, pm)
		fs = fx.feat(fs, tAggP1, pp)
		s.tmp = fs
		b1, b2 := &s.blk[2*r], &s.blk[2*r+1]
		*b1, *b2 = scores{}, scores{}
		w.sums(fs, b1, b2)
		for l := range total[0] {
			total[0][l] += b1[l]
			total[1][l] += b2[l]
		}
	}
	for r, jj := range occ {
		k := int(jj)
		if !s.info[k].upperFirst {
			continue
		}
		t := total
		if r < win {
			for l := range t[0] {
				t[0][l] -= s.blk[2*r][l]
				t[1][l] -= s.blk[2*r+1][l]
			}
		}
		s.dref[k] = int32(len(s.dsum) / 2)
		s.dsum = append(s.dsum, t[0], t[1])
	}
}

// docTitleFeatures appends the tDocTitle features of docFeatures alone,
// for a token whose other document features are in s.dsum.
func (fx *featurer) docTitleFeatures(dst []uint32, info []tokInfo, order []int32, at int) []uint32 {
	k := int(order[at])
	in := &info[k]
	if !in.capsSent {
		return dst
	}
	lo, hi := sameWord(info, order, at)
	hi = min(hi, lo+docWindow)
	for _, jj := range order[lo:hi] {
		j := int(jj)
		if o := &info[j]; j != k && !o.capsSent && !o.first && o.word == in.title {
			dst = fx.feat(dst, tDocTitle, 1)
		}
	}
	return dst
}

// addDocSums adds token k's document sums, if any, to a1 and a2.
func (s *docScratch) addDocSums(k int, a1, a2 *scores) {
	if k >= len(s.dref) || s.dref[k] < 0 {
		return
	}
	d1, d2 := &s.dsum[2*s.dref[k]], &s.dsum[2*s.dref[k]+1]
	for l := range a1 {
		a1[l] += d1[l]
		a2[l] += d2[l]
	}
}
