package model

import (
	"math/bits"
	"unicode/utf8"
)

// featurer lists the features of tokens as buckets of the weight table.
// It knows the feature groups and not the weights, so that training,
// tagging and the caches built at load all list the same features.
type featurer struct {
	mask  uint64   // 1<<bits - 1: a feature's hash folded into the table
	feats Features // never 0 (newModel makes it FeatAll)
}

// feat appends the bucket of template tpl with value val.
func (fx *featurer) feat(dst []uint32, tpl, val uint64) []uint32 {
	return append(dst, uint32(mix(tpl, val)&fx.mask))
}

// intrinsicFeatures appends the features that depend only on the token's
// text (given the model's clusters), which tokenFeatures does not repeat;
// their sums are cached per word (see listBlocks).
func (fx *featurer) intrinsicFeatures(dst []uint32, text string, in *wordInfo) []uint32 {
	f := fx.feats
	dst = fx.feat(dst, tBias, 0)
	dst = fx.feat(dst, tWord, in.word)
	dst = fx.feat(dst, tLower, in.lower)
	if f&FeatLean == 0 {
		dst = fx.feat(dst, tShape, in.shape)
	}
	dst = fx.feat(dst, tShort, in.short)
	if f&FeatAffix != 0 {
		h := uint64(fnvOffset)
		k := 0
		for _, r := range text {
			if k == 4 {
				break
			}
			h = hashRune(h, r)
			k++
			dst = fx.feat(dst, tPre+uint64(k), h)
		}
		end := len(text)
		for k := 1; k <= 4 && end > 0; k++ {
			_, n := utf8.DecodeLastRuneInString(text[:end])
			end -= n
			dst = fx.feat(dst, tSuf+uint64(k), hashString(text[end:]))
		}
	}
	if f&FeatClusters != 0 {
		dst = fx.cluFeats(dst, tClu, in, len(cluPrefixes))
	}
	return dst
}

