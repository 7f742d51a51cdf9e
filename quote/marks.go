package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
)

// family tells double quotation marks from single ones.
type family uint8

const (
	noFamily family = iota
	double
	single
)

// familyOf returns the family of a quotation-mark rune, or noFamily.
func familyOf(r rune) family {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»':
		return double
	case '\'', '‘', '’', '‚', '‛', '‹', '›':
		return single
	}
	return noFamily
}

// mark is one quotation-mark candidate in a paragraph, with what its
// neighbours allow it to be.
type mark struct {
	pos, end int // byte span of the mark
	r        rune
	fam      family
	// open: a non-space follows, and the paragraph's start, white space, an
	// opening bracket, a dash or other punctuation that may precede a
	// quotation precedes. close: a non-space precedes, and white space,
	// punctuation or the paragraph's end follows.
	open, close bool
	next        bool // some rune follows in the paragraph
	nextSpace   bool // the rune that follows is white space (or nothing)
	prevSpace   bool // the paragraph's start or white space precedes
	afterPunct  bool // , . ; ? or ! precedes: ,"he said reads as a closer
	apos        bool // a single mark that can only be an apostrophe
	// weak: a single mark after a word's final s, before another word
	// (students’ union), which closes a quotation only when no better
	// closing mark follows (defer).
	weak, defer_ bool
}

// collect appends to marks the quotation-mark candidates in text[from:to].
// Only bytes that can start a mark are decoded, which keeps the scan fast.
func collect(marks []mark, text string, from, to int) []mark {
	for i := from; i < to; {
		c := text[i]
		if c != '"' && c != '\'' && c != '`' && c != 0xE2 && c != 0xC2 {
			i++
			continue
		}
		m, ok := markAt(text, from, to, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(text[i:to])
			i += n
			continue
		}
		marks = append(marks, m)
		i = m.end
	}
	deferWeak(marks)
	return marks
}

// markAt returns the quotation mark at byte i of paragraph text[from:to],
// if there is one there.
func markAt(text string, from, to, i int) (mark, bool) {
	r, n := utf8.DecodeRuneInString(text[i:to])
	if d, ok := doubled(text[i:to], r, n); ok {
		return classify(text, from, to, i, i+2*n, d, double), true
	}
	fam := familyOf(r)
	if fam == noFamily || (r == '"' || r == '\'') && (i > from && text[i-1] == '=' || i+1 < to && text[i+1] == '>') {
		return mark{}, false // no mark, or markup: <a href="x">
	}
	return classify(text, from, to, i, i+n, r, fam), true
}

// doubled reports whether s starts with a single mark written twice for
// a double one (” and “ in typewriter and wire copy, ‘‘ ’’), and which
// double mark it stands for.
func doubled(s string, r rune, n int) (rune, bool) {
	if len(s) < 2*n || s[:n] != s[n:2*n] {
		return 0, false
	}
	switch r {
	case '\'':
		return '"', true
	case '`', '‘':
		return '“', true
	case '’':
		return '”', true
	}
	return 0, false
}

// style groups marks by how they are drawn: a quotation continued into
// the next paragraph reopens with a mark of the same style.
func style(r rune) int {
	switch r {
	case '"', '\'':
		return 1
	case '„', '‚':
		return 2
	case '«', '»', '‹', '›':
		return 3
	}
	return 0 // curly
}

// classify works out what the mark text[pos:end] may be from its
// neighbours inside the paragraph text[from:to].
func classify(text string, from, to, pos, end int, r rune, fam family) mark {
	m := mark{pos: pos, end: end, r: r, fam: fam}
	prev, next := rune(-1), rune(-1)
	if pos > from {
		prev, _ = utf8.DecodeLastRuneInString(text[from:pos])
	}
	if end < to {
		next, _ = utf8.DecodeRuneInString(text[end:to])
	}
	m.next = next >= 0
	m.prevSpace = prev < 0 || ortho.IsSpace(prev)
	m.afterPunct = prev == ',' || prev == '.' || prev == ';' || prev == '?' || prev == '!'
	m.nextSpace = next < 0 || ortho.IsSpace(next)
	m.open = !m.nextSpace && (m.prevSpace || opensAfter(prev))
	m.close = !m.prevSpace && (m.nextSpace || !isWordRune(next) && !unicode.Is(unicode.Ps, next))
	if fam == single {
		m.apos = apostrophe(text, from, to, pos, end, prev, next)
		m.weak = !m.apos && (prev == 's' || prev == 'S') && next == ' ' &&
			end+1 < to && startsWord(text[end+1:to])
	}
	return m
}

