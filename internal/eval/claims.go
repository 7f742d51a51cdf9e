package eval

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// goldGroup is one scored gold statement: a gold claim, or the copies of a
// joint claim taken together.
type goldGroup struct {
	kind     claim.Kind
	text     string
	words    []string
	speakers []*string // nil entries are unnamed sources
	texts    []string  // speaker_text of each copy
	nested   bool
}

// Score compares one article's system output with its gold answers. doc
// names the article in the report's Misses; text is the article text the
// offsets refer to.
func Score(doc, text string, g *Gold, ents []*entity.Entity, claims []claim.Claim) Report {
	r := Report{Docs: 1, Kinds: map[claim.Kind]Tally{}}
	if g == nil {
		g = &Gold{}
	}
	end := g.BodyEnd(text)
	scoreClaims(&r, doc, text, end, g, ents, claims)
	scoreEntities(&r, doc, text, end, g, ents)
	return r
}

// ScoreEntities is Score for entities alone: claims are neither read nor
// counted, so a gold file without claims costs no claim precision.
func ScoreEntities(doc, text string, g *Gold, ents []*entity.Entity) Report {
	r := Report{Docs: 1}
	if g == nil {
		g = &Gold{}
	}
	scoreEntities(&r, doc, text, g.BodyEnd(text), g, ents)
	return r
}

// groups returns the gold claims in the body, joint copies merged.
func groups(text string, end int, g *Gold) []*goldGroup {
	var out []*goldGroup
	joint := map[string]*goldGroup{}
	for _, c := range g.Claims {
		if i := strings.Index(text, c.Text); i >= end {
			continue
		}
		if c.Joint {
			if gr := joint[norm(c.Text)]; gr != nil {
				gr.speakers = append(gr.speakers, c.Speaker)
				gr.texts = append(gr.texts, c.SpeakerText)
				gr.nested = gr.nested || c.Nested
				continue
			}
		}
		gr := &goldGroup{kind: claim.Kind(c.Kind), text: c.Text, words: Words(c.Text),
			speakers: []*string{c.Speaker}, texts: []string{c.SpeakerText}, nested: c.Nested}
		if c.Joint {
			joint[norm(c.Text)] = gr
		}
		out = append(out, gr)
	}
	return out
}

// claimStart is where a system claim begins, found by its text when it
// carries no span.
func claimStart(text string, c *claim.Claim) int {
	if c.Span.IsZero() && c.Text != "" {
		if i := strings.Index(text, c.Text); i >= 0 {
			return i
		}
	}
	return c.Start
}

type pair struct {
	sys, gold int
	ov        int
	score     float64
}

// matchClaims pairs system and gold word lists one to one; see matchBest.
func matchClaims(sys, gold [][]string) []int {
	return matchBest(len(sys), len(gold), func(i, j int) (int, int, int) {
		return Overlap(sys[i], gold[j]), len(sys[i]), len(gold[j])
	})
}

// matchBest pairs n system items with m gold items one to one. overlap
// returns the words items i and j share and their lengths; a pair is a
// candidate when the shared words are at least half of the shorter item's,
// and candidates are taken greedily, best Dice score first, then most
// shared words, then lowest indexes. It returns, for each system item, the
// gold index or -1.
func matchBest(n, m int, overlap func(i, j int) (ov, li, lj int)) []int {
	var pairs []pair
	for i := range n {
		for j := range m {
			ov, li, lj := overlap(i, j)
			if ov > 0 && 2*ov >= min(li, lj) {
				pairs = append(pairs, pair{i, j, ov, dice(ov, li, lj)})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(b.ov, a.ov)
	})
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, m)
	for _, p := range pairs {
		if match[p.sys] < 0 && !used[p.gold] {
			match[p.sys], used[p.gold] = p.gold, true
		}
	}
	return match
}

