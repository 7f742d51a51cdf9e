package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/sayso/sayso/internal/ortho"
)

// punkt gives the sentence starts prose v3's segment.Segmenter gives: punkt
// as gopkg.in/neurosnap/sentences.v1 runs it (word tokens in period
// context, the type-based and token-based annotations) with prose's own
// sentence enders and multi-period abbreviation pass. It reads the same
// trained English parameters, loaded once by neurosnap and never mutated
// afterwards, but works on byte offsets into the text: no regexp, and no
// allocation per token. TestPunktSameAsProse and FuzzPunkt hold it to
// prose's answers. A *punkt is safe for concurrent use.
type punkt struct {
	abbrevs, collocations, starters, ortho sentences.SetString
}

// loadPunkt loads neurosnap's English punkt parameters, adding the
// abbreviations prose's segment package adds (its supervisedAbbrevs).
func loadPunkt() (*punkt, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("corpus: load punkt parameters: %w", err)
	}
	s, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, fmt.Errorf("corpus: load punkt parameters: %w", err)
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		s.AbbrevTypes.Add(abbr)
	}
	return &punkt{abbrevs: s.AbbrevTypes, collocations: s.Collocations, starters: s.SentStarters, ortho: s.OrthoContext}, nil
}

// Orthographic context flags, as neurosnap's ortho.go defines them.
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// punktTok is one word punkt looks at: text[start:end], followed by the
// white space at pos (or the end of the text), where a sentence it ends
// would end.
type punktTok struct {
	start, end, pos int
	brk, abbr       bool
}

// punktScratch is the reusable memory of one caller's punkt runs.
type punktScratch struct {
	toks         []punktTok
	typ, nxt, kb []byte
}

// starts appends to dst base plus the byte offset in text of each sentence
// start, as prose's Segmenter.Segment gives them (Sentence.Start).
func (p *punkt) starts(dst []int, text string, base int, sc *punktScratch) []int {
	toks := punktWords(sc.toks[:0], text)
	sc.toks = toks
	for i := range toks {
		p.typeAnnotation(sc, text, &toks[i])
	}
	for i := 0; i+1 < len(toks); i++ {
		p.tokenAnnotation(sc, text, &toks[i], &toks[i+1])
	}
	for i := 0; i+1 < len(toks); i++ {
		p.multiPunct(sc, text, &toks[i], &toks[i+1])
	}
	from := 0
	for _, t := range toks {
		if t.brk {
			dst = appendStart(dst, text, from, t.pos, base)
			from = t.pos
		}
	}
	return appendStart(dst, text, from, len(text), base)
}

// appendStart appends base plus the first non-space offset of
// text[from:to], if there is one.
func appendStart(dst []int, text string, from, to, base int) []int {
	if s := skipSpace(text, from, to); s < to {
		dst = append(dst, base+s)
	}
	return dst
}

