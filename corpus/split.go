package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// splitWord appends to out the tokens that prose's default tokenizer makes
// of w, a run of text between white space that starts at byte base, and
// reports true; or it reports false, with out as it was, for a word it
// cannot vouch for, which is left to prose.
//
// It is prose v3's split loop (tokenize.Tokenizer.split) step for step:
// a span prose keeps whole is a token; else a prefix is split off the
// front, the word before a contraction is split off, or a suffix off the
// end, and the rest is split again; the suffixes follow in text order.
// prose's test for spans kept whole is a regexp (written out in
// abbreviation) and a set of emoticons. Every emoticon in prose's set that
// the loop would cut has fewer than two ASCII letters and digits, so a
// span with two or more (or a contraction, which no emoticon starts with)
// is no emoticon that matters here; any other span gives the word to
// prose. TestSplitWordAgrees holds it to prose.
func splitWord(out []token.Token, w string, base int) ([]token.Token, bool) {
	if !noInnerSpace(w) {
		return out, false
	}
	n := len(out)
	var tailArr [8]token.Token
	tail := tailArr[:0] // the suffixes split off, last first
	for w != "" {
		if alnumCount(w) < 2 && !startsContraction(w) {
			return out[:n], false // maybe an emoticon
		}
		if abbreviation(w) {
			break
		}
		if p := prefixLen(w); p > 0 {
			out = append(out, token.Token{Text: w[:p], Start: base})
			w, base = w[p:], base+p
			continue
		}
		if i := firstContraction(w); i > 0 {
			out = append(out, token.Token{Text: w[:i], Start: base})
			w, base = w[i:], base+i
			continue
		}
		if s := suffixLen(w); s > 0 {
			cut := len(w) - s
			tail = append(tail, token.Token{Text: w[cut:], Start: base + cut})
			w = w[:cut]
			continue
		}
		break
	}
	if w != "" {
		out = append(out, token.Token{Text: w, Start: base})
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out, true
}

// prosePrefixes, proseSuffixes and proseContractions are the affixes of
// prose v3's default tokenizer, in its order: tokenize.New splits them off
// a word as splitWord does.
var (
	prosePrefixes     = []string{"$", "(", `"`, "[", "“", "‘"}
	proseSuffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’"}
	proseContractions = []string{"'ll", "'s", "'re", "'m", "n't", "’ll", "’s", "’re", "’m", "n’t"}
)

// noInnerSpace reports whether w is valid UTF-8 without white space, so
// that prose reads it as one run, as splitWord does.
func noInnerSpace(w string) bool {
	for _, r := range w {
		if r == utf8.RuneError || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// alnumCount returns how many ASCII letters and digits w has, up to two.
func alnumCount(w string) int {
	n := 0
	for i := 0; i < len(w) && n < 2; i++ {
		if c := w[i] | 0x20; c >= 'a' && c <= 'z' || w[i] >= '0' && w[i] <= '9' {
			n++
		}
	}
	return n
}

// abbreviation reports a span prose keeps whole by its regexp
// ^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$: letters each followed by a
// full stop ("U.S.", "p.m."), or a capital and one or two lower-case
// letters before a full stop ("Mr.", "Gen.").
func abbreviation(w string) bool {
	if n := len(w); n >= 3 && n <= 4 && w[n-1] == '.' && isUpper(w[0]) {
		lower := true
		for i := 1; i < n-1; i++ {
			lower = lower && isLower(w[i])
		}
		if lower {
			return true
		}
	}
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isUpper(w[i]) && !isLower(w[i]) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// prefixLen returns the length of the first of prose's prefixes that w
// starts with and is longer than, or 0.
func prefixLen(w string) int {
	for _, a := range prosePrefixes {
		if len(w) > len(a) && strings.HasPrefix(w, a) {
			return len(a)
		}
	}
	return 0
}

// suffixLen returns the length of the first of prose's suffixes that w
// ends with and is longer than, or 0.
func suffixLen(w string) int {
	for _, a := range proseSuffixes {
		if len(w) > len(a) && strings.HasSuffix(w, a) {
			return len(a)
		}
	}
	return 0
}

// firstContraction returns where the earliest contraction in w starts, or
// -1, as prose finds it: each contraction's first place, in ASCII letters
// of either case, counts only if it is past w's first byte.
func firstContraction(w string) int {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return -1
	}
	best := -1
	for _, c := range proseContractions {
		if i := indexFoldASCII(w, c); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// startsContraction reports whether w starts with a contraction, in ASCII
// letters of either case.
func startsContraction(w string) bool {
	for _, c := range proseContractions {
		if len(w) >= len(c) && equalFoldASCII(w[:len(c)], c) {
			return true
		}
	}
	return false
}

// indexFoldASCII returns the first place of sub in s, in ASCII letters of
// either case, or -1.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// equalFoldASCII reports whether a and b, of the same length, are equal in
// ASCII letters of either case; other bytes must be equal.
func equalFoldASCII(a, b string) bool {
	for i := range len(a) {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}
