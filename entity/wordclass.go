package entity

import "strings"

// wordClass is a set of the small word lists a word's lower-case form
// belongs to. Each word's classes are found with one map lookup when the
// word is built, in place of a lookup per list and per rule that asks.
type wordClass uint16

// The word classes, each named for the list or test it stands for.
const (
	wcFunction      wordClass = 1 << iota // functionWords[lower]
	wcFunctionStem                        // functionWords[stripContraction(lower)]
	wcClitic                              // clitics[lower]
	wcOrdinal                             // ordinalWords[lower]
	wcStartParticle                       // startParticles[lower]
	wcCalendar                            // calendarWords of lower, with or without a final "."
	wcHonorific                           // a key of honorifics
	wcClock                               // clockWords[lower]
	wcRoleHead                            // isRoleHead(lower)
	wcOrgHead                             // orgHeads[lower]
	wcFacHead                             // facHeads[lower]
	wcLocHead                             // locHeads[lower]
	wcMiscHead                            // miscHeads[lower]
	wcDate                                // calendarWords[lower], with no "." taken off
	wcRoleModifier                        // roleModifiers[lower]
	wcVenueNoun                           // venueNouns[lower]
)

// exactClasses maps each word of the lists to the classes whose test is
// the plain lookup of the word. It is built once and never written after.
var exactClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	addAll := func(set map[string]bool, c wordClass) {
		for w := range set {
			m[w] |= c
		}
	}
	addAll(functionWords, wcFunction)
	addAll(clitics, wcClitic)
	addAll(ordinalWords, wcOrdinal)
	addAll(startParticles, wcStartParticle)
	addAll(calendarWords, wcCalendar)
	addAll(clockWords, wcClock)
	addAll(roleHeads, wcRoleHead)
	addAll(orgHeads, wcOrgHead)
	addAll(facHeads, wcFacHead)
	addAll(locHeads, wcLocHead)
	addAll(miscHeads, wcMiscHead)
	addAll(calendarWords, wcDate)
	addAll(roleModifiers, wcRoleModifier)
	addAll(venueNouns, wcVenueNoun)
	for w := range honorifics {
		m[w] |= wcHonorific
	}
	return m
}()

// listedFilter has a bit set for the shape (see shapeBit) of every word
// of exactClasses: a word whose bit is clear is in none of the lists, which
// is most words, and is answered without a map lookup.
var listedFilter = func() (f [64]uint64) {
	for w := range exactClasses {
		b := shapeBit(w)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}()

// shapeBit hashes a word's length, first and last bytes into 4096 bits.
func shapeBit(s string) uint {
	if s == "" {
		return 0
	}
	return (uint(s[0])*131 + uint(s[len(s)-1])*31 + uint(len(s))) % 4096
}

// mayBeListed reports whether s may be a key of exactClasses; it is false
// only for words that are not.
func mayBeListed(s string) bool {
	b := shapeBit(s)
	return listedFilter[b/64]&(1<<(b%64)) != 0
}

// classesOf returns the classes of a lower-case word, exactly as the
// tests named beside the constants answer. Every list is a part of
// exactClasses, so a word mayBeListed rejects is in none of them.
func classesOf(lower string) wordClass {
	var exact wordClass
	if mayBeListed(lower) {
		exact = exactClasses[lower]
	}
	// Classes whose test looks at a changed form of the word: the plain
	// lookup above answers them only for the unchanged form.
	c := exact &^ wcRoleHead
	if t, ok := strings.CutSuffix(lower, "."); ok {
		if mayBeListed(t) && calendarWords[t] {
			c |= wcCalendar
		}
		if mayBeListed(t) && roleHeads[t] {
			c |= wcRoleHead
		}
		if mayBeListed(t) && isLegalSuffixHead(t) {
			c |= wcOrgHead // "Acme Inc.", "Ford Motor Co."
		}
	} else {
		c |= exact & wcRoleHead
	}
	if i := strings.LastIndexByte(lower, '-'); i > 0 && c&wcRoleHead == 0 && rolePrefix(lower[:i]) {
		if t := lower[i+1:]; mayBeListed(t) && roleHeads[t] {
			c |= wcRoleHead // "then-minister", "ex-president", "vice-chair"
		}
	}
	stem := lower
	if strings.IndexByte(lower, '\'') >= 0 { // every contraction holds an apostrophe
		stem = stripContraction(lower)
	}
	if stem == lower && c&wcFunction != 0 || stem != lower && mayBeListed(stem) && functionWords[stem] {
		c |= wcFunctionStem
	}
	return c
}

// is reports whether word i belongs to any of the classes c; outside the
// text it belongs to none, as lowerAt returns "" there.
func (ws *words) is(i int, c wordClass) bool {
	return i >= 0 && i < len(ws.w) && ws.w[i].cls&c != 0
}

// rolePrefix reports a prefix that dates or ranks a role joined to it by a
// hyphen: the bound "then" and "ex", or a role modifier ("vice",
// "deputy", "acting"). "coal-producer" is no role.
func rolePrefix(p string) bool {
	return p == "then" || p == "ex" || roleModifiers[p]
}

// isLegalSuffixHead reports a legal suffix that heads a company's name,
// with or without its full stop: "Inc", "Co".
func isLegalSuffixHead(w string) bool { return legalSuffixes[w] && orgHeads[w] }
