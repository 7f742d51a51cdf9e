package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// qfFamily tells double quotation marks from single ones.
type qfFamily uint8

const (
	qfNone qfFamily = iota
	qfDouble
	qfSingle
)

// qfFamilyOf returns the family of a quotation-mark rune, or qfNone.
func qfFamilyOf(r rune) qfFamily {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»':
		return qfDouble
	case '\'', '‘', '’', '‚', '‛', '‹', '›':
		return qfSingle
	}
	return qfNone
}

// qfMark is one quotation-mark candidate in a paragraph, with what its
// neighbours allow it to be.
type qfMark struct {
	pos, end int // byte span of the mark
	r        rune
	fam      qfFamily
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

// qfCollect appends to marks the quotation-mark candidates in text[from:to].
// Only bytes that can start a mark are decoded, which keeps the scan fast.
func qfCollect(marks []qfMark, text string, from, to int) []qfMark {
	for i := from; i < to; {
		c := text[i]
		if c != '"' && c != '\'' && c != '`' && c != 0xE2 && c != 0xC2 {
			i++
			continue
		}
		m, ok := qfMarkAt(text, from, to, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(text[i:to])
			i += n
			continue
		}
		marks = append(marks, m)
		i = m.end
	}
	qfDeferWeak(marks)
	return marks
}

// qfMarkAt returns the quotation mark at byte i of paragraph text[from:to],
// if there is one there.
func qfMarkAt(text string, from, to, i int) (qfMark, bool) {
	r, n := utf8.DecodeRuneInString(text[i:to])
	if d, ok := qfDoubled(text[i:to], r, n); ok {
		return qfClassify(text, from, to, i, i+2*n, d, qfDouble), true
	}
	fam := qfFamilyOf(r)
	if fam == qfNone || (r == '"' || r == '\'') && (i > from && text[i-1] == '=' || i+1 < to && text[i+1] == '>') {
		return qfMark{}, false // no mark, or markup: <a href="x">
	}
	return qfClassify(text, from, to, i, i+n, r, fam), true
}

// qfDoubled reports whether s starts with a single mark written twice for
// a double one (” and “ in typewriter and wire copy, ‘‘ ’’), and which
// double mark it stands for.
func qfDoubled(s string, r rune, n int) (rune, bool) {
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

// qfStyle groups marks by how they are drawn: a quotation continued into
// the next paragraph reopens with a mark of the same style.
func qfStyle(r rune) int {
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

// qfClassify works out what the mark text[pos:end] may be from its
// neighbours inside the paragraph text[from:to].
func qfClassify(text string, from, to, pos, end int, r rune, fam qfFamily) qfMark {
	m := qfMark{pos: pos, end: end, r: r, fam: fam}
	prev, next := rune(-1), rune(-1)
	if pos > from {
		prev, _ = utf8.DecodeLastRuneInString(text[from:pos])
	}
	if end < to {
		next, _ = utf8.DecodeRuneInString(text[end:to])
	}
	m.next = next >= 0
	m.prevSpace = prev < 0 || qfSpace(prev)
	m.afterPunct = prev == ',' || prev == '.' || prev == ';' || prev == '?' || prev == '!'
	m.nextSpace = next < 0 || qfSpace(next)
	m.open = !m.nextSpace && (m.prevSpace || qfOpenContext(prev))
	m.close = !m.prevSpace && (m.nextSpace || !qfWordRune(next) && !unicode.Is(unicode.Ps, next))
	if fam == qfSingle {
		m.apos = qfApostrophe(text, from, to, pos, end, prev, next)
		m.weak = !m.apos && (prev == 's' || prev == 'S') && next == ' ' &&
			end+1 < to && qfWordStart(text[end+1:to])
	}
	return m
}

// qfDeferWeak marks the weak single closing marks that should not close:
// those followed, before any single opening mark, by a plain closing one.
func qfDeferWeak(marks []qfMark) {
	closer := false
	for i := len(marks) - 1; i >= 0; i-- {
		m := &marks[i]
		if m.fam != qfSingle || m.apos {
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

// qfApostrophe reports whether the single mark text[pos:end], with
// neighbours prev and next (-1 for none) inside text[from:to], can only be
// an apostrophe: inside a word (don’t, Ba’ath, o’clock), before an elided
// word or a decade (’em, ’tis, ’90s), or either mark of ’n’.
func qfApostrophe(text string, from, to, pos, end int, prev, next rune) bool {
	if qfWordRune(prev) && qfWordRune(next) {
		return true
	}
	if !qfWordRune(prev) && qfElision(text[end:to]) {
		return true
	}
	// The closing mark of ’n’: n, preceded by a single mark after a non-word.
	if (prev == 'n' || prev == 'N') && !qfWordRune(next) && pos-1 > from {
		r, n := utf8.DecodeLastRuneInString(text[from : pos-1])
		if qfFamilyOf(r) == qfSingle && r != '‚' {
			before := rune(-1)
			if at := pos - 1 - n; at > from {
				before, _ = utf8.DecodeLastRuneInString(text[from:at])
			}
			return !qfWordRune(before)
		}
	}
	return false
}

// qfElision reports whether s starts with what follows an elision
// apostrophe: a two-digit year (’90s, ’16) or an elided word (’em, ’n’,
// ’tis, ’twas, ’til, ’cause, ’bout).
func qfElision(s string) bool {
	if len(s) >= 2 && qfDigit(s[0]) && qfDigit(s[1]) {
		rest := s[2:]
		if rest == "" || !qfWordStart(rest) {
			return true
		}
		return rest[0] == 's' && (len(rest) == 1 || !qfWordStart(rest[1:]))
	}
	n := 0
	for n < len(s) && n < 7 && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	if n == 0 || n == 7 || n < len(s) && qfWordStart(s[n:]) {
		return false
	}
	// A word closed at once by a single mark is a quoted word (‘cause’),
	// except in ’n’.
	if r, _ := utf8.DecodeRuneInString(s[n:]); n < len(s) && qfFamilyOf(r) == qfSingle && s[:n] != "n" {
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
	if qfApostrophe(text, 0, len(text), i, i+n, prev, next) {
		return true
	}
	if prev != 's' && prev != 'S' || next != ' ' || i+n+1 >= len(text) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(text[i+n+1:])
	return unicode.IsLower(after) || unicode.IsDigit(after)
}

// qfOpenContext reports whether r, just before a mark, lets it open a
// quotation: an opening bracket, a dash, an opening quotation mark, or
// punctuation that introduces one (: ; , /).
func qfOpenContext(r rune) bool {
	switch r {
	case ':', ';', ',', '/', '<':
		return true
	}
	return r >= 0 && (unicode.In(r, unicode.Ps, unicode.Pd, unicode.Pi) || qfFamilyOf(r) != qfNone)
}

// qfWordRune reports whether r is part of a word: a letter, digit or
// combining mark. -1 (no rune) is not.
func qfWordRune(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}

// qfWordStart reports whether s begins with a word rune.
func qfWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && qfWordRune(r)
}

func qfDigit(c byte) bool { return c >= '0' && c <= '9' }

// qfSpace reports whether r is white space, including no-break and
// zero-width spaces.
func qfSpace(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return unicode.IsSpace(r)
}

// qfTrim narrows text[start:end] past white space on both sides. An
// inverted range gives an empty span at start.
func qfTrim(text string, start, end int) corpus.Span {
	if end < start {
		return corpus.Span{Start: start, End: start}
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !qfSpace(r) {
			break
		}
		start += n
	}
	return corpus.Span{Start: start, End: qfTrimRight(text, start, end)}
}

// qfTrimRight returns end moved back past white space, not before start.
func qfTrimRight(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !qfSpace(r) {
			break
		}
		end -= n
	}
	return end
}
