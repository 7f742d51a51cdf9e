package entity

import (
	"strings"

	"github.com/sayso/sayso/corpus"
)

// maxTitleWords bounds how far a title may reach from its name.
const maxTitleWords = 10

// titleFinder finds the roles written next to a name: before it, or in
// an apposition after it. It only reads the words.
type titleFinder struct{ ws *words }

// contextTitles returns the spans of the roles written next to a person
// mention: before it ("Justice Department spokesman Tom Baker", "Popov's
// deputy Oleg Ivanov", "the United Nations special envoy for Libya
// Pieter van Dijk") and in an apposition after it ("Tom Baker, the
// Justice Department spokesman,").
func (tf titleFinder) contextTitles(m mention) []corpus.Span {
	var out []corpus.Span
	if m.title.IsZero() {
		if sp, ok := tf.titleBefore(m.first); ok {
			out = append(out, sp)
		}
	}
	return append(out, tf.titlesAfter(m.last)...)
}

// titleWord reports whether word i may be part of a title: a role word, a
// capitalized word, a possessive ending, or a connector inside a role.
func (tf titleFinder) titleWord(i int) bool {
	lw := tf.ws.lowerAt(i)
	switch {
	case tf.ws.is(i, wcRoleHead|wcRoleModifier), isPossessive(lw):
		return true
	case lw == "of" || lw == "for" || lw == "the" || lw == "&":
		return true
	}
	if tf.ws.is(i, wcHonorific) {
		return false // "chairman of Mrs. Okafor's campaign" ends before "Mrs."
	}
	w := tf.ws.w[i]
	return w.cap && w.cls&wcDate == 0 && hasLetter(w.norm) || tf.lowerComplement(i) || tf.lowerPossessor(i)
}

// lowerPossessor reports whether word i is one of up to three lower-case
// words that a possessive ending and a role follow: the "port authority"
// of "the port authority's director".
func (tf titleFinder) lowerPossessor(i int) bool {
	for k := i; k < i+3 && k+2 < len(tf.ws.w); k++ {
		if w := tf.ws.w[k]; w.cap || !hasLetter(w.norm) || !tf.ws.sameSentence(i, k+2) {
			return false
		}
		if isPossessive(tf.ws.lowerAt(k + 1)) {
			return tf.ws.is(k+2, wcRoleHead|wcRoleModifier)
		}
	}
	return false
}

// lowerComplement reports whether word i is one of the one or two
// lower-case words after "of" or "for" that complete a lower-case role:
// the "infrastructure" of "minister of infrastructure".
func (tf titleFinder) lowerComplement(i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if w := tf.ws.w[k]; w.cap || !hasLetter(w.norm) {
			return false
		}
		if lw := tf.ws.lowerAt(k); lw == "of" || lw == "for" {
			return k < i && tf.ws.is(k-1, wcRoleHead) && !tf.ws.w[k-1].cap
		}
	}
	return false
}

// titleBefore finds a title that ends just before word at, or before a
// comma there when the title opens its clause: "The spokesman, Omar
// Haddad, said".
func (tf titleFinder) titleBefore(at int) (corpus.Span, bool) {
	if at > 1 && tf.ws.w[at-1].norm == "," && tf.ws.sameSentence(at-2, at) {
		sp, ok := tf.titleRightBefore(at - 1)
		if !ok {
			return sp, false
		}
		s := at - 2
		for s > 0 && tf.ws.w[s].Start > sp.Start {
			s--
		}
		switch tf.ws.lowerAt(s - 1) {
		case "the", "a", "an":
			return sp, true
		}
		return sp, tf.ws.w[s].first
	}
	return tf.titleRightBefore(at)
}

