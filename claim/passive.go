package claim

import "github.com/sayso/sayso/lexicon"

// passive reads a cue in the passive voice with its agent: "The plan was
// endorsed by the union", "a penalty imposed by the bureau", "the measure,
// backed by most senators,". The content is the subject, or the noun
// phrase the participle modifies; the source is the agent after "by".
// Only verbs of stance count (passiveLemmas).
func (r *run) passive(si, i, pi int) bool {
	t := r.tok(i)
	if t.Tag != "VBN" && t.Tag != "VBD" || r.usedCue[i] || r.inQuote(i) {
		return false
	}
	info, ok := r.lookupCue(t.Norm)
	if !ok || !passiveLemmas[info.lemma] {
		return false
	}
	by := i + 1
	if r.tok(by).Tag == "RB" {
		by++
	}
	if r.lower(by) != "by" {
		return false
	}
	s := r.doc.Sentences[si]
	end := r.sentContentEnd(si)
	na, nb := r.npRight(by+1, end)
	if nb <= na || r.tok(nb).Tag == "VBG" {
		return false // "by raising taxes": a means, not an agent
	}
	// The subject: "X was backed", "X has been backed", or "X, backed".
	k := i - 1
	for k > s.First && (r.tok(k).Tag == "RB" || beForms[r.lower(k)]) {
		k--
	}
	aux := k < i-1 && beForms[r.lower(i-1)] || k < i-2
	if !aux && r.tok(k).Norm == "," {
		k-- // "the measure, backed by most senators"
	} else if !aux && !r.nounLike(k) {
		return false
	}
	ca, cb := r.npLeft(k, s.First)
	if cb <= ca || isVerb(r.tok(ca-1).Tag) && !aux {
		return false
	}
	if aux && ca > s.First && !r.clauseBoundary(ca-1) {
		return false // the subject must open its clause
	}
	cd := cand{kind: Indirect, cue: r.span(i, by+1), np: r.span(na, nb), how: byNP, origin: "passive", para: pi,
		content: trimReported(r.doc.Text, r.span(ca, cb))}
	if cd.content.Len() == 0 {
		return false
	}
	r.finishReported(cd, i, by+1, info, true)
	return true
}

// passiveLemmas take a position as their object, so that their passive
// subject is what the agent said or stood for. Verbs of publishing
// ("released by", "written by") name a document, not a claim.
// A vote or a ruling ("rejected by parliament") is an act, not a stance.
var passiveLemmas = lemmasOf(lexicon.Passive)

// beForms are the auxiliaries of a passive.
var beForms = wordsOf(lexicon.BeForm)

// clauseBoundary reports whether a clause may start after token k: a
// comma, a conjunction or a subordinator.
func (r *run) clauseBoundary(k int) bool {
	switch r.lower(k) {
	case ",", ";", ":", "and", "but", "while", "after", "because", "as", "when", "though", "although", "since", "that", "if":
		return true
	}
	return isDash(r.tok(k).Norm)
}

// reducedRelative reads a stance participle that modifies its source:
// "Democrats supporting Mrs. Clinton", "a super PAC backing Rubio". The
// source is the noun phrase before, the content the object after, which
// ends where the noun phrase does (the sentence's own verb follows).
func (r *run) reducedRelative(si, a, b int, info cueInfo, pi int) {
	if !passiveLemmas[info.lemma] || !r.nounLike(a-1) || r.tok(a-1).Tag == "PRP" {
		return
	}
	s := r.doc.Sentences[si]
	na, nb := r.npLeft(a-1, s.First)
	end := r.sentContentEnd(si)
	ka, kb := r.npRight(b, end)
	if nb <= na || kb <= ka || r.tok(ka).Tag == "IN" {
		return
	}
	cd := cand{kind: Indirect, cue: r.span(a, b), np: r.span(na, nb), how: byNP, origin: "cue", para: pi,
		content: trimReported(r.doc.Text, r.span(ka, kb))}
	r.finishReported(cd, a, b, info, true)
}
