package collection

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sayso/sayso/entity"
)

// fold returns the words of s, lower case, without diacritics, joined by
// single spaces: the form in which two printings of a name or a quotation
// are compared. Apostrophes of any shape join the letters around them
// ("O’Brien" and "O'Brien" give "obrien", "don’t" gives "dont"); so does
// a full stop after a single letter, as in initials and abbreviations
// ("U.S." and "US" give "us"). Every other rune that is neither letter nor
// digit (quotation marks, dashes of every length, commas, other full
// stops) separates words, so straight and curly quotes, an em dash and a
// hyphen, or a trailing comma make no difference.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0     // letters and digits since the last separator or full stop
	gap := false // a separator since the last word rune
	// A byte that is not UTF-8 separates words; left in, it would keep
	// NFKD from splitting the diacritic off the letter after it.
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(s, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A diacritic, split off by NFKD.
		case isApostrophe(r):
			// Joins: "don’t" is one word.
		case r == '.' && run == 1:
			run = 0 // "U.S.": initials join
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
			run++
		default:
			gap, run = true, 0
		}
	}
	return b.String()
}

// isApostrophe reports whether r is written as an apostrophe: the
// typewriter one, the right and left single quotation marks, the modifier
// letter, the acute and grave accents and the prime.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02BC', '\u00B4', '`', '\u2032':
		return true
	}
	return false
}

// nameTokens counts the words of a name that carry a capital letter or a
// digit: "Ana Ruiz" and "Omar al-Haddad" have two, "de Vries" and
// "Ruiz" one. Particles written in lower case are no name of their own,
// so "de Vries" counts as a surname alone. A name with no capital at all
// counts all its words.
func nameTokens(name string) int {
	n, all := 0, 0
	for w := range strings.FieldsSeq(name) {
		all++
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	if n == 0 {
		return all
	}
	return n
}

// A kind is a group of entity types whose names may name one thing across
// articles: the recognizer may call an armed group an organization in one
// article and a place in another ("Hezbollah"), or a capital a place where
// it stands for a government ("Moscow"), but it never mixes people with
// anything else.
type kind byte

// The kinds, keys of kindTable.
const (
	kindPerson kind = iota
	kindInstitution
	kindOther
)

// kindTable gives each entity type its kind; a type it does not list is
// of kindOther.
var kindTable = map[entity.Type]kind{
	entity.Person: kindPerson,
	entity.Org:    kindInstitution,
	entity.GPE:    kindInstitution,
	entity.Loc:    kindInstitution,
	entity.Fac:    kindInstitution,
	entity.NORP:   kindOther,
	entity.Misc:   kindOther,
}

// kindOf returns the kind of t.
func kindOf(t entity.Type) kind {
	if k, ok := kindTable[t]; ok {
		return k
	}
	return kindOther
}
