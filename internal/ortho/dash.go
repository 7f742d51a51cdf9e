package ortho

// IsDash reports whether the token w is a dash standing between words, the
// mark that opens or closes an aside or follows a label ("SMITH - Well",
// "the envoy — a veteran — said"): a hyphen-minus, two of them, an en dash
// (U+2013) or an em dash (U+2014). It compares whole tokens, so a hyphen
// inside a word ("well-known") is never one; the horizontal bar (U+2015)
// and the Unicode hyphens (U+2010, U+2011) are not counted, as no caller
// has needed them.
func IsDash(w string) bool {
	return w == "-" || w == "--" || w == "\u2013" || w == "\u2014"
}