// skipSpace returns the offset of the first rune in text[i:end] that is not
// white space, or end.
func skipSpace(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// punktWords appends the words neurosnap's DefaultWordTokenizer keeps in
// period context: those holding '.', '!' or '?' and the word after each.
// Like it, it cuts at white space and at the last byte of the text, so a
// text ending in a multi-byte rune loses its last word.
func punktWords(toks []punktTok, text string) []punktTok {
	n := len(text)
	from := 0           // where the current word starts
	punct := false      // whether it holds '.', '!' or '?'
	afterPunct := false // whether the last word kept held one
	for i := 0; i < n; {
		// Fast through printable ASCII: neither white space nor the end.
		for ; i < n-1 && ' ' < text[i] && text[i] < utf8.RuneSelf; i++ {
			c := text[i]
			punct = punct || c == '.' || c == '!' || c == '?'
		}
		c, size := text[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		if !space {
			punct = punct || c == '.' || c == '!' || c == '?'
			if i != n-1 {
				i += size
				continue
			}
		}
		start, end, cursor := from, i, i
		if i == n-1 {
			cursor = n
			if !space {
				end = n
			}
		}
		i += size
		from = i
		if start == end {
			continue
		}
		if punct || afterPunct {
			toks = append(toks, punktTok{start: start, end: end, pos: cursor})
			afterPunct = punct
		}
		punct = false
	}
	return toks
}

// proseEnders are the endings prose's wordTokenizer.HasSentEndChars looks
// for.
var proseEnders = [...]string{`."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`}

// sentEndChars is prose's wordTokenizer.HasSentEndChars: w ends with a
// sentence ender (unless it holds "Yahoo!") or holds one of `.[`, `.(`,
// `."`, `?[`, `?(`, `![`, `!(`.
func sentEndChars(w string) bool {
	for _, e := range proseEnders {
		if strings.HasSuffix(w, e) && !strings.Contains(w, "Yahoo!") {
			return true
		}
	}
	for i := 0; i+1 < len(w); i++ {
		switch c, d := w[i], w[i+1]; {
		case (c == '.' || c == '?' || c == '!') && (d == '[' || d == '('), c == '.' && d == '"':
			return true
		}
	}
	return false
}

// typeAnnotation is neurosnap's TypeBasedAnnotation: sentence-ending
// punctuation breaks, and so does a final period unless the word before it
// is a known abbreviation.
func (p *punkt) typeAnnotation(sc *punktScratch, text string, t *punktTok) {
	w := text[t.start:t.end]
	if sentEndChars(w) {
		t.brk = true
		return
	}
	if !strings.HasSuffix(w, ".") || strings.HasSuffix(w, "..") {
		return
	}
	// neurosnap cuts the word at its rune count less one, as a byte
	// offset: more than the period when the word has multi-byte runes.
	sc.kb = ortho.AppendLower(sc.kb[:0], w[:utf8.RuneCountInString(w)-1])
	key := sc.kb
	lastHyph := key[bytes.LastIndexByte(key, '-')+1:]
	if p.abbrevs[string(key)] != 0 || p.abbrevs[string(lastHyph)] != 0 {
		t.abbr = true
	} else {
		t.brk = true
	}
}

// tokenAnnotation is neurosnap's TokenBasedAnnotation.tokenAnnotation:
// collocations, the orthographic and sentence-starter heuristics, spaced
// ellipses, initials and ordinals.
func (p *punkt) tokenAnnotation(sc *punktScratch, text string, one, two *punktTok) {
	w1, w2 := text[one.start:one.end], text[two.start:two.end]
	if !strings.HasSuffix(w1, ".") {
		return
	}
	sc.typ = appendTypeNoPeriod(sc.typ[:0], w1)
	typ := sc.typ
	sc.nxt = appendTypeNoSentPeriod(sc.nxt[:0], w2, two.brk)
	next := sc.nxt
	initial := isInitial(w1)
	sc.kb = append(append(append(sc.kb[:0], typ...), ','), next...)
	if p.collocations[string(sc.kb)] != 0 {
		one.brk, one.abbr = false, true
		return
	}
	if (one.abbr || strings.HasSuffix(w1, "..")) && !initial {
		if p.heuristic(w2, next) == 1 {
			one.brk = true
			return
		}
		if firstUpper(w2) && p.starters[string(next)] != 0 {
			one.brk = true
			return
		}
	}
	if w1 == "." && w2 == "." {
		one.brk, two.brk = false, false
		return
	}
	if initial || string(typ) == "##number##" {
		h := p.heuristic(w2, next)
		if h == 0 {
			one.brk, one.abbr = false, true
			return
		}
		if h == -1 && initial && firstUpper(w2) && p.ortho[string(next)]&orthoLc == 0 {
			one.brk, one.abbr = false, true
		}
	}
}

// multiPunct is prose's multiPunctWordAnnotation.tokenAnnotation: ellipses,
// breaks inside quotes or brackets, and abbreviations such as "F.B.I.".
func (p *punkt) multiPunct(sc *punktScratch, text string, one, two *punktTok) {
	w1, w2 := text[one.start:one.end], text[two.start:two.end]
	period := strings.HasSuffix(w1, ".")
	if period && w2 == "." {
		one.brk, two.brk = false, false
		return
	}
	nonBreak := period && !one.brk
	ellipsis := strings.Contains(w1, "...")
	internal := one.brk && looksInternal(w1)
	var next []byte
	haveNext := false
	if nonBreak || ellipsis || internal {
		sc.nxt = appendTypeNoSentPeriod(sc.nxt[:0], w2, two.brk)
		next, haveNext = sc.nxt, true
		starter := p.starters[string(next)] != 0
		if ellipsis && (firstUpper(w2) || starter) {
			one.brk = true
			return
		}
		if internal && firstLower(w2) && !starter {
			one.brk = false
			return
		}
		if nonBreak && firstUpper(w2) && p.ortho[string(next)]&112 != 0 {
			one.brk = true
		}
	}
	if !hasDottedAbbr(w1) || isInitial(w1) {
		return
	}
	one.abbr, one.brk = true, false
	if !haveNext {
		sc.nxt = appendTypeNoSentPeriod(sc.nxt[:0], w2, two.brk)
		next = sc.nxt
	}
	if p.heuristic(w2, next) == 1 {
		one.brk = true
		return
	}
	if firstUpper(w2) && p.starters[string(next)] != 0 {
		one.brk = true
	}
}

// heuristic is neurosnap's OrthoContext.Heuristic on the word w whose
// TypeNoSentPeriod is typ: 1 if it starts a sentence, 0 if it does not, -1
// if unknown.
func (p *punkt) heuristic(w string, typ []byte) int {
	switch w {
	case ";", ":", ",", ".", "!", "?":
		return 0
	}
	ctx := p.ortho[string(typ)]
	if firstUpper(w) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(w) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// looksInternal is prose's looksInternal: w ends with punctuation that may
// close a quote or bracket inside a sentence.
func looksInternal(w string) bool {
	for _, s := range [...]string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// hasDottedAbbr reports whether w matches prose's reAbbr,
// ((?:[\w]\.)+[\w]*\.): a word byte and a period, then word bytes up to
// another period.
func hasDottedAbbr(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if !punktWordByte(w[i]) || w[i+1] != '.' {
			continue
		}
		k := i + 2
		for k < len(w) && punktWordByte(w[k]) {
			k++
		}
		if k < len(w) && w[k] == '.' {
			return true
		}
	}
	return false
}

// punktWordByte reports whether b is in the regexp class \w.
func punktWordByte(b byte) bool {
	return b == '_' || punktDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isInitial matches neurosnap's ^[A-Za-z]\.$.
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && ('a' <= w[0] && w[0] <= 'z' || 'A' <= w[0] && w[0] <= 'Z')
}

// firstUpper and firstLower are neurosnap's FirstUpper and FirstLower.
func firstUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r)
}

func firstLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r)
}

