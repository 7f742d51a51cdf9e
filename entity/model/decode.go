package model

import "slices"

// tag labels an extracted document with every stage, greedily left to
// right in each sentence.
//
// The features of the previous label (tP1Lower, tP1Shape) are summed with
// the static ones for the label that most tokens follow (O, or the
// sentence start; see guess), so that decoding, a chain in which each
// token waits for the label before it, looks up only what depends on a
// label it did not guess, and the table reads of the static sums, which do
// not wait on each other, overlap their cache misses. All sums are exact
// integers, so their order does not change a label.
func (m *Model) tag(s *predictScratch) []uint8 {
	d := &s.doc
	n := len(d.info)
	two := len(m.w.stages) > 1
	s.sums = slices.Grow(s.sums[:0], 3*n)[:3*n]
	// Static sums of stage 1 and 2, and corrections of stage 2's sums for
	// the previous label stage 1 chose, where it is not the guessed one.
	s1, s2, next := s.sums[:n], s.sums[n:2*n], s.sums[2*n:]
	var sink uint64
	var refs [5]blockRef
	for k := range n {
		if k%touchRun == 0 && two && d.lazy {
			// The next run's rows are read while this one is summed.
			if k == 0 {
				sink += m.touch(d, 0, min(touchRun, n))
			}
			sink += m.touch(d, min(k+touchRun, n), min(k+2*touchRun, n))
		}
		in := &d.info[k]
		a1, a2 := &s1[k], &s2[k]
		*a1, *a2 = scores{}, scores{}
		fs := d.feats[d.off[k]:d.off[k+1]]
		if !d.lazy {
			// extract listed every feature.
			m.w.sums(fs, a1, a2)
			dyn := m.fx.dynFeatures(&in.wordInfo, guess(in))
			m.w.sums(dyn[:], a1, a2)
			continue
		}
		// The word's own block holds its features for the previous label
		// O, the guess for all but first tokens: a first token's are
		// taken out and those for the sentence start put in.
		var less, more []uint32
		if !in.usable(0) || in.first {
			dyn := m.fx.dynFeatures(&in.wordInfo, guess(in))
			more = dyn[:]
			if in.usable(0) {
				o := m.fx.dynFeatures(&in.wordInfo, 0)
				less = o[:]
			}
		}
		if two {
			bs := refs[:0]
			if in.usable(0) {
				bs = append(bs, blockRef{d.block(&in.wordInfo, 0), int(in.nblk[0]), in.top[0]})
			}
			bs = m.tokenBlocks(d, k, bs)
			sumToken(m.w.tab, bs, less, more, fs, a1, a2)
		} else {
			if in.usable(0) {
				m.w.addBlock(d.block(&in.wordInfo, 0), int(in.nblk[0]), a1, a2)
				if in.first {
					var c scores
					m.w.stageSum(0, less, &c)
					for l := range a1 {
						a1[l] -= c[l]
					}
				}
			}
			m.w.sums(more, a1, a2)
			for _, b := range m.tokenBlocks(d, k, refs[:0]) {
				m.w.addBlock(b.c, b.n, a1, a2)
			}
			m.w.sums(fs, a1, a2)
		}
		d.addDocSums(k, a1, a2)
	}
	s.sink = sink
	s.labels = m.decode(s, s1, 0, next, nil, s.labels)
	if !two {
		return s.labels
	}
	s.plain = slices.Grow(s.plain[:0], n)[:n]
	m.second.features(d, s.labels, &s.extra, s.plain)
	x := &s.extra
	for k := range n {
		if c := s.plain[k]; c >= 0 {
			a, b := &s2[k], &m.second.plain[c]
			for l := range a {
				a[l] += b[l]
			}
			continue
		}
		m.w.stageSum(1, x.feats[x.off[k]:x.off[k+1]], &s2[k])
	}
	s.labels2 = m.decode(s, s2, 1, next, s.labels, s.labels2)
	return s.labels2
}

// guess returns the previous label tag sums the dynamic features of token
// in for: O, or the sentence start for the first token.
func guess(in *tokInfo) uint8 {
	if in.first {
		return uint8(nLabels)
	}
	return 0
}

// dynFeatures returns the buckets of the features of token in that depend
// on the previous label p1 and the token (those that depend on the labels
// alone are in weights.trans).
func (fx *featurer) dynFeatures(in *wordInfo, p1 uint8) [2]uint32 {
	return [2]uint32{
		uint32(mix(tP1Lower, mix(uint64(p1), in.lower)) & fx.mask),
		uint32(mix(tP1Shape, mix(uint64(p1), in.short)) & fx.mask),
	}
}

