package corpus

import (
	"strings"
	"unicode"

	"github.com/sayso/sayso/internal/ortho"
)

// SplitParagraphs splits text at line breaks into non-blank paragraphs, each
// trimmed of surrounding white space. CR, LF and CRLF all end a line; a news
// article's paragraphs are its lines.
func SplitParagraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if s := trimSpan(text, start, i); s.Len() > 0 {
			out = append(out, s)
		}
		start = i + 1
	}
	return out
}

// trimSpan narrows [start,end) past white space, ASCII or Unicode.
func trimSpan(text string, start, end int) Span {
	for start < end {
		r, n := decodeRune(text[start:end])
		if !ortho.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := decodeLastRune(text[start:end])
		if !ortho.IsSpace(r) {
			break
		}
		end -= n
	}
	return Span{start, end}
}

// isHeadingText reports whether a paragraph reads as a heading: one short
// line (at most 20 words), not opening in lower case, and not ending as a
// sentence or clause does (full stop, comma, semicolon, colon); a question
// or exclamation mark may end a headline. Sentence case counts: news
// subheads are rarely title case.
func isHeadingText(s string) bool {
	if s == "" || len(s) > 200 || strings.ContainsAny(s, "\n\r") {
		return false
	}
	if w := words(s); w == 0 || w > 20 {
		return false
	}
	if ortho.StartsLower(s) || !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	switch lastRune(strings.TrimRight(s, "\"'”’»)] \t")) {
	case '.', ',', ';', ':', '…', '-', '–', '—':
		return false
	}
	return true
}
