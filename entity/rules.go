package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ctxpoll"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// runFinder proposes runs of capitalized words as names, reading each
// word's capital with the casing of its sentence. It serves one call of
// Recognize.
type runFinder struct {
	ws   *words
	kb   knowledge
	poll *ctxpoll.Poll // nil: never stopped early
	// like remembers nameLike of each word, which spans asks several
	// times of most words: 0 not yet asked, else likeNo or likeYes. It
	// is nil outside spans.
	like []uint8
}

// The answers like remembers.
const (
	likeNo uint8 = 1 + iota
	likeYes
)

// spans proposes runs of capitalized words as names: the fallback when no
// model is used. A run may hold particles ("van Dijk"), "&", and "of" or
// "for" after a head word that takes a complement ("University of Leeds",
// "Secretary of State"). It appends them to out.
func (f runFinder) spans(out []rawSpan) []rawSpan {
	f.like = zeroed(&f.ws.scratch.like, len(f.ws.w))
	for _, sr := range f.ws.sents {
		if f.poll.Done() {
			break // the caller returns the context's error
		}
		i := sr.first
		for i < sr.last {
			if !f.nameStart(i, sr.last) {
				i++
				continue
			}
			j := i + 1
			if f.initialOpens(i, sr.last) {
				j = i + 3 // "A. Horace Lindell Institute"
			}
			for j < sr.last && !f.ws.w[j].split && j-i < maxNameWords {
				if f.nameLike(j) || f.surnameAfter(j) || f.monthSurname(j, sr.last) || f.placeGoesOn(i, j) {
					j++
					continue
				}
				if j+1 < sr.last && f.nameLike(j+1) && f.connects(j) {
					j += 2
					continue
				}
				if j+2 < sr.last && f.theComplement(j) && f.nameLike(j+2) {
					j += 3 // "Alliance for the Disabled", "Museum of the Moving Image"
					continue
				}
				if j+2 < sr.last && f.ws.is(j, wcStartParticle) && midParticles[f.ws.lowerAt(j+1)] && f.nameLike(j+2) {
					j += 3 // two particles: "Joost van der Westhuizen"
					continue
				}
				if j+2 < sr.last && isInitial(f.ws.w[j].norm) && f.ws.w[j+1].norm == "." && f.nameLike(j+2) {
					j += 3 // a middle initial: "Paul D. Ryan"
					continue
				}
				break
			}
			if f.regnalNumber(j, sr.last) {
				j++ // "Elizabeth I", "Pope John Paul II"
			}
			out = append(out, rawSpan{a: i, b: j})
			i = j
		}
	}
	return out
}

// placeGoesOn reports whether the capitalized word j continues the name
// of a listed place or organization begun at word i: "New Zealand",
// "Czech Republic", where a headline's capitals leave "New" or "Republic"
// unconfirmed; "USA TODAY", whose last word reads as a date. A name
// composed with a place word ("For Wall Street") does not count.
func (f runFinder) placeGoesOn(i, j int) bool {
	if !f.ws.w[j].cap || !f.ws.sameSentence(i, j) || f.ws.is(i, wcFunction) {
		return false
	}
	for k := j + 1; k <= j+2 && k <= len(f.ws.w) && f.ws.sameSentence(i, k-1); k++ {
		if f.ws.w[k-1].cap && f.kb.known(f.ws.norms(i, k)) && (f.kb.place(f.ws.norms(i, k)) != "" || f.kb.org(f.ws.norms(i, k))) {
			return true
		}
	}
	return false
}

// regnalNumber reports whether word j, after a known first name, is the
// roman number of a monarch or a pope: "Pedro I", "Henry VIII". "I" must
// not be followed by a verb that goes with the pronoun ("Mary I think").
func (f runFinder) regnalNumber(j, end int) bool {
	if j >= end || !regnalNumbers[f.ws.w[j].norm] || !f.ws.sameSentence(j-1, j) {
		return false
	}
	if _, ok := f.kb.firstName(f.ws.w[j-1].norm); !ok {
		return false
	}
	if f.ws.w[j].norm != "I" {
		return true
	}
	return j+1 >= end || !pronounVerbs[f.ws.lowerAt(j+1)] && !f.ws.is(j+1, wcFunctionStem)
}

