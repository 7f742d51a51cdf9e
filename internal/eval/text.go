package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// norm folds s for comparing names: corpus normalization, lower case and
// single spaces.
func norm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(corpus.Normalize(s))), " ")
}

// Words returns the lower-case words of s: maximal runs of letters and
// digits after normalization. Punctuation and quotation marks are dropped.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(corpus.Normalize(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Overlap returns how many words a and b share, counted as multisets.
func Overlap(a, b []string) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	count := make(map[string]int, len(a))
	for _, w := range a {
		count[w]++
	}
	n := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			n++
		}
	}
	return n
}

// Matches reports whether two word lists match: they share at least half of
// the words of the shorter one, and at least one word.
func Matches(a, b []string) bool {
	ov := Overlap(a, b)
	return ov > 0 && 2*ov >= min(len(a), len(b))
}

// dice is the Dice coefficient of an overlap, used to rank candidate pairs.
func dice(ov, la, lb int) float64 {
	if la+lb == 0 {
		return 0
	}
	return 2 * float64(ov) / float64(la+lb)
}

// functionWords are skipped when deciding whether two source descriptions
// share a word: "the minister" and "the rebels" do not name the same source.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "from": true,
	"by": true, "with": true, "s": true,
}

// shareContentWord reports whether a and b have a word in common other than
// a function word.
func shareContentWord(a, b string) bool {
	set := map[string]bool{}
	for _, w := range Words(a) {
		if !functionWords[w] {
			set[w] = true
		}
	}
	for _, w := range Words(b) {
		if set[w] {
			return true
		}
	}
	return false
}

// isWordRune reports whether r continues a word for boundary checks.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordBounded reports whether text[start:end] is not glued to a letter or
// digit on either side where it itself begins or ends with one.
func wordBounded(text string, start, end int) bool {
	if start > 0 {
		first, _ := utf8.DecodeRuneInString(text[start:end])
		prev, _ := utf8.DecodeLastRuneInString(text[:start])
		if isWordRune(first) && isWordRune(prev) {
			return false
		}
	}
	if end < len(text) {
		last, _ := utf8.DecodeLastRuneInString(text[start:end])
		next, _ := utf8.DecodeRuneInString(text[end:])
		if isWordRune(last) && isWordRune(next) {
			return false
		}
	}
	return true
}

// clip shortens s to n runes for reports.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
