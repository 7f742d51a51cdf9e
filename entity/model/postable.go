package model

import "slices"

// POS features come in two groups that depend only on a pair of tags: the
// token's tag with the previous one (tPOS, tPOSM1, tPOSBiM1) and with the
// next one (tPOSP1, tPOSBiP1). Their sums are computed at load for every
// pair of the tags prose emits, so that tagging adds two cached blocks
// instead of hashing and summing five features. A tag outside the list
// has its features summed one by one, as in training.

// posTags are Penn Treebank tags and the sentence boundaries, as the POS
// features see them ("<S>" and "</S>" hash to hashBOS and hashEOS).
var posTags = [...]string{
	"<S>", "</S>", "",
	"#", "$", "''", "``", "(", ")", ",", "-", "-LRB-", "-RRB-", "-NONE-", ".", ":",
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
	"NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS",
	"RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
	"WDT", "WP", "WP$", "WRB",
}

const nPOS = len(posTags)

// posGroups appends the features of the POS groups of a token with tag
// hash pos between tags pm and pp: left (tPOS, tPOSM1, tPOSBiM1) or right.
func (fx *featurer) posGroup(dst []uint32, pm, pos, pp uint64, left bool) []uint32 {
	rich := fx.feats&FeatLean == 0
	if left {
		dst = fx.feat(dst, tPOS, pos)
		dst = fx.feat(dst, tPOSM1, pm)
		if rich {
			dst = fx.feat(dst, tPOSBiM1, mix(pm, pos))
		}
		return dst
	}
	dst = fx.feat(dst, tPOSP1, pp)
	if rich {
		dst = fx.feat(dst, tPOSBiP1, mix(pos, pp))
	}
	return dst
}

// cachePOS computes the sums of both POS groups for every pair of tags.
func (m *Model) cachePOS() {
	m.posIdx, m.posSums, m.posTop = wordTable{}, nil, nil
	if m.fx.feats&FeatPOS == 0 {
		return
	}
	m.posIdx = newWordTable(nPOS)
	var hs [nPOS]uint64
	for i, t := range posTags {
		hs[i] = hashString(t)
		m.posIdx.set(hs[i], int32(i))
	}
	m.posSums = slices.Grow(m.posSums[:0], 2*nPOS*nPOS)[:2*nPOS*nPOS]
	m.posTop = slices.Grow(m.posTop[:0], 2*nPOS*nPOS)[:2*nPOS*nPOS]
	var fs []uint32
	for a := range nPOS {
		for b := range nPOS {
			for g, left := range [2]bool{true, false} {
				if left {
					fs = m.fx.posGroup(fs[:0], hs[a], hs[b], 0, true)
				} else {
					fs = m.fx.posGroup(fs[:0], 0, hs[a], hs[b], false)
				}
				m.posN[g] = uint8(len(fs))
				i := g*nPOS*nPOS + a*nPOS + b
				m.posSums[i] = m.w.blockSum(fs)
				m.posTop[i] = topLane(&m.posSums[i])
			}
		}
	}
}

// posPair returns the index in posSums of group g (0 left, 1 right) of the
// pair of tag indexes a, b (as in tokInfo.posI, 0 for unknown), or -1.
func posPair(g int, a, b uint8) int32 {
	if a == 0 || b == 0 {
		return -1
	}
	return int32(g*nPOS*nPOS + int(a-1)*nPOS + int(b-1))
}