// regnalNumbers are the roman numbers of monarchs and popes.
var regnalNumbers = set(`I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI`)

// pronounVerbs often follow the pronoun "I": auxiliaries, and the base
// and past forms of the verbs of lexicon.FirstPerson ("I think", "I said").
var pronounVerbs = func() map[string]bool {
	m := set(`am was have had will would do did can could should must 'm 've 'll 'd`)
	for f := range lexicon.Default().Forms(lexicon.FirstPerson, lexicon.Base|lexicon.Past) {
		m[f] = true
	}
	return m
}()

// monthSurname reports whether word j, a month or day name, is a surname
// after a known first name: "Anna May", not "in May 2016".
func (f runFinder) monthSurname(j, end int) bool {
	w := &f.ws.w[j]
	if w.cls&wcDate == 0 || !w.cap || w.loose || !f.ws.sameSentence(j-1, j) {
		return false
	}
	if j+1 < end && (isDigits(f.ws.w[j+1].norm) || f.ws.w[j+1].norm == ",") {
		return false // "Friday, March 4"
	}
	prev := &f.ws.w[j-1]
	_, ok := f.kb.firstName(prev.norm)
	return ok && prev.cap && (!prev.first || f.ws.confirmed(j-1)) && f.kb.place(f.ws.norms(j-1, j)) == ""
}

func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// maxNameWords bounds a name: a longer run of capitals is cut, which
// keeps the work per run small on junk input.
const maxNameWords = 12

// nameStart reports whether a name may begin at word i: a name-like word,
// or a particle followed by one ("van Dijk", "al Din").
func (f runFinder) nameStart(i, end int) bool {
	if f.ws.is(i, wcOrdinal) {
		// "Second test", "Third round": an ordinal opens a name only
		// before another word of it ("First Avenue").
		return f.nameLike(i) && i+1 < end && f.nameLike(i+1)
	}
	if f.nameLike(i) || f.ws.w[i].cap && i+1 < end && f.placeGoesOn(i, i+1) || f.initialOpens(i, end) {
		return true
	}
	if i+1 < end && f.surnameAfter(i+1) {
		return true // "[Jean Dupont/Kyodo]" in a credit line
	}
	if w := &f.ws.w[i]; w.norm == "The" && !w.first && !w.loose && i+1 < end && f.nameLike(i+1) {
		return true // "writing for The Courier"
	}
	if !f.ws.is(i, wcStartParticle) || i+1 >= end || !f.nameLike(i+1) {
		return false
	}
	// "van Dijk"; at the start of a sentence "Van Dijk" only when the
	// name is known from elsewhere.
	return !f.ws.w[i].first || f.ws.confirmed(i+1)
}

// ordinalWords are capitalized to open a line or a title more often than
// to open a name.
var ordinalWords = wordsOf(lexicon.Ordinal)

// startParticles may begin a name written without its first name.
var startParticles = wordsOf(lexicon.StartParticle)

// midParticles may sit between two words of a name.
var midParticles = wordsOf(lexicon.MidParticle)

// connects reports whether word j, between a run that ends before it and
// a name-like word j+1, belongs to the name.
func (f runFinder) connects(j int) bool {
	w := f.ws.lowerAt(j)
	switch {
	case w == "&":
		return true
	case midParticles[w]:
		return true
	case w == "of" || w == "for":
		head := f.ws.lowerAt(j - 1)
		return takesComplement(head)
	}
	return false
}

// initialOpens reports whether word i is an initial and its full stop
// before a name-like word, inside a sentence: "the A. Horace Lindell
// Institute". A capital "A" is otherwise the article, a function word.
func (f runFinder) initialOpens(i, end int) bool {
	w := &f.ws.w[i]
	return !w.first && !w.loose && isInitial(w.norm) && i+2 < end && f.ws.w[i+1].norm == "." && f.nameLike(i+2)
}