func scoreClaims(r *Report, doc, text string, end int, g *Gold, ents []*entity.Entity, claims []claim.Claim) {
	grs := groups(text, end, g)
	var sys []*claim.Claim
	for i := range claims {
		if claimStart(text, &claims[i]) < end {
			sys = append(sys, &claims[i])
		}
	}
	sw := make([][]string, len(sys))
	for i, c := range sys {
		sw[i] = Words(c.Text)
	}
	gw := make([][]string, len(grs))
	for j, gr := range grs {
		gw[j] = gr.words
	}
	match := matchClaims(sw, gw)
	found := make([]bool, len(grs))
	byID := map[string]*entity.Entity{}
	for _, e := range ents {
		if e != nil {
			byID[e.ID] = e
		}
	}
	for i, c := range sys {
		j := match[i]
		if j >= 0 && grs[j].nested {
			r.Absorbed++
			continue
		}
		r.Claims.System++
		kt := r.Kinds[c.Kind]
		kt.System++
		if j < 0 {
			r.Kinds[c.Kind] = kt
			r.Calibration.add(c.Confidence, false)
			r.miss(doc, FalseClaim, fmt.Sprintf("[%s] %q (speaker %q)", c.Kind, clip(c.Text, 90), c.Speaker.Text))
			continue
		}
		kt.Correct++
		r.Kinds[c.Kind] = kt
		r.Claims.Correct++
		found[j] = true
		gr := grs[j]
		if c.Kind == gr.kind {
			r.KindAgree++
		} else {
			r.miss(doc, WrongKind, fmt.Sprintf("%s, gold %s: %q", c.Kind, gr.kind, clip(gr.text, 80)))
		}
		right := speakerRight(g, gr, c, byID)
		r.Calibration.add(c.Confidence, right)
		if right {
			r.Speakers++
		} else {
			r.miss(doc, WrongSpeaker, fmt.Sprintf("%q (%s), gold %s (%q): %q",
				c.Speaker.Text, c.Speaker.Name, goldSpeakers(gr), strings.Join(gr.texts, "|"), clip(gr.text, 70)))
		}
	}
	for j, gr := range grs {
		if gr.nested {
			continue
		}
		r.Claims.Gold++
		kt := r.Kinds[gr.kind]
		kt.Gold++
		if found[j] {
			kt.Found++
			r.Claims.Found++
		} else {
			r.miss(doc, MissedClaim, fmt.Sprintf("[%s] %q (%s: %q)", gr.kind, clip(gr.text, 90), goldSpeakers(gr), gr.texts[0]))
		}
		r.Kinds[gr.kind] = kt
	}
}

func goldSpeakers(gr *goldGroup) string {
	var names []string
	for _, s := range gr.speakers {
		if s == nil {
			names = append(names, "unnamed")
		} else {
			names = append(names, *s)
		}
	}
	return strings.Join(names, "+")
}

// speakerRight decides whether a matched system claim names a right
// speaker of the gold statement; see the package documentation.
func speakerRight(g *Gold, gr *goldGroup, c *claim.Claim, byID map[string]*entity.Entity) bool {
	for _, sp := range append([]claim.Speaker{c.Speaker}, c.Others...) {
		if sp.Text == "" && sp.Name == "" && sp.Entity == "" {
			continue // no speaker given
		}
		for k, gs := range gr.speakers {
			if gs == nil {
				if sp.Entity == "" || shareContentWord(sp.Text, gr.texts[k]) {
					return true
				}
				continue
			}
			if sameEntity(g, *gs, sp, byID) {
				return true
			}
		}
	}
	return false
}

// sameEntity reports whether speaker sp names the gold entity called name.
func sameEntity(g *Gold, name string, sp claim.Speaker, byID map[string]*entity.Entity) bool {
	goldForms := map[string]bool{norm(name): true}
	if ge := g.entity(name); ge != nil {
		for _, a := range ge.Aliases {
			goldForms[norm(a)] = true
		}
	}
	if goldForms[norm(sp.Name)] {
		return true
	}
	e := byID[sp.Entity]
	if sp.Entity == "" || e == nil {
		return false
	}
	for f := range entityForms(e, -1) {
		if goldForms[f] {
			return true
		}
	}
	return false
}

func (r *Report) miss(doc, what, text string) {
	r.Misses = append(r.Misses, Miss{Doc: doc, What: what, Text: text})
}