// decode runs one stage over the document from static, the sums of its
// static features and of the previous-label features for guess. Decoding
// the first stage stores in next[k] the change of the second stage's sums
// when the label before k is not the guessed one; decoding the second
// stage (prev holds the first's labels) uses them. Decoding is greedy,
// left to right in each sentence, under the BILOU transition constraints:
// the model is trained that way (a beam over its unnormalized scores did
// worse, see README.md).
func (m *Model) decode(s *predictScratch, static []scores, stage int, next []scores, prev []uint8, out []uint8) []uint8 {
	d := &s.doc
	out = out[:0]
	trans := m.w.trans[stage]
	for si := 0; si+1 < len(d.starts); si++ {
		a, b := int(d.starts[si]), int(d.starts[si+1])
		p1, p2 := uint8(nLabels), uint8(nLabels)
		for k := a; k < b; k++ {
			// Only the labels allowed after p1 are scored.
			ch := &choices[p1][0]
			if k == b-1 {
				ch = &choices[p1][1]
			}
			st, tr := &static[k], &trans[int(p2)*(nLabels+1)+int(p1)]
			l := uint8(0)
			if in := &d.info[k]; p1 == guess(in) {
				l = ch.best(st, tr, nil)
			} else if prev != nil && p1 == prev[k-1] {
				l = ch.best(st, tr, &next[k])
			} else {
				var c scores
				fs, gs := m.fx.dynFeatures(&in.wordInfo, p1), m.fx.dynFeatures(&in.wordInfo, guess(in))
				m.w.dynChange(&c, fs, gs, stage, &next[k])
				l = ch.best(st, tr, &c)
			}
			out = append(out, l)
			p2, p1 = p1, l
		}
	}
	return out
}

// dynChange adds to acc how stage's sums of a token change when its
// previous-label features are fs instead of gs, those of the guessed
// label. For the first stage of two, it also stores the second stage's
// change in next.
func (w *weights) dynChange(acc *scores, fs, gs [2]uint32, stage int, next *scores) {
	if stage == 0 && len(w.stages) > 1 {
		// Both rows' lanes hold at most 2*2*qmax, so fs's rows plus
		// (that much less gs's rows) neither carry nor borrow, and one
		// unpacking per stage gives the difference.
		const c = 2 * 2 * qmax * (1 | 1<<16 | 1<<32 | 1<<48)
		var lanes [2 * rowWords]uint64
		for i := range lanes {
			lanes[i] = c
		}
		for j := range fs {
			r := (*[2 * rowWords]uint64)(w.tab[int(fs[j])*2*rowWords:])
			q := (*[2 * rowWords]uint64)(w.tab[int(gs[j])*2*rowWords:])
			for i := range lanes {
				lanes[i] += r[i] - q[i]
			}
		}
		var d2 scores
		unpack(acc, 2*2*qmax, lanes[0], lanes[1], lanes[2], lanes[3])
		unpack(&d2, 2*2*qmax, lanes[4], lanes[5], lanes[6], lanes[7])
		*next = d2
		return
	}
	var d1, g1 scores
	w.stageSum(stage, fs[:], &d1)
	w.stageSum(stage, gs[:], &g1)
	for l := range acc {
		acc[l] += d1[l] - g1[l]
	}
}

// setTransitions precomputes, for every pair of previous labels, the sums
// of the two dynamic features that depend on nothing else (tP1, tP2P1), so
// that decoding looks them up instead of hashing them; the sums are
// exactly those sum would add.
func (w *weights) setTransitions(mask uint64) {
	w.trans = make([][]scores, len(w.stages))
	for si := range w.stages {
		t := make([]scores, (nLabels+1)*(nLabels+1))
		for p2 := range nLabels + 1 {
			for p1 := range nLabels + 1 {
				fs := [2]uint32{
					uint32(mix(tP1, uint64(p1)) & mask),
					uint32(mix(tP2P1, uint64(p2)<<8|uint64(p1)) & mask),
				}
				w.stageSum(si, fs[:], &t[p2*(nLabels+1)+p1])
			}
		}
		w.trans[si] = t
	}
}

// best is the best of c's labels by the sums st+tr(+c2, unless nil) of the
// non-O labels (O scores 0): best over integer scores.
func (c *labelChoice) best(st, tr, c2 *scores) uint8 {
	bl, bs := -1, int32(0)
	if c.o {
		bl = 0
	}
	for _, l := range c.ls[:c.n] {
		v := st[l-1] + tr[l-1]
		if c2 != nil {
			v += c2[l-1]
		}
		if bl < 0 || v > bs {
			bl, bs = int(l), v
		}
	}
	return uint8(bl)
}

// labelChoice lists, in order, the non-O labels allowed after one label,
// in the middle of a sentence or at its end; o tells whether O is.
type labelChoice struct {
	o  bool
	n  uint8
	ls [nLabels]uint8
}

// choices[p][1] are the labels allowed after p at the end of a sentence,
// choices[p][0] elsewhere: what best would test in allowed and final.
var choices = func() (c [nLabels + 1][2]labelChoice) {
	for p := range nLabels + 1 {
		for k, last := range [2]bool{false, true} {
			ch := &c[p][k]
			ch.o = allowed[p][0]
			for l := 1; l < nLabels; l++ {
				if allowed[p][l] && (!last || final[l]) {
					ch.ls[ch.n] = uint8(l)
					ch.n++
				}
			}
		}
	}
	return c
}()

