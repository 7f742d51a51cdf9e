package model

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

// posTable indexes the tags of posTags and holds the sums of both POS
// groups for every pair of them (see above); it is empty without FeatPOS.
type posTable struct {
	idx  wordTable // tag hash -> index in posTags
	sums []wordSum // per group and pair of tags (see posPair)
	n    [2]uint8  // features in each group
	top  []uint16  // largest lane of each of sums
}

// build computes the table for the features fx lists and the weights w.
func (pt *posTable) build(fx *featurer, w *weights) {
	pt.idx, pt.sums, pt.top = wordTable{}, nil, nil
	if fx.feats&FeatPOS == 0 {
		return
	}
	pt.idx = newWordTable(nPOS)
	var hs [nPOS]uint64
	for i, t := range posTags {
		hs[i] = hashString(t)
		pt.idx.set(hs[i], int32(i))
	}
	pt.sums = make([]wordSum, 2*nPOS*nPOS)
	pt.top = make([]uint16, 2*nPOS*nPOS)
	var fs []uint32
	for a := range nPOS {
		for b := range nPOS {
			for g, left := range [2]bool{true, false} {
				if left {
					fs = fx.posGroup(fs[:0], hs[a], hs[b], 0, true)
				} else {
					fs = fx.posGroup(fs[:0], 0, hs[a], hs[b], false)
				}
				pt.n[g] = uint8(len(fs))
				i := g*nPOS*nPOS + a*nPOS + b
				pt.sums[i] = w.blockSum(fs)
				pt.top[i] = topLane(&pt.sums[i])
			}
		}
	}
}

// rows returns the number of features summed in sums[g].
func (pt *posTable) rows(g int32) int { return int(pt.n[int(g)/(nPOS*nPOS)]) }

// posPair returns the index in posTable.sums of group g (0 left, 1 right)
// of the pair of tag indexes a, b (as in tokInfo.posI, 0 for unknown), or
// -1.
func posPair(g int, a, b uint8) int32 {
	if a == 0 || b == 0 {
		return -1
	}
	return int32(g*nPOS*nPOS + int(a-1)*nPOS + int(b-1))
}
