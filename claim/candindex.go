package claim

import "github.com/sayso/sayso/corpus"

// candBlock is the length of the stretches of text by which the ledger
// indexes its candidates.
const candBlock = 1 << 12

// candIndex finds the ledger's candidates by where they lie, so that the
// questions the detectors ask of every quotation and cue (does a
// candidate overlap this span? which one was found last before here?)
// read the candidates near the place, not all of them. Each candidate is
// listed under every block of text that its content or noun phrase
// touches, by its index in the ledger; a dropped candidate stays listed
// and is skipped (see ledger.gone).
type candIndex struct {
	blocks [][]int32
	first  int // the lowest block listing a candidate
}

func newCandIndex(textLen int) candIndex {
	return candIndex{blocks: make([][]int32, textLen/candBlock+1), first: textLen/candBlock + 1}
}

// list records candidate i, of content and noun phrase np. A zero span
// (no noun phrase) is not listed; an empty one, which a span around it
// overlaps, is listed under its block.
func (x *candIndex) list(i int, content, np corpus.Span) {
	for _, s := range [2]corpus.Span{content, np} {
		if s == (corpus.Span{}) {
			continue
		}
		lo, hi := x.blockRange(s)
		for b := lo; b < hi; b++ {
			if n := len(x.blocks[b]); n == 0 || x.blocks[b][n-1] != int32(i) {
				x.blocks[b] = append(x.blocks[b], int32(i))
			}
		}
		x.first = min(x.first, lo)
	}
}

// blockRange returns the blocks that s touches, clipped to the text.
func (x *candIndex) blockRange(s corpus.Span) (lo, hi int) {
	lo = min(max(s.Start, 0)/candBlock, len(x.blocks))
	hi = min(max(s.End-1, s.Start, 0)/candBlock+1, len(x.blocks))
	return lo, hi
}

// near calls f with the index of every candidate listed in a block that s
// touches, some more than once, until f returns false.
func (x *candIndex) near(s corpus.Span, f func(i int) bool) {
	lo, hi := x.blockRange(s)
	for b := lo; b < hi; b++ {
		for _, i := range x.blocks[b] {
			if !f(int(i)) {
				return
			}
		}
	}
}

// overlapping reports whether a live candidate's content overlaps
// content, or its noun phrase overlaps np; a zero np asks nothing.
func (l *ledger) overlapping(content, np corpus.Span) bool {
	found := false
	for _, s := range [2]corpus.Span{content, np} {
		if s == (corpus.Span{}) || found {
			continue
		}
		l.index.near(s, func(i int) bool {
			c := &l.cands[i]
			found = !l.gone[i] && (c.content.Overlaps(content) || c.np.Overlaps(np))
			return !found
		})
	}
	return found
}

// prevCand returns the live candidate whose content starts last before
// offset pos, the first found of those starting there; nil when none does.
func (l *ledger) prevCand(pos int) *cand {
	best := -1
	x := &l.index
	for b := min((pos-1)/candBlock, len(x.blocks)-1); b >= x.first && b >= 0; b-- {
		for _, i := range x.blocks[b] {
			c := &l.cands[i]
			if l.gone[i] || c.content.Start >= pos {
				continue
			}
			if best < 0 || c.content.Start > l.cands[best].content.Start ||
				c.content.Start == l.cands[best].content.Start && int(i) < best {
				best = int(i)
			}
		}
		if best >= 0 && l.cands[best].content.Start >= b*candBlock {
			break // an earlier block lists none that starts later
		}
	}
	if best < 0 {
		return nil
	}
	return &l.cands[best]
}
