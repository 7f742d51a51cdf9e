package corpus

import (
	"strings"
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
	cr := strings.IndexByte(text, '\r') // the next CR from start, or -1: none left
	for {
		i := len(text)
		if j := strings.IndexByte(text[start:], '\n'); j >= 0 {
			i = start + j
		}
		if cr >= 0 && cr < start {
			if cr = strings.IndexByte(text[start:], '\r'); cr >= 0 {
				cr += start
			}
		}
		if cr >= 0 && cr < i {
			i = cr
		}
		if s := trimSpan(text, start, i); s.Len() > 0 {
			out = append(out, line{Span: s, indent: indentOf(text[start:s.Start]), blankBefore: blank})
			blank = false
		} else {
			blank = true
		}
		if i == len(text) {
			return out
		}
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
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
func words(s string) int { return wordsUpTo(s, len(s)) }

// wordsUpTo counts the words of s as words does, but no further than
// limit+1: it returns words(s) when that is at most limit, and limit+1
// otherwise, reading s only as far as it needs to tell.
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n <= limit; {
		var sp bool
		if c := s[i]; c < utf8.RuneSelf {
			sp = c == ' ' || c >= '\t' && c <= '\r' // ortho.IsSpace, for ASCII
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = ortho.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
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
