package ortho

import "unicode"

// IsSpace reports whether r is white space: what unicode.IsSpace reports
// (the ASCII spaces, tab and line breaks, NEL, the no-break spaces U+00A0,
// U+2007 and U+202F, and the other Unicode spaces), plus the invisible
// characters that news copy leaves between words: ZERO WIDTH SPACE
// (U+200B), ZERO WIDTH NON-JOINER (U+200C), ZERO WIDTH JOINER (U+200D),
// WORD JOINER (U+2060) and ZERO WIDTH NO-BREAK SPACE, the byte-order mark
// (U+FEFF). Pasted web text is full of these, and a reader sees a gap, or
// nothing, where they stand; corpus folds every one of them to a space
// before tokenizing, so no token holds one, and every stage that trims or
// skips space must agree with it.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || isZeroWidth(r) || isJoiner(r)
}

// IsSpaceExceptJoiners is IsSpace without the three joiners, ZERO WIDTH
// NON-JOINER (U+200C), ZERO WIDTH JOINER (U+200D) and WORD JOINER
// (U+2060): Unicode white space plus ZERO WIDTH SPACE and the byte-order
// mark only.
//
// It exists because claim has always trimmed the edges of its spans, and
// looked past the space between a quotation and a signature dash, with this
// narrower set: claim on IsSpace would move the edge of a claim's content
// that begins or ends at a joiner, and read "”\u200D— Jane Doe" as a
// signature, which it does not. Use IsSpace in new code.
func IsSpaceExceptJoiners(r rune) bool {
	return unicode.IsSpace(r) || isZeroWidth(r)
}

// isZeroWidth reports the invisible spaces that are not joiners.
func isZeroWidth(r rune) bool { return r == '\u200B' || r == '\uFEFF' }

// isJoiner reports the zero-width characters that join letters or keep
// them apart (emoji sequences, Persian, Indic scripts) and that corpus
// still reads as a gap.
func isJoiner(r rune) bool { return r == '\u200C' || r == '\u200D' || r == '\u2060' }
