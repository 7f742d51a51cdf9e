package claim

import (
	"maps"
	"slices"
	"strings"

	"github.com/sayso/sayso/lexicon"
)

// nounCues are nouns that report a statement of their possessor:
// "Trump's claim that C".
var nounCues = withPlurals(wordsOf(lexicon.Possessive))

// withPlurals adds the plural of every noun in m, which report as well:
// "his repeated warnings that".
func withPlurals(m map[string]bool) map[string]bool {
	for _, w := range slices.Collect(maps.Keys(m)) {
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") {
			m[w+"es"] = true
		} else {
			m[w+"s"] = true
		}
	}
	return m
}

// possessor returns the index of a possessive pronoun before the noun
// cue at i, with at most one adjective between ("his repeated warnings"),
// or -1.
func (r *run) possessor(i int) int {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		if r.tok(k).Tag == "PRP$" && possessivePronouns[r.lower(k)] != "" {
			return k
		}
		if r.tok(k).Tag != "JJ" {
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
func (r *run) possessive(si, i, pi int) {
	s := r.doc.Sentences[si]
	if r.tok(s.Last-1).Norm == "?" {
		return // "What is Trump's view of NATO?" asks; it reports nothing
	}
	na, nb := r.npLeft(i-2, s.First)
	if p := r.possessor(i); p > 0 {
		na, nb = p, p+1 // "his refusal to", "their repeated warnings that"
	}
	if nb <= na {
		return
	}
	end := r.sentContentEnd(si)
	from := i + 2
	if r.lower(i+1) == "to" {
		from = i + 1 // "X's promise | to build a wall"
	}
	stop := r.contentEnd(from, end)
	// The clause ends where the sentence's own verb begins: "X's claim
	// that crime has soared | is false"; a phrase ends at the first
	// finite verb: "X's criticism of the plan | was sharp".
	phrase := r.lower(i+1) != "that"
	seen := false
	for k := from; k < stop; k++ {
		if !isFinite(r.tok(k).Tag) || r.inQuote(k) {
			continue
		}
		if phrase || seen && isVerb(r.tok(k-1).Tag) {
			stop = k
			break
		}
		seen = true
	}
	cd := cand{kind: Indirect, cue: r.tok(i).Span, np: r.span(na, nb), how: byNP, origin: "cue", para: pi,
		content: trimReported(r.doc.Text, r.span(from, stop))}
	r.finishReported(cd, i, i+1, cueInfo{lemma: r.lower(i), class: speech}, false)
}

// adjectiveCue returns the copula of a predicative adjective cue at i with
// its complement ("is critical of", "weren't too concerned about", "was
// sure Trump would win", "weren't sure if"), or -1.
func (r *run) adjectiveCue(i int) int {
	if !adjectiveCues[r.lower(i)] {
		return -1
	}
	next := r.lower(i + 1)
	switch {
	case nounComplement(next, r.tok(i+2).Tag) && next != "for":
	case (next == "if" || next == "whether") && beliefAdjectives[r.lower(i)]:
	case beliefAdjectives[r.lower(i)] && r.clauseStart(i+1, r.sentContentEnd(r.sentOf(i))):
	default:
		return -1
	}
	k := i - 1
	for n := 0; n < 2 && (r.tok(k).Tag == "RB" || r.lower(k) == "n't"); n++ {
		k-- // "weren't too concerned", "is so frustrated"
	}
	if w := r.lower(k); isCopula(w) || w == "'s" || w == "'re" || w == "'m" {
		return k
	}
	return -1
}

// beliefAdjectives take a clause without "that": "was sure Trump would
// win", "is not sure whether".
var beliefAdjectives = wordsOf(lexicon.Belief)
