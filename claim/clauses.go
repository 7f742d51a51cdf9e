package claim

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// namesAs reports whether the content [ka, kb) of "call" is an object and
// what it is called: "called the senator a liar", "called the plan
// reckless".
func (gr *grammar) namesAs(ka, kb int) bool {
	for k := ka + 1; k < kb && k <= ka+12; k++ {
		w := gr.lower(k)
		// "the ruling", "him": an object before what it is called
		noun := gr.nounLike(k-1) || gr.tag(k-1) == "VBG" && gr.tag(k-2) == "DT" || k-1 == ka && (gr.tag(ka) == "PRP" || gr.lower(ka) == "her")
		if (w == "a" || w == "an") && noun || gr.tag(k) == "JJ" && gr.tag(k-1) != "DT" && noun && !gr.nounLike(k+1) {
			return true
		}
	}
	return false
}

// sentFirst returns the first token of sentence si, or of the sentence
// before when the segmenter split inside brackets ("Sen. Ed Harlow
// (R-Ga.) | said").
func (gr *grammar) sentFirst(si int) int {
	s := gr.doc.Sentences[si]
	if si > 0 && gr.norm(s.First) == ")" && gr.doc.Sentences[si-1].Paragraph == s.Paragraph {
		return gr.doc.Sentences[si-1].First
	}
	return s.First
}

// coordinated reports whether the cue at a is the second verb of its
// subject: "X told reporters C, but conceded that D".
func (gr *grammar) coordinated(a, lo int) bool {
	k := a - 1
	for k > lo && (gr.tag(k) == "RB" || auxWords[gr.lower(k)]) {
		k--
	}
	w := gr.lower(k)
	return w == "but" || w == "and" || w == "," || w == "or" || w == "yet"
}

// clauseStart reports whether a clause starts at k: a subject and then a
// finite verb within a few words ("his is confident", "he doesn't").
func (gr *grammar) clauseStart(k, end int) bool {
	for k < end && gr.tag(k) == "RB" {
		k++
	}
	t := gr.tok(k)
	quant := (t.Tag == "JJ" || t.Tag == "CD") && (gr.nounLike(k+1) || gr.norm(k+1) == "“")
	if t.Tag != "PRP" && t.Tag != "PRP$" && t.Tag != "DT" && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "EX" && !quant {
		return false // "several “rumours” reached him", "20 people applied" count as subjects
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if isFinite(gr.tag(j)) {
			return true
		}
	}
	return false
}

// relativeSubject reports whether the cue at a follows a relative pronoun
// (skipping auxiliaries and adverbs): "a birther who has pledged".
func (gr *grammar) relativeSubject(a int) bool {
	k := a - 1
	for k > 0 && (auxWords[gr.lower(k)] || gr.tag(k) == "RB") {
		k--
	}
	return gr.lower(k) == "who" || gr.lower(k) == "which" || gr.thatSubject(a)
}

// thatSubject reports whether the cue at a has a relative "that" after a
// noun for its subject: "cities that support the rules".
func (gr *grammar) thatSubject(a int) bool {
	k := a - 1
	for k > 0 && (auxWords[gr.lower(k)] || gr.tag(k) == "RB") {
		k--
	}
	return gr.lower(k) == "that" && npTag(gr.tag(k-1))
}

// objectGap reports whether the subject starting at na follows a relative
// word whose clause lacks its object: "what Greer said when she
// resigned", "whom the senator endorsed".
func (gr *grammar) objectGap(na int) bool {
	w := gr.lower(na - 1)
	return w == "what" || w == "whom"
}

// hasWord reports whether a token of [a, b) is w, in any case: "that",
// a comma.
func (gr *grammar) hasWord(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if gr.lower(k) == w {
			return true
		}
	}
	return false
}

// nonSources are words that may follow a cue as its object, never as an
// inverted source: "…, said nothing".
var nonSources = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.NonSource) })

// placePreps open a phrase of place, time or amount, never what was said.
var placePreps = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.AdjunctPreposition) })

// raisingLemmas report an impression with no source: "seems to", "appeared
// rattled".
var raisingLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.Raising) })

// objectEnd finds where a noun-phrase content ("endorsed Lopez", "cited the
// figure") ends, before stop: at a relative or participle clause after a
// comma ("Lopez, who said she was honored"), a subordinate clause ("the
// meeting because they felt"), a dash, or a new clause after a comma ("his
// speech, he is ready"). A finite verb first means the content is a clause
// after all, and it is left as it is.
func (gr *grammar) objectEnd(k, stop int) int {
	for j := k + 1; j < stop; j++ {
		if gr.inQuote(j) {
			continue
		}
		t, w := gr.tok(j), gr.lower(j)
		if isFinite(t.Tag) {
			return stop
		}
		comma := gr.norm(j-1) == ","
		switch {
		case ortho.IsDash(t.Norm) && !gr.inQuote(j+1):
			return j
		case subordinators()[w] && gr.clauseStart(j+1, stop) ||
			w == "as" && (speakerPronouns()[gr.lower(j+1)] || gr.tag(j+1) == "NNP" && ortho.Capitalized(gr.tok(j+1).Text)) && gr.clauseStart(j+1, stop):
			if gr.lower(j-1) == "even" {
				j-- // "released her returns, even though they showed"
			}
			return cutComma(gr.view, j)
		case comma && (w == "who" || w == "which" || t.Tag == "VBG" || gr.clauseStart(j, stop)):
			return j - 1
		case (w == "and" || w == "but" || w == "yet") && isFinite(gr.tag(j+1)) && gr.cueWord(j+1):
			return cutComma(gr.view, j) // "demands A, yet refuses to B"

		}
	}
	return stop
}

// goesOnTo reports a cue after "going on to" or "went on to", after an
// aspectual verb ("continues to") or after "has yet to": "Lee said A,
// going on to say that B" and "Lee continues to insist that B" have the
// subject of the sentence.
func (gr *grammar) goesOnTo(a int) bool {
	if gr.lower(a-1) != "to" {
		return false
	}
	if info, ok := gr.verbAt(a - 2); ok && aspectualLemmas()[info.lemma] {
		return true // "continues to insist that"
	}
	if gr.lower(a-2) == "yet" && isHave(gr.lower(a-3)) {
		return true // "has yet to explain why"
	}
	g := gr.lower(a - 3)
	return gr.lower(a-2) == "on" && (g == "going" || g == "went" || g == "goes" || g == "go")
}

// aspectualLemmas take an infinitive that reports for their subject.
var aspectualLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.Aspectual) })

// adjunctThenClause reports a prepositional phrase at k that opens a
// clause: "at the forum on Friday she said", "in March it rejected".
// A passive's agent ("announced by Moscow that was") opens none, nor
// does a relative clause.
func (gr *grammar) adjunctThenClause(k, end int) bool {
	if gr.tag(k) != "IN" || gr.lower(k) == "by" {
		return false
	}
	for m := k + 1; m < end && m < k+9; m++ {
		if gr.norm(m) == "," || isVerb(gr.tag(m)) || gr.inQuote(m) || gr.relativeWord(m) {
			return false
		}
		if gr.clauseStart(m, end) {
			for j := m + 1; j < end && !isFinite(gr.tag(j)); j++ {
				if gr.relativeWord(j) {
					return false
				}
			}
			return true
		}
	}
	return false
}
