package model

// decode runs one stage (its weights at lane offset off in each row) over
// the document, from the sums of static features; x holds the second
// stage's extra features, or is nil for the first. Decoding is greedy, left
// to right in each sentence, under the BILOU transition constraints: the
// model is trained that way (a beam over its unnormalized scores did worse,
// see README.md).
func (m *Model) decode(s *predictScratch, static []scores, off int, x *extraFeats, out []uint8) []uint8 {
	d := &s.doc
	out = out[:0]
	stage := off / rowWords
	for si := 0; si+1 < len(d.starts); si++ {
		a, b := int(d.starts[si]), int(d.starts[si+1])
		p1, p2 := uint8(nLabels), uint8(nLabels)
		for k := a; k < b; k++ {
			in := &d.info[k]
			acc := static[k]
			tr := &m.trans[stage][int(p2)*(nLabels+1)+int(p1)]
			for l := range acc {
				acc[l] += tr[l]
			}
			dyn := [2]uint32{
				uint32(mix(tP1Lower, mix(uint64(p1), in.lower)) & m.mask),
				uint32(mix(tP1Shape, mix(uint64(p1), in.short)) & m.mask),
			}
			sum(m.tab, m.stride, off, dyn[:], &acc)
			if x != nil {
				sum(m.tab, m.stride, off, x.feats[x.off[k]:x.off[k+1]], &acc)
			}
			l := bestInt(&acc, p1, k == b-1)
			out = append(out, l)
			p2, p1 = p1, l
		}
	}
	return out
}

// setTransitions precomputes, for every pair of previous labels, the sums
// of the two dynamic features that depend on nothing else (tP1, tP2P1), so
// that decoding looks them up instead of hashing them; the sums are
// exactly those sum would add.
func (m *Model) setTransitions() {
	m.trans = make([][]scores, len(m.stages))
	for si := range m.stages {
		t := make([]scores, (nLabels+1)*(nLabels+1))
		for p2 := range nLabels + 1 {
			for p1 := range nLabels + 1 {
				fs := [2]uint32{
					uint32(mix(tP1, uint64(p1)) & m.mask),
					uint32(mix(tP2P1, uint64(p2)<<8|uint64(p1)) & m.mask),
				}
				sum(m.tab, m.stride, si*rowWords, fs[:], &t[p2*(nLabels+1)+p1])
			}
		}
		m.trans[si] = t
	}
}

// bestInt is best over integer scores of the non-O labels (O scores 0).
func bestInt(acc *scores, prev uint8, last bool) uint8 {
	c := &choices[prev][0]
	if last {
		c = &choices[prev][1]
	}
	bl, bs := -1, int32(0)
	if c.o {
		bl = 0
	}
	for _, l := range c.ls[:c.n] {
		if v := acc[l-1]; bl < 0 || v > bs {
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
// choices[p][0] elsewhere: what bestInt would test in allowed and final.
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