// theComplement reports whether "of the" or "for the" at word j continues
// the name of an organization or a facility before it: "Alliance for the
// Disabled", "Church of the Nativity". A role's complement is left to the
// title rules ("Secretary of the Navy").
func (f runFinder) theComplement(j int) bool {
	w := f.ws.lowerAt(j)
	if w != "of" && w != "for" || f.ws.lowerAt(j+1) != "the" || !f.ws.sameSentence(j, j+2) {
		return false
	}
	head := strings.TrimSuffix(f.ws.lowerAt(j-1), ".")
	return !legalSuffixes[head] && (orgHeads[head] || facHeads[head])
}

// takesComplement reports whether a head word may be followed by "of X" or
// "for X" inside a name.
func takesComplement(head string) bool {
	head = strings.TrimSuffix(head, ".")
	if legalSuffixes[head] {
		return false // "Acme Inc of Boston": the company, then its town
	}
	if orgHeads[head] || roleHeads[head] || facHeads[head] || locHeads[head] {
		return true
	}
	switch head {
	case "republic", "kingdom", "emirate", "emirates", "states", "state", "federation",
		"bank", "church", "islands", "isle", "gulf", "sea", "bay", "cape", "lake":
		return true
	}
	return false
}

// legalSuffixes close a company's name.
var legalSuffixes = wordsOf(lexicon.LegalSuffix)

// nameSuffixes close a person's name: "Jr.", "III". They belong to the
// name, but a surname alone is matched without them.
var nameSuffixes = wordsOf(lexicon.NameSuffix)

// nameLike reports whether word i may be part of a proper name. Capitals at
// the start of a sentence or in a headline prove nothing, so such a word
// must be written capitalized elsewhere, be known to the gazetteers, or be
// tagged as a proper noun and never written in lower case.
func (f runFinder) nameLike(i int) bool {
	if f.like == nil {
		return f.isNameLike(i)
	}
	if f.like[i] == 0 {
		f.like[i] = likeNo
		if f.isNameLike(i) {
			f.like[i] = likeYes
		}
	}
	return f.like[i] == likeYes
}

// isNameLike answers nameLike.
func (f runFinder) isNameLike(i int) bool {
	w := &f.ws.w[i]
	if !w.cap {
		return false
	}
	if utf8.RuneCountInString(w.norm) == 1 {
		return false
	}
	if f.ws.partyLabel(i) || f.ws.is(i-1, wcClock) && f.ws.sameSentence(i-1, i) {
		return false // "(D-Ohio)"; "9 a.m. Eastern" is a time zone
	}
	upper := ortho.Uppercase(w.norm)
	if (!upper || w.loose) && w.cls&(wcFunction|wcFunctionStem) != 0 {
		return false
	}
	if w.cls&(wcCalendar|wcHonorific) != 0 {
		return false
	}
	if upper {
		if f.ws.confirmedForm(titleCase(w.norm)) || f.kb.known(f.ws.norms(i, i+1)) {
			return true
		}
		// A short word in capitals is an acronym ("NATO", "FBI"), except
		// in a line set in capitals, where it must be written in capitals
		// in ordinary text too, or be a proper noun never written in lower
		// case and not first ("FULL TEXT" is neither).
		return utf8.RuneCountInString(strings.ReplaceAll(w.norm, ".", "")) <= 4 &&
			(!w.loose || f.ws.confirmed(i) || !w.first && !f.ws.lowerSeen(i) && w.tag == "NNP")
	}
	if !w.first && !w.loose {
		return true
	}
	next := i + 1
	nextCap := next < len(f.ws.w) && f.ws.sameSentence(i, next) && f.ws.w[next].cap && !f.ws.w[next].first
	if f.ws.confirmed(i) || knownPlaceOrGroup(f.kb, f.ws.norms(i, i+1)) || nameShaped(w.norm) {
		return true
	}
	if _, ok := f.kb.firstName(w.norm); ok && !w.loose && (nextCap || speechVerbs[f.ws.lowerAt(next)]) {
		// A first name opening a sentence must open a full name or name a
		// speaker: many first names are common words too ("Tin was
		// unchanged", "Late on Friday").
		return true
	}
	if next < len(f.ws.w) && f.ws.pair(i, next) {
		return true // "Justice Department spokesman ..." opening a sentence
	}
	if w.cls&wcFunction != 0 || f.ws.lowerSeen(i) || w.loose {
		return false
	}
	// An unknown capitalized word opening a sentence is a name only if
	// the next word is one too ("Dana Whitfield contributed"); a lone one
	// ("Lawmaker urges ...") is left to the model.
	return (w.tag == "NNP" || w.tag == "NNPS") && nextCap && !f.ws.is(next, wcFunction)
}

