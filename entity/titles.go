package entity

import (
	"strings"

	"github.com/sayso/sayso/corpus"
)

// maxTitleWords bounds how far a title may reach from its name.
const maxTitleWords = 10

// contextTitles returns the spans of the roles written next to a person
// mention: before it ("Justice Department spokesman Tom Baker", "Popov's
// deputy Oleg Ivanov", "the United Nations special envoy for Libya
// Pieter van Dijk") and in an apposition after it ("Tom Baker, the
// Justice Department spokesman,").
func (ws *words) contextTitles(m mention) []corpus.Span {
	var out []corpus.Span
	if m.title.IsZero() {
		if sp, ok := ws.titleBefore(m.first); ok {
			out = append(out, sp)
		}
	}
	return append(out, ws.titlesAfter(m.last)...)
}

// titleWord reports whether word i may be part of a title: a role word, a
// capitalized word, a possessive ending, or a connector inside a role.
func (ws *words) titleWord(i int) bool {
	lw := ws.lowerAt(i)
	switch {
	case ws.is(i, wcRoleHead), roleModifiers[lw], isPossessive(lw):
		return true
	case lw == "of" || lw == "for" || lw == "the" || lw == "&":
		return true
	}
	if ws.is(i, wcHonorific) {
		return false // "chairman of Mrs. Okafor's campaign" ends before "Mrs."
	}
	w := ws.w[i]
	return w.cap && !calendarWords[lw] && hasLetter(w.norm)
}

// titleBefore finds a title that ends just before word at, or before a
// comma there when the title opens its clause: "The spokesman, Omar
// Haddad, said".
func (ws *words) titleBefore(at int) (corpus.Span, bool) {
	if at > 1 && ws.w[at-1].norm == "," && ws.sameSentence(at-2, at) {
		sp, ok := ws.titleRightBefore(at - 1)
		if !ok {
			return sp, false
		}
		s := at - 2
		for s > 0 && ws.w[s].Start > sp.Start {
			s--
		}
		switch ws.lowerAt(s - 1) {
		case "the", "a", "an":
			return sp, true
		}
		return sp, ws.w[s].first
	}
	return ws.titleRightBefore(at)
}

// titleRightBefore finds a title that ends just before word at.
func (ws *words) titleRightBefore(at int) (corpus.Span, bool) {
	lo := at
	for lo > 0 && at-lo < maxTitleWords && ws.sameSentence(lo-1, at) && ws.titleWord(lo-1) {
		lo--
	}
	// The rightmost role head whose complement ("of State", "of the Joint
	// Chiefs of Staff", "for Libya") reaches the name.
	for h := at - 1; h >= lo; h-- {
		if !ws.is(h, wcRoleHead) {
			continue
		}
		if h+1 < at && !ws.complement(h+1, at) {
			return corpus.Span{}, false
		}
		s := h
		for s > lo {
			lw := ws.lowerAt(s - 1)
			if lw == "the" || lw == "of" || lw == "for" || lw == "&" {
				break
			}
			s--
		}
		for s < h && isPossessive(ws.lowerAt(s)) {
			s++
		}
		return corpus.Span{Start: ws.w[s].Start, End: ws.w[at-1].End}, true
	}
	return corpus.Span{}, false
}

// complement reports whether words [a, b) are a role's complement: "of" or
// "for", then capitalized words, "the", "of" and "&".
func (ws *words) complement(a, b int) bool {
	if lw := ws.lowerAt(a); lw != "of" && lw != "for" {
		return false
	}
	for i := a + 1; i < b; i++ {
		lw := ws.lowerAt(i)
		if !ws.w[i].cap && lw != "the" && lw != "of" && lw != "&" {
			return false
		}
	}
	return ws.w[b-1].cap
}

// titlesAfter finds roles in an apposition after a name: ", the X
// spokesman," or ", Professor of X at Y and editor of Z".
func (ws *words) titlesAfter(end int) []corpus.Span {
	if end >= len(ws.w) || !ws.sameSentence(end-1, end) {
		return nil
	}
	switch ws.lowerAt(end) {
	case ",", "is", "was", "has been", "became":
	default:
		return nil
	}
	var out []corpus.Span
	i := end + 1
	for len(out) < 3 && i < len(ws.w) && ws.sameSentence(end, i) {
		if lw := ws.lowerAt(i); lw == "the" || lw == "a" || lw == "an" || lw == "and" {
			i++
			continue
		}
		j := i
		for j < len(ws.w) && j-i < maxTitleWords && ws.sameSentence(i, j) && ws.titleWord(j) {
			j++
		}
		// The title ends at its last role head, or after that head's
		// complement.
		h := -1
		for k := i; k < j; k++ {
			if ws.is(k, wcRoleHead) && !strings.HasSuffix(ws.lowerAt(k), "s") {
				h = k
			}
		}
		if h < 0 {
			break
		}
		e := h + 1
		if e < j && ws.complement(e, j) {
			e = j
		}
		for e > h+1 && !ws.w[e-1].cap {
			e--
		}
		if e < len(ws.w) && ws.sameSentence(end, e) && ws.w[e].cap {
			break // "X, Deputy Minister Y and ...": a list of titled names
		}
		out = append(out, corpus.Span{Start: ws.w[i].Start, End: ws.w[e-1].End})
		// Another role may follow after "at ..." and "and".
		i = e
		for i < len(ws.w) && ws.sameSentence(end, i) && ws.lowerAt(i) != "and" && ws.lowerAt(i) != "," {
			if ws.lowerAt(i) == "." || i-e > 6 {
				return out
			}
			i++
		}
		if i < len(ws.w) && ws.lowerAt(i) == "," {
			break
		}
		i++
	}
	return out
}
