package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
	"golang.org/x/text/unicode/norm"
)

// quoteFolds are typographic quotes, apostrophes and dashes, each followed
// by its ASCII form for matching.
var quoteFolds = []string{
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u00AB", `"`, "\u00BB", `"`, "\u2039", "'", "\u203A", "'",
	"\u2013", "-", "\u2014", "-", "\u2010", "-", "\u2011", "-",
}

// quoteFold replaces quoteFolds in a text.
var quoteFold = strings.NewReplacer(quoteFolds...)

// foldedMark maps each of quoteFolds alone to its ASCII form: a token that
// is only a quotation mark or a dash, as many are, is folded without
// allocating.
var foldedMark = func() map[string]string {
	m := make(map[string]string, len(quoteFolds)/2)
	for i := 0; i < len(quoteFolds); i += 2 {
		m[quoteFolds[i]] = quoteFolds[i+1]
	}
	return m
}()

// Normalize returns s folded for matching: NFKC (which also splits
// ligatures), typographic quotes, apostrophes and dashes to ASCII, and
// invisible spaces dropped. Use it to compare text, never to compute offsets.
func Normalize(s string) string {
	if ortho.IsASCII(s) {
		return s
	}
	if f, ok := foldedMark[s]; ok {
		return f
	}
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	s = quoteFold.Replace(s)
	return strings.Map(func(r rune) rune {
		if isInvisibleSpace(r) && r != ' ' {
			if r == '\u00A0' || r == '\u202F' || r == '\u2007' {
				return ' '
			}
			return -1
		}
		return r
	}, s)
}

// isInvisibleSpace reports whether r is a space character other than the
// ASCII ones, or a zero-width character that should be read as a gap: the
// white space (ortho.IsSpace) that prose does not split on.
func isInvisibleSpace(r rune) bool {
	return r >= utf8.RuneSelf && ortho.IsSpace(r)
}
