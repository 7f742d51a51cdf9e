package entity

import (
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// The evidence of this file comes from the words around several names at
// once, so it is read after every mention of the document has its own:
// the names of a list share their type, and a facility is the name a
// venue noun refers back to.

// venueNouns refer back to a facility where events are held: "That's the
// course where", "one of his favorite courses".
var venueNouns = wordsOf(lexicon.VenueNoun)

// kindNouns give the type of the names listed after them: "companies
// including X, Y and Z", "cities such as X and Y".
var kindNouns = func() map[string]Type {
	m := map[string]Type{}
	for w := range wordsOf(lexicon.OrgKind) {
		m[w] = Org
	}
	for w := range wordsOf(lexicon.PlaceKind) {
		m[w] = GPE
	}
	return m
}()

// listOpeners sit between a kind noun and the list it introduces:
// "companies including", "counties, which include", "cities such as".
var listOpeners = set("such as including include includes included like , which namely :")

// sceneEvidence adds to the mentions ms, in text order, the evidence that
// their neighbours give: lists (listEvidence) and venues (venueEvidence).
func (ty *typer) sceneEvidence(ms []mention) {
	ty.listEvidence(ms)
	ty.venueEvidence(ms)
}

// lateCue is cue for evidence found after the mention's own: it goes to
// the votes too, which evidence has already summed.
func (ty *typer) lateCue(m *mention, t Type, w float64, detail string, at int) {
	ty.cue(m, t, w, srcContext, detail, at)
	m.votes.add(t, w)
}

// listEvidence types the names of coordinated lists ("X, Y and Z"). The
// items of a list are things of one kind: after a plural noun of a kind
// ("companies including X, Y and Z") each takes the kind's type, and when
// three or more are all listed places ("Everett, Spokane and Yakima"),
// each is a place, whatever the model reads in one of them.
func (ty *typer) listEvidence(ms []mention) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ty.ws.coordinated(ms[j-1].last, ms[j].first) {
			j++
		}
		if ms[i].lex == 0 {
			ty.typeList(ms[i:j])
		}
		i = j
	}
}

