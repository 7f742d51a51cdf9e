package eval

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// wordSpans returns the byte spans of the words of text: maximal runs of
// letters and digits.
func wordSpans(text string) []corpus.Span {
	var out []corpus.Span
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, corpus.Span{Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, corpus.Span{Start: start, End: len(text)})
	}
	return out
}

// wordSet returns the indexes of the words overlapping any of spans,
// sorted, without repeats.
func wordSet(words []corpus.Span, spans []corpus.Span) []int {
	var out []int
	for _, s := range spans {
		if s.Len() == 0 {
			continue
		}
		k, _ := slices.BinarySearchFunc(words, s.Start, func(w corpus.Span, at int) int {
			return cmp.Compare(w.End, at+1) // first word ending after s.Start
		})
		for ; k < len(words) && words[k].Start < s.End; k++ {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// intersect counts the values two index sets share.
func intersect(a, b []int) int {
	set := make(map[int]bool, len(a))
	for _, x := range a {
		set[x] = true
	}
	n := 0
	for _, x := range b {
		if set[x] {
			n++
		}
	}
	return n
}

func overlapsAny(s corpus.Span, spans []corpus.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// isOpenQuote and isCloseQuote recognize double quotation marks only:
// single ones double as apostrophes. Quoted also takes two apostrophes
// as a double mark, as some newspapers' text has it.
func isOpenQuote(r rune) bool  { return r == '"' || r == '“' || r == '„' || r == '«' }
func isCloseQuote(r rune) bool { return r == '"' || r == '”' || r == '»' || r == '“' }

// Quoted reports whether the content made of spans is a direct quotation:
// it opens with a double quotation mark, or right after one, and closes
// with one, or right before one, allowing sentence punctuation between the
// content and the closing mark. White space at the content's edges is
// ignored.
func Quoted(text string, spans []corpus.Span) bool {
	if len(spans) == 0 {
		return false
	}
	start, end := spans[0].Start, spans[len(spans)-1].End
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	inner := strings.TrimFunc(text[start:end], unicode.IsSpace)
	first, _ := utf8.DecodeRuneInString(inner)
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	open := isOpenQuote(first) || isOpenQuote(before) ||
		strings.HasPrefix(inner, "''") || strings.HasSuffix(text[:start], "''")
	if !open {
		return false
	}
	inner = strings.TrimRight(inner, ".,;:!? ")
	rest := strings.TrimLeft(text[end:], ".,;:!?")
	last, _ := utf8.DecodeLastRuneInString(inner)
	after, _ := utf8.DecodeRuneInString(rest)
	return isCloseQuote(last) || isCloseQuote(after) ||
		strings.HasSuffix(inner, "''") || strings.HasPrefix(rest, "''")
}
