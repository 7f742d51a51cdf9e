package corpus

import (
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
)

// line is one non-blank line of an article: its trimmed span and how far
// it is indented. Cleaning works on lines because web pages flatten into
// text one block per line.
type line struct {
	Span
	// indent counts the leading white-space bytes; a tab counts as four.
	indent int
	// blankBefore is true when a blank line (or the start of text) precedes.
	blankBefore bool
}

// splitLines returns the non-blank lines of text. CR, LF and CRLF all end a
// line.
func splitLines(text string) []line {
	var out []line
	start, blank := 0, true
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if s := trimSpan(text, start, i); s.Len() > 0 {
			out = append(out, line{Span: s, indent: indentOf(text[start:s.Start]), blankBefore: blank})
			blank = false
		} else {
			blank = true
		}
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	return out
}

// indentOf measures leading white space.
func indentOf(lead string) int {
	n := 0
	for _, c := range []byte(lead) {
		switch c {
		case '\t':
			n += 4
		default:
			n++
		}
	}
	return n
}

// words counts the space-separated words of s.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		sp := ortho.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
		i += size
	}
	return n
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
