package claim

import (
	"strings"

	"github.com/sayso/sayso/lexicon"
)

// namesAs reports whether the content [ka, kb) of "call" is an object and
// what it is called: "called the senator a liar", "called the plan
// reckless".
func (r *run) namesAs(ka, kb int) bool {
	for k := ka + 1; k < kb && k <= ka+12; k++ {
		w := r.lower(k)
		// "the ruling", "him": an object before what it is called
		noun := r.nounLike(k-1) || r.tok(k-1).Tag == "VBG" && r.tok(k-2).Tag == "DT" || k-1 == ka && (r.tok(ka).Tag == "PRP" || r.lower(ka) == "her")
		if (w == "a" || w == "an") && noun || r.tok(k).Tag == "JJ" && r.tok(k-1).Tag != "DT" && noun && !r.nounLike(k+1) {
			return true
		}
	}
	return false
}

// sentFirst returns the first token of sentence si, or of the sentence
// before when the segmenter split inside brackets ("Sen. David Perdue
// (R-Ga.) | said").
func (r *run) sentFirst(si int) int {
	s := r.doc.Sentences[si]
	if si > 0 && r.tok(s.First).Norm == ")" && r.doc.Sentences[si-1].Paragraph == s.Paragraph {
		return r.doc.Sentences[si-1].First
	}
	return s.First
}

// coordinated reports whether the cue at a is the second verb of its
// subject: "X told reporters C, but conceded that D".
func (r *run) coordinated(a, lo int) bool {
	k := a - 1
	for k > lo && (r.tok(k).Tag == "RB" || auxWords[r.lower(k)]) {
		k--
	}
	w := r.lower(k)
	return w == "but" || w == "and" || w == "," || w == "or" || w == "yet"
}

// clauseStart reports whether a clause starts at k: a subject and then a
// finite verb within a few words ("his is confident", "he doesn't").
func (r *run) clauseStart(k, end int) bool {
	for k < end && r.tok(k).Tag == "RB" {
		k++
	}
	t := r.tok(k)
	quant := (t.Tag == "JJ" || t.Tag == "CD") && (r.nounLike(k+1) || r.tok(k+1).Norm == "“")
	if t.Tag != "PRP" && t.Tag != "PRP$" && t.Tag != "DT" && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "EX" && !quant {
		return false // "several “intangibles” left him", "20 people applied" count as subjects
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if isFinite(r.tok(j).Tag) {
			return true
		}
	}
	return false
}

// relativeSubject reports whether the cue at a follows a relative pronoun
// (skipping auxiliaries and adverbs): "a birther who has pledged".
func (r *run) relativeSubject(a int) bool {
	k := a - 1
	for k > 0 && (auxWords[r.lower(k)] || r.tok(k).Tag == "RB") {
		k--
	}
	return r.lower(k) == "who" || r.lower(k) == "which"
}

// objectGap reports whether the subject starting at na follows a relative
// word whose clause lacks its object: "what Wahl said when she
// resigned", "whom the senator endorsed".
func (r *run) objectGap(na int) bool {
	w := r.lower(na - 1)
	return w == "what" || w == "whom"
}

// hasComma reports a comma among tokens [a, b).
func (r *run) hasComma(a, b int) bool {
	for k := a; k < b; k++ {
		if r.tok(k).Norm == "," {
			return true
		}
	}
	return false
}

// nonSources are words that may follow a cue as its object, never as an
// inverted source: "…, said nothing".
var nonSources = wordsOf(lexicon.NonSource)

// placePreps open a phrase of place, time or amount, never what was said.
var placePreps = wordsOf(lexicon.AdjunctPreposition)

// raisingLemmas report an impression with no source: "seems to", "appeared
// rattled".
var raisingLemmas = lemmasOf(lexicon.Raising)

// objectEnd finds where a noun-phrase content ("endorsed Trump", "cited the
// figure") ends, before stop: at a relative or participle clause after a
// comma ("Trump, who says he is honored"), a subordinate clause ("the
// hearing because they felt"), a dash, or a new clause after a comma ("his
// piece, he is ready"). A finite verb first means the content is a clause
// after all, and it is left as it is.
func (r *run) objectEnd(k, stop int) int {
	for j := k + 1; j < stop; j++ {
		if r.inQuote(j) {
			continue
		}
		t, w := r.tok(j), r.lower(j)
		if isFinite(t.Tag) {
			return stop
		}
		comma := r.tok(j-1).Norm == ","
		switch {
		case isDash(t.Norm) && !r.inQuote(j+1):
			return j
		case subordinators[w] && r.clauseStart(j+1, stop) ||
			w == "as" && (speakerPronouns[r.lower(j+1)] || r.tok(j+1).Tag == "NNP" && capitalized(r.tok(j+1).Text)) && r.clauseStart(j+1, stop):
			if r.lower(j-1) == "even" {
				j-- // "released her returns, even though they showed"
			}
			return cutComma(r, j)
		case comma && (w == "who" || w == "which" || t.Tag == "VBG" || r.clauseStart(j, stop)):
			return j - 1
		case (w == "and" || w == "but" || w == "yet") && isFinite(r.tok(j+1).Tag) && r.cueWord(j+1):
			return cutComma(r, j) // "demands A, yet refuses to B"

		}
	}
	return stop
}

// goesOnTo reports a cue after "going on to" or "went on to": "Lee said
// A, going on to say that B" has the subject of the sentence.
func (r *run) goesOnTo(a int) bool {
	g := r.lower(a - 3)
	return r.lower(a-1) == "to" && r.lower(a-2) == "on" && (g == "going" || g == "went" || g == "goes" || g == "go")
}
