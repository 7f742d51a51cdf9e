package claim

import (
	"maps"
	"slices"
	"sync"

	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// nounCues are nouns that report a statement of their possessor:
// "the mayor's claim that C".
var nounCues = sync.OnceValue(func() map[string]bool { return withPlurals(wordsOf(lexicon.Possessive)) })

// withPlurals adds the plural of every noun in m, which report as well:
// "his repeated warnings that".
func withPlurals(m map[string]bool) map[string]bool {
	for _, w := range slices.Collect(maps.Keys(m)) {
		m[ortho.Plural(w)] = true
	}
	return m
}

// possessor returns the index of a possessive pronoun before the noun
// cue at i, with at most one adjective between ("his repeated warnings"),
// or -1.
func (rf *reportFinder) possessor(i int) int {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		if rf.tag(k) == "PRP$" && possessivePronouns[rf.lower(k)] != "" {
			return k
		}
		if rf.tag(k) != "JJ" {
			break
		}
	}
	return -1
}

// nounComplement reports whether word w (followed by a word tagged next)
// opens the complement of a noun cue: "that C", "of X", "about X", "for
// X", "to V".
func nounComplement(w, next string) bool {
	switch w {
	case "that", "of", "about", "for":
		return true
	case "to":
		return next == "VB"
	}
	return false
}

// possessive reads "X's claim that C" at the noun cue i of sentence si.
func (rf *reportFinder) possessive(si, i, pi int) {
	s := rf.doc.Sentences[si]
	if rf.norm(s.Last-1) == "?" {
		return // "What is the mayor's view of the plan?" asks; it reports nothing
	}
	na, nb := rf.npLeft(i-2, s.First)
	if p := rf.possessor(i); p > 0 {
		na, nb = p, p+1 // "his refusal to", "their repeated warnings that"
	}
	if nb <= na {
		return
	}
	end := rf.sentContentEnd(si)
	from := i + 2
	if rf.lower(i+1) == "to" {
		from = i + 1 // "X's promise | to build a wall"
	}
	stop := rf.contentEnd(from, end)
	// The clause ends where the sentence's own verb begins: "X's claim
	// that crime has soared | is false"; a phrase ends at the first
	// finite verb: "X's criticism of the plan | was sharp".
	phrase := rf.lower(i+1) != "that"
	seen := false
	for k := from; k < stop; k++ {
		if !isFinite(rf.tag(k)) || rf.inQuote(k) {
			continue
		}
		if phrase || seen && isVerb(rf.tag(k-1)) {
			stop = k
			break
		}
		seen = true
	}
	cd := cand{kind: Indirect, cue: rf.tok(i).Span, np: rf.span(na, nb), how: byNP, origin: "cue", para: pi,
		content: trimReported(rf.doc.Text, rf.span(from, stop))}
	rf.finishReported(cd, i, i+1, cueInfo{lemma: rf.lower(i), class: speech}, false)
}

// adjectiveCue returns the copula of a predicative adjective cue at i with
// its complement ("is critical of", "weren't too concerned about", "was
// sure the bill would pass", "weren't sure if"), or -1.
func (rf *reportFinder) adjectiveCue(i int) int {
	if !rf.maybe(i, kindAdjective) || !adjectiveCues()[rf.lower(i)] {
		return -1
	}
	next := rf.lower(i + 1)
	switch {
	case nounComplement(next, rf.tag(i+2)) && next != "for":
	case (next == "if" || next == "whether") && beliefAdjectives()[rf.lower(i)]:
	case beliefAdjectives()[rf.lower(i)] && rf.clauseStart(i+1, rf.sentContentEnd(rf.sentOf(i))):
	default:
		return -1
	}
	k := i - 1
	for n := 0; n < 2 && (rf.tag(k) == "RB" || rf.lower(k) == "n't"); n++ {
		k-- // "weren't too concerned", "is so frustrated"
	}
	if w := rf.lower(k); isCopula(w) || w == "'s" || w == "'re" || w == "'m" {
		return k
	}
	return -1
}

// beliefAdjectives take a clause without "that": "was sure the bill would
// pass", "is not sure whether".
var beliefAdjectives = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Belief) })