// deferWeak marks the weak single closing marks that should not close:
// those followed, before any single opening mark, by a plain closing one.
func deferWeak(marks []mark) {
	closer := false
	for i := len(marks) - 1; i >= 0; i-- {
		m := &marks[i]
		if m.fam != single || m.apos {
			continue
		}
		switch {
		case m.weak:
			m.defer_ = closer
		case m.close && !m.open:
			closer = true
		case m.open && !m.close:
			closer = false
		}
	}
}

// apostrophe reports whether the single mark text[pos:end], with
// neighbours prev and next (-1 for none) inside text[from:to], can only be
// an apostrophe: inside a word (don’t, Ba’ath, o’clock), before an elided
// word or a decade (’em, ’tis, ’90s), or either mark of ’n’.
func apostrophe(text string, from, to, pos, end int, prev, next rune) bool {
	if isWordRune(prev) && isWordRune(next) {
		return true
	}
	if !isWordRune(prev) && elision(text[end:to]) {
		return true
	}
	// The closing mark of ’n’: n, preceded by a single mark after a non-word.
	if (prev == 'n' || prev == 'N') && !isWordRune(next) && pos-1 > from {
		r, n := utf8.DecodeLastRuneInString(text[from : pos-1])
		if familyOf(r) == single && r != '‚' {
			before := rune(-1)
			if at := pos - 1 - n; at > from {
				before, _ = utf8.DecodeLastRuneInString(text[from:at])
			}
			return !isWordRune(before)
		}
	}
	return false
}

// elision reports whether s starts with what follows an elision
// apostrophe: a two-digit year (’90s, ’16) or an elided word (’em, ’n’,
// ’tis, ’twas, ’til, ’cause, ’bout).
func elision(s string) bool {
	if len(s) >= 2 && isDigit(s[0]) && isDigit(s[1]) {
		rest := s[2:]
		if rest == "" || !startsWord(rest) {
			return true
		}
		return rest[0] == 's' && (len(rest) == 1 || !startsWord(rest[1:]))
	}
	n := 0
	for n < len(s) && n < 7 && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	if n == 0 || n == 7 || n < len(s) && startsWord(s[n:]) {
		return false
	}
	// A word closed at once by a single mark is a quoted word (‘cause’),
	// except in ’n’.
	if r, _ := utf8.DecodeRuneInString(s[n:]); n < len(s) && familyOf(r) == single && s[:n] != "n" {
		return false
	}
	switch s[:n] {
	case "em", "n", "til", "cause", "bout", "cos", "nuff",
		"tis", "twas", "twere", "twill", "Tis", "Twas", "Twere", "Twill":
		return true
	}
	return false
}

// IsApostrophe reports whether the ’, ' or ‘ at byte i of text reads as an
// apostrophe from its surroundings alone: inside a word (don’t, Okafor’s,
// Sana’a, o’clock), before an elided word or a decade (’em, rock ’n’
// roll, ’90s, ’twas), or after a word's final s and before a lowercase
// word or a digit (students’ union). It is false for anything else,
// including a mark at i that is not a single quotation mark. A mark ending
// a word before punctuation (students’, or the end of ‘strike’) may close a
// quotation; Find settles such cases by pairing, and IsApostrophe
// reports false.
func IsApostrophe(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case 'ʼ':
		return true
	case '’', '\'', '‘', '‛':
	default:
		return false
	}
	prev, next := rune(-1), rune(-1)
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if i+n < len(text) {
		next, _ = utf8.DecodeRuneInString(text[i+n:])
	}
	if apostrophe(text, 0, len(text), i, i+n, prev, next) {
		return true
	}
	if prev != 's' && prev != 'S' || next != ' ' || i+n+1 >= len(text) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(text[i+n+1:])
	return unicode.IsLower(after) || unicode.IsDigit(after)
}

// opensAfter reports whether r, just before a mark, lets it open a
// quotation: an opening bracket, a dash, an opening quotation mark, or
// punctuation that introduces one (: ; , /).
func opensAfter(r rune) bool {
	switch r {
	case ':', ';', ',', '/', '<':
		return true
	}
	return r >= 0 && (unicode.In(r, unicode.Ps, unicode.Pd, unicode.Pi) || familyOf(r) != noFamily)
}

// isWordRune reports whether r is part of a word: a letter, digit or
// combining mark. -1 (no rune) is not.
func isWordRune(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}

// startsWord reports whether s begins with a word rune.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isWordRune(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// trim narrows text[start:end] past white space on both sides. An
// inverted range gives an empty span at start.
func trim(text string, start, end int) corpus.Span {
	if end < start {
		return corpus.Span{Start: start, End: start}
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !ortho.IsSpace(r) {
			break
		}
		start += n
	}
	return corpus.Span{Start: start, End: trimRight(text, start, end)}
}

// trimRight returns end moved back past white space, not before start.
func trimRight(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !ortho.IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}