// tokenFeatures appends the contextual features of token i of a sentence
// whose infos are sent (a window into the document's infos).
//
// skip leaves out POS groups whose sums tagging takes from posTable: bit 0
// the left group, bit 1 the right one (see postable.go).
func (fx *featurer) tokenFeatures(dst []uint32, sent []tokInfo, i int, skip uint8) []uint32 {
	f := fx.feats
	in := &sent[i]
	rich := f&FeatLean == 0
	lowerAt := func(j int) uint64 {
		switch {
		case j < 0:
			return hashBOS
		case j >= len(sent):
			return hashEOS
		}
		return sent[j].lower
	}
	if f&FeatContext != 0 {
		dst = fx.feat(dst, tLowerM2, lowerAt(i-2))
		dst = fx.feat(dst, tLowerP2, lowerAt(i+2))
		dst = fx.feat(dst, tBiM1, mix(lowerAt(i-1), in.lower))
		dst = fx.feat(dst, tBiP1, mix(in.lower, lowerAt(i+1)))
		sm, sp := hashBOS, hashEOS
		if i > 0 {
			sm = sent[i-1].short
		}
		if i+1 < len(sent) {
			sp = sent[i+1].short
		}
		if rich {
			dst = fx.feat(dst, tShape3, mix(mix(sm, in.short), sp))
		}
	}
	if f&FeatPOS != 0 {
		pm, pp := hashBOS, hashEOS
		if i > 0 {
			pm = sent[i-1].pos
		}
		if i+1 < len(sent) {
			pp = sent[i+1].pos
		}
		if skip == 0 {
			// In this order, which training's float sums depend on.
			dst = fx.feat(dst, tPOS, in.pos)
			dst = fx.feat(dst, tPOSM1, pm)
			dst = fx.feat(dst, tPOSP1, pp)
			if rich {
				dst = fx.feat(dst, tPOSBiM1, mix(pm, in.pos))
				dst = fx.feat(dst, tPOSBiP1, mix(in.pos, pp))
			}
		} else {
			if skip&1 == 0 {
				dst = fx.posGroup(dst, pm, in.pos, pp, true)
			}
			if skip&2 == 0 {
				dst = fx.posGroup(dst, pm, in.pos, pp, false)
			}
		}
		if rich {
			dst = fx.feat(dst, tPOSShort, mix(in.pos, in.short))
		}
	}
	if f&FeatPosition != 0 {
		if i == 0 {
			dst = fx.feat(dst, tFirst, in.short)
		}
		if i == len(sent)-1 {
			dst = fx.feat(dst, tLast, in.short)
		}
	}
	if f&FeatCaps != 0 && in.capsSent {
		dst = fx.feat(dst, tCapsLower, in.lower)
		dst = fx.feat(dst, tCapsShape, in.short)
	}
	if f&FeatRuns != 0 && in.upperFirst && !in.capsSent {
		a, b := int(in.runStart), int(in.runEnd)
		dst = fx.feat(dst, tRun, uint64(min(b-a, 5))<<8|uint64(min(i-a, 5)))
		dst = fx.feat(dst, tRunPrev, lowerAt(a-1))
		dst = fx.feat(dst, tRunNext, lowerAt(b))
	}
	if f&FeatLexicon != 0 {
		dst = fx.lexFeatures(dst, sent, i)
	}
	if f&FeatRunEnds != 0 && in.upperFirst && !in.capsSent && in.runEnd-in.runStart > 1 {
		// Where the token sits in its run, with what its ends are: "Club"
		// at the end of "Glamorgan County Cricket Club" says ORG for all.
		a, b := int(in.runStart), int(in.runEnd)-1
		at := uint64(1)
		switch i {
		case a:
			at = 0
		case b:
			at = 2
		}
		dst = fx.feat(dst, tRunFirst, at<<48|uint64(sent[a].lex)<<32|uint64(sent[a].gaz))
		dst = fx.feat(dst, tRunLast, at<<48|uint64(sent[b].lex)<<32|uint64(sent[b].gaz))
	}
	if f&FeatGazetteer != 0 {
		if in.gaz != 0 {
			for k := in.gaz; k != 0; k &= k - 1 {
				dst = fx.feat(dst, tGaz, uint64(bits.TrailingZeros32(k))<<2|uint64(in.gazPos))
			}
			dst = fx.feat(dst, tGazAll, uint64(in.gaz)<<2|uint64(in.gazPos))
		}
		if i > 0 && sent[i-1].gaz != 0 {
			dst = fx.feat(dst, tGazM1, uint64(sent[i-1].gaz))
		}
		if i+1 < len(sent) && sent[i+1].gaz != 0 {
			dst = fx.feat(dst, tGazP1, uint64(sent[i+1].gaz))
		}
	}
	return dst
}

// neighbourFeatures appends the features that the word in contributes to
// the token after it (left: it is that token's left neighbour) or before
// it, which depend only on its text; they are cached per word too. A nil
// in stands for the sentence boundary.
func (fx *featurer) neighbourFeatures(dst []uint32, in *wordInfo, left bool) []uint32 {
	f := fx.feats
	tLow, tShp, tClu := tLowerP1, tShapeP1, tCluP1
	bound := hashEOS
	if left {
		tLow, tShp, tClu = tLowerM1, tShapeM1, tCluM1
		bound = hashBOS
	}
	if f&FeatContext != 0 {
		if in == nil {
			dst = fx.feat(dst, tLow, bound)
			dst = fx.feat(dst, tShp, bound)
		} else {
			dst = fx.feat(dst, tLow, in.lower)
			dst = fx.feat(dst, tShp, in.short)
		}
	}
	if f&FeatClusters != 0 && in != nil {
		np := len(cluPrefixes)
		if f&FeatLean != 0 {
			np = 2
		}
		dst = fx.cluFeats(dst, tClu, in, np)
	}
	return dst
}

// cluFeats appends features for the first np cluster-path prefixes of in.
func (fx *featurer) cluFeats(dst []uint32, tpl uint64, in *wordInfo, np int) []uint32 {
	if in.cluLen == 0 {
		return fx.feat(dst, tpl, 0)
	}
	for _, p := range cluPrefixes[:np] {
		l := min(p, int(in.cluLen))
		dst = fx.feat(dst, tpl+uint64(p), uint64(in.clu>>(int(in.cluLen)-l))<<8|uint64(l))
		if l < p {
			break
		}
	}
	return dst
}
