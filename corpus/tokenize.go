package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// maxField is the longest run without white space that prose's tokenizer is
// given. Its cost grows with the square of a run's length, so a long run of
// punctuation (junk, ASCII art, a page without spaces) would take minutes.
// No word is that long; longer runs are URLs or junk and are split by
// splitField.
const maxField = 128

// tokenChunk is how many bytes of a long paragraph prose's tokenizer is
// given at once, so that a cancelled parse stops inside the paragraph. It
// splits text at its white space only, so the cut, made after a single
// space, changes no token.
const tokenChunk = 1 << 16

// tokenizeText appends to out the tokens of clean, a space-folded
// paragraph, with offsets into it. It stops early, with tokens left out,
// once poll is done.
//
// prose's tokenizer splits each run of text between white space on its
// own, so a plain word (see plainWord) is appended as it is, a word that
// splitWord can split as prose would is split so, and prose is given only
// the stretches of other words: most words of prose need no regexp run on
// them. A run longer than maxField is split by splitField instead, and a
// stretch given to prose never crosses a chunk's edge. A comma glued
// between words ("Vrbka,60") ends a run and is a token of its own,
// where prose would keep the run whole; so does a quotation mark glued to
// the word on its far side (see gluedQuote).
func tokenizeText(out []token.Token, tk *tokenize.Tokenizer, clean string, poll *ctxpoll.Poll) []token.Token {
	last := 0     // where the chunk starts, or where the last long run ends
	done := 0     // len(out) for the text before last
	pending := -1 // where the words that prose is still to split start
	var split [8]token.Token
	flush := func(i int) {
		if pending >= 0 {
			out = appendTokens(out, tk.Tokenize(clean[pending:i]), pending)
			pending = -1
		}
	}
	for i := 0; i < len(clean); {
		if isASCIISpace(clean[i]) {
			i++
			continue
		}
		if i-last >= tokenChunk && clean[i-1] == ' ' && (i < 2 || !isASCIISpace(clean[i-2])) {
			if poll.Check() {
				return out[:done]
			}
			flush(i)
			last, done = i, len(out)
		}
		if gluedQuote(clean, i) {
			flush(i) // a run of its own, as if a space came before it
		}
		if gluedComma(clean, i) {
			flush(i)
			out = append(out, token.Token{Text: ",", Start: i})
			i++
			continue
		}
		j := i + 1
		for j < len(clean) && !isASCIISpace(clean[j]) && !gluedComma(clean, j) && !gluedQuote(clean, j) {
			j++
		}
		switch w := clean[i:j]; {
		case j-i > maxField:
			flush(i)
			out = splitField(out, clean, i, j)
			last, done = j, len(out)
		case plainWord(w):
			flush(i)
			out = append(out, token.Token{Text: w, Start: i})
		default:
			if ws, ok := splitWord(split[:0], w, i); ok {
				flush(i)
				out = append(out, ws...)
			} else if pending < 0 {
				pending = i
			}
		}
		i = j
	}
	flush(len(clean))
	return out
}

// gluedComma reports a comma at s[i] with no space after it, between a
// letter and a letter or digit: "Vrbka,60", "said,but". prose keeps
// such a run whole; it is split there, as if the space were written. A
// comma between digits ("1,000") stays inside its number.
func gluedComma(s string, i int) bool {
	return s[i] == ',' && i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && (isASCIILetter(s[i+1]) || s[i+1] >= '0' && s[i+1] <= '9')
}

// gluedQuote reports a run that starts at s[j] with no space before it,
// where a quotation mark was glued to the word beyond it: an opening mark
// after a comma or colon ("said,“Look", `said:"Look`, and a curly one
// after a sentence's end, "late.“We"), or a word after a
// closing mark that follows a sentence's or clause's end ("it.”The",
// `over?"Ruiz`, "stay,”she"). prose would keep the run whole, and the
// sentence and the quotation's marks with it; it is split there, as if
// the space were written.
func gluedQuote(s string, j int) bool {
	if j < 2 || j >= len(s) {
		return false
	}
	switch p := s[j-1]; p {
	case '"', 0x9d: // a straight mark, or the last byte of "”"
		if !isASCIILetter(s[j]) {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r != '”' && r != '"' || j-n < 1 {
			return false
		}
		q := s[j-n-1]
		return q == '.' || q == '!' || q == '?' || q == ',' && r == '”'
	case ',', ':', '.', '!', '?':
		r, n := utf8.DecodeRuneInString(s[j:])
		return (r == '“' || r == '"' && (p == ',' || p == ':')) && isASCIILetter(s[j-2]) && j+n < len(s) && isASCIILetter(s[j+n])
	}
	return false
}

func isASCIILetter(c byte) bool { return isUpper(c) || isLower(c) }

// plainWord reports a word that prose's default tokenizer keeps whole: of
// ASCII, without the characters it splits off the front ($ ( " [ and the
// curly opening quotes), off the end (, ) " ] ! ; . ? : ' and the curly
// closing quotes) or before a contraction (' and ’). Its emoticon and
// abbreviation tests could only keep such a word whole too.
// TestPlainWordsAreOneToken holds prose to it.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return false
		case splitChar[c]:
			return false
		}
	}
	return true
}

// splitChar marks the ASCII characters that prose's default tokenizer
// splits words at.
var splitChar = func() (set [utf8.RuneSelf]bool) {
	for _, c := range []byte(`$(["),]!;.?:'`) {
		set[c] = true
	}
	return set
}()

