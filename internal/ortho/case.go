package ortho

import (
	"unicode"
	"unicode/utf8"
)

// Capitalized reports whether s starts with an upper-case letter: "Paris",
// "Élysée", "NATO", "McKay". Capitals are how names show in English text,
// so every stage asks this of a word; a word opening with a digit, a mark
// or a letter without case is not capitalized, nor is "".
func Capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// StartsLower reports whether s starts with a lower-case letter: "said",
// "état", "de". It is not !Capitalized: "2024", "“" and "" are neither, and
// callers that ask for a common word mean one that shows it.
func StartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// Initial reports whether w is one upper-case letter and nothing else, as
// the initial in "James B. Comey" comes from the tokenizer, its full stop
// apart: "B", "É". Sentence splitting must not end a sentence at it.
func Initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// AllCaps reports whether w is a word written in capitals, as a speaker's
// label in a transcript is ("SMITH:", "O'NEILL", "U.N."): two upper-case
// letters or more, no lower-case letter, and nothing else but full stops,
// hyphens and apostrophes (' and ’). A digit, a symbol or a letter without
// case makes it no word, so "F-16", "A" and "2024" are not AllCaps.
//
// Uppercase is the looser test for a token that may be an acronym; the two
// differ on one capital ("A") and on digits and symbols ("F-16"), and each
// caller depends on its own answer there.
func AllCaps(w string) bool {
	n := 0
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			n++
		case c != '.' && c != '-' && c != '\'' && c != '’':
			return false
		}
	}
	return n >= 2
}

// Uppercase reports whether s has an upper-case letter and no lower-case
// one, whatever else it holds: "NATO", "U.S.", "F-16", "A", "ÉTAT". It is
// the test for a token that may be an acronym or a word set in capitals for
// emphasis, before the caller's own tests on length; AllCaps, stricter,
// asks for a whole word of two capitals or more.
func Uppercase(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 0
}
