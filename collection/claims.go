package collection

import (
	"math"
	"slices"
	"strings"

	"github.com/sayso/sayso/claim"
)

// claimState is one corpus claim: its text as first printed, and every
// printing. The folded key is kept once, as its key in state.byKey.
type claimState struct {
	text string
	from int32 // the printing text comes from, an index into occs
	occs []occ
	// ids are the entity indexes of the printings, in their order: for
	// each, its nSpeakers speakers, then its nAbout entities named.
	ids []int32
}

// occ is one printing of a claim, in 16 bytes: a corpus has many more
// printings than claims, and they are all a collection grows by once its
// entities and claims are known.
type occ struct {
	article   int32
	index     int32
	unnamed   int32 // the unnamed group, or -1
	kind      uint8 // an index into kinds
	nSpeakers uint8
	nAbout    uint16
}

// kinds are the claim kinds a printing records, by index; a kind not
// listed is recorded as the first, "".
var kinds = [...]claim.Kind{"", claim.Direct, claim.Indirect, claim.Mixed}

// kindCode returns k's index in kinds, 0 for a kind not listed.
func kindCode(k claim.Kind) uint8 {
	if i := slices.Index(kinds[:], k); i > 0 {
		return uint8(i)
	}
	return 0
}

// addClaim adds one claim of a snapshot: to the corpus claim of the same
// folded text, or as a new one. A text that folds to nothing (only
// punctuation) is no claim and is dropped.
func (st *state) addClaim(c *Claim, arts map[string]int32, ents map[string]int32) {
	key := fold(c.Text)
	if key == "" || len(c.Sources) == 0 {
		return
	}
	id, ok := st.byKey[key]
	if !ok {
		id = int32(len(st.claims))
		st.claims = append(st.claims, claimState{text: strings.Clone(c.Text), from: -1})
		st.byKey[key] = id
	}
	cs := &st.claims[id]
	first := int32(-1) // this snapshot's first printing, whose text c.Text is
	for _, src := range c.Sources {
		o := occ{article: arts[src.Article], index: int32(src.Index), unnamed: -1, kind: kindCode(src.Kind)}
		if src.Unnamed != "" {
			o.unnamed = st.unnamedGroup(src.Unnamed)
		}
		spk := mapIDs(src.Speakers, ents, math.MaxUint8)
		about := mapIDs(src.About, ents, math.MaxUint16)
		o.nSpeakers, o.nAbout = uint8(len(spk)), uint16(len(about))
		cs.ids = append(append(cs.ids, spk...), about...)
		cs.occs = append(cs.occs, o)
		if n := int32(len(cs.occs) - 1); first < 0 || st.before(o, cs.occs[first]) {
			first = n
		}
	}
	switch {
	case cs.from < 0:
		cs.from = first
	case st.before(cs.occs[first], cs.occs[cs.from]):
		cs.text, cs.from = strings.Clone(c.Text), first
	}
}

// mapIDs returns the entity indexes of a snapshot's entity IDs, without
// repeats, at most max of them.
func mapIDs(ids []string, ents map[string]int32, max int) []int32 {
	var out []int32
	for _, id := range ids {
		if i := ents[id]; !slices.Contains(out, i) && len(out) < max {
			out = append(out, i)
		}
	}
	return out
}

// unnamedGroup returns the group of an unnamed source's description,
// making it if need be, or -1 for one without words; the group is written
// as the first in byte order of the spellings it was given.
func (st *state) unnamedGroup(desc string) int32 {
	key := fold(desc)
	if key == "" {
		return -1
	}
	g, ok := st.byUnnamed[key]
	if !ok {
		g = int32(len(st.unnamed))
		st.unnamed = append(st.unnamed, strings.Clone(desc))
		st.byUnnamed[key] = g
	} else if desc < st.unnamed[g] {
		st.unnamed[g] = strings.Clone(desc)
	}
	return g
}