// appendTokens appends toks, whose offsets are relative to base.
func appendTokens(out, toks []token.Token, base int) []token.Token {
	for _, t := range toks {
		t.Start += base
		out = append(out, t)
	}
	return out
}

// splitField tokenizes the over-long run s[start:end] simply: runs of
// letters, digits and marks (at most maxField bytes each) are tokens, and
// every other rune is a token of its own.
func splitField(out []token.Token, s string, start, end int) []token.Token {
	word := -1
	flush := func(i int) {
		if word >= 0 {
			out = append(out, token.Token{Text: s[word:i], Start: word})
			word = -1
		}
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if word >= 0 && i+n-word > maxField {
				flush(i)
			}
			if word < 0 {
				word = i
			}
		} else {
			flush(i)
			out = append(out, token.Token{Text: s[i : i+n], Start: i})
		}
		i += n
	}
	flush(end)
	return out
}

// isASCIISpace reports whether byte c is ASCII white space, the only space
// prose splits on. A byte from 0x80 up is part of a longer rune, never a
// space by itself, though as a rune 0x85 and 0xA0 would be.
func isASCIISpace(c byte) bool { return spaceByte[c] }

// spaceByte marks the bytes for which isASCIISpace is true, looked up
// rather than worked out, since it is asked of every byte of the text.
var spaceByte = func() (set [256]bool) {
	for c := range utf8.RuneSelf {
		set[c] = ortho.IsSpace(rune(c))
	}
	return set
}()

// joinNames returns the sentence's tokens with the pieces of a name that
// prose splits rejoined: each initial to its full stop ("Lionel B. Garrow"
// comes as "Lionel", "B", ".", "Garrow", and a lone "." inside a name reads
// as the end of a clause to every later stage), an Irish or French
// prefix to its apostrophe and name ("O'Meara" comes as "O", "'Meara", the
// "'M" read as a contraction), and the two halves of a name with an
// apostrophe inside ("Ta'lenok" comes as "Ta", "'lenok"). An initial is one capital letter, its full
// stop written right after it, before a capitalized word, and after a
// capitalized word, punctuation or nothing ("B. Garrow" but not "vitamin C.
// Researchers"). The number that opens a list item keeps its full stop
// too ("2."). The tokens keep their offsets into clean. They are written
// over toks, which the caller gives up: a token's place is written only
// after it is read, but for the token before the current one, which is
// still itself as long as nothing was joined.
func joinNames(toks []token.Token, clean string) []token.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if !mayJoin(toks[i].Text) {
			if len(out) == i {
				out = out[:i+1] // nothing joined yet: the token is in its place
			} else {
				out = append(out, toks[i])
			}
			continue
		}
		n := 0 // tokens to join to toks[i]
		switch {
		case i+2 < len(toks) && ortho.Initial(toks[i].Text) &&
			toks[i+1].Text == "." && toks[i+1].Start == toks[i].End() &&
			(i == 0 || !ortho.StartsLower(toks[i-1].Text)) && ortho.Capitalized(toks[i+2].Text) &&
			!starters[toks[i+2].Text]:
			n = 1
		case i+1 < len(toks) && ortho.Initial(toks[i].Text) && toks[i+1].Start == toks[i].End() &&
			apostropheName(toks[i+1].Text):
			n = 1
		case i+1 < len(toks) && ortho.Capitalized(toks[i].Text) && toks[i+1].Start == toks[i].End() &&
			apostropheInside(toks[i+1].Text):
			n = 1 // "Ta'lenok", "Mi'kmaq": an apostrophe inside a name, not a clitic
		case i == 0 && i+2 < len(toks) && listNumber(toks[i].Text) &&
			toks[i+1].Text == "." && toks[i+1].Start == toks[i].End():
			n = 1 // the number of a list item: "2. Jan Novak"
		}
		t := toks[i]
		if n > 0 {
			t.Text = clean[t.Start:toks[i+n].End()]
			i += n
		}
		out = append(out, t)
	}
	return out
}

// mayJoin reports whether joinNames could join tokens to a token w,
// which it does only to a capitalized word or a number: whether w starts
// with a capital, a digit or a rune that is not ASCII, as a quick test
// before the others.
func mayJoin(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// apostropheName reports whether w is an apostrophe, straight or curly,
// before a capitalized word of two letters or more: the "'Meara" of
// "O'Meara", not the "'S" of "JOHN'S".
func apostropheName(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if r != '\'' && r != '’' {
		return false
	}
	rest := w[n:]
	return utf8.RuneCountInString(rest) >= 3 && ortho.Capitalized(rest)
}

// clitics are the endings an apostrophe cuts off a word, from the
// lexicon's clitic class: "'s", "'re", "'ll".
var clitics = sync.OnceValue(func() map[string]bool {
	return lexicon.Set(lexicon.Default().Words(lexicon.Clitic))
})

// apostropheInside reports whether w is an apostrophe, straight or curly,
// before two or more lower-case letters that are no clitic: the "'lenok"
// of "Ta'lenok", not the "'s" of "Ruiz's" or the "'ll" of "We'll".
func apostropheInside(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if r != '\'' && r != '’' {
		return false
	}
	rest := w[n:]
	if utf8.RuneCountInString(rest) < 2 || clitics()["'"+strings.ToLower(rest)] {
		return false
	}
	for _, c := range rest {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}