// appendType appends neurosnap's DefaultWordTokenizer.Type of w: lower
// case, a final number (regexp -?[\.,]?\d[\d,\.-]*\.?$) replaced by
// "##number##", and commas dropped unless the type is one byte long.
func appendType(dst []byte, w string) []byte {
	from := len(dst)
	dst = ortho.AppendLower(dst, w)
	if s := numberStart(dst[from:]); s >= 0 {
		dst = append(dst[:from+s], "##number##"...)
	}
	if len(dst)-from == 1 {
		return dst
	}
	out := from
	for _, c := range dst[from:] {
		if c != ',' {
			dst[out] = c
			out++
		}
	}
	return dst[:out]
}

// numberStart returns where the leftmost match of -?[\.,]?\d[\d,\.-]*\.?$
// starts in b, or -1. Every byte of a match is a digit, ',', '.' or '-'.
func numberStart(b []byte) int {
	t := len(b)
	for t > 0 && isNumberByte(b[t-1]) {
		t--
	}
	for s := t; s < len(b); s++ {
		switch {
		case punktDigit(b[s]):
			return s
		case (b[s] == '-' || b[s] == '.' || b[s] == ',') && s+1 < len(b) && punktDigit(b[s+1]):
			return s
		case b[s] == '-' && s+2 < len(b) && (b[s+1] == '.' || b[s+1] == ',') && punktDigit(b[s+2]):
			return s
		}
	}
	return -1
}

func punktDigit(b byte) bool { return '0' <= b && b <= '9' }

func isNumberByte(b byte) bool { return punktDigit(b) || b == ',' || b == '.' || b == '-' }

// appendTypeNoPeriod is neurosnap's TypeNoPeriod: the type less a final
// period, if it is longer than one byte.
func appendTypeNoPeriod(dst []byte, w string) []byte {
	from := len(dst)
	dst = appendType(dst, w)
	if len(dst)-from > 1 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// appendTypeNoSentPeriod is neurosnap's TypeNoSentPeriod for a word that
// is (brk) or is not marked as a sentence break.
func appendTypeNoSentPeriod(dst []byte, w string, brk bool) []byte {
	if brk {
		return appendTypeNoPeriod(dst, w)
	}
	return appendType(dst, w)
}