// coordinated reports whether the words [a, b) only join two items of a
// list in one sentence: a comma, "and" or "or", or a comma and either.
func (ws *words) coordinated(a, b int) bool {
	if a >= b || b-a > 2 || !ws.sameSentence(a, b) {
		return false
	}
	for i := a; i < b; i++ {
		switch ws.lowerAt(i) {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return ws.lowerAt(b-1) != "," || b-a == 1
}

// typeList adds the evidence of the list ms, one or more names in a row.
func (ty *typer) typeList(ms []mention) {
	if t, at := ty.kindBefore(ms[0].first); t != "" {
		for k := range ms {
			ty.lateCue(&ms[k], t, weightContext, "listed after a plural noun of a kind", at)
		}
		return
	}
	if len(ms) < 3 {
		return
	}
	var t Type
	for k := range ms {
		norms := ty.ws.norms(ms[k].first, ms[k].last)
		p := ty.kb.place(norms)
		if p == "" || t != "" && p != t || ty.kb.org(norms) {
			return
		}
		t = p
	}
	for k := range ms {
		ty.lateCue(&ms[k], t, weightContext, "in a list of listed places", -1)
	}
}

// kindBefore returns the type of a plural noun of a kind that introduces
// a list opening at word i ("companies including", "counties, which
// include"), and the noun's index.
func (ty *typer) kindBefore(i int) (Type, int) {
	ws := ty.ws
	j := i - 1
	for k := 0; k < 3 && j >= 0 && ws.sameSentence(j, i) && listOpeners[ws.lowerAt(j)]; k++ {
		j--
	}
	if j == i-1 || j < 0 || !ws.sameSentence(j, i) || ws.w[j].cap {
		return "", -1
	}
	if t, ok := kindNouns[ws.lowerAt(j)]; ok {
		return t, j
	}
	return "", -1
}

// venueEvidence types as facilities the names that a venue noun refers
// back to ("Bethwick Downs. That's the course where...", "X is one of
// his favorite courses") and the names after an event's "at" ("the
// tournament at X", "the Open at X"). A venue noun refers to the nearest
// name before it, in its sentence or the one before, that may be a place:
// one that opens its sentence or follows a place preposition, and is no
// possessor ("Quade's favorite courses"), event or titled person.
func (ty *typer) venueEvidence(ms []mention) {
	ws := ty.ws
	next := 0 // the first mention that starts after the venue noun
	for k := range ws.w {
		for next < len(ms) && ms[next].first < k {
			next++
		}
		if ws.w[k].cap || ws.w[k].cls&wcVenueNoun == 0 || !ws.venuePhrase(k) {
			continue
		}
		for i := next - 1; i >= 0; i-- {
			m := &ms[i]
			if m.last > k {
				continue
			}
			if ws.w[m.first].sent < ws.w[k].sent-1 {
				break
			}
			if ty.mayBeVenue(m, k) {
				ty.lateCue(m, Fac, weightContext, "named before a venue noun that refers back to it", k)
				break
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if a := m.first; a >= 2 && ws.lowerAt(a-1) == "at" && ws.sameSentence(a-2, a) && ws.is(a-2, wcMiscHead) &&
			m.lex == 0 && !ty.kb.major(ws.norms(m.first, m.last)) {
			ty.lateCue(m, Fac, weightContext, "after an event and at", a-2) // "the tournament at X"
		}
	}
}

// venuePhrase reports whether the venue noun at k closes a noun phrase
// that refers back: a determiner ("this course", "the course") or "one
// of" and a possessor ("one of Quade's favorite courses"), with at most
// three lower-case modifiers between, and no name ("the Tacoma course" is
// a course in Tacoma).
func (ws *words) venuePhrase(k int) bool {
	plural := ortho.Singular(ws.w[k].lower) != ws.w[k].lower
	for j := k - 1; j >= 0 && j >= k-5 && ws.sameSentence(j, k); j-- {
		lw := ws.lowerAt(j)
		switch {
		case !plural && (lw == "this" || lw == "that" || lw == "the"):
			return true
		case plural && lw == "of" && ws.lowerAt(j-1) == "one":
			return true
		case isPossessive(lw) || ws.w[j].cap && isPossessive(ws.lowerAt(j+1)):
		case ws.w[j].cap || !hasLetter(lw):
			return false
		}
	}
	return false
}

// mayBeVenue reports whether m may be the facility that the venue noun at
// k refers back to: a name after a place preposition ("at X"), or the
// subject of the venue noun's own sentence when a copula, an apposition or
// "host" joins them ("X is one of his favorite courses", "X, the host
// site of"); not followed by a possessive ending, and neither an event nor
// a person named with a title or honorific or read as a person by the
// model. Most subjects are people, who win, play and own: those stay
// persons.
func (ty *typer) mayBeVenue(m *mention, k int) bool {
	ws := ty.ws
	if m.lex != 0 || isPossessive(ws.lowerAt(m.last)) || m.cues.of(Misc) > 0 || m.cues.of(NORP) > 0 ||
		m.cues.of(Person) >= weightDefining || m.title.End > 0 || m.votes.classes[classPerson] > 0 {
		return false
	}
	if ws.precededBy(m.first, placePrepositions) || ws.precededBy(m.first, venuePrepositions) {
		return true
	}
	if !ws.w[m.first].first {
		return false
	}
	switch next := ws.lowerAt(m.last); {
	case next == "hosts" || next == "hosted" || next == "will" && ws.lowerAt(m.last+1) == "host":
		return true // "X will host the final. ... at this course"
	default:
		return ws.sameSentence(m.first, k) && venueLinks[next]
	}
}

// venueLinks join a facility's name, opening a sentence, to a venue noun
// later in it: "X is one of", "X, the host site of".
var venueLinks = set("is was ,")

// venuePrepositions come before the name of a facility, besides the
// place prepositions: "at Ashcombe", "goes to Bethwick".
var venuePrepositions = set("at to on")
