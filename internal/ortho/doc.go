// Package ortho holds the spelling-level tests on words and runes that
// every stage of sayso asks: is this white space, a dash, a capitalized
// word, a word in capitals, plain ASCII; what is the singular or plural of
// a noun. They used to be written again in each package, and the copies
// had drifted apart; here each is written once, and where two callers need
// different answers the difference has a name of its own and a doc comment
// saying which caller needs it and why.
//
// The functions look only at the string or rune they are given: no word
// lists, no context, no allocation. They never panic: empty strings and
// invalid UTF-8 give false, or come back unchanged.
//
// # Case
//
// "Upper case" and "lower case" are Unicode's (unicode.IsUpper,
// unicode.IsLower), so "Élysée" is capitalized and "ÉTAT" is in capitals.
// Letters without case (Chinese, Arabic) are neither.
//
// # Concurrency
//
// Every function is safe for concurrent use: none has state.
package ortho
