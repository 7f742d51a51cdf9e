package claim

import (
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
	"sync"
)

// passive reads a cue in the passive voice with its agent: "The plan was
// endorsed by the union", "a penalty imposed by the bureau", "the measure,
// backed by most senators,". The content is the subject, or the noun
// phrase the participle modifies; the source is the agent after "by".
// Only verbs of stance count (passiveLemmas).
func (rf *reportFinder) passive(si, i, pi int) bool {
	if !rf.maybe(i, kindBuiltin|kindLearned) {
		return false // no cue verb
	}
	t := rf.tok(i)
	if t.Tag != "VBN" && t.Tag != "VBD" || rf.cueUsed(i) || rf.inQuote(i) {
		return false
	}
	info, ok := rf.cueAt(i)
	if !ok || !passiveLemmas()[info.lemma] {
		return false
	}
	by := i + 1
	if rf.tag(by) == "RB" {
		by++
	}
	if rf.lower(by) != "by" {
		return false
	}
	s := rf.doc.Sentences[si]
	end := rf.sentContentEnd(si)
	na, nb := rf.npRight(by+1, end)
	if nb <= na || rf.tag(nb) == "VBG" {
		return false // "by raising taxes": a means, not an agent
	}
	// The subject: "X was backed", "X has been backed", or "X, backed".
	k := i - 1
	for k > s.First && (rf.tag(k) == "RB" || beForms()[rf.lower(k)] || isHave(rf.lower(k)) && beForms()[rf.lower(k+1)]) {
		k-- // "was backed", "has been backed"
	}
	aux := k < i-1 && beForms()[rf.lower(i-1)] || k < i-2
	if !aux && rf.norm(k) == "," {
		k-- // "the measure, backed by most senators"
	} else if !aux && !rf.nounLike(k) {
		return false
	}
	ca, cb := rf.npLeft(k, s.First)
	if cb <= ca || isVerb(rf.tag(ca-1)) && !aux {
		return false
	}
	if aux && ca > s.First && !rf.clauseBoundary(ca-1) {
		return false // the subject must open its clause
	}
	cd := cand{kind: Indirect, cue: rf.span(i, by+1), np: rf.span(na, nb), how: byNP, origin: "passive", para: pi,
		content: trimReported(rf.doc.Text, rf.span(ca, cb))}
	if cd.content.Len() == 0 {
		return false
	}
	rf.finishReported(cd, i, by+1, info, true)
	return true
}

// passiveLemmas take a position as their object, so that their passive
// subject is what the agent said or stood for. Verbs of publishing
// ("released by", "written by") name a document, not a claim.
// A vote or a ruling ("rejected by parliament") is an act, not a stance.
var passiveLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.Passive) })

// beForms are the auxiliaries of a passive.
var beForms = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.BeForm) })

// clauseBoundary reports whether a clause may start after token k: a
// comma, a conjunction or a subordinator.
func (rf *reportFinder) clauseBoundary(k int) bool {
	switch rf.lower(k) {
	case ",", ";", ":", "and", "but", "while", "after", "because", "as", "when", "though", "although", "since", "that", "if":
		return true
	}
	return ortho.IsDash(rf.norm(k))
}

// reducedRelative reads a stance participle that modifies its source:
// "Outside groups supporting Maria Lopez", "a fund backing Baker". The
// source is the noun phrase before, the content the object after, which
// ends where the noun phrase does (the sentence's own verb follows).
func (rf *reportFinder) reducedRelative(si, a, b int, info cueInfo, pi int) {
	if !passiveLemmas()[info.lemma] || !rf.nounLike(a-1) || rf.tag(a-1) == "PRP" {
		return
	}
	s := rf.doc.Sentences[si]
	na, nb := rf.npLeft(a-1, s.First)
	end := rf.sentContentEnd(si)
	ka, kb := rf.npRight(b, end)
	if nb <= na || kb <= ka || rf.tag(ka) == "IN" {
		return
	}
	cd := cand{kind: Indirect, cue: rf.span(a, b), np: rf.span(na, nb), how: byNP, origin: "cue", para: pi,
		content: trimReported(rf.doc.Text, rf.span(ka, kb))}
	rf.finishReported(cd, a, b, info, true)
}