// touchRun is the number of tokens whose table rows touch reads ahead.
const touchRun = 8

// touch reads one word of every table row and cached block that tokens
// a..b will sum, in a tight loop whose reads do not wait on each other, so
// that their cache misses overlap instead of coming one by one in the
// summing loop, which does much work between reads. Go has no prefetch
// instruction; the sum it returns is kept so that the reads stay.
func (m *Model) touch(d *docScratch, a, b int) uint64 {
	var x uint64
	for _, f := range d.feats[d.off[a]:d.off[b]] {
		x += m.w.tab[int(f)*2*rowWords]
	}
	for k := a; k < b; k++ {
		if in := &d.info[k].wordInfo; in.blk >= 0 {
			ws := d.wc.sums[in.blk:]
			x += ws[0][0] + ws[1][0] + ws[2][0]
		}
	}
	if len(d.posP) >= 2*b {
		for _, g := range d.posP[2*a : 2*b] {
			if g >= 0 {
				x += m.pos.sums[g][0]
			}
		}
	}
	return x
}

// blockRef is a block of summed features that a token adds.
type blockRef struct {
	c   *wordSum
	n   int
	top uint16
}

// tokenBlocks appends to refs the blocks token k of a lazy extraction
// adds besides its word's own: what its neighbours (or the sentence
// bounds) give it and the sums of its POS pairs.
func (m *Model) tokenBlocks(d *docScratch, k int, refs []blockRef) []blockRef {
	in := &d.info[k]
	if in.first {
		refs = append(refs, blockRef{&d.blocks[boundBlocks], int(m.bounds.n[0]), m.bounds.top[0]})
	} else if l := &d.info[k-1]; l.usable(1) {
		refs = append(refs, blockRef{d.block(&l.wordInfo, 1), int(l.nblk[1]), l.top[1]})
	}
	if int(in.idx)+1 == int(in.slen) {
		refs = append(refs, blockRef{&d.blocks[boundBlocks+1], int(m.bounds.n[1]), m.bounds.top[1]})
	} else if r := &d.info[k+1]; r.usable(2) {
		refs = append(refs, blockRef{d.block(&r.wordInfo, 2), int(r.nblk[2]), r.top[2]})
	}
	if len(d.posP) > 0 {
		for _, g := range d.posP[2*k : 2*k+2] {
			if g >= 0 {
				refs = append(refs, blockRef{&m.pos.sums[g], m.pos.rows(g), m.pos.top[g]})
			}
		}
	}
	return refs
}

// sumToken adds to a1 and a2 the blocks bs, then the rows of features
// more and fs, of the interleaved two-stage table tab, in 16-bit lanes
// (see pair), kept in registers and unpacked when one could carry. The
// rows of less are taken out right after bs[0], which holds them.
func sumToken(tab []uint64, bs []blockRef, less, more, fs []uint32, a1, a2 *scores) {
	var b0, b1, b2, b3, c0, c1, c2, c3 uint64
	n, used := 0, 0
	for j, b := range bs {
		if used+int(b.top) > laneMax {
			off := int32(n * qmax)
			unpack(a1, off, b0, b1, b2, b3)
			unpack(a2, off, c0, c1, c2, c3)
			b0, b1, b2, b3 = 0, 0, 0, 0
			c0, c1, c2, c3 = b0, b1, b2, b3
			n, used = 0, 0
		}
		c := b.c
		b0 += c[0]
		b1 += c[1]
		b2 += c[2]
		b3 += c[3]
		c0 += c[4]
		c1 += c[5]
		c2 += c[6]
		c3 += c[7]
		n += b.n
		used += int(b.top)
		if j == 0 {
			for _, f := range less {
				r := (*[2 * rowWords]uint64)(tab[int(f)*2*rowWords:])
				b0 -= r[0]
				b1 -= r[1]
				b2 -= r[2]
				b3 -= r[3]
				c0 -= r[4]
				c1 -= r[5]
				c2 -= r[6]
				c3 -= r[7]
			}
			n -= len(less)
		}
	}
	for _, fs := range [2][]uint32{more, fs} {
		for _, f := range fs {
			if used+2*qmax > laneMax {
				off := int32(n * qmax)
				unpack(a1, off, b0, b1, b2, b3)
				unpack(a2, off, c0, c1, c2, c3)
				b0, b1, b2, b3 = 0, 0, 0, 0
				c0, c1, c2, c3 = b0, b1, b2, b3
				n, used = 0, 0
			}
			r := (*[2 * rowWords]uint64)(tab[int(f)*2*rowWords:])
			b0 += r[0]
			b1 += r[1]
			b2 += r[2]
			b3 += r[3]
			c0 += r[4]
			c1 += r[5]
			c2 += r[6]
			c3 += r[7]
			n++
			used += 2 * qmax
		}
	}
	if n > 0 {
		off := int32(n * qmax)
		unpack(a1, off, b0, b1, b2, b3)
		unpack(a2, off, c0, c1, c2, c3)
	}
}
