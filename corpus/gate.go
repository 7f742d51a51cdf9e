package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// gated is a regular expression with a gate: a cheap test on the input,
// made of byte and substring checks, that holds for every string the
// expression matches. The expression runs only where the gate holds, so a
// gate never changes a result; it only spares the expression the lines
// (most of them) that cannot match. Each gate is written beside its
// pattern, with why the pattern implies it; gate_test.go checks that no
// gate rejects a string its expression matches.
//
// The gates lean on these facts of Go's regexp syntax: \s is ASCII white
// space ([\t\n\f\r ]), \d and \w are ASCII, and (?i) folds an ASCII
// letter only to its ASCII twin, except s (also the long s U+017F) and k
// (also the Kelvin sign U+212A); foldAt compares as (?i) does. A gate on
// the first or last byte of a case-insensitive pattern lets every
// non-ASCII byte through (see firstIn).
type gated struct {
	re  *regexp.Regexp
	may func(string) bool
}

// gates are all the gated expressions, for the tests.
var gates []*gated

// gate compiles expr with the gate may.
func gate(expr string, may func(string) bool) *gated {
	g := &gated{re: regexp.MustCompile(expr), may: may}
	gates = append(gates, g)
	return g
}

// The methods are those of regexp.Regexp, behind the gate.

func (g *gated) MatchString(s string) bool { return g.may(s) && g.re.MatchString(s) }

func (g *gated) FindString(s string) string {
	if !g.may(s) {
		return ""
	}
	return g.re.FindString(s)
}

func (g *gated) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

func (g *gated) FindStringSubmatchIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

func (g *gated) FindAllStringIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindAllStringIndex(s, n)
}

func (g *gated) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindAllStringSubmatchIndex(s, n)
}

// byteSet is a set of bytes, for the gates that look for a few bytes in
// a line: a look-up in it is much quicker than a switch, or than
// strings.IndexAny, which builds its set at each call.
type byteSet [256]bool

// newByteSet returns the set of the bytes of bs.
func newByteSet(bs string) *byteSet {
	var set byteSet
	for i := range len(bs) {
		set[bs[i]] = true
	}
	return &set
}

// index returns the index of the first byte of s in the set, or -1.
func (set *byteSet) index(s string) int {
	for i := range len(s) {
		if set[s[i]] {
			return i
		}
	}
	return -1
}

// firstIn reports whether the first byte of s is one of the ASCII bytes
// of set, or is not ASCII at all: the gate of a pattern anchored at the
// start whose first character is one of set, in any case when set lists
// both (a non-ASCII first byte may be a case fold, a bullet or a dash,
// which the expression judges).
func firstIn(s, set string) bool {
	return s != "" && (s[0] >= 0x80 || strings.IndexByte(set, s[0]) >= 0)
}

// lastIn is firstIn for the last byte of s: the gate of a pattern
// anchored at the end.
func lastIn(s, set string) bool {
	return s != "" && (s[len(s)-1] >= 0x80 || strings.IndexByte(set, s[len(s)-1]) >= 0)
}

// upperASCII are the ASCII capitals, the ASCII of \p{Lu}.
const upperASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// hasByte reports whether s holds byte c.
func hasByte(s string, c byte) bool { return strings.IndexByte(s, c) >= 0 }

// asciiSpace is ASCII white space: \s and \v, a superset of what \s
// matches, so trimming it never keeps a gate from what a pattern allows.
const asciiSpace = " \t\n\v\f\r"

// trimEnd returns s without the `\s*\.?$` that may end it: one full stop,
// then white space.
func trimEnd(s string) string {
	return strings.TrimRight(strings.TrimSuffix(s, "."), asciiSpace)
}

// endsInCloser reports whether s ends in `[)\]]\s*\.?$`.
func endsInCloser(s string) bool {
	t := trimEnd(s)
	return t != "" && (t[len(t)-1] == ')' || t[len(t)-1] == ']')
}

// isDigit reports an ASCII digit, what \d matches.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports what \w matches: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_'
}

// hasSpaceYear reports a white-space byte followed by four digits, what
// `\s+(\d{4})` needs.
func hasSpaceYear(s string) bool {
	for i := 0; i+5 <= len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			if isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && isDigit(s[i+4]) {
				return true
			}
		}
	}
	return false
}

// hasISODate reports four digits, a hyphen, two digits, a hyphen and two
// digits: what `(\d{4})-(\d{2})-(\d{2})` needs.
func hasISODate(s string) bool {
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(s[i:], '-')
		if j < 0 {
			return false
		}
		i += j
		if i >= 4 && i+6 <= len(s) &&
			isDigit(s[i-4]) && isDigit(s[i-3]) && isDigit(s[i-2]) && isDigit(s[i-1]) &&
			isDigit(s[i+1]) && isDigit(s[i+2]) && s[i+3] == '-' && isDigit(s[i+4]) && isDigit(s[i+5]) {
			return true
		}
	}
	return false
}

// foldAt reports whether s opens with w as a case-insensitive pattern
// matches it: a letter of w (lower-case ASCII) in either case, s also as
// ſ and k also as K (U+212A); any other byte of w as it is.
func foldAt(s, w string) bool { return foldLen(s, w) >= 0 }

// foldLen returns the length of the w that opens s, compared as foldAt
// does, or -1 when s does not open with w. The length differs from
// len(w) where ſ or K stands for s or k.
func foldLen(s, w string) int {
	j := 0
	for i := range len(w) {
		c := w[i]
		switch {
		case j >= len(s):
			return -1
		case c >= 'a' && c <= 'z' && s[j]|0x20 == c, s[j] == c:
			j++ // setting bit 0x20 maps a byte to a lower-case letter only from it or its capital
		case c == 's' && strings.HasPrefix(s[j:], "ſ"):
			j += len("ſ")
		case c == 'k' && strings.HasPrefix(s[j:], "\u212A"):
			j += len("\u212A")
		default:
			return -1
		}
	}
	return j
}

// foldBefore reports whether s ends with w, compared as foldAt does.
func foldBefore(s, w string) bool {
	j := len(s)
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		switch {
		case j == 0:
			return false
		case c >= 'a' && c <= 'z' && s[j-1]|0x20 == c, s[j-1] == c:
			j--
		case c == 's' && strings.HasSuffix(s[:j], "ſ"):
			j -= len("ſ")
		case c == 'k' && strings.HasSuffix(s[:j], "\u212A"):
			j -= len("\u212A")
		default:
			return false
		}
	}
	return true
}

// opensFold reports whether s opens with one of words, compared as
// foldAt does: the gate of a case-insensitive pattern anchored at the
// start, given the first word of each of its branches.
func opensFold(s string, words ...string) bool {
	if s == "" {
		return false
	}
	for _, w := range words {
		// An ASCII first byte that differs from w's in more than case
		// spares the call.
		if (s[0] >= utf8.RuneSelf || s[0]|0x20 == w[0]|0x20) && foldAt(s, w) {
			return true
		}
	}
	return false
}

// endsFold reports whether s ends with one of words, compared as foldAt
// does.
func endsFold(s string, words ...string) bool {
	for _, w := range words {
		if foldBefore(s, w) {
			return true
		}
	}
	return false
}

// foldThen reports whether s opens with w, then white space, then one of
// next, compared as foldAt does: the gate of `w\s+(?:next|...)`.
func foldThen(s, w string, next ...string) bool {
	n := foldLen(s, w)
	if n < 0 {
		return false
	}
	rest := strings.TrimLeft(s[n:], asciiSpace)
	return len(rest) < len(s)-n && opensFold(rest, next...)
}