// titleRightBefore finds a title that ends just before word at.
func (tf titleFinder) titleRightBefore(at int) (corpus.Span, bool) {
	lo := at
	for lo > 0 && at-lo < maxTitleWords && tf.ws.sameSentence(lo-1, at) && tf.titleWord(lo-1) {
		lo--
	}
	// The rightmost role head whose complement ("of State", "of the Joint
	// Chiefs of Staff", "for Libya") reaches the name.
	for h := at - 1; h >= lo; h-- {
		if !tf.ws.is(h, wcRoleHead) {
			continue
		}
		if h+1 < at && !tf.complement(h+1, at) {
			return corpus.Span{}, false
		}
		s := h
		for s > lo {
			lw := tf.ws.lowerAt(s - 1)
			if lw == "the" || lw == "of" || lw == "for" || lw == "&" {
				break
			}
			s--
		}
		for s < h && isPossessive(tf.ws.lowerAt(s)) {
			s++
		}
		return corpus.Span{Start: tf.ws.w[s].Start, End: tf.ws.w[at-1].End}, true
	}
	return corpus.Span{}, false
}

// complement reports whether words [a, b) are a role's complement: "of" or
// "for", then capitalized words, "the", "of" and "&"; or, for a role
// written in lower case, one or two lower-case words ("minister of
// infrastructure", "secretary for health").
func (tf titleFinder) complement(a, b int) bool {
	if lw := tf.ws.lowerAt(a); lw != "of" && lw != "for" {
		return false
	}
	if n := b - a - 1; n >= 1 && n <= 2 && !tf.ws.w[a-1].cap && !tf.ws.w[a+1].cap && !tf.ws.w[b-1].cap &&
		tf.ws.lowerAt(a+1) != "the" {
		return true
	}
	for i := a + 1; i < b; i++ {
		lw := tf.ws.lowerAt(i)
		if !tf.ws.w[i].cap && lw != "the" && lw != "of" && lw != "&" {
			return false
		}
	}
	return tf.ws.w[b-1].cap
}

// titlesAfter finds roles in an apposition after a name: ", the X
// spokesman," or ", Professor of X at Y and editor of Z".
func (tf titleFinder) titlesAfter(end int) []corpus.Span {
	if end >= len(tf.ws.w) || !tf.ws.sameSentence(end-1, end) {
		return nil
	}
	switch tf.ws.lowerAt(end) {
	case ",", "is", "was", "has been", "became":
	default:
		return nil
	}
	var out []corpus.Span
	i := end + 1
	for len(out) < 3 && i < len(tf.ws.w) && tf.ws.sameSentence(end, i) {
		if lw := tf.ws.lowerAt(i); lw == "the" || lw == "a" || lw == "an" || lw == "and" {
			i++
			continue
		}
		j := i
		for j < len(tf.ws.w) && j-i < maxTitleWords && tf.ws.sameSentence(i, j) && tf.titleWord(j) {
			j++
		}
		// The title ends at its last role head, or after that head's
		// complement.
		h := -1
		for k := i; k < j; k++ {
			if tf.ws.is(k, wcRoleHead) && !strings.HasSuffix(tf.ws.lowerAt(k), "s") {
				h = k
			}
		}
		if h < 0 || tf.ws.modifiesNoun(h) {
			break // no role, or a role word modifying another noun: "the host site"
		}
		e := h + 1
		if e < j && tf.complement(e, j) {
			e = j
		}
		for e > h+1 && !tf.ws.w[e-1].cap {
			e--
		}
		if e < len(tf.ws.w) && tf.ws.sameSentence(end, e) && tf.ws.w[e].cap {
			break // "X, Deputy Minister Y and ...": a list of titled names
		}
		out = append(out, corpus.Span{Start: tf.ws.w[i].Start, End: tf.ws.w[e-1].End})
		// Another role may follow after "at ..." and "and".
		i = e
		for i < len(tf.ws.w) && tf.ws.sameSentence(end, i) && tf.ws.lowerAt(i) != "and" && tf.ws.lowerAt(i) != "," {
			if tf.ws.lowerAt(i) == "." || i-e > 6 {
				return out
			}
			i++
		}
		if i < len(tf.ws.w) && tf.ws.lowerAt(i) == "," {
			break
		}
		i++
	}
	return out
}