// partyLabel reports whether word i is a party-and-place label in
// parentheses after a politician's name, "(D-Ohio)", "(R-Ky.)": one capital
// letter and a hyphen before a capitalized word. It is an annotation, not a
// name.
func (ws *words) partyLabel(i int) bool {
	n := ws.w[i].norm
	return i > 0 && ws.w[i-1].norm == "(" && ws.sameSentence(i-1, i) &&
		len(n) >= 3 && n[0] >= 'A' && n[0] <= 'Z' && n[1] == '-' && n[2] >= 'A' && n[2] <= 'Z'
}

// clockWords end a time of day; a capitalized word after them names a
// time zone ("a.m. Eastern"), not an entity.
var clockWords = wordsOf(lexicon.Clock)

// knownName reports whether the gazetteers know word i of ws as a place,
// group or organization, or, outside headlines, as a first name: many
// first names are also common words that headlines capitalize ("Brave",
// "Will").
func knownName(kb knowledge, ws *words, i int) bool {
	if knownPlaceOrGroup(kb, ws.norms(i, i+1)) {
		return true
	}
	_, ok := kb.firstName(ws.w[i].norm)
	return ok && !ws.w[i].loose
}

// knownPlaceOrGroup reports whether the gazetteers know a word, given as
// a one-word slice, as a place, a group or a named organization
// ("Twitter" opening a sentence). Taking the slice of words.norms, not a
// new one, keeps the call from allocating.
func knownPlaceOrGroup(kb knowledge, word []string) bool {
	if kb.place(word) != "" || kb.org(word) {
		return true
	}
	_, ok := kb.norp(word[0])
	return ok
}

// titleCase returns s with only its first letter in upper case.
func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(r) + strings.ToLower(s[n:])
}

// stripContraction removes a contracted verb: "we've" -> "we".
func stripContraction(w string) string {
	for _, c := range []string{"'ve", "'re", "'ll", "'d", "'m", "n't"} {
		if strings.HasSuffix(w, c) {
			return w[:len(w)-len(c)]
		}
	}
	return w
}

// surnameAfter reports whether word j, capitalized in a headline or
// credit line where capitals prove nothing, follows a known first name and
// so is a surname: "[Jean Dupont/Kyodo]".
func (f runFinder) surnameAfter(j int) bool {
	w := f.ws.w[j]
	if !w.cap || !w.loose || j == 0 || !f.ws.sameSentence(j-1, j) || w.cls&wcFunction != 0 {
		return false
	}
	// A first name written alone elsewhere ("Hale") may be a surname.
	prev := f.ws.w[j-1]
	_, ok := f.kb.firstName(prev.norm)
	return ok && prev.cap && !f.ws.confirmed(j-1) && prev.tag == "NNP" && w.tag == "NNP" &&
		!f.ws.lowerSeen(j-1) && !f.ws.lowerSeen(j)
}

// isInitial reports whether w is a single capital letter from A to Z:
// ortho.Initial held to ASCII, as the entity rules have always had it. A
// capital outside ASCII ("Ł" of "Ł. Wałęsa") is no initial here, though
// corpus treats it as one; letting it in would change how such names are
// joined and typed, which is a change of its own to make on purpose.
//
// For ASCII, ortho.Initial is one byte from A to Z, which is tested here
// without decoding the word: nameStart asks it of every word.
func isInitial(w string) bool { return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' }
